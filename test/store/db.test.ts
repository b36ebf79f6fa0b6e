/**
 * Opening the database: migrations applied once when two processes open a new database together,
 * and faults of the file or its folder as `StoreError`s with a fixed code and plain words.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, StoreError } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { REPO, tempDir } from '../helpers/cli.js';

/**
 * Another process in the middle of migrating: the `migrations` table is there, and it holds the
 * write lock while it applies every migration (the ones this test sees), for `holdMs`; then it
 * commits.
 */
function migratingElsewhere(path: string, holdMs: number): Promise<{ done: Promise<number | null> }> {
  const script = `
    import Database from 'better-sqlite3';
    const MIGRATIONS = ${JSON.stringify(MIGRATIONS)};
    const db = new Database(${JSON.stringify(path)});
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.exec('BEGIN IMMEDIATE');
    for (const m of MIGRATIONS) {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, 'elsewhere');
    }
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${holdMs});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('locked') && resolve({ done }));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the migrating process ended first (exit ${code})`)));
  });
}

describe('openDatabase', () => {
  it('waits for another process that is migrating the same new database, then applies nothing twice', async () => {
    const path = join(tempDir(), 'together.sqlite');
    const other = await migratingElsewhere(path, 600);
    const db = openDatabase(path);
    try {
      const applied = db.prepare('SELECT name, applied_at FROM migrations ORDER BY name').all();
      expect(applied).toEqual(MIGRATIONS.map((m) => ({ name: m.name, applied_at: 'elsewhere' })));
    } finally {
      db.close();
    }
    expect(await other.done).toBe(0);
  });

  it('db/cannot-open names a folder that does not exist', () => {
    const path = join(tempDir(), 'missing', 'x.sqlite');
    expect(() => openDatabase(path)).toThrow(StoreError);
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'db/cannot-open', message: expect.stringContaining(`its folder ${join(path, '..')} does not exist. Create it`) }));
  });

  it('db/not-a-database for a file that is not SQLite, writing or reading', () => {
    const dir = tempDir();
    const path = join(dir, 'report.sqlite');
    writeFileSync(path, 'Báo cáo kết quả CCHC quý I năm 2024\n'.repeat(200));
    const fault = expect.objectContaining({ code: 'db/not-a-database', message: expect.stringMatching(/^.*report\.sqlite is not a SQLite database: choose another file with --db/) });
    expect(() => openDatabase(path)).toThrow(fault);
    expect(() => openDatabase(path, { readonly: true })).toThrow(fault);
  });

  it('db/cannot-open for a folder given as the database', () => {
    const dir = join(tempDir(), 'a-folder');
    mkdirSync(dir);
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'db/cannot-open' }));
  });
});
