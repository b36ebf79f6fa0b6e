import { describe, expect, it } from 'vitest';
import { isTrongDoMarker, parseSttPath } from '../../src/recognise/stt.js';

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
