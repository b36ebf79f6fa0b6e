/** The messages import stored with each document (documents.messages, a JSON array of parsers/ir.ts `Message`). */
import type { Message } from '../../parsers/ir.js';
import type { Db } from './db.js';

export interface StoredMessage extends Message {
  document_id: number;
  source_file: string;
  /** `imported`, or `failed` for a file that could not be read (its one message says why). */
  status: string;
}

export function listMessages(db: Db): StoredMessage[] {
  const documents = db.prepare('SELECT id, path, status, messages FROM documents ORDER BY id').all() as Array<{ id: number; path: string; status: string; messages: string }>;
  return documents.flatMap((d) =>
    (JSON.parse(d.messages || '[]') as Message[]).map((m) => ({ ...m, document_id: d.id, source_file: d.path, status: d.status })),
  );
}
