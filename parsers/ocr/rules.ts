/**
 * Ruling lines of a scanned table: long runs of ink along a pixel row (horizontal rules) or
 * column (vertical rules), with gaps of a pixel or two bridged (a thin line breaks up when it
 * is thresholded or printed by a worn toner). Each run is one `Rule` in points, one pixel
 * thick; parsers/positioned/grid.ts merges the runs of one line (collinear within 1.5 pt) and
 * builds the grid from them exactly as it does from a digital PDF's drawn borders.
 */
import type { Rule } from '../positioned/types.js';

/** Shortest horizontal rule (points): the narrowest cell border, an STT column, is wider. */
const MIN_HORIZONTAL_PT = 24;
/** Shortest vertical rule (points): one row of one line of text is about 15 pt high, and borders run across rows. */
const MIN_VERTICAL_PT = 18;
/** Gap bridged inside a run (points). */
const GAP_PT = 0.8;

export interface Mask {
  width: number;
  height: number;
  /** 1 = ink. */
  ink: Uint8Array;
}

/** Runs of ink of at least `minLength` along line `at`; `get(at, i)` reads the pixel. */
function runsAlong(length: number, minLength: number, gap: number, get: (i: number) => number, emit: (from: number, to: number) => void): void {
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && get(i) === 1;
    if (ink) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && i - lastInk > gap) {
      if (lastInk - start + 1 >= minLength) emit(start, lastInk + 1);
      start = -1;
    }
  }
}

/** Rules of a page image at `dpi`, in points from its top-left corner. */
export function findRules(mask: Mask, dpi: number): Rule[] {
  const toPt = 72 / dpi;
  const minH = Math.round(MIN_HORIZONTAL_PT / toPt);
  const minV = Math.round(MIN_VERTICAL_PT / toPt);
  const gap = Math.max(1, Math.round(GAP_PT / toPt));
  const { width, height, ink } = mask;
  const rules: Rule[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    runsAlong(width, minH, gap, (x) => ink[row + x]!, (from, to) => rules.push({ x1: from * toPt, y1: (y + 0.5) * toPt, x2: to * toPt, y2: (y + 0.5) * toPt }));
  }
  for (let x = 0; x < width; x++) {
    runsAlong(height, minV, gap, (y) => ink[y * width + x]!, (from, to) => rules.push({ x1: (x + 0.5) * toPt, y1: from * toPt, x2: (x + 0.5) * toPt, y2: to * toPt }));
  }
  return rules;
}
