/**
 * Bringing in a new template's indicators: `catalog suggest` groups the rows in review across the
 * archive, `catalog add` keeps an entry in the database, `rematch` maps the stored rows without
 * reading the files, later imports into that database map the label directly, `catalog remove`
 * sends the rows back to review. Real binary, temporary databases; expected values by hand from
 * the reports written below and seed 000.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, chitieu, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';

const work = tempDir();
const mappings = join(work, 'mappings');
const env = { CHITIEU_MAPPINGS: mappings };
const db = join(work, 'catalog.sqlite');

/**
 * A small report of `unit` for `period` whose appendix rows start at line 13 (lines 1-12: the
 * heading, the title naming the period, the "Thực hiện Công văn" sentence, "Phụ lục", the table
 * header at line 12).
 */
function report(unit: string, period: string, rows: string[]): string {
  return [
    'UBND TỈNH KHÁNH HÒA',
    unit.toUpperCase(),
    '',
    'BÁO CÁO',
    `Kết quả thực hiện công tác cải cách hành chính ${period}`,
    '',
    `Thực hiện Công văn số 1958/UBND-KSTT của UBND tỉnh, ${unit} báo cáo như sau:`,
    '',
    'Phụ lục',
    'THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH',
    '',
    'STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú',
    ...rows,
    '',
  ].join('\n');
}

/**
 * Sở Nội vụ's appendix with three rows the catalog does not know: line 15 "Số cuộc họp giao ban"
 * (area 1, no parent row), line 18 "Số nhiệm vụ được giao đã báo cáo đúng hạn" (under 1.3, which
 * the catalog maps to chidao.nhiem_vu.cap_tren) and line 21 "Tỷ lệ văn bản được lấy ý kiến cộng
 * đồng" (area 2, in %).
 */
function noiVu(period: string, meetings: { label: string; value: string }, reported: string, share: string): string {
  return report('Sở Nội vụ', period, [
    '1.\tCông tác chỉ đạo điều hành CCHC\t\t\t', // 13
    '1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t7\t', // 14
    `1.2.\t${meetings.label}\tCuộc\t${meetings.value}\t`, // 15
    '1.3.\tThực hiện nhiệm vụ UBND tỉnh giao\t\t\t', // 16
    '\t- Tổng số nhiệm vụ được giao\tNhiệm vụ\t20\t', // 17
    `\t- Số nhiệm vụ được giao đã báo cáo đúng hạn\tNhiệm vụ\t${reported}\t`, // 18
    '2.\tCải cách thể chế\t\t\t', // 19
    '2.1.\tSố VBQPPL đã rà soát\tVăn bản\t4\t', // 20
    `2.2.\tTỷ lệ văn bản được lấy ý kiến cộng đồng\t%\t${share}\t`, // 21
  ]);
}

const q1 = join(work, 'noivu-q1.txt');
const h1 = join(work, 'noivu-h1.txt');
const tuPhap = join(work, 'tuphap-2023.txt');
const m9 = join(work, 'noivu-9m.txt');
// The half-year report spells CCHC out: the same label once folded (abbreviations.tsv).
const Q1_MEETINGS = { label: 'Số cuộc họp giao ban CCHC', value: '3' };
const H1_MEETINGS = { label: 'Số cuộc họp giao ban  cải cách hành chính', value: '5' };

interface SuggestionJson {
  key: string;
  id: string | null;
  area: number | null;
  parent: string | null;
  parentLabel: string;
  name: string;
  measureUnit: string;
  valueType: string;
  reports: number;
  rows: number;
  rowsWithValue: number;
  rowsEmpty: number;
  labels: string[];
  examples: Array<{ source: string; value: string; empty: boolean; period: string }>;
}

function suggest(args: string[] = [], database = db): SuggestionJson[] {
  const run = chitieu(['catalog', 'suggest', '--db', database, '--format', 'json', ...args], { env });
  expect(run.stderr).toMatch(/suggested entries for \d+ rows in review/);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as SuggestionJson[];
}

const byName = (list: SuggestionJson[], prefix: string) => {
  const found = list.find((s) => s.name.startsWith(prefix));
  expect(found, prefix).toBeDefined();
  return found!;
};

/** Stored matches of every row: id → "indicator|confidence|method|candidates|reasons". */
function matches(database = db): Map<number, string> {
  const sqlite = new Database(database, { readonly: true });
  const rows = sqlite.prepare('SELECT id, indicator_id, confidence, match_method, candidates, reasons FROM appendix_rows').all() as Array<Record<string, unknown>>;
  sqlite.close();
  return new Map(rows.map((r) => [r.id as number, [r.indicator_id, r.confidence, r.match_method, r.candidates, r.reasons].join('|')]));
}

function rowAt(file: string, line: number, database = db): { id: number; indicator_id: string | null; match_method: string } {
  const sqlite = new Database(database, { readonly: true });
  const row = sqlite
    .prepare('SELECT r.id, r.indicator_id, r.match_method FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path = ? AND r.line = ?')
    .get(file, line) as { id: number; indicator_id: string | null; match_method: string };
  sqlite.close();
  return row;
}

function documentId(file: string, database = db): number {
  const sqlite = new Database(database, { readonly: true });
  const { id } = sqlite.prepare('SELECT id FROM documents WHERE path = ?').get(file) as { id: number };
  sqlite.close();
  return id;
}

/** Every file under the mappings folder and its content hash: nothing may be written there. */
function mappingsState(): string[] {
  return readdirSync(mappings, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`);
}

const importFile = (file: string, database = db) => expect(chitieu(['import', file, '--db', database], { env }).status).toBe(0);

let mappingsBefore: string[] = [];

beforeAll(() => {
  cpSync(join(REPO, 'mappings'), mappings, { recursive: true });
  mappingsBefore = mappingsState();
  writeFileSync(q1, noiVu('quý I năm 2024', Q1_MEETINGS, '18', '75'));
  writeFileSync(h1, noiVu('6 tháng đầu năm 2024', H1_MEETINGS, '19', '80'));
  // Another unit prints the rate row with no figure: extra evidence only.
  writeFileSync(
    tuPhap,
    report('Sở Tư pháp', 'năm 2023', [
      '1.\tCông tác chỉ đạo điều hành CCHC\t\t\t', // 13
      '1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t2\t', // 14
      '2.\tCải cách thể chế\t\t\t', // 15
      '2.1.\tSố VBQPPL đã rà soát\tVăn bản\t6\t', // 16
      '2.2.\tTỷ lệ văn bản được lấy ý kiến cộng đồng\t%\t\t', // 17
    ]),
  );
  writeFileSync(m9, noiVu('9 tháng năm 2024', Q1_MEETINGS, '20', '90'));
  importFile(join(REPO, 'fixtures/seeds'));
  // One at a time, so that document order (and so the examples' order) is the order here.
  for (const file of [q1, h1, tuPhap]) importFile(file);
});

describe('chitieu catalog suggest', () => {
  it('groups the rows in review by folded label, parent and unit, most reports first', () => {
    const list = suggest();
    expect(list.map((s) => [s.name, s.reports, s.rows, s.rowsWithValue, s.rowsEmpty])).toEqual([
      ['Tỷ lệ văn bản được lấy ý kiến cộng đồng', 3, 3, 2, 1],
      ['Số cuộc họp giao ban CCHC', 2, 2, 2, 0],
      ['Số nhiệm vụ được giao đã báo cáo đúng hạn', 2, 2, 2, 0],
      // Seed 000 line 150 (value 1); line 170 "Dự kiến thực hiện vào Quý IV" is empty: not listed.
      ['Quyết định số 02/QĐ-BDT ngày 15/01/2024 về Kế hoạch CCHC năm 2024 của Ban Dân tộc.', 1, 1, 1, 0],
    ]);
    for (const s of list) expect(s.key).toMatch(/^[0-9a-f]{10}$/);
  });

  it('proposes an ID in the catalog scheme, the area, the parent, the unit and the value type', () => {
    const list = suggest();
    expect(byName(list, 'Tỷ lệ văn bản')).toMatchObject({
      id: 'thche.ty_le_van_ban_duoc_lay_y_kien_cong_dong', area: 2, parent: null, measureUnit: '%', valueType: 'percent',
    });
    expect(byName(list, 'Số cuộc họp')).toMatchObject({
      id: 'chidao.so_cuoc_hop_giao_ban_cchc', area: 1, parent: null, measureUnit: 'Cuộc', valueType: 'count',
      labels: ['Số cuộc họp giao ban CCHC', 'Số cuộc họp giao ban cải cách hành chính'],
    });
    // Under the parent row's indicator; the label's words cut to keep the ID within 60 characters.
    expect(byName(list, 'Số nhiệm vụ được giao đã báo cáo')).toMatchObject({
      id: 'chidao.nhiem_vu.cap_tren.so_nhiem_vu_duoc_giao_da_bao_cao', area: 1, parent: 'chidao.nhiem_vu.cap_tren',
      parentLabel: 'Thực hiện nhiệm vụ UBND tỉnh giao', measureUnit: 'Nhiệm vụ', valueType: 'count',
    });
    expect(byName(list, 'Quyết định số 02')).toMatchObject({ id: 'chidao.quyet_dinh_so_02_qd_bdt_ngay_15_01_2024_ve_ke_hoach', area: 1, valueType: 'count' });
  });

  it('shows up to three example rows, those with a figure first, and marks the empty ones', () => {
    const rate = byName(suggest(), 'Tỷ lệ văn bản');
    expect(rate.examples.map((e) => [e.source, e.value, e.period])).toEqual([
      [`${q1} line 21`, '75', '2024-Q1'],
      [`${h1} line 21`, '80', '2024-H1'],
      [`${tuPhap} line 17 (empty)`, '', '2023'],
    ]);
    expect(rate.examples.map((e) => e.empty)).toEqual([false, false, true]);
  });

  it('lists groups of empty rows only when asked, and filters by reports and area', () => {
    const all = suggest(['--include-empty']);
    expect(all).toHaveLength(5);
    expect(byName(all, 'Dự kiến thực hiện')).toMatchObject({
      id: 'chidao.khao_sat.du_kien_thuc_hien_vao_quy_iv', parent: 'chidao.khao_sat', reports: 1, rows: 1, rowsWithValue: 0, rowsEmpty: 1, valueType: 'text',
    });
    expect(suggest(['--min-reports', '2']).map((s) => s.reports)).toEqual([3, 2, 2]);
    expect(suggest(['--area', '2']).map((s) => s.id)).toEqual(['thche.ty_le_van_ban_duoc_lay_y_kien_cong_dong']);
  });

  it('gives the same key in every listing and format', async () => {
    const keys = suggest().map((s) => s.key);
    expect(suggest(['--include-empty']).map((s) => s.key).slice(0, 4)).toEqual(keys);
    const out = join(work, 'suggestions.csv');
    expect(chitieu(['catalog', 'suggest', '--db', db, '--format', 'csv', '--out', out], { env }).status).toBe(0);
    const records = await csvRecords(readFileSync(out, 'utf8'));
    expect(records.map((r) => r.key)).toEqual(keys);
    expect(records[0]).toMatchObject({
      suggested_id: 'thche.ty_le_van_ban_duoc_lay_y_kien_cong_dong', area: '2', parent_id: '', measure_unit: '%', value_type: 'percent',
      reports: '3', rows: '3', rows_with_value: '2', rows_empty: '1', examples: `${q1} line 21 | ${h1} line 21 | ${tuPhap} line 17 (empty)`,
    });
    const tsv = chitieu(['catalog', 'suggest', '--db', db, '--format', 'tsv'], { env }).stdout.split('\n');
    expect(tsv[0]!.split('\t').slice(0, 3)).toEqual(['key', 'suggested_id', 'area']);
    expect(tsv[2]!.split('\t').slice(0, 2)).toEqual([keys[1], 'chidao.so_cuoc_hop_giao_ban_cchc']);
    const jsonl = chitieu(['catalog', 'suggest', '--db', db, '--format', 'jsonl'], { env }).stdout.trim().split('\n');
    expect(jsonl.map((l) => (JSON.parse(l) as SuggestionJson).key)).toEqual(keys);
    const table = chitieu(['catalog', 'suggest', '--db', db], { env }).stdout;
    expect(table).toContain('chidao.so_cuoc_hop_giao_ban_cchc');
  });

  it('refuses a bad format or filter with exit 2', () => {
    const run = chitieu(['catalog', 'suggest', '--db', db, '--format', 'xml'], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("Error: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, csv, tsv, json, jsonl.\n");
    expect(chitieu(['catalog', 'suggest', '--db', db, '--area', '9'], { env }).status).toBe(2);
  });
});

describe('chitieu catalog add, rematch, remove', () => {
  let meetingsKey = '';
  let tasksKey = '';
  let before = new Map<number, string>();

  beforeAll(() => {
    const list = suggest();
    meetingsKey = byName(list, 'Số cuộc họp').key;
    tasksKey = byName(list, 'Số nhiệm vụ được giao đã báo cáo').key;
  });

  it('refuses an unknown key and an entry the catalog would refuse, with exit 2 and nothing stored', () => {
    const unknown = chitieu(['catalog', 'add', '0000000000', '--db', db], { env });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('Error: no suggestion has the key 0000000000: list them with chitieu catalog suggest (the rows may be mapped already)\n');
    const taken = chitieu(['catalog', 'add', meetingsKey, '--db', db, '--id', 'chidao.van_ban_chi_dao'], { env });
    expect(taken.status).toBe(2);
    expect(taken.stderr).toBe('Error: chidao.van_ban_chi_dao is in use by the installed catalog (mappings/): give another with --id\n');
    const badId = chitieu(['catalog', 'add', meetingsKey, '--db', db, '--id', 'chidao.Họp'], { env });
    expect(badId.status).toBe(2);
    expect(badId.stderr).toMatch(/^Error: the entry cannot be added: catalog additions in catalog\.sqlite: chidao\.Họp: the ID must be lowercase ASCII words joined by dots\n$/);
    const badParent = chitieu(['catalog', 'add', meetingsKey, '--db', db, '--id', 'chidao.so_cuoc_hop', '--parent', 'thche.kiem_tra'], { env });
    expect(badParent.status).toBe(2);
    expect(badParent.stderr).toBe('Error: the entry cannot be added: catalog additions in catalog.sqlite: chidao.so_cuoc_hop: parent "thche.kiem_tra" is in area 2, not 1\n');
    expect(JSON.parse(chitieu(['catalog', 'added', '--db', db, '--format', 'json'], { env }).stdout)).toEqual([]);
  });

  it('adds entries to the database, with the printed labels as variants, and writes nothing into mappings/', () => {
    before = matches();
    const meetings = chitieu(['catalog', 'add', meetingsKey, '--db', db, '--name', 'Số cuộc họp giao ban về CCHC'], { env });
    expect(meetings.status).toBe(0);
    expect(meetings.stderr).toContain('added chidao.so_cuoc_hop_giao_ban_cchc “Số cuộc họp giao ban về CCHC” (area 1, count, Cuộc)');
    const tasks = chitieu(['catalog', 'add', tasksKey, '--db', db, '--id', 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han'], { env });
    expect(tasks.status).toBe(0);
    expect(tasks.stderr).toContain('under chidao.nhiem_vu.cap_tren');
    const added = JSON.parse(chitieu(['catalog', 'added', '--db', db, '--format', 'json'], { env }).stdout);
    expect(added).toEqual([
      expect.objectContaining({
        id: 'chidao.so_cuoc_hop_giao_ban_cchc', area: 1, parent: null, name: 'Số cuộc họp giao ban về CCHC', valueType: 'count', measureUnit: 'Cuộc',
        variants: ['Số cuộc họp giao ban CCHC', 'Số cuộc họp giao ban cải cách hành chính'], stt: {}, suggestion: meetingsKey, example: `${q1} line 15`,
      }),
      expect.objectContaining({
        id: 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han', parent: 'chidao.nhiem_vu.cap_tren', name: 'Số nhiệm vụ được giao đã báo cáo đúng hạn',
        measureUnit: 'Nhiệm vụ', variants: [], suggestion: tasksKey, example: `${q1} line 18`,
      }),
    ]);
    expect(mappingsState()).toEqual(mappingsBefore);
    // Added, not yet mapped: the stored rows change only with rematch.
    expect(matches()).toEqual(before);
  });

  it('rematch --dry-run lists the rows that would change and writes nothing', () => {
    const run = chitieu(['rematch', '--db', db, '--dry-run'], { env });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').slice(2);
    expect(lines.map((l) => l.split(/\s{2,}/))).toEqual([
      ['noivu-q1.txt line 15', 'Số cuộc họp giao ban CCHC', '3', '—', 'chidao.so_cuoc_hop_giao_ban_cchc'],
      ['noivu-q1.txt line 18', 'Số nhiệm vụ được giao đã báo cáo đúng hạn', '18', '—', 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han'],
      ['noivu-h1.txt line 15', 'Số cuộc họp giao ban cải cách hành chính', '5', '—', 'chidao.so_cuoc_hop_giao_ban_cchc'],
      ['noivu-h1.txt line 18', 'Số nhiệm vụ được giao đã báo cáo đúng hạn', '19', '—', 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han'],
    ]);
    expect(run.stderr).toContain('dry run, nothing written: 7 reports matched again, 2 with changes: 4 newly mapped, 0 unmapped, 0 changed ID');
    expect(matches()).toEqual(before);
  });

  it('rematch maps exactly those rows, says so per report and in total, and export has them', async () => {
    const run = chitieu(['rematch', '--db', db], { env });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `document ${documentId(q1)} ${q1}: 2 newly mapped, 0 unmapped, 0 changed ID\n` +
        `document ${documentId(h1)} ${h1}: 2 newly mapped, 0 unmapped, 0 changed ID\n` +
        '7 reports matched again, 2 with changes: 4 newly mapped, 0 unmapped, 0 changed ID (0 other rows re-scored)\n',
    );
    const after = matches();
    const changed = [...after].filter(([id, m]) => before.get(id) !== m).map(([id]) => id).sort((a, b) => a - b);
    expect(changed).toEqual([rowAt(q1, 15).id, rowAt(q1, 18).id, rowAt(h1, 15).id, rowAt(h1, 18).id].sort((a, b) => a - b));
    // Found by a printed label kept as a variant (the name was given), and by the name itself.
    expect(rowAt(h1, 15)).toMatchObject({ indicator_id: 'chidao.so_cuoc_hop_giao_ban_cchc', match_method: 'variant' });
    expect(rowAt(q1, 18)).toMatchObject({ indicator_id: 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han', match_method: 'exact' });

    const again = chitieu(['rematch', '--db', db], { env });
    expect(again.stderr).toBe('7 reports matched again, 0 with changes: 0 newly mapped, 0 unmapped, 0 changed ID (0 other rows re-scored)\n');

    const exported = await csvRecords(chitieu(['export', '--db', db], { env }).stdout);
    expect(exported.filter((r) => r.indicator_id === 'chidao.so_cuoc_hop_giao_ban_cchc').map((r) => [r.period, r.value, r.indicator_name, r.line])).toEqual([
      ['2024-Q1', '3', 'Số cuộc họp giao ban về CCHC', '15'],
      ['2024-H1', '5', 'Số cuộc họp giao ban về CCHC', '15'],
    ]);
    // What is left in review: the rate (3 reports) and seed 000's plan decision.
    expect(suggest().map((s) => s.id)).toEqual(['thche.ty_le_van_ban_duoc_lay_y_kien_cong_dong', 'chidao.quyet_dinh_so_02_qd_bdt_ngay_15_01_2024_ve_ke_hoach']);
  });

  it('maps the label directly when another report is imported into the same database', () => {
    importFile(m9);
    expect(rowAt(m9, 15)).toMatchObject({ indicator_id: 'chidao.so_cuoc_hop_giao_ban_cchc', match_method: 'variant' });
    expect(rowAt(m9, 18)).toMatchObject({ indicator_id: 'chidao.nhiem_vu.cap_tren.bao_cao_dung_han', match_method: 'exact' });
    expect(rowAt(m9, 21).indicator_id).toBeNull();
  });

  it('removes an added entry, its rows back in review; refuses entries of the installed catalog', () => {
    const base = chitieu(['catalog', 'remove', 'chidao.van_ban_chi_dao', '--db', db], { env });
    expect(base.status).toBe(2);
    expect(base.stderr).toBe('Error: chidao.van_ban_chi_dao is part of the installed catalog (mappings/); only entries added with chitieu catalog add can be removed\n');
    const run = chitieu(['catalog', 'remove', 'chidao.so_cuoc_hop_giao_ban_cchc', '--db', db], { env });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`removed chidao.so_cuoc_hop_giao_ban_cchc from the catalog of ${db}; 3 row(s) mapped to it went back to review\n`);
    expect(rowAt(m9, 15).indicator_id).toBeNull();
    expect(byName(suggest(), 'Số cuộc họp')).toMatchObject({ id: 'chidao.so_cuoc_hop_giao_ban_cchc', reports: 3, rows: 3 });
    expect(JSON.parse(chitieu(['catalog', 'added', '--db', db, '--format', 'json'], { env }).stdout).map((a: { id: string }) => a.id)).toEqual([
      'chidao.nhiem_vu.cap_tren.bao_cao_dung_han',
    ]);
    expect(mappingsState()).toEqual(mappingsBefore);
  });
});

describe('rows withheld for doubtful columns', () => {
  const withheldDb = join(work, 'withheld.sqlite');

  beforeAll(() => {
    importFile(q1, withheldDb);
    importFile(h1, withheldDb);
    // As the column-roles check stores a row whose columns it doubts (match_method 'withheld').
    const sqlite = new Database(withheldDb);
    sqlite.prepare("UPDATE appendix_rows SET match_method = 'withheld', reasons = '[\"columns doubtful\"]' WHERE line = 15 AND document_id = (SELECT id FROM documents WHERE path = ?)").run(h1);
    sqlite.close();
  });

  it('are no catalog gap: suggest leaves them out, rematch leaves them as they are', () => {
    const meetings = byName(suggest([], withheldDb), 'Số cuộc họp');
    expect(meetings).toMatchObject({ reports: 1, rows: 1, labels: ['Số cuộc họp giao ban CCHC'] });
    expect(chitieu(['catalog', 'add', meetings.key, '--db', withheldDb], { env }).status).toBe(0);
    const before = matches(withheldDb);
    const run = chitieu(['rematch', '--db', withheldDb], { env });
    // The new entry's words change the weights of the fuzzy step: the two rows still in review
    // (line 18, no entry of theirs added here) keep no ID but get new candidate scores.
    expect(run.stderr).toBe(
      `document ${documentId(q1, withheldDb)} ${q1}: 1 newly mapped, 0 unmapped, 0 changed ID\n` +
        '2 reports matched again, 1 with changes: 1 newly mapped, 0 unmapped, 0 changed ID (2 other rows re-scored); kept as they were: 1 withheld, 0 mapped by a user\n',
    );
    const after = matches(withheldDb);
    const changed = [...after].filter(([id, m]) => before.get(id) !== m).map(([id]) => id).sort((a, b) => a - b);
    expect(changed).toEqual([rowAt(q1, 15, withheldDb).id, rowAt(q1, 18, withheldDb).id, rowAt(h1, 18, withheldDb).id].sort((a, b) => a - b));
    expect(rowAt(q1, 15, withheldDb)).toMatchObject({ indicator_id: 'chidao.so_cuoc_hop_giao_ban_cchc' });
    expect(rowAt(h1, 15, withheldDb)).toMatchObject({ indicator_id: null, match_method: 'withheld' });
  });
});

describe('--help', () => {
  it('shows an example for each command', () => {
    for (const command of [['catalog', 'suggest'], ['catalog', 'add'], ['catalog', 'added'], ['catalog', 'remove'], ['rematch']]) {
      const run = chitieu([...command, '--help']);
      expect(run.status, command.join(' ')).toBe(0);
      expect(run.stdout, command.join(' ')).toMatch(/Example: chitieu /);
    }
  });
});
