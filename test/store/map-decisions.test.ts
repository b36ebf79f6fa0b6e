/**
 * Migration 007-map-decisions: the last migration; a database written before it opens read-only
 * with no decisions and no parser version, and gains both once opened for writing; decisions go
 * in and come out whole.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { addDecision, decisionOnRow, listDecisions } from '../../src/store/map-decisions.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { tempDir } from '../helpers/cli.js';

describe('migration 007-map-decisions', () => {
  it('is the last migration', () => {
    expect(MIGRATIONS.at(-1)!.name).toBe('007-map-decisions');
  });

  it('a database written before it: no decisions read-only, the table and parser_version once opened for writing', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.name < '005')) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations VALUES (?, ?)').run(m.name, 'before');
    }
    old.close();
    const reading = openDatabase(path, { readonly: true });
    expect(listDecisions(reading)).toEqual([]);
    expect(decisionOnRow(reading, 1)).toBeUndefined();
    reading.close();
    const db = openDatabase(path);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'parser_version'").pluck().get()).toBe(1);
    const decision = {
      row_id: 7, document_id: 1, source: '000.txt line 150', label: 'Quyết định số 02/QĐ-BDT', parent_labels: '["Kế hoạch CCHC"]',
      before: null, after: 'chidao.van_ban_chi_dao', decided_at: '2026-12-06T20:00:00.000Z',
    };
    const id = addDecision(db, decision);
    expect(listDecisions(db)).toEqual([{ id, ...decision }]);
    expect(decisionOnRow(db, 7)).toEqual({ id, ...decision });
    db.close();
  });
});
