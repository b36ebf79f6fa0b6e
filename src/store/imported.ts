/** Which contents the database already holds, asked once per file of an archive. */
import type { Db } from './db.js';

/** `isImported` (write-document.ts) with its statement prepared once, for thousands of files in a row. */
export function importedCheck(db: Db): (sha256: string) => boolean {
  const statement = db.prepare("SELECT 1 FROM documents WHERE sha256 = ? AND status = 'imported'").pluck();
  return (sha256) => statement.get(sha256) !== undefined;
}
