/**
 * Text copied from a PDF without its layout, every cell on a line of its own
 * (docs/text-without-layout.md): the hand-written fixture, the four seeds turned into such copies
 * (test/helpers/no-layout-copy.ts) scored against their hand-written expectations, and copies
 * that must be refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../parsers/ir.js';
import { readText } from '../../parsers/text.js';
import { noLayoutCopy } from '../helpers/no-layout-copy.js';
import { givesFigure, scoreNoLayoutSeed, shownValue } from '../helpers/no-layout-score.js';
import { processText } from '../helpers/process-seed.js';
import { seedBytes } from '../helpers/seeds.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/text/no-layout');

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(header.map((h, i) => [h, l.split('\t')[i] ?? ''])));
}

const tablesOf = (text: string) => readText(Buffer.from(text), 'r.txt').blocks.filter((b): b is Table => b.kind === 'table');
const cellsOf = (text: string) => tablesOf(text).flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
const HEADER = 'STT\nChỉ tiêu thống kê\nĐơn vị tính\nSố liệu\nGhi chú\n';

describe('the hand-written report without layout', () => {
  const bytes = readFileSync(join(FIXTURE, 'report.txt'));
  const expected = readTsv(join(FIXTURE, 'expected.tsv'));
  const doc = processText(bytes, 'report.txt');
  const byLine = new Map(doc.rows.map((r) => [r.row.position.line, r]));
  // Refused by rule: a figure with no measure word before it (it could be the unit column's),
  // and two figures in a row (which one is the Số liệu?).
  const REFUSED = new Map([[49, 'no measure word'], [89, 'two figures']]);

  it('has every row of the document at its line, with its STT and label', () => {
    for (const e of expected) {
      const row = byLine.get(Number(e.line));
      expect(row, `line ${e.line}`).toBeDefined();
      expect(row!.row.stt, `line ${e.line}`).toBe(e.stt);
      expect(row!.row.label.startsWith(e.label_start), `line ${e.line}: ${row!.row.label}`).toBe(true);
    }
  });

  it('reads each figure with its value, and none where the reading is not certain', () => {
    for (const e of expected) {
      const row = byLine.get(Number(e.line))!;
      if (e.value_raw === '' || REFUSED.has(Number(e.line))) {
        expect(row.value.kind, `line ${e.line}`).toBe('empty');
        continue;
      }
      expect(row.row.value, `line ${e.line}`).toBe(e.value_raw);
      expect(shownValue(row), `line ${e.line}`).toBe(e.value);
    }
    expect(doc.rows.filter((r) => r.value.kind !== 'empty')).toHaveLength(expected.filter((e) => e.value_raw !== '').length - REFUSED.size);
  });

  it('keeps the line each cell was read from', () => {
    const table = readText(bytes, 'report.txt').blocks.find((b): b is Table => b.kind === 'table')!;
    const rowAt = (line: number) => table.rows.find((r) => r.position.line === line)!;
    for (const e of expected.filter((x) => x.value_line !== '' && !REFUSED.has(Number(x.line)))) {
      expect(rowAt(Number(e.line)).cells[3]!.position, `line ${e.line}`).toEqual({ file: 'report.txt', line: Number(e.value_line) });
    }
    // A wrapped label is one cell, placed at its first line.
    expect(rowAt(26).cells[1]).toMatchObject({ text: 'Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', position: { line: 27 } });
  });

  it('says which rows lost their figure, and that the table was rebuilt', () => {
    const ambiguous = doc.messages.filter((m) => m.code === 'text/row-ambiguous');
    expect(ambiguous.map((m) => [m.severity, m.position?.line])).toEqual([['info', 49], ['info', 89]]);
    expect(ambiguous[1]!.message).toContain('"12,5" (line 92), "264/2.112" (line 93)');
    expect(doc.messages.filter((m) => m.code === 'text/no-layout-rebuilt').map((m) => m.position?.line)).toEqual([18]);
    expect(doc.messages.some((m) => m.code === 'text/no-table-layout')).toBe(false);
  });

  it('reads the unit, province and period from the prose as usual', () => {
    expect(doc.metadata).toMatchObject({ unit: 'UBND xã Hòa Thắng', province: 'Đắk Lắk', period: '2024-H1' });
  });
});

describe('the seeds copied without layout', () => {
  // Figures right as measured when this was written (docs/text-without-layout.md), less 2.
  // The seeds themselves, tab-separated, give 64 / 146 / 96 / 96.
  const FLOOR: Record<string, Record<string, number>> = {
    '000': { none: 52, 60: 50, 70: 51, 80: 52 },
    '001': { none: 144, 60: 143, 70: 138, 80: 144 },
    '002': { none: 92, 60: 89, 70: 87, 80: 92 },
    '003': { none: 89, 60: 87, 70: 89, 80: 89 },
  };
  for (const prefix of Object.keys(FLOOR)) {
    for (const wrap of [undefined, 60, 70, 80]) {
      it(`seed ${prefix}, labels ${wrap ? `wrapped at ${wrap}` : 'not wrapped'}: no wrong figure, recall above the floor`, () => {
        const score = scoreNoLayoutSeed(prefix, { wrap });
        expect(score.wrong).toEqual([]);
        expect(score.right).toBeGreaterThanOrEqual(FLOOR[prefix]![wrap ?? 'none']!);
      });
    }
  }

  it('a copy without its header is refused with text/no-table-layout, not read as 0 figures silently', () => {
    const copy = noLayoutCopy(seedBytes('000').toString('utf8'), { header: false });
    const doc = processText(Buffer.from(copy.text), '000.txt');
    expect(doc.rows.filter(givesFigure)).toEqual([]);
    const warning = doc.messages.find((m) => m.code === 'text/no-table-layout');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning!.message).toContain('pdftotext -layout');
  });
});

describe('rows rebuilt from the order of lines', () => {
  it('a "- " line after a value is a row of its own (a note such as "- Ban Dân tộc" gets no figure)', () => {
    const rows = cellsOf(`${HEADER}1.1.\nQuyết định về Kế hoạch CCHC\nQuyết định\n1\n- Ban Dân tộc\n- Số nhiệm vụ đề ra\nNhiệm vụ\n31\n`);
    expect(rows.slice(1)).toEqual([
      ['1.1.', 'Quyết định về Kế hoạch CCHC', 'Quyết định', '1', ''],
      ['', '- Ban Dân tộc', '', '', ''],
      ['', '- Số nhiệm vụ đề ra', 'Nhiệm vụ', '31', ''],
    ]);
  });

  it('a wrapped label goes on where a bracket is open or the next line starts in lower case', () => {
    const rows = cellsOf(`${HEADER}2.\nTỷ lệ hoàn thành Kế hoạch cải cách hành chính năm (Lũy kế\nđến thời điểm báo cáo)\n%\n100%\n2.1.\nSố nhiệm vụ đề ra trong kế hoạch của cơ quan, đơn vị\nthuộc UBND\nNhiệm vụ\n29\n`);
    expect(rows.slice(1)).toEqual([
      ['2.', 'Tỷ lệ hoàn thành Kế hoạch cải cách hành chính năm (Lũy kế đến thời điểm báo cáo)', '%', '100%', ''],
      ['2.1.', 'Số nhiệm vụ đề ra trong kế hoạch của cơ quan, đơn vị thuộc UBND', 'Nhiệm vụ', '29', ''],
    ]);
  });

  it('a capitalised line after a long label may be its rest or a row of its own: the figure is refused', () => {
    const text = `${HEADER}3.\nTỷ lệ hồ sơ giải quyết đúng hạn của các cơ quan chuyên môn thuộc\nUBND cấp huyện\n%\n98%\n`;
    const doc = readText(Buffer.from(text), 'r.txt');
    const rows = (doc.blocks.find((b) => b.kind === 'table') as Table | undefined)?.rows.map((r) => r.cells.map((c) => c.text)) ?? [];
    expect(rows.every((r) => r[3] === '' || r[3] === 'Số liệu')).toBe(true);
    expect(doc.messages.map((m) => m.code)).toContain('text/no-table-layout');
  });

  it('a "- " line under a long label may be its rest or a row of its own: the figure below is refused', () => {
    const text = `${HEADER}1.2.\nSố văn bản chỉ đạo CCHC\nVăn bản\n10\n1.3.\nKiểm tra CCHC - Dự kiến thời gian: Quý III-IV/2024\n- Số lượng: Kiểm tra 3/3 phòng thuộc Ban\nKế hoạch\n1\n`;
    const doc = readText(Buffer.from(text), 'r.txt');
    expect(cellsOf(text).slice(1).map((r) => [r[0], r[3]])).toEqual([['1.2.', '10'], ['1.3.', ''], ['', '']]);
    expect(doc.messages.find((m) => m.code === 'text/row-ambiguous')?.message).toContain('"1" (line 14)');
  });

  it('numbers that continue the numbering and are followed by a label are STTs (seed 001 writes "1", "2.1")', () => {
    const rows = cellsOf(`${HEADER}Công tác chỉ đạo điều hành CCHC\n1\nSố văn bản chỉ đạo CCHC đã ban hành\nVăn bản\n1\n2\nKế hoạch CCHC\n%\n2.1\nSố nhiệm vụ đề ra trong kế hoạch\nNhiệm vụ\n16\n`);
    expect(rows.slice(1)).toEqual([
      ['', 'Công tác chỉ đạo điều hành CCHC', '', '', ''],
      ['1', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '1', ''],
      ['2', 'Kế hoạch CCHC', '%', '', ''],
      ['2.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '16', ''],
    ]);
  });

  it('a measure word broken over two lines by a narrow column is one unit cell', () => {
    const rows = cellsOf(`${HEADER}4.1.4.\nTổng số đơn vị sự nghiệp công lập trên địa bàn tỉnh\nCơ quan,\nđơn vị\n450\n7.3.\nHệ thống thông tin báo cáo\nChưa = 0 Đang làm\n= 1 Hoàn thành = 2\n1\n`);
    expect(rows.slice(1)).toEqual([
      ['4.1.4.', 'Tổng số đơn vị sự nghiệp công lập trên địa bàn tỉnh', 'Cơ quan, đơn vị', '450', ''],
      ['7.3.', 'Hệ thống thông tin báo cáo', 'Chưa = 0 Đang làm = 1 Hoàn thành = 2', '1', ''],
    ]);
  });

  it('a figure with no measure word before it is not read: it may be the unit column\'s', () => {
    const text = `${HEADER}1.\nSố văn bản đã ban hành\nVăn bản\n3\n1.1.\nHình thức khảo sát\n1\n`;
    const doc = readText(Buffer.from(text), 'r.txt');
    expect(cellsOf(text).slice(1)).toEqual([['1.', 'Số văn bản đã ban hành', 'Văn bản', '3', ''], ['1.1.', 'Hình thức khảo sát', '', '', '']]);
    expect(doc.messages.filter((m) => m.code === 'text/row-ambiguous').map((m) => m.position?.line)).toEqual([10]);
  });

  it('where the prose carries page numbers, the next one inside the table is no figure (even if it was one)', () => {
    const text = `Báo cáo\n\n2\n\n${HEADER}1.\nSố văn bản đã ban hành\nVăn bản\n3\n1.1.\nSố TTHC đã công bố\nThủ tục\n3\n1.2.\nSố TTHC đã bãi bỏ\nThủ tục\n5\n`;
    const doc = readText(Buffer.from(text), 'r.txt');
    expect(cellsOf(text).slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([['1.', 'Văn bản', ''], ['1.1.', 'Thủ tục', '3'], ['1.2.', 'Thủ tục', '5']]);
    expect(doc.messages.find((m) => m.code === 'text/page-number')).toMatchObject({ severity: 'info', position: { line: 13 } });
  });

  it('a table none of whose rows can be rebuilt is refused with text/no-table-layout at its header, and read as prose', () => {
    const text = `Phụ lục\n\n${HEADER}1.\nSố văn bản đã ban hành\n3\n2.\nSố nhiệm vụ đã hoàn thành\n5\n`;
    const doc = readText(Buffer.from(text), 'r.txt');
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
    const warnings = doc.messages.filter((m) => m.code === 'text/no-table-layout');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', position: { file: 'r.txt', line: 3 } });
    expect(warnings[0]!.message).toMatch(/import the PDF itself, or a `pdftotext -layout` dump/);
  });

  it('a caption that only starts a line is a label: "Số liệu về biên chế" opens no header', () => {
    expect(tablesOf('STT\nSố liệu về biên chế công chức\n1.\nTổng số biên chế\nNgười\n15\n')).toEqual([]);
  });
});
