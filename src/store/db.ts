/**
 * Opening the database: WAL so readers never block the writer and a crash leaves a database that
 * opens; a busy timeout so two imports on one file wait for each other instead of failing.
 *
 * A fault of the database itself (disk full, read-only file or disk, I/O error, not a database)
 * becomes a `StoreError` whose message names the file, says what is wrong in plain words and
 * what to do: the CLI prints it as one `Error: ...` line.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** SQLite result codes (sqlite.org/rescode.html) by prefix: extended codes share their primary's meaning. */
const FAULTS: [prefix: string, code: string, text: (path: string) => string][] = [
  ['SQLITE_FULL', 'db/full', (p) => `cannot write to the database ${p}: the disk is full. Free some space and run the same command again; what was imported before is kept`],
  ['SQLITE_READONLY', 'db/read-only', (p) => `cannot write to the database ${p}: the file or its disk is read-only. Give yourself write access to it and its folder, or choose another file with --db`],
  ['SQLITE_CANTOPEN', 'db/cannot-open', (p) => `cannot open the database ${p}: ${whyCannotOpen(p)}`],
  ['SQLITE_PERM', 'db/cannot-open', (p) => `cannot open the database ${p}: access is denied; check its permissions`],
  ['SQLITE_IOERR', 'db/io-error', (p) => `cannot read or write the database ${p}: the disk reported an error. Check the disk (and free space), then run the same command again`],
  ['SQLITE_NOTADB', 'db/not-a-database', (p) => `${p} is not a SQLite database: choose another file with --db (chitieu creates it when it does not exist)`],
  ['SQLITE_CORRUPT', 'db/corrupt', (p) => `the database ${p} is damaged: import into a new file with --db, or restore a copy`],
  ['SQLITE_BUSY', 'db/busy', (p) => `the database ${p} stayed locked by another program for 30 s: let it finish, then run the same command again`],
];

/** SQLite says only "unable to open database file"; the folder usually tells why. */
function whyCannotOpen(path: string): string {
  const folder = dirname(path);
  if (!existsSync(folder)) return `its folder ${folder} does not exist. Create it, or choose another file with --db`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `its folder ${folder} is read-only for you, and SQLite writes ${basename(path)}-wal and ${basename(path)}-shm beside the database. Choose a folder you may write to with --db, or ask for write access`;
  }
  return 'check the path and its permissions';
}

/** A fault of the database file or its disk as a `StoreError`, or null for anything else (a bug). */
export function storeFault(error: unknown, path: string): StoreError | null {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Database.SqliteError) || typeof code !== 'string') return null;
  const fault = FAULTS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  return fault ? new StoreError(fault[1], `${fault[2](path)} (${error.message}, ${code})`) : null;
}

function rethrowAsStoreFault(error: unknown, path: string): never {
  throw storeFault(error, path) ?? error;
}

/** How long a write waits for another process's: the message for SQLITE_BUSY says 30 s. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Runs an open-time step again while SQLite refuses it with SQLITE_BUSY, for as long as the busy
 * timeout. Switching a new file to WAL needs the file to itself, and SQLite answers BUSY at once
 * there rather than calling its busy handler, so two imports opening one new database at the
 * same moment would otherwise see one of them fail.
 */
function whenNotBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let wait = 5; ; wait = Math.min(200, wait * 2)) {
    try {
      return step();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() + wait > deadline) throw error;
      Atomics.wait(pause, 0, 0, wait);
    }
  }
}

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw storeFault(error, path) ?? new StoreError('db/cannot-open', `cannot open the database ${path}: ${whyCannotOpen(path)} (${(error as Error).message})`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      whenNotBusy(() => db.pragma('journal_mode = WAL'));
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      checkWritable(db);
    } else {
      // Reading the schema here, not at the first query, so that "not a database" is said at once.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    }
  } catch (error) {
    db.close();
    rethrowAsStoreFault(error, path);
  }
  return db;
}

/**
 * Rewrites the header's user_version with its own value and rolls back: the smallest write
 * there is, and nothing reaches the disk. A read-only file is so found at open, before any file
 * is parsed; in WAL mode `BEGIN IMMEDIATE` alone succeeds on one.
 */
function checkWritable(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/**
 * Applies the migrations not yet recorded, in one IMMEDIATE transaction that reads what is
 * applied after taking the write lock: two imports opening a new database at once would
 * otherwise both see it empty and the second would fail on `CREATE TABLE`. Taking the lock also
 * tells at once, before any file is parsed, that the database cannot be written.
 */
export function migrate(db: Db): string[] {
  return db
    .transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      const applied = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
      const done: string[] = [];
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.name)) continue;
        db.exec(migration.sql);
        migration.after?.(db);
        db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(migration.name, new Date().toISOString());
        done.push(migration.name);
      }
      return done;
    })
    .immediate();
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement kept per connection: an import saves hundreds of documents on one
 * connection, and preparing the same few statements for each took a third of the main thread's
 * store time (profile of `npm run bench`). A statement used with `.pluck()` or `.raw()` must be
 * used so everywhere its SQL text appears.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let prepared = byText.get(sql);
  if (!prepared) byText.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
