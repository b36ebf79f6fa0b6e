/**
 * Catalog additions in the store (migration 004-catalog-additions): a database written before it
 * opens and gains the table, a read-only one without it has no additions, entries go in and come
 * out whole, and removing one sends the rows mapped to it back to review in the same transaction.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../src/match/catalog.js';
import type { CatalogIndicator } from '../../src/model.js';
import { processFile } from '../../src/pipeline/process-document.js';
import { listAdditions, removeAddition, saveAddition } from '../../src/store/catalog-additions.js';
import { openDatabase } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { saveDocument } from '../../src/store/write-document.js';
import { tempDir } from '../helpers/cli.js';
import { seedPath } from '../helpers/seeds.js';

const MEETINGS: CatalogIndicator = {
  id: 'chidao.so_cuoc_hop_giao_ban', area: 1, parent: null, name: 'Số cuộc họp giao ban CCHC', valueType: 'count', measureUnit: 'Cuộc',
  variants: ['Số cuộc họp giao ban cải cách hành chính'], stt: {},
};

let catalog: Catalog;
beforeAll(() => {
  catalog = loadCatalog();
});

describe('migration 004-catalog-additions', () => {
  it('comes after 002 and before 007-map-decisions', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names.indexOf('004-catalog-additions')).toBeLessThan(names.indexOf('007-map-decisions'));
    expect(names.indexOf('004-catalog-additions')).toBeGreaterThan(names.indexOf('002-document-report-date'));
  });

  it('a database written before it: no additions read-only, the table once opened for writing', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.name < '003')) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations VALUES (?, ?)').run(m.name, 'before');
    }
    old.close();
    const reading = openDatabase(path, { readonly: true });
    expect(listAdditions(reading)).toEqual([]);
    reading.close();
    const db = openDatabase(path);
    expect(db.prepare("SELECT name FROM migrations WHERE name = '004-catalog-additions'").pluck().get()).toBe('004-catalog-additions');
    expect(listAdditions(db)).toEqual([]);
    db.close();
  });
});

describe('catalog additions', () => {
  it('are stored and read back whole, oldest first', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite'));
    saveAddition(db, { entry: MEETINGS, suggestion: 'fb073fa61d', example: '{"file":"q1.txt","line":15}' });
    const tasks = { ...MEETINGS, id: 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han', parent: 'chidao.nhiem_vu.cap_tren', name: 'Số nhiệm vụ đã báo cáo đúng hạn', variants: [] };
    saveAddition(db, { entry: tasks, suggestion: null, example: '' });
    const added = listAdditions(db);
    expect(added.map((a) => a.entry)).toEqual([MEETINGS, tasks]);
    expect(added[0]).toMatchObject({ suggestion: 'fb073fa61d', example: '{"file":"q1.txt","line":15}', addedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(added[1]!.suggestion).toBeNull();
    db.close();
  });

  it('removing one sends the rows mapped to it back to review, and only those', async () => {
    const path = join(tempDir(), 'b.sqlite');
    const db = openDatabase(path);
    const seed = seedPath('000');
    saveDocument(db, await processFile(readFileSync(seed), seed, { catalog }));
    saveAddition(db, { entry: MEETINGS, suggestion: null, example: '' });
    // Seed 000 line 150 is in review; as if a rematch had mapped it to the added entry.
    db.prepare("UPDATE appendix_rows SET indicator_id = ?, confidence = 0.94, match_method = 'variant' WHERE line = 150").run(MEETINGS.id);
    const mappedBefore = db.prepare('SELECT count(*) FROM appendix_rows WHERE indicator_id IS NOT NULL').pluck().get() as number;

    expect(removeAddition(db, 'chidao.khong_co')).toEqual({ removed: false, unmapped: 0 });
    expect(removeAddition(db, MEETINGS.id)).toEqual({ removed: true, unmapped: 1 });
    expect(listAdditions(db)).toEqual([]);
    expect(db.prepare('SELECT indicator_id, confidence, match_method, reasons FROM appendix_rows WHERE line = 150').get()).toEqual({
      indicator_id: null, confidence: null, match_method: 'none', reasons: JSON.stringify([`its catalog entry ${MEETINGS.id} was removed (chitieu catalog remove)`]),
    });
    expect(db.prepare('SELECT count(*) FROM appendix_rows WHERE indicator_id IS NOT NULL').pluck().get()).toBe(mappedBefore - 1);
    db.close();
  });
});
