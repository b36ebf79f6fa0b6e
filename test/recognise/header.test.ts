/** Header rows told by their captions (src/recognise/header.ts), on rows typed by hand. */
import { describe, expect, it } from 'vitest';
import { tableCell, tableRow } from '../../parsers/ir.js';
import { isHeaderRow } from '../../src/recognise/header.js';

const at = { file: 'hand.pdf', page: 1, line: 1 };
const row = (...texts: string[]) => tableRow(texts.map((t) => tableCell(t, at)), at);

describe('isHeaderRow', () => {
  it('knows the printed header', () => {
    expect(isHeaderRow(row('STT', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo quý III năm 2023)', 'Kết quả thống kê', 'Ghi chú'))).toBe(true);
  });

  it('knows it with the STT caption misread off a scan (seed 002 scanned sideways: "SIT", "SI")', () => {
    expect(isHeaderRow(row('SIT', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo quý III năm 2023)', 'Kết quả thống kê', 'Ghi chú'))).toBe(true);
    expect(isHeaderRow(row('SI', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'))).toBe(true);
  });

  it('does not take a body row for one, whatever its first cell', () => {
    expect(isHeaderRow(row('SIT', 'Số TTHC công bố mới', 'Thủ tục', '18'))).toBe(false);
    expect(isHeaderRow(row('1', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'))).toBe(false);
    // Two strange cells, or only the label caption beside the strange one: not enough.
    expect(isHeaderRow(row('SIT', 'Chỉ tiêu', 'Đvt x', 'Số liệu', 'Gh'))).toBe(false);
    expect(isHeaderRow(row('SIT', 'Chỉ tiêu'))).toBe(false);
  });
});
