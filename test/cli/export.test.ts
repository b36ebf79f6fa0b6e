/**
 * `chitieu export` read back with a CSV parser (@fast-csv/parse): the four seeds and a corrected
 * re-issue of seed 000, long and wide. Values are checked against the hand-read expectations
 * (fixtures/seeds/expected/<seed>.tsv) and the seeds' own lines.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/match/catalog.js';
import { chitieu, tempDir } from '../helpers/cli.js';
import { readExpectedTsv } from '../helpers/expected.js';
import { seedPath } from '../helpers/seeds.js';
import { CELL, editSeed, seedCell } from '../report/seed-edits.js';

const SEEDS = ['000', '001', '002', '003'];
const LONG_HEADER = [
  'document_id', 'source_file', 'unit', 'province', 'period', 'indicator_id', 'indicator_name', 'section', 'stt', 'label',
  'value', 'value_raw', 'measure_unit', 'note', 'page', 'line', 'confidence', 'match_method', 'value_column', 'value_role', 'observation_id',
];
const WIDE_KEYS = ['unit_key', 'unit', 'province', 'period', 'document_id', 'source_file', 'report_date'];
const work = tempDir();
const db = join(work, 'export.sqlite');
const reissue = join(work, 'later', '000_corrected.txt');
const BOM = '\ufeff';

type Row = Record<string, string>;

function parseCsv(text: string): Promise<{ headers: string[]; rows: Row[] }> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    let headers: string[] = [];
    parseString(text, { headers: (h) => ((headers = h as string[]), h) })
      .on('data', (r: Row) => rows.push(r))
      .on('end', () => resolve({ headers, rows }))
      .on('error', reject);
  });
}

async function exportCsv(args: string[]): Promise<{ headers: string[]; rows: Row[]; text: string }> {
  const out = join(work, `out-${Math.random().toString(36).slice(2)}.csv`);
  const run = chitieu(['export', '--db', db, '--out', out, ...args]);
  expect(run.status, run.stderr).toBe(0);
  const text = readFileSync(out, 'utf8');
  return { ...(await parseCsv(text.startsWith(BOM) ? text.slice(1) : text)), text };
}

/** A cell a spreadsheet would run as a formula: starts with = + - @ tab or CR and is no plain number. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

const fileOf = (prefix: string) => (prefix === '000' ? reissue : seedPath(prefix));

beforeAll(() => {
  mkdirSync(join(work, 'later'));
  // Dated later than the seed (L145 "ngày 14/3/2024"), with L153 (10) corrected to 12.
  writeFileSync(reissue, editSeed('000', [
    { replace: { line: 145, from: 'ngày 14/3/2024', to: 'ngày 28/3/2024' } },
    { set: { line: 153, cell: CELL.value, text: '12' } },
  ]));
  expect(chitieu(['import', ...SEEDS.map(seedPath), '--db', db]).status).toBe(0);
  expect(chitieu(['import', reissue, '--db', db]).status).toBe(0);
});

describe('long export', () => {
  let long: { headers: string[]; rows: Row[]; text: string };
  beforeAll(async () => {
    long = await exportCsv(['--bom']);
  });

  it('starts with a UTF-8 BOM and the fixed columns', () => {
    expect(long.text.startsWith(`${BOM}document_id,`)).toBe(true);
    expect(long.headers).toEqual(LONG_HEADER);
  });

  it('has one row per figure of the newest reports: the re-issue, not the first seed 000', () => {
    const sqlite = new Database(db, { readonly: true });
    const older = sqlite.prepare('SELECT id FROM documents WHERE path = ?').pluck().get(seedPath('000')) as number;
    const expected = sqlite.prepare('SELECT count(*) FROM observations WHERE document_id <> ?').pluck().get(older) as number;
    sqlite.close();
    expect(long.rows).toHaveLength(expected);
    expect(new Set(long.rows.map((r) => r.source_file))).toEqual(new Set(SEEDS.map(fileOf)));
    const corrected = long.rows.find((r) => r.source_file === reissue && r.line === '153')!;
    expect(corrected).toMatchObject({ indicator_id: 'chidao.van_ban_chi_dao', value: '12', value_raw: '12' });
    // observation_id: the row as `chitieu explain` takes it (the default figure of its row).
    const check = new Database(db, { readonly: true });
    const rowId = check.prepare('SELECT r.id FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path = ? AND r.line = 153').pluck().get(reissue);
    check.close();
    expect(corrected.observation_id).toBe(String(rowId));
    expect(new Set(long.rows.map((r) => r.observation_id)).size).toBe(long.rows.length);
  });

  it('--all-versions has the first seed 000 too, with its own figure', async () => {
    const all = await exportCsv(['--all-versions', '--unit', 'khánh-hòa/ban-dân-tộc', '--indicator', 'chidao.van_ban_chi_dao']);
    expect(all.rows.map((r) => [r.source_file, r.value])).toEqual([
      [seedPath('000'), seedCell('000', 153, CELL.value)],
      [reissue, '12'],
    ]);
  });

  it.each(SEEDS)('gives seed %s values as read by hand, the printed cell beside them', (prefix) => {
    const rows = new Map(long.rows.filter((r) => r.source_file === fileOf(prefix)).map((r) => [r.line, r]));
    let checked = 0;
    for (const e of readExpectedTsv(`${prefix}.tsv`)) {
      const row = rows.get(e.line);
      if (!row || (prefix === '000' && e.line === '153')) continue; // unmapped rows are not figures; L153 was corrected
      expect(Number(row.value), `line ${e.line}`).toBeCloseTo(Number(e.value), 6);
      expect(row.value_raw.replace(/^'/, ''), `line ${e.line}`).toBe(e.value_raw);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('keeps Vietnamese text as it is (NFC), in unit, province, names and labels', () => {
    expect(long.rows.find((r) => r.source_file === seedPath('002'))).toMatchObject({ unit: 'UBND phường Nguyễn Trãi', province: 'Kon Tum', period: '2023-Q3' });
    expect(long.rows.find((r) => r.source_file === seedPath('003'))).toMatchObject({ unit: 'UBND tỉnh Đắk Nông', province: 'Đắk Nông' });
    const row = long.rows.find((r) => r.source_file === seedPath('003') && r.value_raw === '2.028')!;
    expect(row.value).toBe('2028');
    for (const r of long.rows) expect(r.label).toBe(r.label.normalize('NFC'));
    expect(long.rows.find((r) => r.indicator_id === 'chidao.ke_hoach.so_nhiem_vu_de_ra' && r.source_file === reissue)).toMatchObject({
      label: 'Số nhiệm vụ đề ra trong kế hoạch',
      indicator_name: 'Số nhiệm vụ đề ra trong kế hoạch',
      section: '1. Công tác chỉ đạo, điều hành cải cách hành chính',
      measure_unit: 'Nhiệm vụ',
    });
  });

  it('neutralises a note that a spreadsheet would run as a formula, keeping its text', () => {
    // Seed 000 L151: note cell "- Ban Dân tộc".
    const printed = seedCell('000', 151, CELL.note);
    expect(printed).toBe('- Ban Dân tộc');
    const row = long.rows.find((r) => r.source_file === reissue && r.line === '151')!;
    expect(row.note).toBe(`'${printed}`);
    expect(row.note.slice(1)).toBe(printed);
  });

  it('leaves no cell anywhere that a spreadsheet would run as a formula', () => {
    for (const r of long.rows) for (const [column, cell] of Object.entries(r)) expect(runsAsFormula(cell), `${column}: ${cell}`).toBe(false);
  });

  it('filters by indicator prefix (an "_" is no wildcard), section, province and period', async () => {
    const byIndicator = await exportCsv(['--indicator', 'tthc.thong_ke']);
    expect(byIndicator.rows.length).toBeGreaterThan(0);
    expect(byIndicator.rows.every((r) => r.indicator_id === 'tthc.thong_ke' || r.indicator_id.startsWith('tthc.thong_ke.'))).toBe(true);
    const bySection = await exportCsv(['--section', '4', '--province', 'Dak Nong']);
    expect(new Set(bySection.rows.map((r) => r.section))).toEqual(new Set(['4. Cải cách tổ chức bộ máy hành chính nhà nước']));
    expect(new Set(bySection.rows.map((r) => r.province))).toEqual(new Set(['Đắk Nông']));
    const byPeriod = await exportCsv(['--period', 'quý III năm 2023']);
    expect(new Set(byPeriod.rows.map((r) => r.unit))).toEqual(new Set(['UBND phường Nguyễn Trãi']));
  });
});

describe('wide export', () => {
  let wide: { headers: string[]; rows: Row[]; text: string };
  let long: Row[];
  beforeAll(async () => {
    wide = await exportCsv(['--format', 'wide', '--bom']);
    long = (await exportCsv([])).rows;
  });

  it('has the key columns, then one column per indicator ID in catalog order', () => {
    expect(wide.text.startsWith(`${BOM}unit_key,`)).toBe(true);
    expect(wide.headers.slice(0, WIDE_KEYS.length)).toEqual(WIDE_KEYS);
    const ids = wide.headers.slice(WIDE_KEYS.length);
    const catalogOrder = loadCatalog().indicators.map((i) => i.id).filter((id) => ids.includes(id));
    expect(ids).toEqual(catalogOrder);
    expect(new Set(ids)).toEqual(new Set(long.map((r) => r.indicator_id)));
  });

  it('has one row per unit and period, the newest report, in Vietnamese order of the keys (đ after d)', () => {
    expect(wide.rows.map((r) => [r.unit_key, r.period, r.source_file])).toEqual([
      ['đắk-nông/ubnd-tỉnh', '2021', seedPath('003')],
      ['gia-lai/ban-dân-tộc', '2023', seedPath('001')],
      ['khánh-hòa/ban-dân-tộc', '2024-Q1', reissue],
      ['kon-tum/ubnd-phường-nguyễn-trãi', '2023-Q3', seedPath('002')],
    ]);
    expect(wide.rows[2]).toMatchObject({ report_date: '2024-03-28', 'chidao.van_ban_chi_dao': '12' });
  });

  it('gives in each cell the value the long export gives for that report and indicator', () => {
    const byDocument = new Map(wide.rows.map((r) => [r.document_id, r]));
    for (const r of long) expect(byDocument.get(r.document_id)![r.indicator_id], `${r.source_file}:${r.line}`).toBe(r.value);
    // Seed 000 L151 (31).
    expect(wide.rows[2]!['chidao.ke_hoach.so_nhiem_vu_de_ra']).toBe(seedCell('000', 151, CELL.value));
  });

  it('leaves the cells of indicators a report does not have empty, and no cell runs as a formula', () => {
    const ward = wide.rows.find((r) => r.unit_key.startsWith('kon-tum/'))!;
    const absent = wide.headers.slice(WIDE_KEYS.length).filter((id) => !long.some((r) => r.document_id === ward.document_id && r.indicator_id === id));
    expect(absent.length).toBeGreaterThan(0);
    for (const id of absent) expect(ward[id]).toBe('');
    for (const r of wide.rows) for (const [column, cell] of Object.entries(r)) expect(runsAsFormula(cell), `${column}: ${cell}`).toBe(false);
  });

  it('takes the unit, province, period, indicator and section filters', async () => {
    const ward = await exportCsv(['--format', 'wide', '--unit', 'phường']);
    expect(ward.rows.map((r) => r.unit)).toEqual(['UBND phường Nguyễn Trãi']);
    const giaLai = await exportCsv(['--format', 'wide', '--province', 'Gia Lai', '--period', '2023']);
    expect(giaLai.rows.map((r) => r.unit_key)).toEqual(['gia-lai/ban-dân-tộc']);
    // The section is where a row stands in its report: seed 000 prints online applications (cqs.dvctt) under 3.4.7.
    const section = await exportCsv(['--format', 'wide', '--section', '3']);
    const inSection3 = new Set(long.filter((r) => r.section.startsWith('3. ')).map((r) => r.indicator_id));
    expect(new Set(section.headers.slice(WIDE_KEYS.length))).toEqual(inSection3);
    expect(section.rows).toHaveLength(4);
    const indicator = await exportCsv(['--format', 'wide', '--indicator', 'chidao.ke_hoach']);
    expect(indicator.headers.slice(WIDE_KEYS.length)).toEqual(['chidao.ke_hoach.ty_le_hoan_thanh', 'chidao.ke_hoach.so_nhiem_vu_de_ra', 'chidao.ke_hoach.so_nhiem_vu_hoan_thanh'].filter((id) => wide.headers.includes(id)));
  });
});

describe('export of a large archive', () => {
  it('gives the same bytes when worker threads make the rows (used from 100 000 rows on)', () => {
    const inProcess = join(work, 'in-process.csv');
    const inWorkers = join(work, 'in-workers.csv');
    expect(chitieu(['export', '--db', db, '--all-versions', '--bom', '--out', inProcess], { env: { CHITIEU_EXPORT_WORKERS: '0' } }).status).toBe(0);
    expect(chitieu(['export', '--db', db, '--all-versions', '--bom', '--out', inWorkers], { env: { CHITIEU_EXPORT_WORKERS: '2' } }).status).toBe(0);
    expect(readFileSync(inWorkers).equals(readFileSync(inProcess))).toBe(true);
    expect(readFileSync(inProcess, 'utf8').split('\n').length).toBeGreaterThan(500);
  });
});

describe('export errors', () => {
  it('refuses an unknown shape or section with a usage error', () => {
    expect(chitieu(['export', '--db', db, '--format', 'tall']).stderr).toBe("Error: option '--format <format>' argument 'tall' is invalid. Allowed choices are table, csv, tsv, json, jsonl, long, wide.\n");
    expect(chitieu(['export', '--db', db, '--section', '9']).status).toBe(2);
  });
});
