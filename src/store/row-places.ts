/** Where one stored row was read, for `chitieu serve`'s source view (src/serve/source.ts). */
import type { Db } from './db.js';
import type { RowPlace } from './queries.js';

export interface RowSource extends RowPlace {
  /** The first line below this row's where the next row of the same page starts, or null. */
  next_line: number | null;
  stt: string;
  label: string;
  value_raw: string;
}

/** A row of the document, by its index in the document or by its own id (as `chitieu unmatched` lists it). */
export function rowSource(db: Db, documentId: number, which: { rowIndex: number } | { id: number }): RowSource | undefined {
  const [where, value] = 'id' in which ? ['id = ?', which.id] : ['row_index = ?', which.rowIndex];
  return db
    .prepare(`SELECT page, line, table_no, row_no, stt, label, value_raw,
       (SELECT min(n.line) FROM appendix_rows n WHERE n.document_id = r.document_id AND n.page IS r.page AND n.line > r.line) AS next_line
     FROM appendix_rows r WHERE document_id = ? AND ${where}`)
    .get(documentId, value) as RowSource | undefined;
}

/** The content hash of a document: a file imported again under the same id reads anew. */
export function documentHash(db: Db, documentId: number): string | undefined {
  return db.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined;
}
