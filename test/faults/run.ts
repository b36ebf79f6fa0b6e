/**
 * Running the built `chitieu` for the fault tests: as an unprivileged user when the tests run as
 * root (root reads a chmod 000 file and writes a chmod 444 one, so permission faults would not
 * happen), in the background (to kill it), and reading the database it leaves.
 */
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir, type CliRun } from '../helpers/cli.js';

export const BIN = join(REPO, 'dist/src/cli/main.js');
export const SEED_FILES = ['000_9e493d0445893002', '001_8f3c16bf5b21494c', '002_60f12e1201b41f59', '003_f51fa97e0584822a'];
/** Appendix rows that carry a value in each seed, counted by hand (fixtures/seeds/expected/*.tsv). */
export const ROWS_WITH_VALUE = [65, 146, 96, 96];

/** `nobody` on Debian; any uid without rights on the test's files would do. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };
export const runningAsRoot = process.getuid?.() === 0;

/** Process options that make file permissions apply: as root, drop to the unprivileged user. */
export function asUser(): { uid?: number; gid?: number } {
  return runningAsRoot ? UNPRIVILEGED : {};
}

/** A temporary folder the unprivileged user may read and write too (mkdtemp makes 0700). */
export function sharedTempDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o777);
  return dir;
}

export function runChitieu(args: string[], options: { asUser?: boolean; nodeArgs?: string[] } = {}): CliRun {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    ...(options.asUser ? asUser() : {}),
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function startChitieu(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Copies of the seed reports made different by a line at the end, so each has its own hash. */
export function writeSeedCopies(folder: string, count: number, first = 0): { path: string; seed: number }[] {
  mkdirSync(folder, { recursive: true });
  const seeds = SEED_FILES.map((stem) => readFileSync(join(REPO, 'fixtures/seeds', `${stem}.txt`), 'utf8'));
  const copies = [];
  for (let i = first; i < first + count; i++) {
    const path = join(folder, `bao-cao-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, `${seeds[i % seeds.length]!.trimEnd()}\n\nBản sao số ${i}.\n`);
    copies.push({ path, seed: i % seeds.length });
  }
  return copies;
}

export function copySeed(index: number, to: string): void {
  copyFileSync(join(REPO, 'fixtures/seeds', `${SEED_FILES[index]}.txt`), to);
}

export interface StoredDocument {
  id: number;
  path: string;
  sha256: string;
  status: string;
  error_code: string | null;
  messages: string;
  row_count: number;
  /** appendix_rows actually stored for the document. */
  rows: number;
  /** Of those, rows that carry a value. */
  with_value: number;
}

export interface DatabaseCheck {
  integrity: string;
  documents: StoredDocument[];
}

/** Opens the database as a later run would (recovering its WAL), checks it and lists its documents. */
export function checkDatabase(path: string): DatabaseCheck {
  const db = new Database(path);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    // Killed before its first migration committed, a database has no tables yet.
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'documents'").get()) return { integrity, documents: [] };
    const documents = db
      .prepare(
        `SELECT d.id, d.path, d.sha256, d.status, d.error_code, d.messages, d.row_count,
                (SELECT count(*) FROM appendix_rows r WHERE r.document_id = d.id) AS rows,
                (SELECT count(*) FROM appendix_rows r WHERE r.document_id = d.id AND r.value_kind <> 'empty') AS with_value
         FROM documents d ORDER BY d.path`,
      )
      .all() as StoredDocument[];
    return { integrity, documents };
  } finally {
    db.close();
  }
}

/** Lines of a stack trace, which a user must never see for a fault of theirs or their disk. */
export const STACK_LINE = /^\s+at .+[:(]/m;

export { tempDir };
