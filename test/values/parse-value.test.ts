import { describe, expect, it } from 'vitest';
import { readText } from '../../parsers/text.js';
import { recogniseAppendix } from '../../src/recognise/recognise-appendix.js';
import {
  formatNumber,
  guessDecimalStyle,
  normalisedValueText,
  parseCodeList,
  readNumber,
  readValue,
  type ValueCells,
} from '../../src/values/parse-value.js';
import type { ParsedValue } from '../../src/model.js';
import { readExpectedTsv } from '../helpers/expected.js';
import { seedBytes } from '../helpers/seeds.js';

function cells(value: string, unit = '', note = ''): ValueCells {
  return { value, unit, note };
}

function read(value: string, unit = '', note = '', decimalStyle?: 'vi' | 'en' | 'auto') {
  return readValue(cells(value, unit, note), decimalStyle ? { decimalStyle } : {});
}

function codesOf(value: string, unit = '', note = ''): string[] {
  return read(value, unit, note).messages.map((m) => m.code);
}

describe('readNumber', () => {
  it.each([
    ['2.028', 2028],
    ['996.193', 996193],
    ['13.284', 13284],
    ['1.166', 1166],
    ['11,7', 11.7],
    ['12,17', 12.17],
    ['02', 2],
    ['0', 0],
    ['1.234.567,89', 1234567.89],
    ['1.234.567', 1234567],
    ['100.00', 100],
    ['16.90', 16.9],
    ['0.00', 0],
    ['12.5', 12.5],
    ['0.500', 0.5],
    ['1234.567', 1234.567],
    ['3.14159', 3.14159],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['-5', -5],
    ['−1,5', -1.5],
  ])('reads %s as %s the Vietnamese way', (text, n) => {
    expect(readNumber(text, 'vi')?.value).toBe(n);
  });

  it.each(['', '-', '.5', '12.', '1,', '1.23.4', '1,2,3', '1.234,5.6', '12a', '1 234', '%'])('rejects “%s”', (text) => {
    expect(readNumber(text, 'vi')).toBeNull();
  });

  it('reads a lone dot before three digits as a decimal point only in an en document', () => {
    expect(readNumber('2.028', 'en')?.value).toBe(2.028);
    expect(readNumber('2.028', 'auto')?.value).toBe(2028);
    expect(readNumber('2.028', 'vi')?.value).toBe(2028);
  });

  it('reads a lone comma before three digits as grouping only in an en document', () => {
    expect(readNumber('1,166', 'en')?.value).toBe(1166);
    expect(readNumber('1,166', 'vi')?.value).toBe(1.166);
  });

  it('keeps unambiguous shapes whatever the style', () => {
    expect(readNumber('16.90', 'vi')?.value).toBe(16.9);
    expect(readNumber('11,7', 'en')?.value).toBe(11.7);
    expect(readNumber('996.193.000', 'en')?.value).toBe(996193000);
    expect(readNumber('1.234.567,89', 'en')?.value).toBe(1234567.89);
  });

  it('flags the default reading only when no style was given', () => {
    expect(readNumber('2.028', 'auto')?.ambiguous).toBe(true);
    expect(readNumber('2.028', 'vi')?.ambiguous).toBe(false);
    expect(readNumber('16.90', 'auto')?.ambiguous).toBe(false);
    expect(readNumber('1.234.567', 'auto')?.ambiguous).toBe(false);
  });
});

describe('formatNumber', () => {
  it.each([
    [98.87, '98.87'],
    [2028, '2028'],
    [0.5, '0.5'],
    [0, '0'],
    [-0, '0'],
    [0.1 + 0.2, '0.3'],
    [(264 / 267) * 100, '98.876404'],
    [1234567.89, '1234567.89'],
    [1e-7, '0'],
    [-12.5, '-12.5'],
  ])('writes %s as %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe('guessDecimalStyle', () => {
  it('says en for dot decimals and no comma decimals (seed 001)', () => {
    expect(guessDecimalStyle(['0', '100.00', '16.90', '0.00', '2', ''])).toBe('en');
  });

  it('says vi for comma decimals and no dot decimals (seed 003)', () => {
    expect(guessDecimalStyle(['2.028', '33,4%', '996.193', '22 (100%)'])).toBe('vi');
    expect(guessDecimalStyle(['1.234.567'])).toBe('vi');
  });

  it('says auto when the column shows neither or both', () => {
    expect(guessDecimalStyle([])).toBe('auto');
    expect(guessDecimalStyle(['2.028', '0', '100%'])).toBe('auto');
    expect(guessDecimalStyle(['16.90', '11,7'])).toBe('auto');
  });

  it('ignores text answers and dates', () => {
    expect(guessDecimalStyle(['Quyết định ngày 15.01.2024, 12,5 triệu', '15.01.2024'])).toBe('auto');
  });
});

describe('parseCodeList', () => {
  it.each([
    ['Chưa = 0 Hoàn thành = 1', [['Chưa', 0], ['Hoàn thành', 1]]],
    ['Đã kết nối = 1 Chưa kết nối = 2', [['Đã kết nối', 1], ['Chưa kết nối', 2]]],
    ['Chưa = 0 Đang làm = 1 Hoàn thành = 2', [['Chưa', 0], ['Đang làm', 1], ['Hoàn thành', 2]]],
    ['Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2', [['Trực tuyến', 0], ['Phát phiếu', 1], ['Kết hợp', 2]]],
    ['Có = 1; Không = 0', [['Có', 1], ['Không', 0]]],
    ['Hoàn thành=1', [['Hoàn thành', 1]]],
    ['Chưa = 0 Hoàn thành=1', [['Chưa', 0], ['Hoàn thành', 1]]],
    ['Chưa có = 0 2 cấp = 1 3 cấp = 2', [['Chưa có', 0], ['2 cấp', 1], ['3 cấp', 2]]],
    ['Chưa = 0', [['Chưa', 0]]],
    ['Đã thực hiện = 1 Chưa thực hiện = 0', [['Đã thực hiện', 1], ['Chưa thực hiện', 0]]],
  ])('reads “%s”', (unit, entries) => {
    expect(parseCodeList(unit)).toEqual(entries.map(([label, code]) => ({ label, code })));
  });

  it.each(['', 'Người', '%', 'Tỷ lệ = a / b', '1 = 1', 'Chưa = 0 Hoàn thành', '98,87%'])('says “%s” is no code list', (unit) => {
    expect(parseCodeList(unit)).toBeNull();
  });
});

describe('readValue: numbers', () => {
  it.each([
    ['2.028', 2028],
    ['996.193', 996193],
    ['13.284', 13284],
    ['1.166', 1166],
    ['02', 2],
    ['1.234.567,89', 1234567.89],
  ])('reads %s as the number %s', (text, n) => {
    const { value, messages } = read(text, 'Thủ tục', '', 'vi');
    expect(value).toEqual({ kind: 'number', number: n, text: null, raw: text });
    expect(messages).toEqual([]);
  });

  it('reads an undecided lone dot as thousands and says so', () => {
    const { value, messages } = read('2.028', 'Thủ tục');
    expect(value.number).toBe(2028);
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['info', 'value/ambiguous-separator']]);
  });

  it('reads a lone dot before three digits as a decimal point in an en document', () => {
    expect(read('2.028', 'Thủ tục', '', 'en').value.number).toBe(2.028);
  });

  it('reads dot decimals whatever the style', () => {
    for (const style of ['vi', 'en', 'auto'] as const) {
      expect(read('100.00', '%', '', style).value).toMatchObject({ kind: 'percent', number: 100 });
      expect(read('16.90', '%', '', style).value).toMatchObject({ kind: 'percent', number: 16.9 });
      expect(read('0.00', '%', '', style).value).toMatchObject({ kind: 'percent', number: 0 });
    }
  });

  it('keeps "22 (100%)" a count with the percentage as a remark', () => {
    expect(read('22 (100%)', 'Cơ quan, đơn vị').value).toEqual({ kind: 'number', number: 22, text: null, remark: '(100%)', raw: '22 (100%)' });
    expect(read('443 (100%)', 'Cơ quan, đơn vị').value).toMatchObject({ kind: 'number', number: 443, remark: '(100%)' });
    expect(read('22(100%)', '').value).toMatchObject({ kind: 'number', number: 22, remark: '(100%)' });
  });

  it('keeps words after a number as a remark', () => {
    expect(read('8 nhiệm vụ', '').value).toEqual({ kind: 'number', number: 8, text: null, remark: 'nhiệm vụ', raw: '8 nhiệm vụ' });
  });

  it('reads a number under a unit that is itself a number as a number (seed 000:173)', () => {
    expect(read('0', '0').value).toMatchObject({ kind: 'number', number: 0 });
  });

  it('reads a number under a text unit ("Email")', () => {
    expect(read('8', 'Email', 'Ban Dân tộc').value).toMatchObject({ kind: 'number', number: 8 });
  });

  it('drops trailing punctuation after the number', () => {
    expect(read('2.028.', 'Thủ tục', '', 'vi').value).toMatchObject({ kind: 'number', number: 2028, raw: '2.028.' });
  });

  it('does not read a note that only mentions numbers', () => {
    const { value, messages } = read('1', '', 'KH số 23/KH-SNV ngày 22/3/2021 về việc tổ chức điều tra, khảo sát');
    expect(value).toEqual({ kind: 'number', number: 1, text: null, raw: '1' });
    expect(messages).toEqual([]);
  });
});

describe('readValue: percentages', () => {
  it.each([
    ['98,87%', 98.87],
    ['100%', 100],
    ['0%', 0],
    ['99,9%', 99.9],
    ['12.6%', 12.6],
    ['98,87 %', 98.87],
  ])('reads %s as %s percent', (text, n) => {
    expect(read(text, '%').value).toEqual({ kind: 'percent', number: n, text: null, raw: text });
  });

  it('reads a printed % whatever the unit (seed 003: "CQ, ĐV" / "Hồ sơ")', () => {
    expect(read('100%', 'CQ, ĐV').value).toMatchObject({ kind: 'percent', number: 100 });
    expect(read('100%', '').value).toMatchObject({ kind: 'percent', number: 100 });
  });

  it('reads a plain number under a % unit as a percentage', () => {
    expect(read('100', '%').value).toEqual({ kind: 'percent', number: 100, text: null, raw: '100' });
    expect(read('12,17', '%').value).toMatchObject({ kind: 'percent', number: 12.17 });
    expect(read('11,7', '%').value).toMatchObject({ kind: 'percent', number: 11.7 });
    expect(read('0', '%').value).toMatchObject({ kind: 'percent', number: 0 });
    expect(read('45', 'Tỷ lệ (%)').value).toMatchObject({ kind: 'percent', number: 45 });
  });

  it('keeps a note that is not a fraction as a note', () => {
    const { value } = read('5%', '%', 'Các văn bản mật');
    expect(value).toEqual({ kind: 'percent', number: 5, text: null, raw: '5%' });
  });
});

describe('readValue: fractions', () => {
  it('reads a fraction alone as its percentage', () => {
    const { value, messages } = read('264/267', 'Văn bản');
    expect(value).toMatchObject({ kind: 'fraction', numerator: 264, denominator: 267, raw: '264/267' });
    expect(value.number).toBeCloseTo(98.876404, 5);
    expect(normalisedValueText(value)).toBe('98.876404');
    expect(messages).toEqual([]);
  });

  it('reads grouped numbers in a fraction', () => {
    expect(read('64.632/193.667', '', '', 'vi').value).toMatchObject({ kind: 'fraction', numerator: 64632, denominator: 193667 });
    expect(read('264 / 267', '').value).toMatchObject({ kind: 'fraction', numerator: 264, denominator: 267 });
  });

  it('keeps a fraction under a bare % unit a fraction (no percentage is printed)', () => {
    expect(read('3/4', '%').value).toMatchObject({ kind: 'fraction', number: 75, numerator: 3, denominator: 4 });
  });

  it('gives no percentage for x/0', () => {
    const { value, messages } = read('0/0', 'Hồ sơ');
    expect(value).toMatchObject({ kind: 'fraction', number: null, numerator: 0, denominator: 0 });
    expect(normalisedValueText(value)).toBe('');
    expect(messages.map((m) => m.code)).toEqual(['value/zero-denominator']);
  });

  it('does not take a date for a fraction', () => {
    const { value, messages } = read('22/3/2021', '');
    expect(value).toEqual({ kind: 'text', number: null, text: '22/3/2021', raw: '22/3/2021' });
    expect(messages).toEqual([]);
  });
});

describe('readValue: a printed percentage beside its fraction', () => {
  it('takes the percent printed in the unit and keeps the fraction (seed 000:310)', () => {
    const { value, messages } = read('264/267', '98,87%');
    expect(value).toEqual({ kind: 'percent', number: 98.87, text: null, numerator: 264, denominator: 267, raw: '98,87% | 264/267' });
    expect(messages).toEqual([]);
  });

  it('takes 1,13% for 3/267 (seed 000:311; 3/267 is 1.12%, within rounding)', () => {
    const { value, messages } = read('3/267', '1,13%');
    expect(value).toMatchObject({ kind: 'percent', number: 1.13, numerator: 3, denominator: 267 });
    expect(messages).toEqual([]);
  });

  it('takes the fraction from the note (seed 003:420)', () => {
    const { value, messages } = read('33,4%', 'Hồ sơ', '64.632/193.667', 'vi');
    expect(value).toEqual({ kind: 'percent', number: 33.4, text: null, numerator: 64632, denominator: 193667, raw: '33,4% | 64.632/193.667' });
    expect(messages).toEqual([]);
  });

  it('says when the fraction in the note was read by the default for a lone dot', () => {
    const { value, messages } = read('33,4%', 'Hồ sơ', '64.632/193.667');
    expect(value).toMatchObject({ numerator: 64632, denominator: 193667 });
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['info', 'value/ambiguous-separator']]);
  });

  it('takes a parenthesised fraction from the note, and one under a % unit', () => {
    expect(read('10,74', '%', '(20.801/193.667)', 'vi').value).toMatchObject({ kind: 'percent', number: 10.74, numerator: 20801, denominator: 193667 });
  });

  it('pairs a percentage and a fraction printed in the value cell together', () => {
    expect(read('98,87% (264/267)', '%').value).toMatchObject({ kind: 'percent', number: 98.87, numerator: 264, denominator: 267, remark: '(264/267)' });
    expect(read('264/267 (98,87%)', '').value).toMatchObject({ kind: 'percent', number: 98.87, numerator: 264, denominator: 267, remark: '(98,87%)' });
  });

  it('warns when the percentage does not match its fraction', () => {
    const { value, messages } = read('264/267', '89,87%');
    expect(value).toMatchObject({ kind: 'percent', number: 89.87, numerator: 264, denominator: 267 });
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['warning', 'value/percent-fraction-mismatch']]);
  });
});

describe('readValue: yes/no and coded answers', () => {
  it.each([
    ['Có', 1],
    ['có', 1],
    ['CÓ', 1],
    ['Không', 0],
    ['KHÔNG', 0],
    ['Đạt', 1],
    ['Không đạt', 0],
    ['Co\u0301', 1],
  ])('reads “%s” as %s', (text, n) => {
    const { value, messages } = read(text, 'Cơ quan, đơn vị');
    expect(value).toEqual({ kind: 'boolean', number: n, text: null, raw: text });
    expect(messages).toEqual([]);
  });

  it('leaves "Đã" and "Chưa" as text without a code list', () => {
    expect(read('Đã', '').value).toMatchObject({ kind: 'text', text: 'Đã', number: null });
    expect(read('Chưa', '').value).toMatchObject({ kind: 'text', text: 'Chưa', number: null });
  });

  it.each([
    ['1', 'Chưa = 0 Hoàn thành = 1', 1, 'Hoàn thành'],
    ['1', 'Đã kết nối = 1 Chưa kết nối = 2', 1, 'Đã kết nối'],
    ['0', 'Chưa = 0 Đang làm = 1 Hoàn thành = 2', 0, 'Chưa'],
    ['2', 'Chưa = 0 Đang làm = 1 Hoàn thành = 2', 2, 'Hoàn thành'],
    ['1', 'Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2', 1, 'Phát phiếu'],
    ['1', 'Có = 1; Không = 0', 1, 'Có'],
    ['1', 'Hoàn thành=1', 1, 'Hoàn thành'],
    ['2', 'Chưa có = 0 2 cấp = 1 3 cấp = 2', 2, '3 cấp'],
    ['0', 'Đã thực hiện = 1 Chưa thực hiện = 0', 0, 'Chưa thực hiện'],
  ])('reads %s against “%s”', (text, unit, code, meaning) => {
    const { value } = read(text, unit);
    expect(value.kind).toBe('code');
    expect(value.number).toBe(code);
    expect(value.codeList).toBe(unit);
    expect(value.codeMeaning).toBe(meaning);
    expect(value.raw).toBe(text);
  });

  it('keeps a code that is not in the list, with a warning (seed 002:329)', () => {
    const { value, messages } = read('3', 'Chưa có = 0 2 cấp = 1 3 cấp = 2');
    expect(value).toEqual({ kind: 'code', number: 3, text: null, codeList: 'Chưa có = 0 2 cấp = 1 3 cấp = 2', raw: '3' });
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['warning', 'value/code-not-listed']]);
  });

  it('reads a partial list as a code list (seeds 000:302, 001:269)', () => {
    expect(read('1', 'Chưa = 0').value).toMatchObject({ kind: 'code', number: 1, codeList: 'Chưa = 0' });
    expect(read('1', 'Chưa = 0').value.codeMeaning).toBeUndefined();
    expect(codesOf('1', 'Chưa = 0')).toEqual(['value/code-not-listed']);
    expect(read('0', 'Chưa hoàn thành = 2').value).toMatchObject({ kind: 'code', number: 0 });
    expect(read('0', '2 cấp = 1').value).toMatchObject({ kind: 'code', number: 0 });
  });

  it('reads a label of the list spelled out as its code', () => {
    expect(read('Hoàn thành', 'Chưa = 0 Hoàn thành = 1').value).toMatchObject({ kind: 'code', number: 1, codeMeaning: 'Hoàn thành' });
    expect(read('có', 'Có = 1; Không = 0').value).toMatchObject({ kind: 'code', number: 1, codeMeaning: 'Có' });
  });

  it('warns when the unit lists codes and the value is something else', () => {
    const { value, messages } = read('Đang triển khai', 'Chưa = 0 Hoàn thành = 1');
    expect(value).toMatchObject({ kind: 'text', text: 'Đang triển khai' });
    expect(messages.map((m) => m.code)).toEqual(['value/code-not-listed']);
    expect(read('Có', 'Chưa = 0 Hoàn thành = 1').value).toMatchObject({ kind: 'boolean', number: 1 });
    expect(codesOf('Có', 'Chưa = 0 Hoàn thành = 1')).toEqual(['value/code-not-listed']);
  });

  it('gives an empty code cell no value', () => {
    const { value, messages } = read('', 'Chưa = 0 Hoàn thành = 1');
    expect(value).toEqual({ kind: 'empty', number: null, text: null, raw: '' });
    expect(messages).toEqual([]);
  });
});

describe('readValue: empty and text cells', () => {
  it.each(['', '   ', '\u00a0'])('reads “%s” as empty, never 0', (text) => {
    const { value, messages } = read(text, 'Người');
    expect(value).toEqual({ kind: 'empty', number: null, text: null, raw: text });
    expect(messages).toEqual([]);
  });

  it.each(['-', '—', '–', '--'])('reads a lone dash “%s” as not reported', (text) => {
    const { value, messages } = read(text, 'Người');
    expect(value).toEqual({ kind: 'empty', number: null, text: null, raw: text });
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['info', 'value/dash-as-empty']]);
  });

  it('takes no value from a number in the unit cell, and says so (seed 000:172)', () => {
    const { value, messages } = read('', '1');
    expect(value.kind).toBe('empty');
    expect(value.number).toBeNull();
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['info', 'value/number-in-unit']]);
  });

  it('keeps text answers as text with no warning', () => {
    const text = 'Ban Dân tộc không có Bộ phận một cửa';
    expect(read(text, '')).toEqual({ value: { kind: 'text', number: null, text, raw: text }, messages: [] });
    expect(read('Email', '').value).toMatchObject({ kind: 'text', text: 'Email', number: null });
    expect(read('15/01/2024', '').messages).toEqual([]);
  });

  it.each(['1,2,3', '1.23.4', '5-7', '02/QĐ-BDT', '12 15', '%'])('keeps “%s” as text with a warning', (text) => {
    const { value, messages } = read(text, 'Người');
    expect(value).toEqual({ kind: 'text', number: null, text, raw: text });
    expect(messages.map((m) => [m.severity, m.code])).toEqual([['warning', 'value/unparsed']]);
  });

  it('keeps the raw cell as given and normalises the text to NFC', () => {
    const nfd = 'Đa\u0303 triển khai'.normalize('NFD');
    const { value } = read(`  ${nfd} `, '');
    expect(value.raw).toBe(`  ${nfd} `);
    expect(value.text).toBe('Đã triển khai'.normalize('NFC'));
  });
});

describe('normalisedValueText', () => {
  const v = (over: Partial<ParsedValue>): ParsedValue => ({ kind: 'number', number: null, text: null, raw: '', ...over });

  it('writes numbers plainly', () => {
    expect(normalisedValueText(read('98,87%', '%').value)).toBe('98.87');
    expect(normalisedValueText(read('2.028', 'Thủ tục', '', 'vi').value)).toBe('2028');
    expect(normalisedValueText(read('0,5', '').value)).toBe('0.5');
    expect(normalisedValueText(read('1.234.567,89', '').value)).toBe('1234567.89');
    expect(normalisedValueText(v({ number: 0.1 + 0.2 }))).toBe('0.3');
  });

  it('writes the text of a text cell and nothing for an empty one', () => {
    expect(normalisedValueText(read('Ban Dân tộc không có đơn vị', '').value)).toBe('Ban Dân tộc không có đơn vị');
    expect(normalisedValueText(read('', '%').value)).toBe('');
    expect(normalisedValueText(read('-', '%').value)).toBe('');
  });

  it('writes the number of a yes/no or coded answer', () => {
    expect(normalisedValueText(read('Có', '').value)).toBe('1');
    expect(normalisedValueText(read('Không', '').value)).toBe('0');
    expect(normalisedValueText(read('2', 'Chưa = 0 Đang làm = 1 Hoàn thành = 2').value)).toBe('2');
  });
});

// End to end over the seeds: the recogniser's rows, the document's decimal style as the pipeline
// guesses it, and the values read by hand in fixtures/seeds/expected/.
describe.each(['000', '001', '002', '003'])('readValue on seed %s', (prefix) => {
  const { rows } = recogniseAppendix(readText(seedBytes(prefix), `${prefix}.txt`));
  const decimalStyle = guessDecimalStyle(rows.map((r) => r.value));
  const readings = new Map(rows.map((r) => [r.position.line, readValue({ value: r.value, unit: r.unit, note: r.note }, { decimalStyle })]));

  it('gives every hand-read value', () => {
    const expected = readExpectedTsv(`${prefix}.tsv`);
    expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) {
      const reading = readings.get(Number(e.line));
      expect(reading, `line ${e.line}`).toBeDefined();
      expect(normalisedValueText(reading!.value), `line ${e.line}`).toBe(e.value);
    }
  });

  it('gives the hand-read kind (a percent printed beside its fraction is "percent" here)', () => {
    for (const e of readExpectedTsv(`${prefix}.tsv`)) {
      // expected/000.tsv calls 000:310-311 "fraction"; the issue asks for kind percent with the
      // fraction kept (pinned down in "a printed percentage beside its fraction" above).
      const kind = e.kind === 'fraction' ? 'percent' : e.kind;
      expect(readings.get(Number(e.line))!.value.kind, `line ${e.line}`).toBe(kind);
    }
  });

  it('gives no value, never 0, for the hand-read empty cells', () => {
    for (const e of readExpectedTsv(`${prefix}.empty.tsv`)) {
      const reading = readings.get(Number(e.line));
      expect(reading?.value.kind, `line ${e.line}`).toBe('empty');
      expect(reading?.value.number, `line ${e.line}`).toBeNull();
    }
  });

  it('raises no warning other than codes outside their list', () => {
    const warnings = [...readings.values()].flatMap((r) => r.messages).filter((m) => m.severity === 'warning');
    expect(warnings.map((m) => m.code).filter((c) => c !== 'value/code-not-listed')).toEqual([]);
  });
});

describe('decimal styles of the seeds', () => {
  it.each([
    ['001', 'en'],
    ['003', 'vi'],
  ])('guesses seed %s as %s', (prefix, style) => {
    const { rows } = recogniseAppendix(readText(seedBytes(prefix), `${prefix}.txt`));
    expect(guessDecimalStyle(rows.map((r) => r.value))).toBe(style);
  });
});
