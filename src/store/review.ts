/** Reading one appendix row for review, and recording a user's mapping decision on it. */
import { refreshCurrentOf } from './current-versions.js';
import type { Db } from './db.js';

export interface ReviewRow {
  id: number;
  document_id: number;
  source_file: string;
  /** The source file's sha256 when it was imported. */
  source_sha256: string;
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
  kind: string;
  area: number | null;
  stt: string;
  label: string;
  unit: string;
  value_raw: string;
  note: string;
  parent_labels: string;
  indicator_id: string | null;
  confidence: number | null;
  match_method: string;
  candidates: string;
  reasons: string;
}

export function getRow(db: Db, id: number): ReviewRow | undefined {
  return db
    .prepare(
      `SELECT r.id, r.document_id, d.path AS source_file, d.sha256 AS source_sha256, r.page, r.line, r.table_no, r.row_no, r.kind, r.area, r.stt, r.label, r.unit, r.value_raw, r.note,
              r.parent_labels, r.indicator_id, r.confidence, r.match_method, r.candidates, r.reasons
       FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE r.id = ?`,
    )
    .get(id) as ReviewRow | undefined;
}

/** Maps this row, and every other stored row with the same label and parents, to the indicator. */
export function recordMapping(db: Db, row: ReviewRow, indicatorId: string, isGroup: boolean): number {
  const reasons = JSON.stringify([`mapped by a user to ${indicatorId}`]);
  const where = 'label = ? AND parent_labels = ? AND (id = ? OR indicator_id IS NULL)';
  return db.transaction(() => {
    const documents = db.prepare(`SELECT DISTINCT document_id FROM appendix_rows WHERE ${where}`).pluck().all(row.label, row.parent_labels, row.id) as number[];
    const changes = db
      .prepare(`UPDATE appendix_rows SET indicator_id = ?, is_group = ?, confidence = 1, match_method = 'user', reasons = ? WHERE ${where}`)
      .run(indicatorId, isGroup ? 1 : 0, reasons, row.label, row.parent_labels, row.id).changes;
    for (const id of documents) refreshCurrentOf(db, id);
    return changes;
  }).immediate();
}
