/**
 * What `chitieu documents` and `chitieu show` list about each imported document: its counts
 * (figures, rows to review, warnings) beside the current flag of migration 005.
 */
import type { Db } from './db.js';
import { listDocuments, type DocumentRecord } from './queries.js';

export interface DocumentCounts {
  /** Figures with a value, every value column counted (`value_observations`). */
  figures: number;
  /** Indicator rows without an ID (`chitieu unmatched`). */
  to_review: number;
  warnings: number;
}

export interface StoredMessage {
  severity: string;
  code: string;
  message: string;
  position?: unknown;
}

function hasView(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?").get(name) !== undefined;
}

/** Counts of every imported document, by id; one grouped query each. */
export function documentCounts(db: Db): Map<number, DocumentCounts> {
  const source = hasView(db, 'value_observations') ? 'value_observations' : 'observations';
  const counts = new Map<number, DocumentCounts>();
  const of = (id: number) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { figures: 0, to_review: 0, warnings: 0 }));
    return c;
  };
  const grouped = (sql: string) => db.prepare(sql).raw(true).all() as Array<[number, number]>;
  for (const [id] of grouped("SELECT id, 0 FROM documents WHERE status = 'imported'")) of(id);
  for (const [id, n] of grouped(`SELECT document_id, count(*) FROM ${source} WHERE value_kind <> 'empty' GROUP BY document_id`)) of(id).figures = n;
  for (const [id, n] of grouped('SELECT document_id, count(*) FROM unmatched_rows GROUP BY document_id')) of(id).to_review = n;
  for (const [id, n] of grouped(
    "SELECT d.id, count(*) FROM documents d, json_each(d.messages) m WHERE d.status = 'imported' AND json_extract(m.value, '$.severity') = 'warning' GROUP BY d.id",
  )) of(id).warnings = n;
  return counts;
}

/** A document's stored messages (warnings and notes of its import, and of its report's sources). */
export function documentMessages(db: Db, id: number): StoredMessage[] {
  const text = db.prepare("SELECT messages FROM documents WHERE id = ? AND status = 'imported'").pluck().get(id) as string | undefined;
  return text ? (JSON.parse(text) as StoredMessage[]) : [];
}

/** The imported document with this id, or with this path (as stored), or undefined. */
export function findDocument(db: Db, idOrPath: string): DocumentRecord | undefined {
  const documents = listDocuments(db);
  if (/^\d+$/.test(idOrPath)) return documents.find((d) => d.id === Number(idOrPath));
  return documents.find((d) => d.source_file === idOrPath);
}
