/**
 * Scanned pages → positioned pages (issue #14): each page picture is turned upright, its skew
 * taken out, its ruling lines found, its table cells read one by one and the rest of its text
 * read as prose. The result is what the PDF adapter makes of a digital page (runs and rules in
 * points), so parsers/positioned/ rebuilds it into the same IR, and the recogniser, self-checks
 * and matcher run unchanged. Problems are messages on the page; a page that cannot be read is
 * left out with a warning.
 */
import { message, type Message } from '../ir.js';
import { findGrids } from '../positioned/grid.js';
import type { PositionedPage } from '../positioned/types.js';
import { readGridCells, type PageRaster } from './cells.js';
import type { OcrEngine } from './engine.js';
import { inkMask, otsuThreshold, rotateQuarters, rotateSmall, type GrayImage } from './image.js';
import { uprightTurns } from './orientation.js';
import { readProse } from './prose.js';
import { despeckle } from './despeckle.js';
import { findRules } from './rules.js';
import { estimateSkew } from './skew.js';

/** Below this the strokes of a 12-pt letter are a pixel or two: Tesseract reads guesses. */
export const MIN_DPI = 150;

export interface ScannedPage {
  number: number;
  image: GrayImage;
  dpi: number;
  /** Rendered by pdf.js (a page with no picture of its own), not taken as stored. */
  rendered?: boolean;
}

export interface ReadScanPage {
  page: PositionedPage;
  /** What was done to the picture, for the page's info message. */
  turns: number;
  skew: number;
  tables: number;
  cells: number;
  seconds: number;
}

/** A page picture made upright: skew taken out, then turned; the same steps for the import and for `explain --crop`. */
export interface UprightPicture {
  image: GrayImage;
  ink: Uint8Array;
  turns: number;
  skew: number;
}

export async function uprightPicture(engine: OcrEngine, scan: ScannedPage): Promise<UprightPicture> {
  let image = scan.image;
  const threshold = otsuThreshold(image);
  let ink = inkMask(image, threshold);
  // Skew first: a skewed window reads badly at every turn. Lines across a page on its side (a
  // table's column rules, its rows of text) give the skew as well as upright ones.
  const skew = estimateSkew(image, ink);
  if (skew.degrees !== 0) {
    image = rotateSmall(image, -skew.degrees);
    ink = inkMask(image, threshold);
  }
  const turns = await uprightTurns(engine, image, ink, scan.dpi);
  if (turns !== 0) {
    image = rotateQuarters(image, turns);
    ink = inkMask(image, threshold);
  }
  return { image, ink, turns, skew: skew.degrees };
}

export async function readScannedPage(engine: OcrEngine, scan: ScannedPage): Promise<ReadScanPage> {
  const started = performance.now();
  const { image, ink, turns, skew } = await uprightPicture(engine, scan);
  despeckle(ink, image.width, image.height, scan.dpi);
  const raster: PageRaster = { number: scan.number, image, ink, dpi: scan.dpi };
  const rules = findRules({ width: image.width, height: image.height, ink }, scan.dpi);
  const grids = findGrids(rules).filter((g) => g.xs.length >= 3);
  const runs = [];
  let cells = 0;
  for (const grid of grids) {
    const read = await readGridCells(engine, raster, grid);
    cells += read.length;
    runs.push(...read);
  }
  runs.push(...(await readProse(engine, raster, grids)));
  const toPt = 72 / scan.dpi;
  return {
    page: { number: scan.number, width: image.width * toPt, height: image.height * toPt, runs, rules },
    turns,
    skew,
    tables: grids.length,
    cells,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The info message of a page read by OCR: how it was turned and how long it took. */
export function pageReadMessage(file: string, scan: ScannedPage, read: ReadScanPage): Message {
  const turned = read.turns === 0 ? '' : `, turned ${read.turns * 90}°`;
  const rendered = scan.rendered ? ', rendered: it has no picture of its own' : '';
  const skewed = read.skew === 0 ? '' : `, skew ${read.skew}° taken out`;
  return message(
    'info',
    'ocr/page-read',
    `page ${scan.number} was read by OCR (${scan.dpi} dpi${rendered}${turned}${skewed}): ${read.tables} table(s), ${read.cells} cell(s) read, ${read.seconds.toFixed(1)} s`,
    { file, page: scan.number, line: 1 },
  );
}
