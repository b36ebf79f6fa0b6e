/**
 * The picture steps of the OCR adapter on small hand-drawn images: ruling lines, skew, speckle,
 * glyph counts, quarter turns. No OCR engine runs here.
 */
import { describe, expect, it } from 'vitest';
import { despeckle } from '../../../parsers/ocr/despeckle.js';
import { countTallBlots, tallGlyphsOf } from '../../../parsers/ocr/glyphs.js';
import { inkMask, rotateQuarters, rotateSmall, type GrayImage } from '../../../parsers/ocr/image.js';
import { findRules } from '../../../parsers/ocr/rules.js';
import { estimateSkew } from '../../../parsers/ocr/skew.js';
import { findGrids } from '../../../parsers/positioned/grid.js';

function blank(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

function fill(image: GrayImage, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) image.data[y * image.width + x] = 0;
}

/** A 3-column, 4-row ruled table at 144 dpi (2 pixels a point): borders 2 pixels thick. */
function ruledTable(): GrayImage {
  const image = blank(600, 400);
  for (const y of [50, 110, 170, 230, 290]) fill(image, 40, y, 562, y + 2);
  for (const x of [40, 120, 420, 560]) fill(image, x, 50, x + 2, 292);
  return image;
}

describe('ruling lines of a scan', () => {
  it('finds the borders of a ruled table, in points, and the grid they make', () => {
    const image = ruledTable();
    const grids = findGrids(findRules({ width: image.width, height: image.height, ink: inkMask(image, 128) }, 144));
    expect(grids).toHaveLength(1);
    // A border on pixels 40 and 41 has its middle at pixel 41, that is 20.5 pt.
    expect(grids[0]!.xs.map((x) => Math.round(x * 10) / 10)).toEqual([20.5, 60.5, 210.5, 280.5]);
    expect(grids[0]!.ys.map((y) => Math.round(y * 10) / 10)).toEqual([25.5, 55.5, 85.5, 115.5, 145.5]);
    expect(grids[0]!.cells).toHaveLength(12);
  });

  it('takes no rule from text-sized strokes', () => {
    const image = blank(300, 100);
    // A word's strokes: 20 pixels (10 pt) long at 144 dpi, shorter than any rule.
    for (let x = 20; x < 200; x += 30) fill(image, x, 40, x + 20, 42);
    fill(image, 250, 20, 252, 40);
    expect(findRules({ width: image.width, height: image.height, ink: inkMask(image, 128) }, 144)).toEqual([]);
  });
});

describe('skew', () => {
  it('measures a table turned by 1.5° and is straight again once turned back', () => {
    const skewed = rotateSmall(ruledTable(), 1.5);
    const skew = estimateSkew(skewed, inkMask(skewed, 128));
    expect(skew.degrees).toBeGreaterThan(1.4);
    expect(skew.degrees).toBeLessThan(1.6);
    const straight = rotateSmall(skewed, -skew.degrees);
    expect(estimateSkew(straight, inkMask(straight, 128)).degrees).toBe(0);
  });

  it('leaves a straight page alone', () => {
    const image = ruledTable();
    expect(estimateSkew(image, inkMask(image, 128)).degrees).toBe(0);
  });
});

describe('quarter turns', () => {
  it('turns a 3 × 2 image clockwise, back and upside down', () => {
    const image: GrayImage = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    const turned = rotateQuarters(image, 1);
    expect([turned.width, turned.height]).toEqual([2, 3]);
    expect([...turned.data]).toEqual([4, 1, 5, 2, 6, 3]);
    expect([...rotateQuarters(turned, 3).data]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...rotateQuarters(image, 2).data]).toEqual([6, 5, 4, 3, 2, 1]);
  });
});

describe('speckle', () => {
  it('takes out dots of one or two pixels and keeps a full stop of 3 × 3', () => {
    const image = blank(40, 20);
    image.data[5 * 40 + 5] = 0;
    fill(image, 10, 5, 12, 6);
    fill(image, 20, 10, 23, 13);
    const ink = inkMask(image, 128);
    expect(despeckle(ink, 40, 20, 200)).toBe(3);
    expect(ink.reduce((s, v) => s + v, 0)).toBe(9);
  });
});

describe('glyph count', () => {
  /** "11": two tall strokes; "80" as two rings; a full stop between digits is small. */
  it('counts tall blots and not dots', () => {
    const image = blank(60, 30);
    fill(image, 5, 5, 8, 25);
    fill(image, 15, 5, 18, 25);
    fill(image, 22, 22, 25, 25);
    fill(image, 30, 5, 33, 25);
    const ink = inkMask(image, 128);
    expect(countTallBlots(ink, 60, 30)).toBe(3);
  });

  it('says how many glyphs a figure has', () => {
    expect(tallGlyphsOf('1.579')).toEqual([4, 4]);
    expect(tallGlyphsOf('22 (100%)')).toEqual([8, 10]);
    expect(tallGlyphsOf('264/267')).toEqual([7, 7]);
    expect(tallGlyphsOf('Có')).toBeNull();
  });
});
