/** Read queries over the store. The only other module besides the writers that knows SQL. */
import type { Db } from './db.js';

export interface ObservationFilters {
  unit?: string;
  province?: string;
  period?: string;
  indicator?: string;
  section?: number;
}

export interface ObservationRecord {
  document_id: number;
  source_file: string;
  unit: string | null;
  province: string | null;
  period: string | null;
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
  confidence: number | null;
  match_method: string;
}

/** Each filter's SQL condition; a filter given on the command line adds its clause. */
const OBSERVATION_FILTERS: Record<keyof ObservationFilters, string> = {
  unit: "d.unit LIKE '%' || @unit || '%'",
  province: 'd.province = @province',
  period: 'd.period = @period',
  indicator: "(o.indicator_id = @indicator OR o.indicator_id LIKE @indicator || '.%')",
  section: 'o.area = @section',
};

export function iterateObservations(db: Db, filters: ObservationFilters = {}): IterableIterator<ObservationRecord> {
  const where: string[] = ["d.status = 'imported'"];
  const params: Record<string, unknown> = {};
  for (const [name, clause] of Object.entries(OBSERVATION_FILTERS) as Array<[keyof ObservationFilters, string]>) {
    if (filters[name] === undefined || filters[name] === '') continue;
    where.push(clause);
    params[name] = filters[name];
  }
  return db
    .prepare(
      `SELECT o.document_id, d.path AS source_file, d.unit, d.province, d.period, o.indicator_id, o.area, o.stt, o.label,
              o.value_kind, o.value_number, o.value_text, o.value_raw, o.unit AS unit_cell, o.note, o.page, o.line,
              o.confidence, o.match_method
       FROM observations o JOIN documents d ON d.id = o.document_id
       WHERE ${where.join(' AND ')}
       ORDER BY o.document_id, o.row_index`,
    )
    .iterate(params) as IterableIterator<ObservationRecord>;
}

export interface UnmatchedRecord {
  id: number;
  source_file: string;
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
  area: number | null;
  stt: string;
  label: string;
  unit: string;
  value_raw: string;
  parent_labels: string;
  candidates: string;
}

export function listUnmatched(db: Db, options: { withValue?: boolean } = {}): UnmatchedRecord[] {
  return db
    .prepare(
      `SELECT u.id, d.path AS source_file, u.page, u.line, u.table_no, u.row_no, u.area, u.stt, u.label, u.unit, u.value_raw, u.parent_labels, u.candidates
       FROM unmatched_rows u JOIN documents d ON d.id = u.document_id
       WHERE d.status = 'imported' ${options.withValue ? "AND u.value_kind <> 'empty'" : ''}
       ORDER BY u.document_id, u.row_index`,
    )
    .all() as UnmatchedRecord[];
}
