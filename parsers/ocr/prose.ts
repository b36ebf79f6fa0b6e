/**
 * The text of a scanned page outside its tables (the letterhead, the report's title and body,
 * the appendix caption, a table printed without rules): read as one block (PSM 6), each word a
 * run at its place (words.ts), so parsers/positioned/ builds lines, paragraphs and aligned tables
 * as it does for a digital PDF. The unit, province and period are read from it (src/metadata/).
 */
import type { Grid } from '../positioned/grid.js';
import type { TextRun } from '../positioned/types.js';
import type { OcrEngine } from './engine.js';
import { shrink, type GrayImage } from './image.js';
import type { PageRaster } from './cells.js';
import { looksTabular, wordRuns } from './words.js';

/** Less ink than this share of the page outside the tables: nothing to read. */
const MIN_INK_SHARE = 0.0005;
/** Lines Tesseract is this unsure of are noise read as letters (speckle, a stamp's edge). */
const MIN_LINE_CONFIDENCE = 30;
const PROSE_DPI = 200;

/** The page with its tables blanked out, and the box of the ink left, or null when there is none. */
function outsideTables(raster: PageRaster, grids: readonly Grid[]): { image: GrayImage; x: number; y: number } | null {
  const { image, ink, dpi } = raster;
  const scale = dpi / 72;
  const tables = grids.map((g) => ({
    x0: Math.max(0, Math.floor(g.xs[0]! * scale) - 4),
    x1: Math.min(image.width, Math.ceil(g.xs[g.xs.length - 1]! * scale) + 4),
    y0: Math.max(0, Math.floor(g.ys[0]! * scale) - 4),
    y1: Math.min(image.height, Math.ceil(g.ys[g.ys.length - 1]! * scale) + 4),
  }));
  // Ink not under a table, and its box: each pixel row is scanned in the stretches between the
  // tables that cross it (no page-sized copies: at 300 dpi a page is 8.7 million pixels).
  const outside = (y: number) => {
    const across = tables.filter((t) => y >= t.y0 && y < t.y1).sort((a, b) => a.x0 - b.x0);
    const stretches: [number, number][] = [];
    let x = 0;
    for (const t of across) {
      if (t.x0 > x) stretches.push([x, t.x0]);
      x = Math.max(x, t.x1);
    }
    if (x < image.width) stretches.push([x, image.width]);
    return stretches;
  };
  let total = 0;
  let minX = image.width;
  let minY = image.height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    for (const [from, to] of outside(y)) {
      for (let x = from; x < to; x++) {
        if (!ink[row + x]) continue;
        total++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (total < MIN_INK_SHARE * image.width * image.height) return null;
  const margin = Math.round(dpi / 20);
  const x = Math.max(0, minX - margin);
  const y = Math.max(0, minY - margin);
  // As crop() would cut it from the blanked page: up to the ink's far edge plus the margin, within the page.
  const width = Math.min(image.width, Math.ceil(x + maxX - x + margin)) - x;
  const height = Math.min(image.height, Math.ceil(y + maxY - y + margin)) - y;
  const data = new Uint8Array(width * height).fill(255);
  for (let j = 0; j < height; j++) {
    const row = (y + j) * image.width;
    for (const [from, to] of outside(y + j)) {
      for (let i = Math.max(from, x); i < Math.min(to, x + width); i++) if (ink[row + i]) data[j * width + i - x] = 0;
    }
  }
  return { image: { width, height, data }, x, y };
}

export async function readProse(engine: OcrEngine, raster: PageRaster, grids: readonly Grid[]): Promise<TextRun[]> {
  const region = outsideTables(raster, grids);
  if (!region) return [];
  // Prose is read at 200 dpi at most: body text reads as well, in half the time of 300 dpi.
  const factor = Math.min(1, PROSE_DPI / raster.dpi);
  const image = factor < 1 ? shrink(region.image, factor) : region.image;
  // One block (PSM 6), not Tesseract's own layout (PSM 3): its layout takes a table printed
  // without rules for columns of text, reads them apart and drops the narrow ones (the STTs of
  // fixtures/scans/002-300dpi-mono-borderless were lost); as one block each line runs across
  // the page, and words.ts places its words. The other scans read as well so (test/parsers/ocr/scans.test.ts).
  const read = await engine.read(image, 'prose', Math.round(raster.dpi * factor));
  const place = { scale: (raster.dpi * factor) / 72, x: region.x * factor, y: region.y * factor };
  const lines = read.lines.filter((line) => line.text !== '' && line.confidence >= MIN_LINE_CONFIDENCE);
  const tabular = looksTabular(lines);
  const runs: TextRun[] = [];
  for (const line of lines) runs.push(...(await wordRuns(engine, raster, line, place, tabular)));
  return runs;
}
