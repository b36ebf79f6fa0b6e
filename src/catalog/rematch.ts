/**
 * Matching stored rows again (`chitieu rematch`), without reading any file: a document's appendix
 * rows are rebuilt from their stored columns and given to the same matcher an import uses
 * (src/match/match-indicator.ts), with the catalog the database is read with now and the users'
 * mapping decisions. Only the match changes (indicator, confidence, method, candidates, reasons,
 * group flag), with the document's template version and its `row/unmatched` messages; one
 * transaction per document.
 *
 * Kept as they are: rows withheld for doubtful columns (no catalog entry is their answer) and
 * rows a user mapped by hand (`chitieu map`): a person's decision outranks the matcher's, also
 * when the mappings folder with the saved decision is not the one in use.
 */
import type { Message, Position } from '../../parsers/ir.js';
import type { Catalog } from '../match/catalog.js';
import type { UserVariant } from '../match/catalog-index.js';
import { matchAppendix } from '../match/match-indicator.js';
import type { IndicatorMatch } from '../match/types.js';
import type { AdminLevel, AppendixRow, AreaNumber } from '../model.js';
import { parseSttPath } from '../../common/numbering.js';
import type { Db } from '../store/db.js';
import type { RowPlace } from '../store/queries.js';
import {
  matchDiffers, saveRematch, storedDocument, storedRowsOf, WITHHELD, type StoredDocumentRecord, type StoredRowRecord,
} from '../store/stored-rows.js';

export interface RematchOptions {
  catalog: Catalog;
  userVariants?: UserVariant[];
  /** Work out the changes, write nothing. */
  dryRun?: boolean;
}

export type ChangeKind = 'newly-mapped' | 'unmapped' | 'changed-id';

export interface RematchChange extends RowPlace {
  kind: ChangeKind;
  rowId: number;
  stt: string;
  label: string;
  value: string;
  from: string | null;
  to: string | null;
}

export interface DocumentRematchResult {
  documentId: number;
  file: string;
  /** Rows whose indicator changed, in document order. */
  changes: RematchChange[];
  /** Rows whose indicator stayed but whose confidence, method, candidates or reasons changed. */
  rescored: number;
  /** Rows left as they were: withheld, or mapped by a user. */
  kept: { withheld: number; user: number };
  templateVersion: { from: string | null; to: string | null };
}

/** Methods whose rows a rematch leaves alone; see the module comment. */
const KEPT_METHODS: ReadonlySet<string> = new Set([WITHHELD, 'user']);

function positionOf(row: StoredRowRecord, file: string): Position {
  return {
    file,
    line: row.line,
    ...(row.page !== null ? { page: row.page } : {}),
    ...(row.table_no !== null ? { table: row.table_no } : {}),
    ...(row.row_no !== null ? { row: row.row_no } : {}),
  };
}

/**
 * The appendix row as the recogniser made it, from its stored columns. Value columns are not
 * stored, and the matcher does not read them. A withheld row is marked so: its reason is in the
 * document's messages.
 */
function appendixRowOf(row: StoredRowRecord, file: string): AppendixRow {
  return {
    index: row.row_index,
    stt: row.stt,
    sttPath: parseSttPath(row.stt),
    label: row.label,
    unit: row.unit,
    value: row.value_raw,
    note: row.note,
    bold: row.bold === 1,
    kind: row.kind === 'section' ? 'section' : 'indicator',
    area: row.area as AreaNumber | null,
    sectionTitle: row.section_title,
    form: row.form,
    parentIndex: row.parent_index,
    parentLabels: JSON.parse(row.parent_labels) as string[],
    valueColumn: '',
    valueRole: 'actual',
    otherValues: [],
    withheld: row.match_method === WITHHELD ? { code: WITHHELD, reason: 'withheld at import' } : null,
    position: positionOf(row, file),
  };
}

function changeKind(from: string | null, to: string | null): ChangeKind | null {
  if (from === to) return null;
  if (from === null) return 'newly-mapped';
  return to === null ? 'unmapped' : 'changed-id';
}

const samePlace = (a: Position | undefined, b: Position) =>
  !!a && a.line === b.line && (a.page ?? null) === (b.page ?? null) && (a.table ?? null) === (b.table ?? null) && (a.row ?? null) === (b.row ?? null);

/** The document's messages with the `row/unmatched` warnings of the rows matched again replaced by the new ones. */
function updatedMessages(document: StoredDocumentRecord, updated: readonly AppendixRow[], fresh: readonly Message[]): Message[] {
  const redone = (m: Message) => m.code === 'row/unmatched' && updated.some((row) => samePlace(m.position, row.position));
  const kept = (JSON.parse(document.messages) as Message[]).filter((m) => !redone(m));
  const added = fresh.filter((m) => m.code === 'row/unmatched' && updated.some((row) => samePlace(m.position, row.position)));
  return [...kept, ...added];
}

/** Matches one stored document again; writes the changes unless `dryRun`. */
export function rematchDocument(db: Db, documentId: number, options: RematchOptions): DocumentRematchResult {
  const document = storedDocument(db, documentId);
  if (!document) throw new Error(`there is no imported document ${documentId}`);
  const stored = storedRowsOf(db, documentId);
  const rows = stored.map((r) => appendixRowOf(r, document.path));
  const matched = matchAppendix(rows, { catalog: options.catalog, level: document.level as AdminLevel | null, userVariants: options.userVariants });
  const result: DocumentRematchResult = {
    documentId,
    file: document.path,
    changes: [],
    rescored: 0,
    kept: { withheld: 0, user: 0 },
    templateVersion: { from: document.template_version, to: matched.templateVersion },
  };
  const updates: Array<{ rowId: number; match: IndicatorMatch }> = [];
  const updatedRows: AppendixRow[] = [];
  stored.forEach((row, i) => {
    const match = matched.matches[i]!;
    if (KEPT_METHODS.has(row.match_method)) {
      if (row.match_method === WITHHELD) result.kept.withheld++;
      else result.kept.user++;
      return;
    }
    if (!matchDiffers(row, match)) return;
    updates.push({ rowId: row.id, match });
    updatedRows.push(rows[i]!);
    const kind = changeKind(row.indicator_id, match.indicatorId);
    if (kind === null) result.rescored++;
    else {
      result.changes.push({
        kind, rowId: row.id, page: row.page, line: row.line, table_no: row.table_no, row_no: row.row_no, stt: row.stt, label: row.label,
        value: row.value_raw, from: row.indicator_id, to: match.indicatorId,
      });
    }
  });
  const templateChanged = document.template_version !== matched.templateVersion;
  if (!options.dryRun && (updates.length > 0 || templateChanged)) {
    saveRematch(db, { documentId, updates, templateVersion: matched.templateVersion, messages: updatedMessages(document, updatedRows, matched.messages) });
  }
  return result;
}

export interface RematchTotals {
  documents: number;
  changedDocuments: number;
  newlyMapped: number;
  unmapped: number;
  changedId: number;
  rescored: number;
  keptWithheld: number;
  keptUser: number;
}

export function countChanges(result: Pick<DocumentRematchResult, 'changes'>): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { 'newly-mapped': 0, unmapped: 0, 'changed-id': 0 };
  for (const c of result.changes) counts[c.kind]++;
  return counts;
}

export function totalsOf(results: readonly DocumentRematchResult[]): RematchTotals {
  const totals: RematchTotals = { documents: results.length, changedDocuments: 0, newlyMapped: 0, unmapped: 0, changedId: 0, rescored: 0, keptWithheld: 0, keptUser: 0 };
  for (const r of results) {
    const counts = countChanges(r);
    if (r.changes.length > 0) totals.changedDocuments++;
    totals.newlyMapped += counts['newly-mapped'];
    totals.unmapped += counts.unmapped;
    totals.changedId += counts['changed-id'];
    totals.rescored += r.rescored;
    totals.keptWithheld += r.kept.withheld;
    totals.keptUser += r.kept.user;
  }
  return totals;
}
