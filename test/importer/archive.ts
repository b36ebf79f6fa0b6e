/** Small archives for the bulk-import tests, built in temporary folders from the fixtures. */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, type CliRun } from '../helpers/cli.js';

export const BIN = join(REPO, 'dist/src/cli/main.js');

/** The fixture of `seed` ("000".."003") in fixtures/<folder>/, with extension `ext`. */
export function fixturePath(folder: string, seed: string, ext: string): string {
  const dir = join(REPO, 'fixtures', folder);
  const name = readdirSync(dir).find((f) => f.startsWith(`${seed}_`) && f.endsWith(ext));
  if (!name) throw new Error(`no ${ext} fixture ${seed} in ${dir}`);
  return join(dir, name);
}

export function copyFixture(folder: string, seed: string, ext: string, to: string): string {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(fixturePath(folder, seed, ext), to);
  return to;
}

/** A seed report made a document of its own by a line at the end (its own content hash). */
export function writeSeedCopy(seed: string, to: string, mark: string): string {
  mkdirSync(join(to, '..'), { recursive: true });
  writeFileSync(to, `${readFileSync(fixturePath('seeds', seed, '.txt'), 'utf8').trimEnd()}\n\nBản sao ${mark}.\n`);
  return to;
}

export interface JsonRun {
  files: Record<string, unknown>[];
  summary: Record<string, unknown>;
}

/** The --json output: one object per file, then `{"summary": ...}`. */
export function parseJsonRun(run: CliRun): JsonRun {
  const objects = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const last = objects.pop();
  if (!last || !('summary' in last)) throw new Error(`no summary in: ${run.stdout}\n${run.stderr}`);
  return { files: objects, summary: last.summary as Record<string, unknown> };
}

/** The result for the file whose path ends with `name`. */
export function resultFor(run: JsonRun, name: string): Record<string, unknown> | undefined {
  return run.files.find((f) => String(f.path).endsWith(`/${name}`));
}

/** Every stored document and row, without ids or anything that depends on the order of writing. */
export function databaseContent(path: string): { documents: unknown[]; rows: unknown[] } {
  const db = new Database(path, { readonly: true });
  try {
    const documents = db
      .prepare(
        `SELECT sha256, path, format, unit, unit_key, province, period, level, template_version, status, error_code, messages, row_count
         FROM documents ORDER BY sha256`,
      )
      .all();
    const rows = db
      .prepare(
        `SELECT d.sha256, r.* FROM appendix_rows r JOIN documents d ON d.id = r.document_id ORDER BY d.sha256, r.row_index`,
      )
      .all()
      .map((r) => {
        const { id: _id, document_id: _document, ...rest } = r as Record<string, unknown>;
        return rest;
      });
    return { documents, rows };
  } finally {
    db.close();
  }
}

export function documentsByName(path: string): Map<string, { status: string; error_code: string | null }> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT path, status, error_code FROM documents').all() as { path: string; status: string; error_code: string | null }[];
    return new Map(rows.map((r) => [r.path.split('/').pop()!, r]));
  } finally {
    db.close();
  }
}
