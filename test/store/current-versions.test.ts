/**
 * A database written before migration 005 (the migrations up to 004, as chitieu wrote them):
 * read-only commands decide the current document with the same rule without writing, and the
 * next command that writes applies 005 and 006, stores the flags and fills `indicators`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { chitieu, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';
import { seedPath } from '../helpers/seeds.js';

const work = tempDir();
const UP_TO_004 = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === '004-catalog-additions') + 1);
const DOCUMENT_COLUMNS = 'id, sha256, path, format, unit, unit_key, province, period, level, template_version, status, error_code, messages, row_count, imported_at, report_date';

/** A database with the schema of migrations 001–004 holding what `source` holds. */
function olderDatabase(source: string, path: string): void {
  const db = new Database(path);
  try {
    db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of UP_TO_004) {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, '2025-06-01T00:00:00.000Z');
    }
    db.exec(`ATTACH DATABASE '${source}' AS src`);
    db.exec(`INSERT INTO documents (${DOCUMENT_COLUMNS}) SELECT ${DOCUMENT_COLUMNS} FROM src.documents`);
    db.exec('INSERT INTO appendix_rows SELECT * FROM src.appendix_rows');
    db.exec('INSERT INTO row_values SELECT * FROM src.row_values');
    db.exec('DETACH DATABASE src');
  } finally {
    db.close();
  }
}

function query<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('a database from before migration 005', () => {
  const fresh = join(work, 'fresh.sqlite');
  const older = join(work, 'older.sqlite');
  // The seed's prose without its appendix (L142 on), imported after it: the newest by import time.
  const prose = join(work, '000_cover.txt');

  it('is built with the report and a later prose-only copy', () => {
    writeFileSync(prose, readFileSync(seedPath('000'), 'utf8').split('\n').slice(0, 141).join('\n'));
    expect(chitieu(['import', seedPath('000'), '--db', fresh]).status).toBe(0);
    expect(chitieu(['import', prose, '--db', fresh]).status).toBe(0);
    olderDatabase(fresh, older);
    expect(query<{ name: string }>(older, 'SELECT name FROM migrations').map((m) => m.name)).toEqual(UP_TO_004.map((m) => m.name));
  });

  it('opens read-only as it is: export reads the report, not the copy, and nothing is migrated', async () => {
    const run = chitieu(['export', '--db', older]);
    expect(run.status, run.stderr).toBe(0);
    const rows = await csvRecords(run.stdout);
    expect(rows).toHaveLength(123);
    expect(new Set(rows.map((r) => r.document_id))).toEqual(new Set(['1']));
    const listed = JSON.parse(chitieu(['documents', '--db', older, '--format', 'json']).stdout) as Array<{ document_id: number; current: boolean }>;
    expect(listed.map((d) => [d.document_id, d.current])).toEqual([[1, true], [2, false]]);
    expect(query(older, 'SELECT name FROM migrations')).toHaveLength(4);
  });

  it('gets 005 and 006 from the next import: flags stored, indicators filled, figures = export', async () => {
    const run = chitieu(['import', seedPath('000'), '--db', older]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('unchanged');
    expect(query<{ name: string }>(older, 'SELECT name FROM migrations ORDER BY name').map((m) => m.name).slice(-3)).toEqual([
      '005-current-versions', '006-figures-view', '007-map-decisions',
    ]);
    expect(query(older, 'SELECT id, is_current, same_report_as FROM documents ORDER BY id')).toEqual([
      { id: 1, is_current: 1, same_report_as: null },
      { id: 2, is_current: 0, same_report_as: null },
    ]);
    expect(query<{ n: number }>(older, 'SELECT count(*) AS n FROM indicators')[0]!.n).toBe(300);
    expect(query<{ n: number }>(older, 'SELECT count(*) AS n FROM figures')[0]!.n).toBe(123);
    expect(await csvRecords(chitieu(['export', '--db', older]).stdout)).toHaveLength(123);
  });
});
