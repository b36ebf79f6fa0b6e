import { describe, expect, it } from 'vitest';
import { HEADING_NUMBER, isSttToken, isTrongDoMarker, LIST_MARKER, NUMBERING_SCHEMES, parseSttPath, STT_TOKEN } from '../../common/numbering.js';

describe('NUMBERING_SCHEMES', () => {
  it.each(NUMBERING_SCHEMES.map((s) => [s.name, s] as const))('%s reads its examples, and they are STTs', (_name, scheme) => {
    const whole = new RegExp(`^(${scheme.source})$`, 'iu');
    for (const example of scheme.examples) {
      expect(whole.test(example), example).toBe(true);
      expect(isSttToken(example), example).toBe(true);
    }
  });
});

describe('STT_TOKEN', () => {
  it('takes the numbers, numerals, letters and signs printed in the STT column', () => {
    for (const stt of ['1', '1.', '3.4.1.1', '3.4.1.1.1', '(1)', '1.1)', 'I.', 'II', 'vii.', 'a)', 'b.', '(c)', 'đ)', '-', '+', '*', '•']) {
      expect(STT_TOKEN.test(stt), stt).toBe(true);
    }
  });

  it('refuses words, dates, six-level paths and four-digit numbers', () => {
    for (const stt of ['', 'Trong đó', 'a', 'ab)', '1.1.1.1.1.1', '2024', '14/3/2024', '1,5', '--']) expect(isSttToken(stt), stt).toBe(false);
  });
});

describe('LIST_MARKER', () => {
  it('is a marker and a space at the start of a line', () => {
    for (const line of ['- Số hồ sơ', '+ cấp xã', '• mục', '– mục', 'a) cấp tỉnh', '(b) cấp huyện', '2) cấp xã']) expect(LIST_MARKER.test(line), line).toBe(true);
    for (const line of ['-5', 'a)b', '1. Số', '123) x', 'ab) x']) expect(LIST_MARKER.test(line), line).toBe(false);
  });
});

describe('HEADING_NUMBER', () => {
  it('is the number in front of a folded heading', () => {
    expect('ii. cai cach the che'.replace(HEADING_NUMBER, '')).toBe('cai cach the che');
    expect('3) cai cach tthc'.replace(HEADING_NUMBER, '')).toBe('cai cach tthc');
    expect('7 chuyen doi so'.replace(HEADING_NUMBER, '')).toBe('chuyen doi so');
    expect('cai cach the che'.replace(HEADING_NUMBER, '')).toBe('cai cach the che');
  });
});

describe('parseSttPath', () => {
  it('reads an STT however its end is printed', () => {
    expect(parseSttPath('3.4.1.1.')).toEqual([3, 4, 1, 1]);
    expect(parseSttPath('2.4.2')).toEqual([2, 4, 2]);
    expect(parseSttPath('1.1)')).toEqual([1, 1]);
    expect(parseSttPath('(3)')).toEqual([3]);
    expect(parseSttPath(' 7 ')).toEqual([7]);
  });

  it('is null for what is no number path', () => {
    for (const stt of ['', '-', 'a)', 'II.', 'Trong đó', '1.1.1.1.1.1a', '2024-03']) expect(parseSttPath(stt), stt).toBeNull();
  });
});

describe('isTrongDoMarker', () => {
  it('"Trong đó", or its halves split by a page break', () => {
    expect(['Trong đó', 'Trong', 'đó', 'Trong đó:', 'Tron g đó', 'Trong đ ó'].every(isTrongDoMarker)).toBe(true);
    expect(['Tổng số', 'Trong số đó', 'đó là'].some(isTrongDoMarker)).toBe(false);
  });
});
