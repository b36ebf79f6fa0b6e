/**
 * `chitieu map`: hand decisions, kept in the database (store/map-decisions.ts) and applied to
 * later imports into it; `--undo <row>` takes one back, `--export/--import FILE` carry them to
 * another database. Nothing is written into the install folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogFor } from '../../catalog/catalog-for.js';
import { rematchDocument } from '../../catalog/rematch.js';
import { userVariantsFor } from '../../catalog/user-decisions.js';
import type { Catalog } from '../../match/catalog.js';
import { readUserVariantsFile } from '../../match/user-variants.js';
import { openDatabase, type Db } from '../../store/db.js';
import {
  addDecision, applyDecisionToRows, decisionOnRow, deleteDecision, hasDecision, listDecisions, releaseUserRows, type NewDecision,
} from '../../store/map-decisions.js';
import { getRow, recordMapping } from '../../store/review.js';
import { UsageError } from '../errors.js';
import { describePlace } from '../where.js';

export interface MapCliOptions {
  db: string;
  force?: boolean;
  undo?: string;
  export?: string;
  import?: string;
}

/** The file `--export` writes and `--import` reads; `--import` also takes a legacy {"variants": [...]}. */
interface DecisionsFile {
  decisions: Array<{ label: string; parentLabels: string[]; before: string | null; after: string; source: string; decidedAt: string }>;
}

function rowNumber(text: string): number {
  const rowId = Number(text);
  if (!Number.isInteger(rowId) || rowId <= 0) throw new UsageError(`row must be a row number as listed by chitieu unmatched, not "${text}"`);
  return rowId;
}

function indicatorOf(catalog: Catalog, id: string) {
  const indicator = catalog.byId.get(id);
  if (!indicator) throw new UsageError(`${id} is not in the catalog; list IDs with: chitieu indicators (and chitieu catalog added)`);
  return indicator;
}

export function mapRow(db: Db, rowArg: string, indicatorId: string, options: MapCliOptions): string {
  const rowId = rowNumber(rowArg);
  // The database's own additions (chitieu catalog add) are valid targets too.
  const indicator = indicatorOf(catalogFor(db), indicatorId);
  const row = getRow(db, rowId);
  if (!row) throw new UsageError(`there is no row ${rowId} in ${options.db}`);
  if (row.kind !== 'indicator') throw new UsageError(`row ${rowId} is a section heading, not an indicator row`);
  if (row.match_method === 'exact' && row.indicator_id !== indicatorId && !options.force) {
    throw new UsageError(`row ${rowId} matches ${row.indicator_id} exactly (by its name in the catalog); add --force to map it to ${indicatorId} all the same`);
  }
  const changed = db.transaction(() => {
    addDecision(db, {
      row_id: row.id, document_id: row.document_id, source: `${row.source_file} ${describePlace(row)}`, label: row.label, parent_labels: row.parent_labels,
      before: row.indicator_id, after: indicatorId, decided_at: new Date().toISOString(),
    });
    return recordMapping(db, row, indicatorId, indicator.valueType === 'group');
  })();
  return `row ${rowId} “${row.label}” → ${indicatorId} (${indicator.name}); ${changed} stored row(s) updated; the decision is kept in ${options.db} for later imports into it\n`;
}

export function undo(db: Db, rowArg: string, options: MapCliOptions): string {
  const rowId = rowNumber(rowArg);
  const decision = decisionOnRow(db, rowId);
  if (!decision) throw new UsageError(`no decision was made on row ${rowId} in ${options.db}; list them with: chitieu map --export -`);
  const catalog = catalogFor(db);
  const result = db.transaction(() => {
    deleteDecision(db, decision.id);
    const documents = releaseUserRows(db, decision);
    // Matched again with the catalog and the decisions that remain.
    const userVariants = userVariantsFor(db);
    for (const id of documents) rematchDocument(db, id, { catalog, userVariants });
    return documents.length;
  })();
  const now = getRow(db, rowId);
  return `undone: row ${rowId} “${decision.label}” is no longer mapped by hand to ${decision.after}; now ${now?.indicator_id ?? 'unmapped'} (${now?.match_method ?? '-'}); ${result} report(s) matched again\n`;
}

function exportDecisions(db: Db, file: string): string {
  const data: DecisionsFile = {
    decisions: listDecisions(db).map((d) => ({
      label: d.label, parentLabels: JSON.parse(d.parent_labels) as string[], before: d.before, after: d.after, source: d.source, decidedAt: d.decided_at,
    })),
  };
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (file === '-') process.stdout.write(text);
  else writeFileSync(file, text);
  return `${data.decisions.length} decision(s) written to ${file === '-' ? 'stdout' : file}\n`;
}

function decisionsIn(file: string): NewDecision[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DecisionsFile> & { variants?: unknown };
  if (Array.isArray(data.variants)) {
    return readUserVariantsFile(file).map((v) => ({
      row_id: null, document_id: null, source: v.source ?? '', label: v.label, parent_labels: '[]', before: null, after: v.indicatorId, decided_at: v.decidedAt ?? new Date().toISOString(),
    }));
  }
  if (!Array.isArray(data.decisions)) throw new UsageError(`${file}: expected {"decisions": [...]} as written by chitieu map --export`);
  return data.decisions.map((d) => ({
    row_id: null, document_id: null, source: d.source ?? '', label: d.label, parent_labels: JSON.stringify(d.parentLabels ?? []), before: d.before ?? null,
    after: d.after, decided_at: d.decidedAt ?? new Date().toISOString(),
  }));
}

function importDecisions(db: Db, file: string): string {
  const catalog = catalogFor(db);
  const incoming = decisionsIn(file);
  const unknown = incoming.filter((d) => !catalog.byId.has(d.after));
  const counts = db.transaction(() => {
    let added = 0;
    let rows = 0;
    for (const d of incoming) {
      if (!catalog.byId.has(d.after) || hasDecision(db, d.label, d.parent_labels, d.after)) continue;
      addDecision(db, d);
      added++;
      rows += applyDecisionToRows(db, d, catalog.byId.get(d.after)!.valueType === 'group');
    }
    return { added, rows };
  })();
  const skipped = unknown.length > 0 ? `; ${unknown.length} skipped, their IDs not in this database's catalog: ${[...new Set(unknown.map((d) => d.after))].join(', ')}` : '';
  return `${counts.added} of ${incoming.length} decision(s) added to the database, ${counts.rows} stored row(s) mapped by them${skipped}\n`;
}

export async function runMap(row: string | undefined, indicatorId: string | undefined, options: MapCliOptions): Promise<number> {
  const modes = [row !== undefined || indicatorId !== undefined, options.undo !== undefined, options.export !== undefined, options.import !== undefined];
  if (modes.filter(Boolean).length !== 1) throw new UsageError('give <row> <indicator-id>, or one of --undo <row>, --export <file>, --import <file>');
  if (modes[0] && (row === undefined || indicatorId === undefined)) throw new UsageError('give both <row> and <indicator-id>');
  const db = openDatabase(options.db, { readonly: options.export !== undefined });
  try {
    let said: string;
    if (options.undo !== undefined) said = undo(db, options.undo, options);
    else if (options.export !== undefined) said = exportDecisions(db, options.export);
    else if (options.import !== undefined) said = importDecisions(db, options.import);
    else said = mapRow(db, row!, indicatorId!, options);
    process.stderr.write(said);
  } finally {
    db.close();
  }
  return 0;
}
