/** Rows read by OCR are withheld when the reading is doubtful (src/recognise/ocr-doubt.ts). */
import { describe, expect, it } from 'vitest';
import { tableCell, tableRow, type OcrEvidence, type TableRow } from '../../parsers/ir.js';
import type { TableRoles } from '../../src/recognise/column-roles.js';
import { ocrDoubt, ocrNote, sttBySequence } from '../../src/recognise/ocr-doubt.js';

const roles: TableRoles = { stt: 0, label: 1, unit: 2, values: [{ col: 3, path: 'Số liệu', role: 'actual' }], primary: 3, doubt: null, overrides: [] };
const at = { file: 'scan.pdf', page: 2, line: 7 };
const sure = (x: number): OcrEvidence => ({ confidence: 95, box: { page: 2, x, y: 300, w: 20, h: 9 } });

function row(value: string, evidence: Partial<OcrEvidence> = {}, stt = '3.1.'): TableRow {
  return tableRow(
    [
      tableCell(stt, at, { ocr: sure(90) }),
      tableCell('Số TTHC bãi bỏ, thay thế', at, { ocr: sure(130) }),
      tableCell('Thủ tục', at, { ocr: sure(350) }),
      tableCell(value, at, { ocr: { ...sure(445), ...evidence } }),
    ],
    at,
  );
}

describe('OCR doubt on a row', () => {
  it('lets a sure, agreeing read through, and notes where it was read', () => {
    expect(ocrDoubt(row('80'), roles)).toBeNull();
    expect(ocrNote(row('80'), roles)).toBe('read by OCR: value “80” at 95 % confidence (page 2, box x 445 y 300 w 20 h 9 pt)');
  });

  it('withholds a figure read two ways, with both reads and the box', () => {
    expect(ocrDoubt(row('22 (100%)', { disagreement: '00%)' }), roles)).toEqual({
      code: 'ocr/reads-disagree',
      reason: 'OCR read the value cell as “22 (100%)” and, as digits only, as “00%)” (page 2, box x 445 y 300 w 20 h 9 pt)',
    });
  });

  it('withholds a figure whose ink has another number of glyphs', () => {
    expect(ocrDoubt(row('1', { blots: 2 }), roles)?.code).toBe('ocr/glyph-count');
  });

  it('withholds a letter inside a number and a low confidence, but not Có', () => {
    expect(ocrDoubt(row('1O'), roles)?.code).toBe('ocr/letter-in-number');
    expect(ocrDoubt(row('87', { confidence: 69 }), roles)?.reason).toContain('confidence 69 %, 70 needed');
    expect(ocrDoubt(row('Có'), roles)).toBeNull();
  });

  it('holds an STT to a lower bar than a figure, and passes rows not read by OCR', () => {
    const stt = row('80');
    stt.cells[0]!.ocr = { ...sure(90), confidence: 65 };
    expect(ocrDoubt(stt, roles)).toBeNull();
    stt.cells[0]!.ocr = { ...sure(90), confidence: 55 };
    expect(ocrDoubt(stt, roles)?.reason).toContain('STT cell “3.1.” (confidence 55 %, 60 needed');
    const digital = tableRow([tableCell('3.1.', at), tableCell('Số TTHC', at), tableCell('Thủ tục', at), tableCell('1O', at)], at);
    expect(ocrDoubt(digital, roles)).toBeNull();
  });
});

describe('marks no figure is written with', () => {
  it('withholds digits read beside a stamp ring or a fold, but not codes and notes', () => {
    // Read off fixtures/scans/003-200dpi-gray-stamp.pdf, where the rings cross "40" and "57".
    expect(ocrDoubt(row('40 }'), roles)?.code).toBe('ocr/stray-mark');
    expect(ocrDoubt(row('57. |'), roles)?.code).toBe('ocr/stray-mark');
    expect(ocrDoubt(row('22 (100%)'), roles)).toBeNull();
    expect(ocrDoubt(row('264/267'), roles)).toBeNull();
    expect(ocrDoubt(row('Chưa = 0 Hoàn thành = 1'), roles)).toBeNull();
  });
});

describe('an STT read two ways, settled by the numbering above', () => {
  const twoWays = (text: string, other: string) => {
    const r = row('21', {}, text);
    r.cells[0]!.ocr = { ...sure(90), disagreement: other };
    return r;
  };

  it('takes the read that continues the numbering: first child, next sibling, next above', () => {
    // Seed 002, Biểu mẫu 4: "2." then "2.1." (read "21."); seed 000: "5.1." then "5.1.1." (read "5.11.").
    expect(sttBySequence(twoWays('21.', '2.1.'), roles, '2.')).toBe('2.1.');
    expect(sttBySequence(twoWays('5.11.', '5.1.1.'), roles, '5.1.')).toBe('5.1.1.');
    expect(sttBySequence(twoWays('5.0', '5.6'), roles, '5.5')).toBe('5.6');
    expect(sttBySequence(twoWays('2.2.2.', '5.2.2.'), roles, '5.2.1.')).toBe('5.2.2.');
    expect(sttBySequence(twoWays('5.1.2.', '5.1.2,'), roles, '5.1.1.')).toBe('5.1.2.');
    expect(sttBySequence(twoWays('35', '3.5'), roles, '3.4.2')).toBe('3.5');
    expect(sttBySequence(twoWays('0', '6'), roles, '5.2.1')).toBe('6');
  });

  it('settles nothing when both reads or neither continue it, or nothing is above', () => {
    expect(sttBySequence(twoWays('2.2', '3'), roles, '2.1')).toBeNull();
    expect(sttBySequence(twoWays('7.1', '8.1'), roles, '2.1')).toBeNull();
    expect(sttBySequence(twoWays('2.1.', '21.'), roles, null)).toBeNull();
    expect(sttBySequence(row('21', {}, '2.1.'), roles, '2.')).toBeNull();
  });

  it('drops the STT doubt of a settled row, not the value doubt', () => {
    const r = twoWays('21.', '2.1.');
    expect(ocrDoubt(r, roles)?.code).toBe('ocr/reads-disagree');
    expect(ocrDoubt(r, roles, true)).toBeNull();
    r.cells[3]!.ocr = { ...sure(445), confidence: 40 };
    expect(ocrDoubt(r, roles, true)?.code).toBe('ocr/unsure');
  });
});
