import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../parsers/ir.js';
import { readText } from '../../parsers/text.js';

const tables = (text: string | Buffer) => readText(typeof text === 'string' ? Buffer.from(text) : text, 'r.txt').blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (text: string | Buffer) => readText(typeof text === 'string' ? Buffer.from(text) : text, 'r.txt').blocks.filter((b): b is Paragraph => b.kind === 'paragraph');

/** The header line of the template's table, as the seeds write it. */
const HEADER = 'STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú\n';

describe('readText', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, positions counting lines from 1', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('BÁO CÁO\r\n\r\n1.\tSố văn bản\tVăn bản\t08\t\r\n')]);
    const doc = readText(bytes, 'bom.txt');
    expect(doc.info.encoding).toBe('utf-8-bom');
    expect(paragraphs(bytes).map((p) => [p.text, p.position.line])).toEqual([['BÁO CÁO', 1]]);
    const [row] = (doc.blocks.find((b) => b.kind === 'table') as Table).rows;
    expect(row!.position).toEqual({ file: 'bom.txt', line: 3 });
    expect(row!.cells.map((c) => c.text)).toEqual(['1.', 'Số văn bản', 'Văn bản', '08', '']);
    expect(row!.cells[3]!.position).toEqual({ file: 'bom.txt', line: 3, cell: 4 });
  });

  it('removes <b>, <i> and markdown emphasis, keeping bold as an attribute', () => {
    const [row] = tables('<b>3</b>\t<b>Kiểm tra CCHC</b>\t<i>Vấn đề</i>\t\t\n')[0]!.rows;
    expect(row!.cells.map((c) => [c.text, c.bold, c.italic])).toEqual([
      ['3', true, false], ['Kiểm tra CCHC', true, false], ['Vấn đề', false, true], ['', false, false], ['', false, false],
    ]);
    expect(paragraphs('## **BÁO CÁO**\n### **Công tác CCHC năm 2023**\n').map((p) => [p.text, p.bold])).toEqual([
      ['BÁO CÁO', true], ['Công tác CCHC năm 2023', true],
    ]);
    expect(paragraphs('Mức *tăng* 5 * 3 là sai\n')[0]!.text).toBe('Mức tăng 5 * 3 là sai');
  });

  it('reads the HTML a dump may carry: tags with attributes, character references, footnote numbers', () => {
    const [row] = tables('<b style="x">1.1.</b>\t<span lang="vi">Số VBQPPL&nbsp;ban hành theo Luật<sup>4</sup> &amp; Nghị định</span>\tVăn&#160;bản\t<font color="red">12</font>\tTi&#7871;n &#x111;&#x1ED9;\n')[0]!.rows;
    expect(row!.cells.map((c) => [c.text, c.bold])).toEqual([
      ['1.1.', true], ['Số VBQPPL ban hành theo Luật⁴ & Nghị định', false], ['Văn bản', false], ['12', false], ['Tiến độ', false],
    ]);
    expect(paragraphs('Xem <http://bdt.gialai.gov.vn/> và a < b > c; &foo; giữ nguyên\n')[0]!.text).toBe('Xem <http://bdt.gialai.gov.vn/> và a < b > c; &foo; giữ nguyên');
  });

  it('turns NFD text into NFC', () => {
    const nfd = 'Tỷ lệ hồ sơ'.normalize('NFD');
    expect(nfd).not.toBe('Tỷ lệ hồ sơ');
    expect(tables(`1.\t${nfd}\t%\t100\t\n`)[0]!.rows[0]!.cells[1]!.text).toBe('Tỷ lệ hồ sơ');
  });

  it('a row cut by a line break inside a cell is one row again; rows that only look short are not joined', () => {
    const text = HEADER
      + '1.\tCông tác chỉ đạo điều hành\t\t\t\n'
      + '1.1.\tSố văn bản chỉ đạo\nCCHC đã ban hành\tVăn bản\t43\t\n'
      + '6.1.3\tSố TTHC đang cung cấp trực tuyến mức độ\n3 có phát sinh hồ sơ\tThủ tục\t0\t\n'
      + '3.1.\tThống kê TTHC\n\t- Số TTHC công bố mới\tThủ tục\t18\n'
      + '2.\tCải cách thể chế\n2.1. Số VBQPPL đã ban hành\tVăn bản\t33\t\n';
    const doc = readText(Buffer.from(text), 'cut.txt');
    const rows = (doc.blocks[0] as Table).rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toEqual([
      ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
      ['1.', 'Công tác chỉ đạo điều hành', '', '', ''],
      ['1.1.', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '43', ''],
      ['6.1.3', 'Số TTHC đang cung cấp trực tuyến mức độ 3 có phát sinh hồ sơ', 'Thủ tục', '0', ''],
      ['3.1.', 'Thống kê TTHC'],
      ['', '- Số TTHC công bố mới', 'Thủ tục', '18'],
      ['2.', 'Cải cách thể chế'],
      ['2.1. Số VBQPPL đã ban hành', 'Văn bản', '33', ''],
    ]);
    // The figure keeps the line it is printed on.
    expect((doc.blocks[0] as Table).rows[2]!.cells[3]!.position).toEqual({ file: 'cut.txt', line: 4, cell: 3 });
    expect(doc.messages.filter((m) => m.code === 'text/cell-line-break').map((m) => m.position?.line)).toEqual([3, 5]);
  });

  it('where a dump drops empty cells at row ends, only a line starting in lower case goes on the row above', () => {
    const text = HEADER
      + '7.6.1.\tThực hiện kết nối, liên thông\n'
      + 'Trong đó\tTỷ lệ sở, ngành đã kết nối\t%\t100%\n'
      + '7.6.2.\tTổng số văn bản đi giữa các cơ\n'
      + 'quan nhà nước\tVăn bản\t996.193\n';
    const rows = (tables(text)[0]!).rows.map((r) => r.cells.map((c) => c.text));
    expect(rows.slice(1)).toEqual([
      ['7.6.1.', 'Thực hiện kết nối, liên thông'],
      ['Trong đó', 'Tỷ lệ sở, ngành đã kết nối', '%', '100%'],
      ['7.6.2.', 'Tổng số văn bản đi giữa các cơ quan nhà nước', 'Văn bản', '996.193'],
    ]);
  });

  it('the rest of a last cell on a line of its own goes on that cell; a form title between two tables does not', () => {
    const text = HEADER
      + '3.4.7.1.\tSố lượng hồ sơ trực tuyến mức độ 3\tHồ sơ\t0\t<i>Ban Dân tộc phối hợp\n'
      + 'thực hiện</i>\n'
      + '3.4.7.2.\tSố lượng hồ sơ trực tuyến mức độ 4\tHồ sơ\t\tBan Dân tộc\n'
      + 'Biểu mẫu 2\n'
      + HEADER;
    const doc = readText(Buffer.from(text), 'note.txt');
    const [first, second] = doc.blocks.filter((b): b is Table => b.kind === 'table');
    expect(first!.rows[1]!.cells.map((c) => [c.text, c.italic])).toEqual([
      ['3.4.7.1.', false], ['Số lượng hồ sơ trực tuyến mức độ 3', false], ['Hồ sơ', false], ['0', false], ['Ban Dân tộc phối hợp thực hiện', true],
    ]);
    expect(first!.rows[2]!.cells[4]!.text).toBe('Ban Dân tộc');
    expect(paragraphs(text).map((p) => p.text)).toEqual(['Biểu mẫu 2']);
    expect(second!.rows).toHaveLength(1);
  });

  it('reads markdown pipe tables, the rule under the header left out and an escaped pipe kept', () => {
    const text = '| STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú |\n|---|:---|---|---:|---|\n| 1.1. | Số văn bản chỉ đạo \\| hướng dẫn | Văn bản | 43 | |\n';
    const [t] = tables(text);
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
      ['1.1.', 'Số văn bản chỉ đạo | hướng dẫn', 'Văn bản', '43', ''],
    ]);
    expect(t!.rows[1]!.position.line).toBe(3);
  });

  it('ends a table at a blank line, where the original had a page break', () => {
    const t = tables('a\tb\nc\td\n\ne\tf\n');
    expect(t.map((x) => x.rows.length)).toEqual([2, 1]);
  });
});
