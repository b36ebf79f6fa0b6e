import { describe, expect, it } from 'vitest';
import { vietnameseNfc } from '../../common/vietnamese-text.js';
import type { Paragraph, Table } from '../../parsers/ir.js';
import { readText } from '../../parsers/text.js';

describe('letters that only look Vietnamese', () => {
  it('are made the Vietnamese ones: ƣ Ƣ from PDF fonts, the eth Ð ð typed for Đ đ', () => {
    expect(vietnameseNfc('Phƣơng án; THƢỜNG TRỰC; Ðiều 1; ðơn vị')).toBe('Phương án; THƯỜNG TRỰC; Điều 1; đơn vị');
  });

  it('are put right in what a text dump copied out of such a PDF holds', () => {
    const dump = ['UBND phƣờng Nguyễn Trãi', 'STT\tChỉ tiêu\tĐơn vị tính\tSố liệu', '1\tSố văn bản đƣợc ban hành\tVăn bản\t3'].join('\n');
    const ir = readText(Buffer.from(dump, 'utf8'), 'dump.txt');
    expect((ir.blocks[0] as Paragraph).text).toBe('UBND phường Nguyễn Trãi');
    expect((ir.blocks[1] as Table).rows[1]!.cells.map((c) => c.text)).toEqual(['1', 'Số văn bản được ban hành', 'Văn bản', '3']);
  });
});
