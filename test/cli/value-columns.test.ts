/**
 * Several value columns and withheld tables through the real binary (docs/column-roles.md).
 * Expected figures are those printed in fixtures/value-columns/*.txt (typed by hand).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { chitieu, REPO, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';

const DIR = join(REPO, 'fixtures/value-columns');
let db = '';

beforeAll(() => {
  db = join(tempDir(), 'v.sqlite');
  const run = chitieu(['import', DIR, '--db', db]);
  expect(run.status).toBe(0);
});

describe('Kế hoạch | Thực hiện | Tỷ lệ (%)', () => {
  it('exports each value column as its own line, the Thực hiện figure as the actual one', async () => {
    const rows = await csvRecords(chitieu(['export', '--db', db, '--period', '2024-Q1']).stdout);
    const kiemTra = rows.filter((r) => r.label === 'Số cuộc kiểm tra CCHC đã thực hiện').map((r) => [r.value_column, r.value_role, r.value]);
    expect(kiemTra).toEqual([
      ['Thực hiện', 'actual', '4'],
      ['Kế hoạch', 'plan', '5'],
      ['Tỷ lệ (%)', 'ratio', '80'],
    ]);
  });

  it('diff compares the actual figure with the actual one and a plan with a plan', async () => {
    const run = chitieu(['diff', '--db', db, '--unit', 'Đắk Mil', '--from', '2024-Q1', '--to', '2024-Q2', '--format', 'csv']);
    expect(run.status).toBe(0);
    const rows = (await csvRecords(run.stdout)).filter((r) => r.from_label === 'Số văn bản chỉ đạo CCHC đã ban hành');
    expect(rows.map((r) => [r.value_column, r.from_value, r.to_value, r.status])).toEqual([
      ['', '12', '15', 'changed'],
      ['plan', '10', '10', 'same'],
      ['ratio', '120', '150', 'changed'],
    ]);
  });
});

describe('two value columns that nothing tells apart', () => {
  it('stores no figure of the table, sends its rows to review and warns on the document', () => {
    const sql = new Database(db, { readonly: true });
    const doc = sql.prepare("SELECT id, messages FROM documents WHERE path LIKE '%krong-no%'").get() as { id: number; messages: string };
    const figures = sql.prepare('SELECT count(*) FROM value_observations WHERE document_id = ?').pluck().get(doc.id);
    const withheld = sql.prepare("SELECT count(*) FROM appendix_rows WHERE document_id = ? AND withheld_code = 'table/roles-doubtful'").pluck().get(doc.id);
    sql.close();
    expect(figures).toBe(0);
    expect(withheld).toBe(3);
    expect((JSON.parse(doc.messages) as { code: string }[]).map((m) => m.code)).toContain('table/roles-doubtful');
    const review = chitieu(['unmatched', '--db', db, '--with-value']);
    expect(review.stdout).toMatch(/Số liệu: 9; Kết quả: 12\s+withheld/);
  });
});
