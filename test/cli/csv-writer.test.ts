/** CSV cells: csvSafe (spreadsheet formulas) then RFC 4180 quoting, read back by @fast-csv/parse. */
import { parseString } from '@fast-csv/parse';
import { describe, expect, it } from 'vitest';
import { csvSafe } from '../../src/cli/csv-safe.js';
import { csvCell, csvRow } from '../../src/cli/csv-writer.js';

function parseLine(line: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    parseString(line).on('data', resolve).on('error', reject);
  });
}

describe('csvCell', () => {
  it.each([
    ['- Ban Dân tộc', "'- Ban Dân tộc"],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+84 901', "'+84 901"],
    ['@cmd', "'@cmd"],
    ['\tSố', "'\tSố"],
    ['-5', '-5'],
    ['-0.25', '-0.25'],
    ['98.87', '98.87'],
    ['Văn hóa, Thể thao', '"Văn hóa, Thể thao"'],
    ['Số "điều chỉnh"', '"Số ""điều chỉnh"""'],
    ['- a, b', `"'- a, b"`],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['', ''],
  ])('%j → %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('agrees with csvSafe on every first character up to U+3000', () => {
    for (let c = 0; c < 0x3000; c++) {
      const text = `${String.fromCharCode(c)}x`;
      const safe = csvSafe(text);
      expect(csvCell(text).replace(/^"|"$/g, '').replace(/""/g, '"'), `U+${c.toString(16)}`).toBe(safe);
    }
  });

  it('reads back as the safe text', async () => {
    const cells = ['- Ban Dân tộc', 'a, "b"', '=1+1', 'Tỷ lệ 98,87%', 'x\r\ny'];
    expect(await parseLine(csvRow(cells))).toEqual(cells.map(csvSafe));
  });
});
