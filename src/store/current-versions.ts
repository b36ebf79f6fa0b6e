/**
 * The stored current flag (migration 005): after each document is saved, in the same
 * transaction, the documents of its unit and period are decided again by the rule of
 * src/report/versions.ts, so `documents.is_current` is always right and export, diff, units and
 * the `figures` view only read it. An import passes a `VersionCache` (version-cache.ts) so that
 * each save reads only the new document's figures, not its whole group's again.
 */
import { normalisedValue } from '../report/observation-value.js';
import { decideVersions, figureKey, type SourceDisagreement, type VersionCandidate, type VersionDecision } from '../report/versions.js';
import { statement, type Db } from './db.js';
import type { VersionCache } from './version-cache.js';

export const DISAGREE_CODE = 'report/sources-disagree';

/** What saving a document did to the current report of its unit and period, for the import's line. */
export interface VersionNote {
  relation: 'replaces' | 'same-report' | 'no-figures' | 'older';
  document_id: number;
  source_file: string;
  unit: string | null;
  period: string | null;
  /** For `same-report`: this document is now the report's current source (more figures, or a preferred format). */
  current?: boolean;
}

interface GroupDocument extends VersionCandidate {
  unit: string | null;
  is_current: number | null;
  sha256: string;
  /** What is stored now (null before the first decision): unchanged decisions are not written again. */
  current_reason: string | null;
  same_report_as: number | null;
}

/** Stands for the figures of a document decided alone: only their number (none or some) counts then. */
const ALONE = 'alone';

function hasFigures(db: Db, documentId: number): boolean {
  return statement(db, "SELECT EXISTS (SELECT 1 FROM value_observations WHERE document_id = ? AND value_kind <> 'empty')").pluck().get(documentId) === 1;
}

/** Every figure with a value of the given document, as `figureKey`s. */
function figuresOf(db: Db, documentId: number): string[] {
  const rows = statement(db, "SELECT indicator_id, value_role, value_kind, value_number, value_text FROM value_observations WHERE document_id = ? AND value_kind <> 'empty'")
    .all(documentId) as Array<{ indicator_id: string; value_role: string; value_kind: string; value_number: number | null; value_text: string | null }>;
  return rows.map((r) => figureKey(r.indicator_id, r.value_role, normalisedValue(r)));
}

function groupDocuments(db: Db, unitKey: string | null, period: string | null, documentId: number, flagged: boolean, cache?: VersionCache): GroupDocument[] {
  const current = flagged ? 'is_current, current_reason, same_report_as' : 'NULL AS is_current, NULL AS current_reason, NULL AS same_report_as';
  const columns = `id, sha256, path AS source_file, format, unit, report_date, imported_at, ${current}`;
  const rows = (unitKey === null || period === null
    ? statement(db, `SELECT ${columns} FROM documents WHERE id = ?`).all(documentId)
    : statement(db, `SELECT ${columns} FROM documents WHERE status = 'imported' AND unit_key = ? AND period = ? ORDER BY id`).all(unitKey, period)) as Omit<GroupDocument, 'figures'>[];
  // A document alone for its unit and period (most of an archive) is decided by whether it has
  // figures at all; reading them all for it was a tenth of the store's time in an import.
  if (rows.length === 1) return rows.map((r) => ({ ...r, figures: hasFigures(db, r.id) ? [ALONE] : [] }));
  if (cache) return rows.map((r) => ({ ...r, figures: cache.figures(r.id, r.sha256, () => figuresOf(db, r.id)) }));
  return rows.map((r) => ({ ...r, figures: figuresOf(db, r.id) }));
}

function storedMessages(db: Db, documentId: number): Array<{ code: string; message: string }> {
  return JSON.parse(statement(db, 'SELECT messages FROM documents WHERE id = ?').pluck().get(documentId) as string) as Array<{ code: string; message: string }>;
}

function writeMessagesOf(db: Db, documentId: number, mine: readonly string[]): void {
  const before = storedMessages(db, documentId);
  const kept = before.filter((m) => m.code !== DISAGREE_CODE);
  if (mine.length > 0 || kept.length !== before.length) {
    const added = mine.map((message) => ({ severity: 'warning', code: DISAGREE_CODE, message }));
    statement(db, 'UPDATE documents SET messages = ? WHERE id = ?').run(JSON.stringify([...kept, ...added]), documentId);
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Stores each decision and each document's disagreement messages (always last in its messages).
 * With a cache (an import's saves), a decision or messages equal to what is stored are not
 * written again: with hundreds of documents in a group, most of them do not change at a save.
 */
function writeDecisions(db: Db, decisions: readonly VersionDecision[], disagreements: readonly SourceDisagreement[], group: readonly GroupDocument[], cache?: VersionCache): void {
  const update = statement(db, 'UPDATE documents SET is_current = ?, current_reason = ?, same_report_as = ? WHERE id = ?');
  const byId = new Map<number, string[]>();
  for (const x of disagreements) for (const id of x.documents) (byId.get(id) ?? byId.set(id, []).get(id)!).push(x.message);
  for (const [i, d] of decisions.entries()) {
    const stored = group[i]!;
    const mine = byId.get(d.id) ?? [];
    if (!cache) {
      update.run(d.current ? 1 : 0, d.why, d.sameReportAs, d.id);
      writeMessagesOf(db, d.id, mine);
      continue;
    }
    if (stored.is_current !== (d.current ? 1 : 0) || stored.current_reason !== d.why || stored.same_report_as !== d.sameReportAs) {
      update.run(d.current ? 1 : 0, d.why, d.sameReportAs, d.id);
    }
    const before = cache.disagreements(d.id, stored.sha256, () => storedMessages(db, d.id).filter((m) => m.code === DISAGREE_CODE).map((m) => m.message));
    if (sameList(before, mine)) continue;
    writeMessagesOf(db, d.id, mine);
    cache.wrote(d.id, stored.sha256, mine);
  }
}

/** The note for `documentId` after its group was decided again; null for the first of its group. */
function noteFor(documentId: number, group: readonly GroupDocument[], decisions: readonly VersionDecision[], unitKey: string | null, period: string | null): VersionNote | null {
  if (group.length < 2) return null;
  const mine = decisions.find((d) => d.id === documentId)!;
  const currentId = decisions.find((d) => d.current)!.id;
  const note = (relation: VersionNote['relation'], id: number): VersionNote => {
    const other = group.find((g) => g.id === id)!;
    return { relation, document_id: id, source_file: other.source_file, unit: other.unit ?? unitKey, period };
  };
  if (mine.reason === 'no-figures') return note('no-figures', currentId);
  if (mine.sameReportAs !== null) return note('same-report', mine.sameReportAs);
  const sources = decisions.filter((d) => d.sameReportAs === documentId);
  if (sources.length > 0) return { ...note('same-report', sources[0]!.id), current: true };
  if (!mine.current) return note('older', currentId);
  const before = group.find((g) => g.is_current === 1 && g.id !== documentId);
  return before ? note('replaces', before.id) : null;
}

/**
 * Decides the current document of `documentId`'s unit and period again and stores it; call it
 * inside the transaction that saved or changed the document. Returns what changed for it.
 */
export function refreshCurrentOf(db: Db, documentId: number, cache?: VersionCache): VersionNote | null {
  const doc = statement(db, 'SELECT unit_key, period FROM documents WHERE id = ?').get(documentId) as { unit_key: string | null; period: string | null } | undefined;
  if (!doc) return null;
  cache?.check(db);
  const group = groupDocuments(db, doc.unit_key, doc.period, documentId, true, cache);
  const { decisions, disagreements } = decideVersions(group);
  writeDecisions(db, decisions, disagreements, group, cache);
  return noteFor(documentId, group, decisions, doc.unit_key, doc.period);
}

/** The decisions for every imported document, by unit and period; written when `write`. */
export function decideAllVersions(db: Db, options: { write: boolean }): Map<number, VersionDecision> {
  const groups = statement(db, "SELECT unit_key, period, min(id) AS id FROM documents WHERE status = 'imported' AND unit_key IS NOT NULL AND period IS NOT NULL GROUP BY unit_key, period")
    .all() as Array<{ unit_key: string; period: string; id: number }>;
  const alone = statement(db, "SELECT id FROM documents WHERE status = 'imported' AND (unit_key IS NULL OR period IS NULL)").pluck().all() as number[];
  const all = new Map<number, VersionDecision>();
  const decide = (unitKey: string | null, period: string | null, id: number) => {
    const group = groupDocuments(db, unitKey, period, id, false);
    const { decisions, disagreements } = decideVersions(group);
    if (options.write) writeDecisions(db, decisions, disagreements, group);
    for (const d of decisions) all.set(d.id, d);
  };
  for (const g of groups) decide(g.unit_key, g.period, g.id);
  for (const id of alone) decide(null, null, id);
  return all;
}
