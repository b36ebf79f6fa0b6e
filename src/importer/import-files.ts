/**
 * Importing a list of files into the store: read, hash, skip what is already imported, process,
 * save. One file failing never stops the batch; its reason is stored and reported.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UnreadableFileError } from '../../parsers/ir.js';
import type { Catalog } from '../match/catalog.js';
import type { UserVariant } from '../match/catalog-index.js';
import { processFile, type MetadataOverrides } from '../pipeline/process-document.js';
import type { Db } from '../store/db.js';
import { isImported, saveDocument, saveFailure } from '../store/write-document.js';

export type FileOutcome = 'imported' | 'unchanged' | 'failed';

export interface FileResult {
  path: string;
  outcome: FileOutcome;
  documentId?: number;
  rows?: number;
  observations?: number;
  unmatched?: number;
  warnings?: number;
  code?: string;
  message?: string;
}

export interface ImportOptions {
  db: Db;
  catalog: Catalog;
  overrides?: MetadataOverrides;
  userVariants?: UserVariant[];
  onFile?: (result: FileResult, done: number, total: number) => void;
}

function readBytes(path: string): Uint8Array | FileResult {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path, outcome: 'failed', code: 'file/unreadable', message: `cannot be read (${code}); check that it exists and that you may read it` };
  }
}

export async function importOneFile(path: string, options: ImportOptions): Promise<FileResult> {
  const bytes = readBytes(path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (isImported(options.db, sha256)) return { path, outcome: 'unchanged' };
  try {
    const processed = await processFile(bytes, path, { catalog: options.catalog, overrides: options.overrides, userVariants: options.userVariants });
    const saved = saveDocument(options.db, processed);
    const indicatorRows = processed.rows.filter((r) => r.row.kind === 'indicator');
    return {
      path,
      outcome: saved.outcome,
      documentId: saved.documentId,
      rows: processed.rows.length,
      observations: indicatorRows.filter((r) => r.match.indicatorId && r.value.kind !== 'empty').length,
      unmatched: indicatorRows.filter((r) => !r.match.indicatorId).length,
      warnings: processed.messages.filter((m) => m.severity === 'warning').length,
    };
  } catch (error) {
    // A bug met on one file must not cost the user the rest of the batch.
    const { code, message } =
      error instanceof UnreadableFileError
        ? error
        : { code: 'internal/error', message: `could not be processed because of an internal error (${(error as Error).message}); please report it with this file` };
    saveFailure(options.db, { sha256, file: path, code, message });
    return { path, outcome: 'failed', code, message };
  }
}

export async function importFiles(paths: string[], options: ImportOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const path of paths) {
    const result = await importOneFile(path, options);
    results.push(result);
    options.onFile?.(result, results.length, paths.length);
  }
  return results;
}
