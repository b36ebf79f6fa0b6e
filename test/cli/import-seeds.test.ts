/**
 * The first issue's acceptance test: the four seed reports imported with the real binary into a
 * temporary database, checked against figures written by hand from the seeds
 * (fixtures/seeds/expected/*.tsv).
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chitieu, tempDir } from '../helpers/cli.js';
import { readExpectedTsv } from '../helpers/expected.js';
import { seedPath } from '../helpers/seeds.js';

const SEEDS = ['000', '001', '002', '003'];
const work = tempDir();
const dbPath = join(work, 'seeds.sqlite');
const archive = join(work, 'archive');

interface StoredRow {
  line: number;
  value_kind: string;
  value_number: number | null;
  value_text: string | null;
  value_raw: string;
}

/**
 * The stored path of seed `prefix`, copied as `<prefix>_seed.txt` (beforeAll): by its end, with
 * GLOB, not LIKE "%001_%", whose `_` is any character and which matched the temporary folder's
 * random name as well ("…a001b…/002_seed.txt"), so a run now and then read another seed's rows.
 */
const seedGlob = (prefix: string) => `*${prefix}_seed.txt`;

function storedRows(prefix: string): StoredRow[] {
  const db = new Database(dbPath, { readonly: true });
  const rows = db
    .prepare(`SELECT r.line, r.value_kind, r.value_number, r.value_text, r.value_raw FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path GLOB ?`)
    .all(seedGlob(prefix)) as StoredRow[];
  db.close();
  return rows;
}

function shownValue(row: StoredRow): string {
  if (row.value_number !== null) return String(Number(row.value_number.toFixed(6)));
  return row.value_text ?? '';
}

beforeAll(() => {
  mkdirSync(archive);
  for (const prefix of SEEDS) copyFileSync(seedPath(prefix), join(archive, `${prefix}_seed.txt`));
  const run = chitieu(['import', archive, '--db', dbPath]);
  expect(run.stderr).toContain('4 imported');
  expect(run.status).toBe(0);
});

describe.each(SEEDS)('seed %s imported as text', (prefix) => {
  const expected = readExpectedTsv(`${prefix}.tsv`);
  const expectedEmpty = readExpectedTsv(`${prefix}.empty.tsv`);

  it('gives every appendix row that carries a value once, at its line, with its value', () => {
    const withValue = storedRows(prefix).filter((r) => r.value_kind !== 'empty');
    expect(withValue.map((r) => `${r.line}\t${shownValue(r)}`).sort()).toEqual(expected.map((e) => `${e.line}\t${e.value}`).sort());
  });

  it('keeps the value cell as printed', () => {
    const byLine = new Map(storedRows(prefix).map((r) => [r.line, r]));
    for (const e of expected) expect(byLine.get(Number(e.line))?.value_raw, `line ${e.line}`).toBe(e.value_raw);
  });

  it('gives no value, never zero, for an empty value cell', () => {
    const byLine = new Map(storedRows(prefix).map((r) => [r.line, r]));
    for (const e of expectedEmpty) {
      const row = byLine.get(Number(e.line));
      expect(row, `line ${e.line}`).toBeDefined();
      expect(row!.value_kind, `line ${e.line}`).toBe('empty');
      expect(row!.value_number, `line ${e.line}`).toBeNull();
    }
  });

  it('gives no row for header and prose lines', () => {
    const lines = readFileSync(seedPath(prefix), 'utf8').split(/\r?\n/);
    const tableLines = new Set(lines.flatMap((l, i) => (l.includes('\t') && !/^STT\t|^\t\tĐơn vị tính\tSố liệu/.test(l) ? [i + 1] : [])));
    for (const row of storedRows(prefix)) expect(tableLines.has(row.line), `line ${row.line}`).toBe(true);
  });
});

describe('document metadata', () => {
  it('reads unit, province and period from each report', () => {
    const db = new Database(dbPath, { readonly: true });
    for (const m of readExpectedTsv('metadata.tsv')) {
      const doc = db.prepare('SELECT unit, province, period FROM documents WHERE path GLOB ?').get(seedGlob(m.seed!));
      expect(doc, m.seed).toEqual({ unit: m.unit, province: m.province, period: m.period });
    }
    db.close();
  });
});

describe('re-import', () => {
  it('adds nothing when the same files are imported again', () => {
    const count = () => {
      const db = new Database(dbPath, { readonly: true });
      const n = db.prepare('SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM appendix_rows) AS rows').get();
      db.close();
      return n;
    };
    const before = count();
    const run = chitieu(['import', archive, '--db', dbPath]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/0 imported, 4 unchanged, 0 failed/);
    expect(count()).toEqual(before);
  });
});
