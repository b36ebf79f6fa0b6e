/**
 * Issue #13: which document of a unit and period is read, on the real binary. Seed 000 (Ban Dân
 * tộc, Khánh Hòa, 2024-Q1, dated 14/3/2024 at L145) has 64 figures; the expected counts are the
 * import's own line for it ("64 figures") and its long export (123 rows: 64 with a value, 59
 * indicator rows printed empty).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { chitieu, REPO, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';
import { seedPath } from '../helpers/seeds.js';
import { CELL, editSeed } from '../report/seed-edits.js';

const work = tempDir();
const UNIT = 'khánh-hòa/ban-dân-tộc';
const DOCX = join(REPO, 'fixtures/docx/000_9e493d0445893002.docx');
const PDF = join(REPO, 'fixtures/pdf/000_9e493d0445893002.pdf');
/** The seed's prose, without "Phụ lục 2" (L142) and its tables: a cover letter with no figures. */
const proseOnly = () => readFileSync(seedPath('000'), 'utf8').split('\n').slice(0, 141).join('\n');

function run(args: string[]) {
  const result = chitieu(args);
  expect(result.status, result.stderr).toBe(0);
  return result;
}

async function exported(db: string, extra: string[] = []) {
  return csvRecords(run(['export', '--db', db, ...extra]).stdout);
}

function sql<T>(db: string, query: string): T[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(query).all() as T[];
  } finally {
    conn.close();
  }
}

const withValue = (rows: Record<string, string>[]) => rows.filter((r) => r.value !== '');

describe('a prose-only copy of a report', () => {
  const db = join(work, 'prose.sqlite');
  const prose = join(work, 'prose', '000_cover.txt');

  it('replaces nothing: export and diff keep the 64 figures', async () => {
    run(['import', seedPath('000'), '--db', db]);
    mkdirSync(join(work, 'prose'), { recursive: true });
    writeFileSync(prose, proseOnly());
    const second = run(['import', prose, '--db', db]);
    expect(second.stderr).toContain(`imported   ${prose}: 0 figures`);
    expect(second.stderr).toContain(`has no figures: does not replace document 1 (${seedPath('000')})`);

    const rows = await exported(db);
    expect(rows).toHaveLength(123);
    expect(withValue(rows)).toHaveLength(64);
    expect(new Set(rows.map((r) => r.document_id))).toEqual(new Set(['1']));

    // The seed again, one byte more, as the next period: diff compares 2024-Q1 with it.
    writeFileSync(join(work, 'h1.txt'), `${readFileSync(seedPath('000'), 'utf8')}\n`);
    run(['import', join(work, 'h1.txt'), '--db', db, '--period', '2024-H1']);
    const diff = await csvRecords(run(['diff', '--db', db, '--unit', UNIT, '--from', '2024-Q1', '--to', '2024-H1', '--format', 'csv']).stdout);
    expect(new Set(diff.map((r) => r.from_document_id))).toEqual(new Set(['1']));
    expect(diff.filter((r) => r.from_value !== '' && r.status === 'same')).toHaveLength(64);
  });

  it('is listed as not current, and why', async () => {
    const listed = JSON.parse(run(['documents', '--db', db, '--period', '2024-Q1', '--format', 'json']).stdout) as Array<Record<string, unknown>>;
    expect(listed.map((d) => [d.document_id, d.figures, d.current, d.same_report_as])).toEqual([
      [1, 64, true, null],
      [2, 0, false, null],
    ]);
    expect(listed[0]!.current_reason).toBe('only report with figures; documents without figures (2) do not replace it');
    expect(listed[1]!.current_reason).toBe(`has no figures: does not replace document 1 (${seedPath('000')})`);
  });
});

describe('the same report as .txt, .docx and .pdf', () => {
  const db = join(work, 'formats.sqlite');

  it('is one current report, read from one source: each figure once', async () => {
    const first = run(['import', seedPath('000'), PDF, DOCX, '--db', db, '--jobs', '1']);
    expect(first.stderr).toContain(`same report as document 1 (${seedPath('000')}): kept as another source`);
    expect(first.stderr).toContain(`same report as document 1 (${seedPath('000')}): read from this source now (the most complete)`);
    const listed = await csvRecords(run(['documents', '--db', db, '--format', 'csv']).stdout);
    expect(listed.map((d) => [d.document_id, d.format, d.figures, d.current, d.same_report_as])).toEqual([
      ['1', 'text', '64', 'no', '3'],
      ['2', 'pdf', '64', 'no', '3'],
      ['3', 'docx', '64', 'yes', ''],
    ]);
    expect(listed[2]!.current_reason).toBe('most complete of 3 sources of the report');

    const rows = await exported(db);
    expect(rows).toHaveLength(123);
    expect(withValue(rows)).toHaveLength(64);
    expect(new Set(rows.map((r) => r.source_file))).toEqual(new Set([DOCX]));
    const ids = withValue(rows).map((r) => `${r.indicator_id}|${r.value_column}`);
    expect(new Set(ids).size).toBe(64);

    const wide = await exported(db, ['--format', 'wide']);
    expect(wide).toHaveLength(1);
    expect(wide[0]!.document_id).toBe('3');
    expect((await exported(db, ['--all-versions'])).length).toBe(3 * 123);
  });

  it('the figures view holds the rows of the default export; indicators the catalog', async () => {
    const [{ n }] = sql<{ n: number }>(db, 'SELECT count(*) AS n FROM figures');
    expect(n).toBe((await exported(db)).length);
    const catalog = JSON.parse(run(['indicators', '--json']).stdout) as unknown[];
    const [{ indicators }] = sql<{ indicators: number }>(db, 'SELECT count(*) AS indicators FROM indicators');
    expect(indicators).toBe(catalog.length);
    expect(indicators).toBe(300);
    const [one] = sql<Record<string, unknown>>(db, "SELECT * FROM figures WHERE indicator_id = 'chidao.van_ban_chi_dao'");
    expect(one).toMatchObject({
      document_id: 3, source_file: DOCX, unit: 'Ban Dân tộc', province: 'Khánh Hòa', period: '2024-Q1', value: 10, value_raw: '10',
      measure_unit: 'Văn bản', value_role: 'actual', method: 'exact',
    });
  });
});

describe('sources that disagree, and a re-issue', () => {
  const db = join(work, 'disagree.sqlite');
  const lost = join(work, '000_lost.txt');
  const reissue = join(work, '000_reissue.txt');

  it('a later copy that lost a figure does not win; the disagreement is a warning on the report', async () => {
    // 1.2. "Số văn bản chỉ đạo CCHC đã ban hành" (L153) printed empty instead of 10.
    writeFileSync(lost, editSeed('000', [{ set: { line: 153, cell: CELL.value, text: '' } }]));
    run(['import', seedPath('000'), '--db', db]);
    const second = run(['import', lost, '--db', db, '--json']);
    const result = JSON.parse(second.stdout.split('\n')[0]!) as { observations: number; version: Record<string, unknown> };
    expect(result.observations).toBe(63);
    expect(result.version).toEqual({ relation: 'same-report', document_id: 1, source_file: seedPath('000'), unit: 'Ban Dân tộc', period: '2024-Q1' });
    expect(withValue(await exported(db))).toHaveLength(64);

    const shown = JSON.parse(run(['show', '1', '--db', db, '--format', 'json']).stdout) as { messages: Array<{ code: string; message: string }> };
    expect(shown.messages.filter((m) => m.code === 'report/sources-disagree').map((m) => m.message)).toEqual([
      `chidao.van_ban_chi_dao: 10 in document 1 (${seedPath('000')}), missing in document 2 (${lost})`,
    ]);
  });

  it('a re-issue with another figure replaces the report, and says so', async () => {
    writeFileSync(reissue, editSeed('000', [
      { replace: { line: 145, from: 'ngày 14/3/2024', to: 'ngày 28/3/2024' } },
      { set: { line: 153, cell: CELL.value, text: '12' } },
    ]));
    const third = run(['import', reissue, '--db', db]);
    expect(third.stderr).toContain(`replaces document 1, ${seedPath('000')}, for Ban Dân tộc 2024-Q1`);
    const rows = withValue(await exported(db));
    expect(rows).toHaveLength(64);
    expect(rows.find((r) => r.indicator_id === 'chidao.van_ban_chi_dao')).toMatchObject({ document_id: '3', value: '12' });
  });

  it('show: a document with its versions and figures; an unknown one is a usage error', async () => {
    const table = run(['show', '3', '--db', db]).stdout;
    expect(table).toContain(`document 3  ${reissue}`);
    expect(table).toMatch(/current {5}yes: newest report \(by report date\); replaces document 1/);
    const figures = await csvRecords(run(['show', '3', '--db', db, '--format', 'csv']).stdout);
    expect(figures).toHaveLength(123);
    expect(figures.find((r) => r.indicator_id === 'chidao.van_ban_chi_dao')).toMatchObject({ value: '12', measure_unit: 'Văn bản' });
    const missing = chitieu(['show', '99', '--db', db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`Error: no imported document 99; list them with: chitieu documents --db ${db}\n`);
  });
});
