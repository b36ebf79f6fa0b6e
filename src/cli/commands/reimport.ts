/**
 * `chitieu reimport --outdated`: the files read by an earlier version of the reading
 * (pipeline/parser-version.ts) read again from their stored paths, replacing their rows; a file no
 * longer there is reported and skipped. Overrides given at the first import (--unit, ...) are not
 * stored: such files are re-read with `chitieu import FILE --force --unit ...`.
 */
import { existsSync } from 'node:fs';
import { PARSER_VERSION } from '../../pipeline/parser-version.js';
import { openDatabase } from '../../store/db.js';
import { outdatedDocuments } from '../../store/imported.js';
import { UsageError } from '../errors.js';
import { runImport, type ImportCliOptions } from './import.js';

export async function runReimport(options: ImportCliOptions & { outdated?: boolean }): Promise<number> {
  if (!options.outdated) throw new UsageError('give --outdated: re-read the files read by an earlier version of chitieu');
  const db = openDatabase(options.db);
  const outdated = outdatedDocuments(db, PARSER_VERSION);
  db.close();
  const missing = outdated.filter((d) => !existsSync(d.path));
  for (const d of missing) process.stderr.write(`missing: ${d.path} (document ${d.id}, read by version ${d.parser_version ?? 'unknown'}); skipped\n`);
  const paths = [...new Set(outdated.filter((d) => existsSync(d.path)).map((d) => d.path))];
  process.stderr.write(`${outdated.length} report(s) read by a version before ${PARSER_VERSION}; ${paths.length} to read again, ${missing.length} missing\n`);
  const code = paths.length > 0 ? await runImport(paths, { ...options, force: true }) : 0;
  return code === 0 && missing.length > 0 ? 1 : code;
}
