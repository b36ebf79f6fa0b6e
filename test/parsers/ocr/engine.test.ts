/**
 * A cell read as Tesseract's TSV (parsers/ocr/engine.ts readOfTsv) gives what the block tree gave:
 * the TSV below is Tesseract's for a label cell of fixtures/scans/003-200dpi-gray.pdf, with an
 * empty word put in its last line.
 */
import { describe, expect, it } from 'vitest';
import { readOfTsv } from '../../../parsers/ocr/engine.js';

const TSV = [
  '1\t1\t0\t0\t0\t0\t0\t0\t700\t120\t-1\t',
  '4\t1\t1\t1\t1\t0\t205\t0\t68\t12\t-1\t',
  '5\t1\t1\t1\t1\t1\t205\t0\t68\t12\t0.000000\t1v',
  '4\t1\t1\t1\t2\t0\t100\t33\t599\t43\t-1\t',
  '5\t1\t1\t1\t2\t1\t100\t54\t64\t22\t89.155777\t353',
  '5\t1\t1\t1\t2\t2\t207\t33\t32\t24\t93.305534\tSố',
  '5\t1\t1\t1\t2\t3\t249\t35\t84\t22\t83.361282\tTTHG',
  '4\t1\t1\t1\t3\t0\t117\t71\t229\t31\t-1\t',
  '5\t1\t1\t1\t3\t1\t205\t76\t52\t25\t88.027824\tlưực',
  '5\t1\t1\t1\t3\t2\t230\t76\t2\t25\t95.000000\t',
  '5\t1\t1\t1\t3\t3\t266\t71\t80\t31\t96.783958\ttuyến.',
  '',
].join('\n');

describe('readOfTsv', () => {
  const read = readOfTsv(TSV, 61);

  it('gives each line its words and box, an empty word kept as Tesseract writes it', () => {
    expect(read.lines.map((l) => [l.text, l.x0, l.y0, l.x1, l.y1])).toEqual([
      ['1v', 205, 0, 273, 12],
      ['353 Số TTHG', 100, 33, 699, 76],
      ['lưực  tuyến.', 117, 71, 346, 102],
    ]);
    expect(read.text).toBe('1v\n353 Số TTHG\nlưực  tuyến.');
  });

  it('takes the lowest word confidence cut to a whole number, blank words left out, and the mean as given', () => {
    expect(read.lowest).toBe(0);
    expect(readOfTsv(TSV.split('\n').slice(3).join('\n'), 61).lowest).toBe(83);
    expect(read.confidence).toBe(61);
  });

  it('reads nothing from an empty TSV', () => {
    expect(readOfTsv('', 0)).toEqual({ text: '', confidence: 0, lowest: 0, lines: [] });
  });
});
