/**
 * `chitieu units` on the four seeds and a corrected re-issue of seed 000, and which report of a
 * unit and period is the newest: the later report date (the re-issue is dated 28/3/2024, the
 * seed 14/3/2024 at L145) whatever the import order; with dates that do not tell them apart
 * (seed 001 is dated "tháng 12 năm 2023" only, L5), the later import — when its figures differ;
 * a copy with the same figures is the same report (src/report/versions.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chitieu, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';
import { readExpectedTsv } from '../helpers/expected.js';
import { seedPath } from '../helpers/seeds.js';
import { CELL, editSeed } from '../report/seed-edits.js';

const SEEDS = ['000', '001', '002', '003'];
const work = tempDir();
const db = join(work, 'units.sqlite');
const reissue = join(work, 'later', '000_corrected.txt');

interface UnitJson {
  key: string;
  name: string;
  province: string;
  level: string;
  documents: number;
  periods: Array<{ period: string; documents: number; versions: Array<{ source_file: string; report_date: string | null; current: boolean }> }>;
}

function units(database: string): UnitJson[] {
  const run = chitieu(['units', '--db', database, '--json']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as UnitJson[];
}

const reissueText = () =>
  editSeed('000', [
    { replace: { line: 145, from: 'ngày 14/3/2024', to: 'ngày 28/3/2024' } },
    { set: { line: 153, cell: CELL.value, text: '12' } },
  ]);

beforeAll(() => {
  mkdirSync(join(work, 'later'));
  writeFileSync(reissue, reissueText());
  expect(chitieu(['import', ...SEEDS.map(seedPath), '--db', db]).status).toBe(0);
  expect(chitieu(['import', reissue, '--db', db]).status).toBe(0);
});

describe('chitieu units', () => {
  it('lists one unit per body, keyed by province and name, with periods and report counts', () => {
    const listed = units(db);
    expect(listed.map((u) => u.key).sort()).toEqual(['gia-lai/ban-dân-tộc', 'khánh-hòa/ban-dân-tộc', 'kon-tum/ubnd-phường-nguyễn-trãi', 'đắk-nông/ubnd-tỉnh'].sort());
    for (const m of readExpectedTsv('metadata.tsv')) {
      const unit = listed.find((u) => u.name === m.unit && u.province === m.province);
      expect(unit, m.seed).toBeDefined();
      expect(unit!.periods.map((p) => p.period)).toEqual([m.period]);
    }
    const khanhHoa = listed.find((u) => u.key === 'khánh-hòa/ban-dân-tộc')!;
    expect(khanhHoa).toMatchObject({ name: 'Ban Dân tộc', province: 'Khánh Hòa', level: 'so', documents: 2 });
    expect(khanhHoa.periods).toHaveLength(1);
    expect(khanhHoa.periods[0]).toMatchObject({ period: '2024-Q1', documents: 2 });
  });

  it('keeps both reports of a re-issue, the later dated one current', () => {
    const versions = units(db).find((u) => u.key === 'khánh-hòa/ban-dân-tộc')!.periods[0]!.versions;
    expect(versions.map((v) => [v.source_file, v.report_date, v.current])).toEqual([
      [seedPath('000'), '2024-03-14', false],
      [reissue, '2024-03-28', true],
    ]);
  });

  it('prints a table with the periods and their number of reports', () => {
    const run = chitieu(['units', '--db', db]);
    expect(run.status).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('khánh-hòa/ban-dân-tộc'));
    expect(line).toMatch(/^khánh-hòa\/ban-dân-tộc\s+Ban Dân tộc\s+Khánh Hòa\s+so\s+2024-Q1 \(2\)$/);
    expect(run.stdout).toMatch(/\nkon-tum\/ubnd-phường-nguyễn-trãi\s+UBND phường Nguyễn Trãi\s+Kon Tum\s+xa\s+2023-Q3 \(1\)\n/);
    expect(run.stderr).toBe('4 units in 5 reports\n');
  });

  it('--csv gives one row per unit and period; with --all-versions one per report', async () => {
    const perPeriod = await csvRecords(chitieu(['units', '--db', db, '--csv']).stdout);
    expect(perPeriod).toHaveLength(4);
    expect(perPeriod.find((r) => r.unit_key === 'khánh-hòa/ban-dân-tộc')).toMatchObject({ period: '2024-Q1', documents: '2', current_source_file: reissue });
    const perReport = await csvRecords(chitieu(['units', '--db', db, '--csv', '--all-versions']).stdout);
    expect(perReport).toHaveLength(5);
    expect(perReport.filter((r) => r.unit_key === 'khánh-hòa/ban-dân-tộc').map((r) => [r.report_date, r.current])).toEqual([
      ['2024-03-14', 'no'],
      ['2024-03-28', 'yes'],
    ]);
  });
});

describe('the newest report of a unit and period', () => {
  it('is the later dated one even when it was imported first', () => {
    const other = join(work, 'reversed.sqlite');
    expect(chitieu(['import', reissue, '--db', other]).status).toBe(0);
    expect(chitieu(['import', seedPath('000'), '--db', other]).status).toBe(0);
    const versions = units(other)[0]!.periods[0]!.versions;
    expect(versions.find((v) => v.current)!.source_file).toBe(reissue);
  });

  it('is the later import when the dates do not tell (both "tháng 12 năm 2023") and the figures differ', () => {
    const copy = join(work, 'later', '001_corrected.txt');
    // Dated as the seed (December 2023, no day, L5); 2.2 "Số nhiệm vụ đã hoàn thành" 16 → 15 (L188).
    writeFileSync(copy, editSeed('001', [{ set: { line: 188, cell: CELL.value, text: '15' } }]));
    const first = join(work, 'first.sqlite');
    expect(chitieu(['import', seedPath('001'), '--db', first]).status).toBe(0);
    expect(chitieu(['import', copy, '--db', first]).status).toBe(0);
    const versions = units(first)[0]!.periods[0]!.versions;
    expect(versions.map((v) => [v.report_date, v.current])).toEqual([
      ['2023-12', false],
      ['2023-12', true],
    ]);
    expect(versions[1]!.source_file).toBe(copy);
  });

  it('is not a later copy with the same figures: that is the same report, the first import stays current', () => {
    const copy = join(work, 'later', '001_copy.txt');
    // Another file (one more space in the date line L5), the same figures.
    writeFileSync(copy, editSeed('001', [{ replace: { line: 5, from: 'ngày tháng 12', to: 'ngày  tháng 12' } }]));
    const other = join(work, 'copy.sqlite');
    expect(chitieu(['import', seedPath('001'), '--db', other]).status).toBe(0);
    expect(chitieu(['import', copy, '--db', other]).status).toBe(0);
    const versions = units(other)[0]!.periods[0]!.versions;
    expect(versions.find((v) => v.current)!.source_file).toBe(seedPath('001'));
  });
});
