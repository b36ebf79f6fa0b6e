/**
 * What an import extracted, as files to compare byte for byte before and after a change that
 * must not change any figure (a speed-up): the given files and folders are imported with the
 * real CLI into a fresh database, one job (document ids then follow the walk, not which worker
 * finished first), and `export --all-versions`, `unmatched` and `warnings` are
 * written as CSV into the output folder, and `documents` (which document of a unit and period is
 * current, and why) as JSON lines without the import time, which differs on every run.
 *
 * Usage: npm run build && node dist/scripts/figures-snapshot.js OUT_DIR PATH... ; then
 *        diff -r BEFORE_DIR AFTER_DIR   (no output: the same figures, rows in review and warnings)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

const OUTPUTS: [string, string[]][] = [
  ['export.csv', ['export', '--all-versions']],
  ['unmatched.csv', ['unmatched']],
  ['warnings.csv', ['warnings']],
];

function chitieu(args: string[]): void {
  try {
    execFileSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    // import exits 1 when a file could not be read: the fault fixtures are such files, on purpose.
    if ((error as { status?: number }).status !== 1 || args[0] !== 'import') throw error;
  }
}

function main(argv: string[]): void {
  const [out, ...paths] = argv;
  if (!out || paths.length === 0) throw new Error('usage: figures-snapshot OUT_DIR PATH...');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const db = join(out, 'snapshot.sqlite');
  chitieu(['import', ...paths, '--db', db, '--jobs', '1']);
  for (const [name, command] of OUTPUTS) chitieu([...command, '--db', db, '--format', 'csv', '--out', join(out, name)]);
  const documents = join(out, 'documents.jsonl');
  chitieu(['documents', '--db', db, '--format', 'jsonl', '--out', documents]);
  const lines = readFileSync(documents, 'utf8').split('\n').filter(Boolean);
  writeFileSync(documents, lines.map((l) => JSON.stringify({ ...JSON.parse(l), imported_at: undefined }) + '\n').join(''));
  rmSync(db);
  for (const suffix of ['-wal', '-shm']) rmSync(db + suffix, { force: true });
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}
