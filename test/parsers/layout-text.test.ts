/**
 * Layout text adapter on `pdftotext -layout` dumps of the PDF fixtures (fixtures/layout, made by
 * scripts/build-layout-fixtures.sh) and on small dumps written here. Expected cell texts are
 * copied from the seed lines named beside them; pages and lines are those of the dump (form
 * feeds, then lines from 1, blank ones counted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeLayoutText, readLayoutText } from '../../parsers/layout-text.js';
import type { DocumentIR, Paragraph, Table, TableRow } from '../../parsers/ir.js';

function fixture(stem: string): DocumentIR {
  const file = `fixtures/layout/${stem}.txt`;
  return readLayoutText(readFileSync(file), file);
}
const ir000 = fixture('000_9e493d0445893002');
const ir002 = fixture('002_60f12e1201b41f59');

const tables = (ir: DocumentIR) => ir.blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (ir: DocumentIR) => ir.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const texts = (row: TableRow) => row.cells.map((c) => c.text);
function rowStarting(table: Table, stt: string): TableRow {
  const row = table.rows.find((r) => r.cells[0]?.text === stt);
  if (!row) throw new Error(`no row ${stt}`);
  return row;
}
const dump = (pages: string[][]) => new TextEncoder().encode(pages.map((lines) => `${lines.join('\n')}\n`).join('\f'));

describe('looksLikeLayoutText', () => {
  it('tells a layout dump from a tab-separated seed and from prose', () => {
    expect(looksLikeLayoutText(readFileSync('fixtures/layout/002_60f12e1201b41f59.txt', 'utf8'))).toBe(true);
    expect(looksLikeLayoutText(readFileSync('fixtures/seeds/002_60f12e1201b41f59.txt', 'utf8'))).toBe(false);
    const prose = Array.from({ length: 20 }, (_, i) => `Dòng ${i + 1} của báo cáo.  Câu sau hai dấu cách.`).join('\n');
    expect(looksLikeLayoutText(prose)).toBe(false);
  });
});

describe('readLayoutText on the fixtures', () => {
  it('002: a wrapped label with its STT, unit and figure centred beside it is one row', () => {
    expect(ir002.format).toBe('layout-text');
    expect(ir002.info.pages).toBe(12);
    const [form1] = tables(ir002);
    // seed line 168
    const row = rowStarting(form1!, '2.');
    expect(texts(row)).toEqual(['2.', 'Tỷ lệ hoàn thành Kế hoạch cải cách hành chính năm (Lũy kể đến thời điểm báo cáo)', '%', '100%', '']);
    // page 6: line 4 "Tỷ lệ hoàn thành Kế hoạch cải cách hành", line 5 "  2. … % 100%"
    expect(row.position).toEqual({ file: 'fixtures/layout/002_60f12e1201b41f59.txt', page: 6, line: 4 });
    expect(row.cells[0]!.position).toEqual({ file: 'fixtures/layout/002_60f12e1201b41f59.txt', page: 6, line: 5, column: 3, cell: 1 });
  });

  it('002: seven forms, each a table after its "Biểu mẫu N"; form 1 runs over pages 5-6 with its header repeated', () => {
    expect(tables(ir002)).toHaveLength(7);
    const order = ir002.blocks.map((b) => (b.kind === 'table' ? 'T' : /^Biểu mẫu \d$/.test(b.text) ? 'B' : '')).join('');
    expect(order.replace(/[^BT]/g, '')).toBe('BT'.repeat(7));
    const [form1] = tables(ir002);
    const headers = form1!.rows.filter((r) => r.isHeader);
    expect(headers.map((r) => r.position.page)).toEqual([5, 5, 6, 6]);
    expect(texts(headers[2]!)).toEqual(['STT', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo quý III năm 2023)', 'Kết quả thống kê', 'Ghi chú']);
    expect(headers[2]!.cells.map((c) => c.colSpan)).toEqual([1, 1, 2, 1]);
    expect(texts(headers[3]!)).toEqual(['', '', 'Đơn vị tính', 'Số liệu', '']);
    // seed lines 167-176, 180-190 and 194: the 22 rows of form 1 (the seed repeats its header twice)
    expect(form1!.rows.filter((r) => !r.isHeader)).toHaveLength(22);
    // seed line 190: a coded answer over four lines around its row
    expect(texts(rowStarting(form1!, '6.2.'))).toEqual(['6.2.', 'Hình thức khảo sát', 'Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2', '1', '']);
  });

  it('002: a label printed one space from its unit ("… thuộc Ủy ban Cơ quan, đơn") is cut where the unit starts', () => {
    const form4 = tables(ir002)[3]!;
    // seed line 262
    expect(texts(rowStarting(form4, '1.5.1.'))).toEqual(['1.5.1.', 'Số đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân cấp huyện', 'Cơ quan, đơn vị', '', '']);
  });

  it('000: vertically centred notes and units stay in their rows; a row cut by a page break is joined', () => {
    const [table] = tables(ir000);
    expect(tables(ir000)).toHaveLength(1);
    // seed line 150: same page and line as in the PDF
    const row = rowStarting(table!, '1.1.');
    expect(texts(row)).toEqual(['1.1.', 'Quyết định số 02/QĐ-BDT ngày 15/01/2024 về Kế hoạch CCHC năm 2024 của Ban Dân tộc.', 'Quyết định', '1', '- Ban Dân tộc']);
    expect(row.position).toMatchObject({ page: 6, line: 21 });
    // seed lines 151-152: one-line labels with a two-line note each
    const i = table!.rows.indexOf(row);
    expect(texts(table!.rows[i + 1]!)).toEqual(['', '- Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '31', '- Ban Dân tộc']);
    expect(texts(table!.rows[i + 2]!)).toEqual(['', '- Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '18', '- Ban Dân tộc']);
    // seed line 193: "3.4.1.1" and "." on the lines above and below the label
    expect(texts(rowStarting(table!, '3.4.1.1.'))).toEqual(['3.4.1.1.', 'Số quyết định phê duyệt quy trình nội bộ', 'Quyết định', '', '']);
    // seed line 214: "tuyến" at the top of page 9
    expect(texts(rowStarting(table!, '3.4.5.'))).toEqual(['3.4.5.', 'Thông kê TTHC cho phép thanh toán trực tuyến', 'Thủ tục', '', '']);
    expect(ir000.messages).toContainEqual(expect.objectContaining({ code: 'layout-text/row-joined-across-pages', position: expect.objectContaining({ page: 8 }) }));
    expect(table!.rows.filter((r) => r.isHeader).map((r) => r.position.page)).toEqual([6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12]);
  });

  it('text is NFC and paragraphs are whole', () => {
    for (const ir of [ir000, ir002]) {
      for (const block of ir.blocks) {
        const all = block.kind === 'paragraph' ? [block.text] : block.rows.flatMap(texts);
        for (const text of all) expect(text).toBe(text.normalize('NFC'));
      }
    }
    // seed 002 line 28: a footnote after the prose
    expect(paragraphs(ir002).map((p) => p.text)).toContain('¹ Kế hoạch số 01/KH-UBND ngày 03/01/2023 về thực hiện công tác cải cách hành chính nhà nước trên địa bàn phường Nguyễn Trãi năm 2023;');
  });
});

describe('readLayoutText on hand-written dumps', () => {
  const header = [' STT          Chỉ tiêu thống kê             Đơn vị tính   Số liệu   Ghi chú'];
  const doc = dump([
    [
      '                      UBND TỈNH MẪU - BÁO CÁO CCHC',
      '',
      'Phụ lục',
      ...header,
      ' 1.     Công tác chỉ đạo điều hành',
      ' 1.1.   Kế hoạch CCHC                          Văn bản        3',
      '        Tỷ lệ hoàn thành kế hoạch cải cách',
      ' 1.2.                                              %          95,5',
      '        hành chính năm 2024',
      '',
      '',
      '                                   1',
    ],
    [
      '                      UBND TỈNH MẪU - BÁO CÁO CCHC',
      '',
      ...header,
      ' 1.3.   Số cuộc kiểm tra                        Cuộc          4',
      ' 2.     Cải cách thể chế',
      'Nơi nhận: Như trên; Lưu VT, VP. Báo cáo này được lập theo mẫu chung.',
      '',
      '                                   2',
    ],
  ]);

  it('page numbers and running headers are neither rows nor paragraphs; one table across the form feed', () => {
    const ir = readLayoutText(doc, 'dump.txt');
    expect(ir.info.pages).toBe(2);
    expect(paragraphs(ir).map((p) => p.text)).toEqual(['Phụ lục', 'Nơi nhận: Như trên; Lưu VT, VP. Báo cáo này được lập theo mẫu chung.']);
    const [table] = tables(ir);
    expect(tables(ir)).toHaveLength(1);
    expect(table!.rows.map(texts)).toEqual([
      ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
      ['1.', 'Công tác chỉ đạo điều hành', '', '', ''],
      ['1.1.', 'Kế hoạch CCHC', 'Văn bản', '3', ''],
      ['1.2.', 'Tỷ lệ hoàn thành kế hoạch cải cách hành chính năm 2024', '%', '95,5', ''],
      ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
      ['1.3.', 'Số cuộc kiểm tra', 'Cuộc', '4', ''],
      ['2.', 'Cải cách thể chế', '', '', ''],
    ]);
    expect(table!.rows.map((r) => r.isHeader)).toEqual([true, false, false, false, true, false, false]);
    expect(table!.rows[3]!.position).toEqual({ file: 'dump.txt', page: 1, line: 7 });
    expect(table!.rows[5]!.position).toEqual({ file: 'dump.txt', page: 2, line: 4 });
  });

  it('decomposed input comes out NFC', () => {
    const nfd = new TextEncoder().encode(new TextDecoder().decode(doc).normalize('NFD'));
    const [table] = tables(readLayoutText(nfd, 'nfd.txt'));
    expect(table!.rows[3]!.cells[1]!.text).toBe('Tỷ lệ hoàn thành kế hoạch cải cách hành chính năm 2024');
  });
});

describe('readLayoutText on a dump printed in a wider font (fixtures/layout/wide-font)', () => {
  // Seed 000 printed in DejaVu Serif (scripts/build-print-variants.ts): at the top of every
  // page from 8 on, "Đơn vị" / "tính" and "Đơn vị" / "thực hiện" are printed over three lines,
  // and the second line of the latter runs into "Số liệu" with one space: "Số liệu thực hiện".
  const wide = fixture('wide-font/000_9e493d0445893002');
  const [table] = tables(wide);

  it('000: captions broken over lines are read whole, as in the seed (line 147)', () => {
    expect(tables(wide)).toHaveLength(1);
    expect(texts(table!.rows[0]!)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Kết quả thống kê']);
    expect(texts(table!.rows[1]!)).toEqual(['', '', 'Đơn vị tính', 'Số liệu', 'Đơn vị thực hiện']);
  });

  it('000: the header repeated on pages 8-15 stays a header, pieces of captions included, and never a row', () => {
    const repeated = table!.rows.filter((r) => texts(r).includes('Đơn vị thực hiện'));
    expect(new Set(repeated.map((r) => r.position.page))).toEqual(new Set([7, 8, 9, 10, 11, 12, 13, 14, 15]));
    expect(repeated.every((r) => r.isHeader)).toBe(true);
    expect(table!.rows.some((r) => texts(r).some((t) => t === 'tính' || t === 'Đơn vị'))).toBe(false);
  });

  it('000: every row in its five columns (seed line 150)', () => {
    expect(texts(rowStarting(table!, '1.1.'))).toEqual([
      '1.1.', 'Quyết định số 02/QĐ-BDT ngày 15/01/2024 về Kế hoạch CCHC năm 2024 của Ban Dân tộc.', 'Quyết định', '1', '- Ban Dân tộc',
    ]);
  });

  it('000: an STT wrapped in the narrow column, "3.4.7." over "1.", is one STT (seed line 224)', () => {
    expect(texts(rowStarting(table!, '3.4.7.1.')).slice(0, 2)).toEqual(['3.4.7.1.', 'Hồ sơ trực tuyến']);
  });

  it('000: a row cut by a page break whose rest opens with a bracket is one row (seed line 271)', () => {
    const row = table!.rows.find((r) => r.cells[1]!.text.startsWith('- Số viên chức được tuyển dụng ('));
    expect(texts(row!)).toEqual(['', '- Số viên chức được tuyển dụng (thi tuyển, xét tuyển)', 'Người', '0', '']);
    expect(row!.position.page).toBe(12);
  });
});
