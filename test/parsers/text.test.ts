import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../parsers/ir.js';
import { readText } from '../../parsers/text.js';

const tables = (text: string | Buffer) => readText(typeof text === 'string' ? Buffer.from(text) : text, 'r.txt').blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (text: string | Buffer) => readText(typeof text === 'string' ? Buffer.from(text) : text, 'r.txt').blocks.filter((b): b is Paragraph => b.kind === 'paragraph');

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

  it('turns NFD text into NFC', () => {
    const nfd = 'Tỷ lệ hồ sơ'.normalize('NFD');
    expect(nfd).not.toBe('Tỷ lệ hồ sơ');
    expect(tables(`1.\t${nfd}\t%\t100\t\n`)[0]!.rows[0]!.cells[1]!.text).toBe('Tỷ lệ hồ sơ');
  });

  it('ends a table at a blank line, where the original had a page break', () => {
    const t = tables('a\tb\nc\td\n\ne\tf\n');
    expect(t.map((x) => x.rows.length)).toEqual([2, 1]);
  });
});
