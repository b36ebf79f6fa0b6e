/**
 * `chitieu diff` on two reports of one unit, built from seed 000 (Ban Dân tộc, Khánh Hòa,
 * 2024-Q1): the seed itself, and a copy with a few figures changed, a row dropped and a row
 * added, imported with `--period 2024-H1`. Expected values are read from the seed's lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chitieu, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';
import { seedPath } from '../helpers/seeds.js';
import { CELL, editSeed, seedCell } from '../report/seed-edits.js';

const work = tempDir();
const db = join(work, 'diff.sqlite');
const q1File = seedPath('000');
const h1File = join(work, 'h1', '000_h1.txt');
const reissueFile = join(work, 'reissue', '000_q1_corrected.txt');

// Seed 000: L151 "- Số nhiệm vụ đề ra trong kế hoạch" 31; L152 "- Số nhiệm vụ đã hoàn thành" 18;
// L157 "- Số UBND cấp huyện đã kiểm tra"; L242 "Số phòng thuộc Ban" 3; L255 "- Tỷ lệ phần trăm
// biên chế đã tinh giản" 11,7 (%).
const ADDED_ROW = '\t- Số phòng chuyên môn, đơn vị trực thuộc sở đã kiểm tra\tPhòng\t3\t';

interface DiffJsonRow {
  indicator_id: string;
  status: string;
  change: number | null;
  relative: number | null;
  from: { value: string; value_raw: string; source_file: string; line: number; page: number | null; stt: string; label: string } | null;
  to: { value: string; value_raw: string; source_file: string; line: number; page: number | null } | null;
}

interface DiffJson {
  unit: { key: string; name: string; province: string };
  comparisons: Array<{ from: { id: number; period: string; source_file: string }; to: { id: number; period: string; source_file: string }; rows: DiffJsonRow[]; counts: Record<string, number> }>;
}

function diffJson(args: string[]): DiffJson {
  const run = chitieu(['diff', '--db', db, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as DiffJson;
}

beforeAll(() => {
  mkdirSync(join(work, 'h1'));
  mkdirSync(join(work, 'reissue'));
  writeFileSync(
    h1File,
    editSeed('000', [
      { set: { line: 151, cell: CELL.value, text: '35' } },
      { drop: 152 },
      { insertAfter: { line: 157, text: ADDED_ROW } },
      { set: { line: 242, cell: CELL.value, text: '' } },
      { set: { line: 255, cell: CELL.value, text: '12,5' } },
    ]),
  );
  expect(chitieu(['import', q1File, '--db', db]).status).toBe(0);
  expect(chitieu(['import', h1File, '--db', db, '--period', '2024-H1']).status).toBe(0);
});

describe('chitieu diff between two periods of a unit', () => {
  let diff: DiffJson;
  const row = (id: string) => {
    const found = diff.comparisons[0]!.rows.find((r) => r.indicator_id === id);
    expect(found, id).toBeDefined();
    return found!;
  };

  beforeAll(() => {
    diff = diffJson(['--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-H1']);
  });

  it('names the unit and the two reports', () => {
    expect(diff.unit).toMatchObject({ key: 'khánh-hòa/ban-dân-tộc', name: 'Ban Dân tộc', province: 'Khánh Hòa' });
    expect(diff.comparisons).toHaveLength(1);
    expect(diff.comparisons[0]!.from).toMatchObject({ period: '2024-Q1', source_file: q1File });
    expect(diff.comparisons[0]!.to).toMatchObject({ period: '2024-H1', source_file: h1File });
  });

  it('gives a changed count with both values, the change and the relative change', () => {
    const before = Number(seedCell('000', 151, CELL.value));
    expect(before).toBe(31);
    const r = row('chidao.ke_hoach.so_nhiem_vu_de_ra');
    expect(r).toMatchObject({ status: 'changed', change: 35 - before });
    expect(r.from!.value).toBe(String(before));
    expect(r.to!.value).toBe('35');
    expect(r.relative).toBeCloseTo(((35 - before) / before) * 100, 5);
  });

  it('reads a percentage with a decimal comma on both sides and gives the change in points', () => {
    const printed = seedCell('000', 255, CELL.value);
    expect(printed).toBe('11,7');
    const r = row('bomay.bien_che.ty_le_tinh_gian');
    expect(r.from).toMatchObject({ value: '11.7', value_raw: printed });
    expect(r.to).toMatchObject({ value: '12.5', value_raw: '12,5' });
    expect(r.change).toBeCloseTo(0.8, 6);
    expect(r.relative).toBeCloseTo((0.8 / 11.7) * 100, 4);
  });

  it('says a figure was emptied without calling it a change of -3', () => {
    const r = row('bomay.so_phong_thuoc_co_quan');
    expect(r.from!.value).toBe(seedCell('000', 242, CELL.value));
    expect(r).toMatchObject({ status: 'changed', change: null, relative: null });
    expect(r.to!.value).toBe('');
  });

  it('shows rows found on one side only', () => {
    const dropped = row('chidao.ke_hoach.so_nhiem_vu_hoan_thanh');
    expect(dropped).toMatchObject({ status: 'only-from', to: null, change: null });
    expect(dropped.from!.value).toBe(seedCell('000', 152, CELL.value));
    const added = row('chidao.kiem_tra.so_phong_don_vi_truc_thuoc_so');
    expect(added).toMatchObject({ status: 'only-to', from: null });
    expect(added.to!.value).toBe('3');
    expect(diff.comparisons[0]!.counts).toMatchObject({ changed: 3, 'only-from': 1, 'only-to': 1 });
  });

  it('leaves every other figure of the seed the same', () => {
    const r = row('tthc.thong_ke.tong_so');
    expect(r).toMatchObject({ status: 'same', change: 0 });
    expect(r.from!.value_raw).toBe(seedCell('000', 184, CELL.value));
    const same = diff.comparisons[0]!.rows.filter((x) => x.status === 'same');
    expect(same.length).toBe(diff.comparisons[0]!.counts.same);
    expect(same.every((x) => x.from!.value === x.to!.value)).toBe(true);
  });

  it('says where each value was read: file and line on each side', () => {
    const r = row('chidao.ke_hoach.so_nhiem_vu_de_ra');
    expect(r.from).toMatchObject({ source_file: q1File, line: 151, page: null });
    expect(r.to).toMatchObject({ source_file: h1File, line: 151, page: null });
    // After the dropped line 152 and the row added after 157, line 158 of the seed is line 158 again;
    // the added row stands at line 157 of the copy.
    expect(row('chidao.kiem_tra.so_phong_don_vi_truc_thuoc_so').to!.line).toBe(157);
    expect(row('chidao.kiem_tra.xu_ly_sau_kiem_tra').from!.line).toBe(158);
    expect(row('chidao.kiem_tra.xu_ly_sau_kiem_tra').to!.line).toBe(158);
    expect(row('chidao.van_ban_chi_dao').from!.line).toBe(153);
    expect(row('chidao.van_ban_chi_dao').to!.line).toBe(152);
  });

  it('--changes-only leaves out the figures that stayed the same', () => {
    const changes = diffJson(['--unit', 'khánh-hòa/ban-dân-tộc', '--from', '2024-Q1', '--to', '2024-H1', '--changes-only']);
    expect(changes.comparisons[0]!.rows.map((r) => r.status).sort()).toEqual(['changed', 'changed', 'changed', 'only-from', 'only-to']);
  });
});

describe('chitieu diff output', () => {
  it('prints a table on the terminal with values, change and sources', () => {
    const run = chitieu(['diff', '--db', db, '--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-H1', '--changes-only']);
    expect(run.status).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('chidao.ke_hoach.so_nhiem_vu_de_ra'));
    expect(line).toMatch(/\b31\s+35\s+\+4 \(\+12\.9%\)\s+000_9e493d0445893002\.txt line 151\s+000_h1\.txt line 151$/);
    expect(run.stdout).toContain('only in 2024-Q1');
    expect(run.stdout).toContain('3 changed, ');
  });

  it('writes CSV with both values, the change and both sources', async () => {
    const run = chitieu(['diff', '--db', db, '--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-H1', '--format', 'csv']);
    expect(run.status).toBe(0);
    const rows = await csvRecords(run.stdout);
    const r = rows.find((x) => x.indicator_id === 'bomay.bien_che.ty_le_tinh_gian')!;
    expect(r).toMatchObject({
      status: 'changed', from_value: '11.7', to_value: '12.5', change: '0.8', from_value_raw: '11,7', to_value_raw: '12,5',
      from_source_file: q1File, from_line: '255', from_place: 'line 255', to_source_file: h1File, to_line: '255',
      indicator_name: 'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015',
    });
    expect(rows.find((x) => x.indicator_id === 'chidao.ke_hoach.so_nhiem_vu_hoan_thanh')).toMatchObject({ status: 'only-from', to_value: '', to_source_file: '' });
  });
});

describe('chitieu diff errors', () => {
  it('lists the matching units when the name is ambiguous', () => {
    const other = join(work, 'gia-lai');
    mkdirSync(other);
    writeFileSync(join(other, '001.txt'), editSeed('001', []));
    const otherDb = join(work, 'two-units.sqlite');
    expect(chitieu(['import', q1File, join(other, '001.txt'), '--db', otherDb]).status).toBe(0);
    const run = chitieu(['diff', '--db', otherDb, '--unit', 'Ban Dân tộc', '--from', '2023', '--to', '2024-Q1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Error: "Ban Dân tộc" matches 2 units/);
    expect(run.stderr).toContain('gia-lai/ban-dân-tộc');
    expect(run.stderr).toContain('khánh-hòa/ban-dân-tộc');
  });

  it('names the periods a unit has when one is missing', () => {
    const run = chitieu(['diff', '--db', db, '--unit', 'Ban Dân tộc', '--from', '2023', '--to', '2024-H1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Error: khánh-hòa/ban-dân-tộc has no report for 2023; its periods: 2024-Q1, 2024-H1\n');
  });
});

describe('chitieu diff with a corrected re-issue', () => {
  beforeAll(() => {
    // The re-issue is dated later than the seed (L145 "ngày 14/3/2024") and corrects L153 (10).
    writeFileSync(
      reissueFile,
      editSeed('000', [
        { replace: { line: 145, from: 'ngày 14/3/2024', to: 'ngày 28/3/2024' } },
        { set: { line: 153, cell: CELL.value, text: '12' } },
      ]),
    );
    expect(chitieu(['import', reissueFile, '--db', db]).status).toBe(0);
  });

  it('compares the newest report of a period by default', () => {
    const diff = diffJson(['--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-H1', '--changes-only']);
    expect(diff.comparisons[0]!.from.source_file).toBe(reissueFile);
    const r = diff.comparisons[0]!.rows.find((x) => x.indicator_id === 'chidao.van_ban_chi_dao')!;
    expect(r).toMatchObject({ status: 'changed', change: Number(seedCell('000', 153, CELL.value)) - 12 });
  });

  it('--all-versions with one period shows what the re-issue changed', () => {
    const diff = diffJson(['--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-Q1', '--all-versions', '--changes-only']);
    expect(diff.comparisons).toHaveLength(1);
    expect(diff.comparisons[0]!.from.source_file).toBe(q1File);
    expect(diff.comparisons[0]!.to.source_file).toBe(reissueFile);
    expect(diff.comparisons[0]!.rows.map((r) => [r.indicator_id, r.from!.value, r.to!.value])).toEqual([
      ['chidao.van_ban_chi_dao', seedCell('000', 153, CELL.value), '12'],
    ]);
  });

  it('--all-versions over two periods compares each report with the one before', () => {
    const diff = diffJson(['--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-H1', '--all-versions']);
    expect(diff.comparisons.map((c) => [c.from.source_file, c.to.source_file])).toEqual([
      [q1File, reissueFile],
      [reissueFile, h1File],
    ]);
  });
});

describe('chitieu diff --to-unit: a body renamed in 2025', () => {
  const renamedFile = join(work, 'renamed', '000_2025_q1.txt');

  beforeAll(() => {
    mkdirSync(join(work, 'renamed'));
    writeFileSync(renamedFile, editSeed('000', [{ set: { line: 151, cell: CELL.value, text: '40' } }]));
    const run = chitieu(['import', renamedFile, '--db', db, '--unit', 'Sở Dân tộc và Tôn giáo', '--period', '2025-Q1']);
    expect(run.status).toBe(0);
  });

  it('follows the figures from the old body to the new one', () => {
    const diff = diffJson(['--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2025-Q1', '--to-unit', 'Sở Dân tộc', '--changes-only']);
    expect(diff.unit.key).toBe('khánh-hòa/ban-dân-tộc');
    expect((diff as unknown as { toUnit: { key: string } }).toUnit.key).toBe('khánh-hòa/sở-dân-tộc-và-tôn-giáo');
    // From the newest 2024-Q1 report (the re-issue, L153 corrected to 12) to the renamed copy of the seed.
    expect(diff.comparisons[0]!.from.source_file).toBe(reissueFile);
    expect(diff.comparisons[0]!.to.source_file).toBe(renamedFile);
    // In catalog order: the directive documents (L153) come before the plan's tasks (L151).
    const changed = diff.comparisons[0]!.rows.map((r) => [r.from!.line, r.from!.value, r.to!.value]);
    expect(changed).toEqual([
      [153, '12', seedCell('000', 153, CELL.value)],
      [151, '31', '40'],
    ]);
  });

  it('names both units in the table and the CSV', async () => {
    const table = chitieu(['diff', '--db', db, '--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2025-Q1', '--to-unit', 'Sở Dân tộc', '--changes-only']);
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n').slice(0, 2)).toEqual(['Ban Dân tộc (Khánh Hòa) — khánh-hòa/ban-dân-tộc', '→ Sở Dân tộc và Tôn giáo (Khánh Hòa) — khánh-hòa/sở-dân-tộc-và-tôn-giáo']);
    const csv = chitieu(['diff', '--db', db, '--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2025-Q1', '--to-unit', 'Sở Dân tộc', '--changes-only', '--format', 'csv']);
    expect(csv.status).toBe(0);
    const rows = await csvRecords(csv.stdout);
    expect(rows.map((r) => [r.unit_key, r.to_unit_key, r.from_line, r.to_value])).toEqual([
      ['khánh-hòa/ban-dân-tộc', 'khánh-hòa/sở-dân-tộc-và-tôn-giáo', '153', seedCell('000', 153, CELL.value)],
      ['khánh-hòa/ban-dân-tộc', 'khánh-hòa/sở-dân-tộc-và-tôn-giáo', '151', '40'],
    ]);
  });

  it('says which unit lacks the period', () => {
    const run = chitieu(['diff', '--db', db, '--unit', 'Ban Dân tộc', '--from', '2024-Q1', '--to', '2024-H1', '--to-unit', 'Sở Dân tộc']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Error: khánh-hòa/sở-dân-tộc-và-tôn-giáo has no report for 2024-H1; its periods: 2025-Q1\n');
  });
});
