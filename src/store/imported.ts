/** Which contents the database already holds, asked once per file of an archive. */
import type { Db } from './db.js';

/**
 * The path an imported content was stored under, or null when it is not imported; the statement
 * is prepared once, for thousands of files in a row.
 */
export function importedPathCheck(db: Db): (sha256: string) => string | null {
  const statement = db.prepare("SELECT path FROM documents WHERE sha256 = ? AND status = 'imported'").pluck();
  return (sha256) => (statement.get(sha256) as string | undefined) ?? null;
}

/** A file moved within the archive: its figures now point to where it is. */
export function moveDocument(db: Db, sha256: string, path: string): void {
  db.prepare('UPDATE documents SET path = ? WHERE sha256 = ?').run(path, sha256);
}

/** Imported documents read by an earlier version of the reading than `version` (or before versions were kept). */
export function outdatedDocuments(db: Db, version: number): Array<{ id: number; path: string; parser_version: number | null }> {
  return db
    .prepare("SELECT id, path, parser_version FROM documents WHERE status = 'imported' AND (parser_version IS NULL OR parser_version < ?) ORDER BY id")
    .all(version) as Array<{ id: number; path: string; parser_version: number | null }>;
}
