/**
 * Column roles of a table with no header row, from what its columns hold. Rows are hand-written
 * after seed 003 (lines 274-279) and seed 000 (lines 150-152).
 */
import { describe, expect, it } from 'vitest';
import { table, tableCell, tableRow, type Table } from '../../parsers/ir.js';
import { rolesByContent } from '../../src/recognise/headerless.js';
import { recogniseAppendix } from '../../src/recognise/recognise-appendix.js';

function tableOf(rows: string[][]): Table {
  const position = { file: 't.txt', line: 1 };
  return table(rows.map((cells, r) => tableRow(cells.map((text, c) => tableCell(text, { file: 't.txt', line: r + 1, cell: c + 1 })), { file: 't.txt', line: r + 1 })), position);
}

const APPENDIX = [
  ['1.', 'Công tác chỉ đạo điều hành CCHC', '', '', ''],
  ['1.1.', 'Kế hoạch CCHC', '', '', ''],
  ['1.1.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '84', ''],
  ['1.1.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '84', ''],
  ['1.1.3.', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '43', ''],
  ['1.2.', 'Tỷ lệ hoàn thành', '%', '98,87%', '264/267'],
];

describe('rolesByContent', () => {
  it('an appendix without its header: STT, label, unit, value and note by content', () => {
    expect(rolesByContent(tableOf(APPENDIX))).toEqual({ stt: 0, label: 1, unit: 2, value: 3, note: 4 });
  });

  it('a table of tasks, or one without figures, is no appendix', () => {
    const tasks = [
      ['1.', 'Triển khai Kế hoạch CCHC', 'Sở Nội vụ', 'Quý I'],
      ['2.', 'Kiểm tra công tác CCHC', 'Văn phòng', 'Quý II'],
      ['3.', 'Tuyên truyền CCHC', 'Các phòng', 'Cả năm'],
      ['4.', 'Khảo sát sự hài lòng', 'Văn phòng', 'Quý IV'],
    ];
    expect(rolesByContent(tableOf(tasks))).toBeNull();
    const letterhead = [['UBND TỈNH GIA LAI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ''], ['BAN DÂN TỘC', 'Độc lập - Tự do - Hạnh phúc', ''], ['Số: 12/BC-BDT', 'Gia Lai, ngày 14 tháng 12 năm 2023', '']];
    expect(rolesByContent(tableOf(letterhead))).toBeNull();
  });

  it('is used only in a document where no table has a header row, and says so', () => {
    const header = ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'];
    const doc = (...tables: Table[]) => ({ file: 't.txt', sha256: '', format: 'text' as const, blocks: tables, messages: [], info: {} });
    const alone = recogniseAppendix(doc(tableOf(APPENDIX)));
    expect(alone.rows.map((r) => [r.stt, r.value])).toContainEqual(['1.1.3.', '43']);
    expect(alone.messages.map((m) => m.code)).toContain('appendix/no-header');
    const paragraphBetween = { kind: 'paragraph' as const, text: 'Phụ lục khác', bold: false, position: { file: 't.txt', line: 50 } };
    const withHeaderElsewhere = recogniseAppendix({ ...doc(tableOf([header, ...APPENDIX.slice(0, 3)])), blocks: [tableOf([header, ...APPENDIX.slice(0, 3)]), paragraphBetween, tableOf(APPENDIX.slice(3))] });
    expect(withHeaderElsewhere.rows.map((r) => r.stt)).toEqual(['1.', '1.1.', '1.1.1.']);
  });
});
