/**
 * The review loop: a row the matcher would not force onto an indicator is listed with its
 * candidates and source line; a user maps it; the decision is kept in the database (never in the
 * install folder) and used by later imports into that database; explain says why a row got its ID.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, chitieu, tempDir } from '../helpers/cli.js';
import { seedPath } from '../helpers/seeds.js';

const work = tempDir();
const mappings = join(work, 'mappings');
const env = { CHITIEU_MAPPINGS: mappings };
const db = join(work, 'review.sqlite');

/** sha256 of every file under a folder, by relative path. */
function hashesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

function line150Of(database: string, file: string): unknown {
  const sqlite = new Database(database, { readonly: true });
  const found = sqlite
    .prepare("SELECT r.indicator_id, r.match_method FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path LIKE ? AND r.line = 150")
    .get(`%/${file}`);
  sqlite.close();
  return found;
}

interface Listed {
  row: number;
  line: number;
  label: string;
  value: string;
  candidates: Array<{ indicatorId: string; score: number }>;
}

beforeAll(() => {
  cpSync(join(REPO, 'mappings'), mappings, { recursive: true });
  mkdirSync(join(work, 'a'));
  copyFileSync(seedPath('000'), join(work, 'a', '000.txt'));
  expect(chitieu(['import', join(work, 'a'), '--db', db], { env }).status).toBe(0);
});

describe('chitieu unmatched, map, explain', () => {
  let listed: Listed[] = [];

  it('lists the rows left to review with their line and best candidates', () => {
    const run = chitieu(['unmatched', '--db', db, '--with-value', '--json'], { env });
    expect(run.status).toBe(0);
    listed = JSON.parse(run.stdout) as Listed[];
    // Seed 000 line 150: the plan decision (unit "Quyết định", value 1) is no percentage.
    expect(listed.map((r) => [r.line, r.value])).toEqual([[150, '1']]);
    expect(listed[0]!.label.startsWith('Quyết định số 02/QĐ-BDT')).toBe(true);
    expect(listed[0]!.candidates[0]!.indicatorId).toBe('chidao.ke_hoach.ty_le_hoan_thanh');
  });

  it('refuses an unknown indicator or row with a clear error', () => {
    const badId = chitieu(['map', String(listed[0]!.row), 'no.such.id', '--db', db], { env });
    expect(badId.status).toBe(2);
    expect(badId.stderr).toMatch(/^Error: no\.such\.id is not in the catalog/);
    const badRow = chitieu(['map', '999999', 'chidao.van_ban_chi_dao', '--db', db], { env });
    expect(badRow.stderr).toMatch(/^Error: there is no row 999999/);
  });

  it('maps a row by hand, keeps the decision in the database, and later imports into that database use it', () => {
    const { row } = listed[0]!;
    const before = hashesOf(mappings);
    const run = chitieu(['map', String(row), 'chidao.van_ban_chi_dao', '--db', db], { env });
    expect(run.status).toBe(0);
    // Nothing written into the install folder (tests run as root, where chmod a-w stops nothing).
    expect(hashesOf(mappings)).toEqual(before);
    const sqlite = new Database(db, { readonly: true });
    const decisions = sqlite.prepare('SELECT row_id, label, before, after, source FROM map_decisions').all();
    sqlite.close();
    expect(decisions).toEqual([{ row_id: row, label: listed[0]!.label, before: null, after: 'chidao.van_ban_chi_dao', source: expect.stringMatching(/000\.txt line 150$/) }]);
    const after = JSON.parse(chitieu(['unmatched', '--db', db, '--with-value', '--json'], { env }).stdout);
    expect(after).toEqual([]);

    // The same report under another name (another unit's copy) is a new document: mapped by the decision.
    const copy = join(work, 'b');
    mkdirSync(copy);
    writeFileSync(join(copy, '000-copy.txt'), `${readFileSync(seedPath('000'), 'utf8')}\n`);
    expect(chitieu(['import', copy, '--db', db], { env }).status).toBe(0);
    expect(line150Of(db, '000-copy.txt')).toEqual({ indicator_id: 'chidao.van_ban_chi_dao', match_method: 'user' });

    // Another database does not share the decision.
    const other = join(work, 'other.sqlite');
    expect(chitieu(['import', copy, '--db', other], { env }).status).toBe(0);
    expect(line150Of(other, '000-copy.txt')).toEqual({ indicator_id: null, match_method: 'none' });
    expect(hashesOf(mappings)).toEqual(before);
  });

  it('carries decisions to another database with --export and --import, and takes one back with --undo', () => {
    const file = join(work, 'decisions.json');
    expect(chitieu(['map', '--export', file, '--db', db], { env }).status).toBe(0);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.decisions).toEqual([expect.objectContaining({ label: listed[0]!.label, before: null, after: 'chidao.van_ban_chi_dao' })]);
    const other = join(work, 'other.sqlite');
    const imported = chitieu(['map', '--import', file, '--db', other], { env });
    expect(imported.status).toBe(0);
    expect(imported.stderr).toBe('1 of 1 decision(s) added to the database, 1 stored row(s) mapped by them\n');
    expect(line150Of(other, '000-copy.txt')).toEqual({ indicator_id: 'chidao.van_ban_chi_dao', match_method: 'user' });

    const undone = chitieu(['map', '--undo', String(listed[0]!.row), '--db', db], { env });
    expect(undone.status).toBe(0);
    expect(line150Of(db, '000.txt')).toEqual({ indicator_id: null, match_method: 'none' });
    expect(line150Of(db, '000-copy.txt')).toEqual({ indicator_id: null, match_method: 'none' });
    expect(chitieu(['map', '--undo', String(listed[0]!.row), '--db', db], { env }).status).toBe(2);
  });

  it('overrides an exact match only with --force', () => {
    const sqlite = new Database(db, { readonly: true });
    const { id, indicator_id } = sqlite.prepare("SELECT r.id, r.indicator_id FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path LIKE '%/000.txt' AND r.match_method = 'exact' LIMIT 1").get() as { id: number; indicator_id: string };
    sqlite.close();
    const refused = chitieu(['map', String(id), 'chidao.van_ban_chi_dao', '--db', db], { env });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`Error: row ${id} matches ${indicator_id} exactly (by its name in the catalog); add --force to map it to chidao.van_ban_chi_dao all the same\n`);
    expect(chitieu(['map', String(id), 'chidao.van_ban_chi_dao', '--db', db, '--force'], { env }).status).toBe(0);
    expect(chitieu(['map', '--undo', String(id), '--db', db], { env }).status).toBe(0);
  });

  it('explains a mapped row: its source, parents, method, reasons and candidates', () => {
    const sqlite = new Database(db, { readonly: true });
    const { id } = sqlite.prepare("SELECT r.id FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path LIKE '%000.txt' AND r.line = 164").get() as { id: number };
    sqlite.close();
    const run = chitieu(['explain', String(id), '--db', db, '--json'], { env });
    expect(run.status).toBe(0);
    const explanation = JSON.parse(run.stdout);
    expect(explanation).toMatchObject({
      stt: '',
      label: 'Số nhiệm vụ đã hoàn thành đúng hạn',
      value: '12',
      parents: ['Thực hiện nhiệm vụ UBND tỉnh giao'],
      indicatorId: 'chidao.nhiem_vu.cap_tren.hoan_thanh_dung_han',
    });
    expect(explanation.source).toMatch(/000\.txt line 164$/);
    expect(explanation.reasons.join(' ')).toMatch(/parent row is mapped to chidao\.nhiem_vu\.cap_tren/);
    const text = chitieu(['explain', String(id), '--db', db], { env });
    expect(text.stdout).toContain('mapped to chidao.nhiem_vu.cap_tren.hoan_thanh_dung_han');
  });
});

describe('provenance in the terms of the format', () => {
  it('explains a Word row by table and row', () => {
    const docxDb = join(work, 'docx.sqlite');
    expect(chitieu(['import', join(REPO, 'fixtures/docx/003_f51fa97e0584822a.docx'), '--db', docxDb], { env }).status).toBe(0);
    const sqlite = new Database(docxDb, { readonly: true });
    const { id } = sqlite.prepare("SELECT id FROM appendix_rows WHERE label = 'Số TTHC cấp tỉnh:'").get() as { id: number };
    sqlite.close();
    // Seed 003: two header rows, then lines 274-288 and 295-308 (after a repeated header and a
    // joined note) are rows 3-31; "Trong đó | Số TTHC cấp tỉnh:" (line 309) is row 32.
    const explanation = JSON.parse(chitieu(['explain', String(id), '--db', docxDb, '--json'], { env }).stdout);
    expect(explanation.source).toMatch(/003_f51fa97e0584822a\.docx table 1 row 32$/);
    expect(explanation.value).toBe('1.579');
  });

  it('explains a PDF row by page and line', () => {
    const pdfDb = join(work, 'pdf.sqlite');
    expect(chitieu(['import', join(REPO, 'fixtures/pdf/000_9e493d0445893002.pdf'), '--db', pdfDb], { env }).status).toBe(0);
    const sqlite = new Database(pdfDb, { readonly: true });
    const { id } = sqlite.prepare("SELECT id FROM appendix_rows WHERE stt = '1.1.'").get() as { id: number };
    sqlite.close();
    // Page 6, line 21 of the PDF, as pdftotext -layout numbers it too.
    expect(JSON.parse(chitieu(['explain', String(id), '--db', pdfDb, '--json'], { env }).stdout).source).toMatch(/000_9e493d0445893002\.pdf page 6 line 21$/);
  });
});

describe('a legacy mappings/user-variants.json', () => {
  it('is read (never written) by imports, and map --import copies it into a database', () => {
    const legacy = join(work, 'legacy');
    cpSync(join(REPO, 'mappings'), legacy, { recursive: true });
    const label = readFileSync(seedPath('000'), 'utf8').split('\n')[149]!.split('\t').find((c) => c.startsWith('Quyết định số 02/QĐ-BDT'))!;
    expect(label).toBeDefined();
    const file = join(legacy, 'user-variants.json');
    writeFileSync(file, `${JSON.stringify({ variants: [{ indicatorId: 'chidao.van_ban_chi_dao', label, source: '000.txt line 150', decidedAt: '2025-01-01T00:00:00.000Z' }] }, null, 2)}\n`);
    const before = hashesOf(legacy);
    const legacyDb = join(work, 'legacy.sqlite');
    expect(chitieu(['import', join(work, 'a'), '--db', legacyDb], { env: { CHITIEU_MAPPINGS: legacy } }).status).toBe(0);
    expect(line150Of(legacyDb, '000.txt')).toEqual({ indicator_id: 'chidao.van_ban_chi_dao', match_method: 'user' });
    expect(hashesOf(legacy)).toEqual(before);

    const fresh = join(work, 'fresh.sqlite');
    expect(chitieu(['import', join(work, 'a'), '--db', fresh], { env }).status).toBe(0);
    const imported = chitieu(['map', '--import', file, '--db', fresh], { env });
    expect(imported.stderr).toBe('1 of 1 decision(s) added to the database, 1 stored row(s) mapped by them\n');
    expect(line150Of(fresh, '000.txt')).toEqual({ indicator_id: 'chidao.van_ban_chi_dao', match_method: 'user' });
  });
});
