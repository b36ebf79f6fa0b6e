/**
 * Appendix rows read back from the store, for the work done on them after an import: the rows
 * sent to review gathered for catalog suggestions (`chitieu catalog suggest`), and a document's
 * rows matched again with the catalog as it is now (`chitieu rematch`), written back in one
 * transaction per document.
 */
import type { Message } from '../model.js';
import type { IndicatorMatch } from '../match/types.js';
import { refreshCurrentOf } from './current-versions.js';
import type { Db } from './db.js';
import type { RowPlace } from './queries.js';
import { matchParams } from './write-document.js';

/**
 * Rows withheld because their columns were doubtful, not their label (`match_method` 'withheld'):
 * no catalog entry would map them, and matching again leaves them as they are.
 */
export const WITHHELD = 'withheld';

/** A row sent to review, with what its document and its parent row say about it. */
export interface ReviewRowRecord extends RowPlace {
  id: number;
  document_id: number;
  source_file: string;
  period: string | null;
  area: number | null;
  stt: string;
  label: string;
  unit: string;
  value_raw: string;
  value_kind: string;
  /** JSON array of the ancestors' labels, outermost first. */
  parent_labels: string;
  /** What the nearest parent row is mapped to, or null. */
  parent_indicator_id: string | null;
  /** 1 when other rows of its document sit below it. */
  has_children: number;
}

/** Every row in review (`unmatched_rows`) of the imported documents but the withheld ones, in document order. */
export function listReviewRows(db: Db): ReviewRowRecord[] {
  return db
    .prepare(
      `SELECT u.id, u.document_id, d.path AS source_file, d.period, u.page, u.line, u.table_no, u.row_no, u.area, u.stt, u.label, u.unit,
              u.value_raw, u.value_kind, u.parent_labels, p.indicator_id AS parent_indicator_id,
              EXISTS (SELECT 1 FROM appendix_rows c WHERE c.document_id = u.document_id AND c.parent_index = u.row_index) AS has_children
       FROM unmatched_rows u
       JOIN documents d ON d.id = u.document_id
       LEFT JOIN appendix_rows p ON p.document_id = u.document_id AND p.row_index = u.parent_index
       WHERE d.status = 'imported' AND u.match_method <> ?
       ORDER BY u.document_id, u.row_index`,
    )
    .all(WITHHELD) as ReviewRowRecord[];
}

/** A stored appendix row with everything the matcher reads and everything it decided. */
export interface StoredRowRecord {
  id: number;
  row_index: number;
  kind: string;
  stt: string;
  label: string;
  unit: string;
  value_raw: string;
  note: string;
  bold: number;
  area: number | null;
  section_title: string;
  form: number | null;
  parent_index: number | null;
  parent_labels: string;
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
  indicator_id: string | null;
  is_group: number;
  confidence: number | null;
  match_method: string;
  candidates: string;
  reasons: string;
}

export interface StoredDocumentRecord {
  id: number;
  path: string;
  level: string | null;
  template_version: string | null;
  messages: string;
}

export function storedDocument(db: Db, id: number): StoredDocumentRecord | undefined {
  return db.prepare("SELECT id, path, level, template_version, messages FROM documents WHERE id = ? AND status = 'imported'").get(id) as StoredDocumentRecord | undefined;
}

export function storedRowsOf(db: Db, documentId: number): StoredRowRecord[] {
  return db
    .prepare(
      `SELECT id, row_index, kind, stt, label, unit, value_raw, note, bold, area, section_title, form, parent_index, parent_labels, page, line,
              table_no, row_no, indicator_id, is_group, confidence, match_method, candidates, reasons
       FROM appendix_rows WHERE document_id = ? ORDER BY row_index`,
    )
    .all(documentId) as StoredRowRecord[];
}

/** True when storing `match` would change the stored row. */
export function matchDiffers(row: StoredRowRecord, match: IndicatorMatch): boolean {
  const [indicatorId, isGroup, confidence, method, candidates, reasons] = matchParams(match);
  return row.indicator_id !== indicatorId || row.is_group !== isGroup || row.confidence !== confidence || row.match_method !== method
    || row.candidates !== candidates || row.reasons !== reasons;
}

export interface DocumentRematch {
  documentId: number;
  updates: Array<{ rowId: number; match: IndicatorMatch }>;
  templateVersion: string | null;
  messages: Message[];
}

/** Writes a document's new matches, template version and messages in one transaction. */
export function saveRematch(db: Db, rematch: DocumentRematch): void {
  const update = db.prepare(
    `UPDATE appendix_rows SET indicator_id = ?, is_group = ?, confidence = ?, match_method = ?, candidates = ?, reasons = ?
     WHERE id = ? AND document_id = ?`,
  );
  db.transaction(() => {
    for (const { rowId, match } of rematch.updates) update.run(...matchParams(match), rowId, rematch.documentId);
    db.prepare('UPDATE documents SET template_version = ?, messages = ? WHERE id = ?').run(rematch.templateVersion, JSON.stringify(rematch.messages), rematch.documentId);
    // Other figures may make it another report, or the most complete source of its report.
    refreshCurrentOf(db, rematch.documentId);
  }).immediate();
}
