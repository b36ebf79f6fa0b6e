/** Read queries over the store. The only other module besides the writers that knows SQL. */
import { decideAllVersions } from './current-versions.js';
import type { Db } from './db.js';

/** Where a stored row was read: page and line (PDF, text) or table and row (Word); src/cli/where.ts words it. */
export interface RowPlace {
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
}

/** An imported document, as the units listing, export and diff see it. */
export interface DocumentRecord {
  id: number;
  source_file: string;
  format: string | null;
  unit: string | null;
  unit_key: string | null;
  province: string | null;
  period: string | null;
  level: string | null;
  template_version: string | null;
  /** The report's own date (`2024-03-14`, `2023-12`, `2023`); null when not read or in a database older than migration 002. */
  report_date: string | null;
  imported_at: string;
  row_count: number;
  /** Read by default (migration 005, src/report/versions.ts): 1 or 0. */
  is_current: number;
  /** Why it is current or not, in words. */
  current_reason: string;
  /** The current source of the report this document is another source of, or null. */
  same_report_as: number | null;
}

function hasColumn(db: Db, table: string, column: string): boolean {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).includes(column);
}

/**
 * Every imported document, in import order. A database opened read-only is not migrated, so a
 * column added by a later migration is read as null when it is not there yet.
 */
export function listDocuments(db: Db): DocumentRecord[] {
  const reportDate = hasColumn(db, 'documents', 'report_date') ? 'report_date' : 'NULL AS report_date';
  const flagged = hasColumn(db, 'documents', 'is_current');
  const flags = flagged ? 'is_current, current_reason, same_report_as' : 'NULL AS is_current, NULL AS current_reason, NULL AS same_report_as';
  const documents = db
    .prepare(
      `SELECT id, path AS source_file, format, unit, unit_key, province, period, level, template_version, ${reportDate}, imported_at, row_count, ${flags}
       FROM documents WHERE status = 'imported' ORDER BY id`,
    )
    .all() as DocumentRecord[];
  if (flagged) return documents;
  // Opened read-only before migration 005: the same rule, decided here and not stored.
  const decided = decideAllVersions(db, { write: false });
  return documents.map((d) => {
    const decision = decided.get(d.id);
    return { ...d, is_current: decision?.current ? 1 : 0, current_reason: decision?.why ?? '', same_report_as: decision?.sameReportAs ?? null };
  });
}

/** One observation: a mapped appendix row; its document is looked up by `document_id`. */
export interface ObservationRecord {
  document_id: number;
  row_index: number;
  indicator_id: string;
  area: number | null;
  stt: string;
  label: string;
  value_kind: string;
  value_number: number | null;
  value_text: string | null;
  value_raw: string;
  unit_cell: string;
  note: string;
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
  confidence: number | null;
  match_method: string;
  /** 0 for the row's default figure, 1.. for its further value columns. */
  column_no: number;
  /** Header path of the column the figure was read from; '' for a single unnamed column. */
  value_column: string;
  /** `actual` for the default figure; plan, previous, ratio, year, level or other for further value columns. */
  value_role: string;
}

export interface ObservationFilters {
  /** An indicator ID and the IDs below it (`tthc.giai_quyet` takes `tthc.giai_quyet.cap_xa`). */
  indicator?: string;
  /** An area of the template, 1..7. */
  section?: number;
  /** Only these indicator IDs (a `--indicator` text resolved against the catalog). */
  indicators?: readonly string[];
}

const OBSERVATION_COLUMNS = `document_id, row_index, indicator_id, area, stt, label, value_kind, value_number, value_text, value_raw,
  unit AS unit_cell, note, page, line, table_no, row_no, confidence, match_method, column_no, value_column, value_role`;

/**
 * Every figure of a row, the default one first: the view of migration 003, or in a database
 * opened read-only before it, the single value column.
 */
function figuresSource(db: Db): string {
  const hasView = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'value_observations'").get() !== undefined;
  return hasView ? 'value_observations' : "(SELECT *, 0 AS column_no, '' AS value_column, 'actual' AS value_role FROM observations)";
}

// Not LIKE: "_" in IDs would be a wildcard, and LIKE ignores case.
const FILTER_CLAUSES: Record<keyof ObservationFilters, string> = {
  indicator: "(indicator_id = @indicator OR substr(indicator_id, 1, length(@indicator) + 1) = @indicator || '.')",
  section: 'area = @section',
  indicators: 'indicator_id IN (SELECT value FROM json_each(@indicators))',
};

function filterClauses(filters: ObservationFilters): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, clause] of Object.entries(FILTER_CLAUSES) as Array<[keyof ObservationFilters, string]>) {
    if (filters[name] === undefined || filters[name] === '') continue;
    clauses.push(clause);
    params[name] = Array.isArray(filters[name]) ? JSON.stringify(filters[name]) : filters[name];
  }
  return { where: clauses.map((c) => ` AND ${c}`).join(''), params };
}

/**
 * The observations of the given documents, document by document in the order given, rows in
 * document order. One indexed query per document (appendix_rows is keyed by document_id,
 * row_index), so nothing is sorted and the rows stream.
 */
export function* iterateObservations(db: Db, documentIds: Iterable<number>, filters: ObservationFilters = {}): Generator<ObservationRecord> {
  const { where, params } = filterClauses(filters);
  const statement = db.prepare(`SELECT ${OBSERVATION_COLUMNS} FROM ${figuresSource(db)} WHERE document_id = @document${where} ORDER BY row_index, column_no`);
  for (const document of documentIds) {
    yield* statement.iterate({ ...params, document }) as IterableIterator<ObservationRecord>;
  }
}

/**
 * The same rows as arrays, for the export's hot loop: better-sqlite3 makes an array of the
 * selected columns faster than an object, and only the columns the CSV needs are read.
 */
export type ObservationTuple = [
  indicator_id: string, area: number | null, stt: string, label: string, value_kind: string, value_number: number | null,
  value_text: string | null, value_raw: string, unit_cell: string, note: string, page: number | null, line: number,
  confidence: number | null, match_method: string, value_column: string, value_role: string, row_id: number, column_no: number,
];

/** A reader of one document's observations as tuples (`ObservationTuple`), rows in document order. */
export function observationTuples(db: Db, filters: ObservationFilters = {}): (documentId: number) => ObservationTuple[] {
  const { where, params } = filterClauses(filters);
  const statement = db
    .prepare(
      `SELECT indicator_id, area, stt, label, value_kind, value_number, value_text, value_raw, unit, note, page, line, confidence, match_method, value_column, value_role,
         (SELECT a.id FROM appendix_rows a WHERE a.document_id = f.document_id AND a.row_index = f.row_index) AS row_id, column_no
       FROM ${figuresSource(db)} f WHERE document_id = @document${where} ORDER BY row_index, column_no`,
    )
    .raw(true);
  return (document) => statement.all({ ...params, document }) as ObservationTuple[];
}

/** Indicator ID and value of one document's observations, for the wide export. */
export type ValueTuple = [indicator_id: string, value_kind: string, value_number: number | null, value_text: string | null];

export function valueTuples(db: Db, filters: ObservationFilters = {}): (documentId: number) => ValueTuple[] {
  const { where, params } = filterClauses(filters);
  const statement = db
    .prepare(`SELECT indicator_id, value_kind, value_number, value_text FROM observations WHERE document_id = @document${where} ORDER BY row_index`)
    .raw(true);
  return (document) => statement.all({ ...params, document }) as ValueTuple[];
}

/** The observations of one document, in document order. */
export function observationsOf(db: Db, documentId: number, filters: ObservationFilters = {}): ObservationRecord[] {
  return [...iterateObservations(db, [documentId], filters)];
}

/** The indicator IDs observed in the given documents (for the wide export's columns). */
export function indicatorIdsOf(db: Db, documentIds: Iterable<number>, filters: ObservationFilters = {}): Set<string> {
  const { where, params } = filterClauses(filters);
  const statement = db.prepare(`SELECT DISTINCT indicator_id FROM observations WHERE document_id = @document${where}`).pluck();
  const ids = new Set<string>();
  for (const document of documentIds) for (const id of statement.all({ ...params, document }) as string[]) ids.add(id);
  return ids;
}

export interface UnmatchedRecord extends RowPlace {
  document_id: number;
  id: number;
  source_file: string;
  area: number | null;
  stt: string;
  label: string;
  unit: string;
  value_raw: string;
  parent_labels: string;
  candidates: string;
  /** Why the row's figures were withheld (`table/roles-doubtful`, `row/value-is-measure-word`, …), or null. */
  withheld_code: string | null;
  /** The first reason stored with the row's match (for a withheld row, why). */
  reason: string | null;
  /** The row's further value columns, "Kế hoạch: 10; Tỷ lệ (%): 120%", or null. */
  other_values: string | null;
}

export function listUnmatched(db: Db, options: { withValue?: boolean } = {}): UnmatchedRecord[] {
  const migrated = hasColumn(db, 'appendix_rows', 'withheld_code');
  return db
    .prepare(
      `SELECT u.id, u.document_id, d.path AS source_file, u.page, u.line, u.table_no, u.row_no, u.area, u.stt, u.label, u.unit, u.value_raw, u.parent_labels, u.candidates,
         ${migrated ? 'u.withheld_code' : 'NULL AS withheld_code'}, json_extract(u.reasons, '$[0]') AS reason,
         ${migrated ? "(SELECT group_concat(v.value_column || ': ' || v.value_raw, '; ') FROM row_values v WHERE v.document_id = u.document_id AND v.row_index = u.row_index)" : 'NULL'} AS other_values
       FROM unmatched_rows u JOIN documents d ON d.id = u.document_id
       WHERE d.status = 'imported' ${options.withValue ? `AND (u.value_kind <> 'empty'${migrated ? ' OR u.withheld_code IS NOT NULL' : ''})` : ''}
       ORDER BY u.document_id, u.row_index`,
    )
    .all() as UnmatchedRecord[];
}
