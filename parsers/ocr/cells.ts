/**
 * The cells of a scanned table read one by one (issue #14): each cell is cut out inside its
 * borders, what is left of the rules is cleared, and Tesseract reads it alone, so a ruling line
 * never runs through the text it reads. A cell whose text looks like a figure or an STT is read a
 * second time as one line restricted to the characters figures are written with; the two reads
 * must agree, else the cell says so (`disagreement`) and its row goes to review
 * (src/recognise/ocr-doubt.ts); so must the number of its glyphs and the tall blots of its ink
 * (glyphs.ts), after a second look at the cell as scanned. Each cell becomes one positioned run
 * carrying its evidence.
 */
import type { Grid } from '../positioned/grid.js';
import type { OcrEvidence, TextRun } from '../positioned/types.js';
import { crop, enlarge, pad, type GrayImage } from './image.js';
import { repairAcronyms } from './acronyms.js';
import type { OcrEngine } from './engine.js';
import { countTallBlots, tallGlyphsOf } from './glyphs.js';

/** What a figure or an STT is written with, Có and Không included: worth the second, restricted read. */
/** Có or Không: the words a yes-or-no value cell holds. */
const YES_NO = /^(có|không)$/iu;
export const FIGURE_SHAPED = new RegExp(`^(?=.*\\d)[\\d\\s.,/%()\\-–]+$|${YES_NO.source}`, 'iu');
/** A cell with fewer ink pixels than this (at 300 dpi; scaled by area) is empty: specks, a dot. */
const MIN_INK_300 = 40;
/**
 * Cells are read as if scanned at this resolution (enlarged): the dots inside an STT (3.5.1.) are
 * lost at 200 dpi.
 */
const READ_DPI = 400;
/** Ink narrower than this (points) is a figure, an STT or a measure word rather than a label. */
const NARROW_PT = 90;
/** A pixel row or column of the cut-out that is this share ink is what is left of a rule. */
const RULE_SHARE = 0.7;
/**
 * The text model's lowest word confidence under which its read of a figure does not stand
 * against the digit model's; the digit model's at or over which its own read is taken then.
 * Right digit reads on the fixture scans scored 92–96, the text model's misreads 20–58.
 */
const TEXT_MODEL_UNSURE = 70;
const DIGIT_MODEL_SURE = 90;
/** Characters (spaces left out) of the longest STT or figure a short unsure read may be: "3.5.1.". */
const SHORT_READ = 6;

export interface PageRaster {
  number: number;
  image: GrayImage;
  /** 1 = ink, same size as the image. */
  ink: Uint8Array;
  dpi: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The ink of a box as a clean black-on-white image, with rule remains cleared; null when empty. */
export interface CellCut {
  /** As read first: enlarged when narrow. */
  image: GrayImage;
  dpi: number;
  /** As scanned, for a second look when the first read's glyphs do not match the ink. */
  scanned: GrayImage;
  ink: Box;
  /** Tall blots of ink (glyphs.ts). */
  blots: number;
}

export function cellInk(raster: PageRaster, box: Box): CellCut | null {
  const { image, ink } = raster;
  const x0 = Math.max(0, Math.round(box.x0));
  const y0 = Math.max(0, Math.round(box.y0));
  const w = Math.min(image.width, Math.round(box.x1)) - x0;
  const h = Math.min(image.height, Math.round(box.y1)) - y0;
  if (w < 4 || h < 4) return null;
  const cell = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) cell[j * w + i] = ink[(y0 + j) * image.width + x0 + i]!;
  const cleared = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) {
    let count = 0;
    for (let i = 0; i < w; i++) count += cell[j * w + i]!;
    if (count < RULE_SHARE * w) continue;
    cell.fill(0, j * w, (j + 1) * w);
    cleared.fill(1, j * w, (j + 1) * w);
  }
  for (let i = 0; i < w; i++) {
    let count = 0;
    for (let j = 0; j < h; j++) count += cell[j * w + i]!;
    if (count < RULE_SHARE * h) continue;
    for (let j = 0; j < h; j++) {
      cell[j * w + i] = 0;
      cleared[j * w + i] = 1;
    }
  }
  // Ink outside the text's box (a rule's edge, a speck by the border) is paper too.
  const keep = (i: number, j: number) => i >= bounds.x0 && i <= bounds.x1 && j >= bounds.y0 && j <= bounds.y1;
  let total = 0;
  const bounds = { x0: w, y0: h, x1: -1, y1: -1 };
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      if (!cell[j * w + i]) continue;
      total++;
      if (i < bounds.x0) bounds.x0 = i;
      if (i > bounds.x1) bounds.x1 = i;
      if (j < bounds.y0) bounds.y0 = j;
      if (j > bounds.y1) bounds.y1 = j;
    }
  }
  if (total < MIN_INK_300 * (raster.dpi / 300) ** 2) return null;
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      if (keep(i, j)) continue;
      cleared[j * w + i] = 1;
      cell[j * w + i] = 0;
    }
  }
  // The scan's own gray levels where the mask has ink (anti-aliased strokes read better than
  // thresholded ones); paper where it has none, where rules were and where specks were taken out.
  const gray: GrayImage = { width: w, height: h, data: new Uint8Array(w * h) };
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) gray.data[j * w + i] = cleared[j * w + i] || !nearInk(cell, w, h, i, j) ? 255 : image.data[(y0 + j) * image.width + x0 + i]!;
  }
  const margin = Math.round(raster.dpi / 50);
  const tight = crop(gray, bounds.x0 - margin, bounds.y0 - margin, bounds.x1 - bounds.x0 + 1 + 2 * margin, bounds.y1 - bounds.y0 + 1 + 2 * margin);
  // Narrow cells (STT, unit, value) are enlarged; labels read well as scanned, and four times the pixels cost time.
  const narrow = bounds.x1 - bounds.x0 < (NARROW_PT * raster.dpi) / 72;
  const scanned = pad(tight, margin * 2);
  return { blots: countTallBlots(cell, w, h), scanned, image: narrow ? enlarge(scanned, READ_DPI / raster.dpi) : scanned, dpi: narrow ? Math.max(READ_DPI, raster.dpi) : raster.dpi, ink: { x0: x0 + bounds.x0, y0: y0 + bounds.y0, x1: x0 + bounds.x1 + 1, y1: y0 + bounds.y1 + 1 } };
}

/** Ink at or beside (i, j): the light edge of a stroke is kept with it. */
function nearInk(cell: Uint8Array, w: number, h: number, i: number, j: number): boolean {
  if (cell[j * w + i]) return true;
  return (i > 0 && cell[j * w + i - 1] === 1) || (i + 1 < w && cell[j * w + i + 1] === 1) || (j > 0 && cell[(j - 1) * w + i] === 1) || (j + 1 < h && cell[(j + 1) * w + i] === 1);
}

/** A figure read has as many glyphs as the ink has tall blots (text is not checked so). */
function glyphsMatch(text: string, blots: number): boolean {
  const glyphs = FIGURE_SHAPED.test(text) ? tallGlyphsOf(text) : null;
  return glyphs === null || (blots >= glyphs[0] && blots <= glyphs[1]);
}

export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** One cell: its text, confidence and whether the restricted read agreed. */
export async function readCell(engine: OcrEngine, image: GrayImage, dpi: number): Promise<{ text: string; confidence: number; disagreement?: string }> {
  const block = await engine.read(image, 'block', dpi);
  const lines = block.lines.filter((l) => l.text !== '');
  const text = lines.map((l) => l.text).join(' ') || block.text.replace(/\s+/g, ' ');
  // A label is judged by its mean: one odd word (a name, an abbreviation) is no doubt on the row.
  if (!FIGURE_SHAPED.test(text) && !unsureShort(text, block.lowest)) return { text: repairAcronyms(text), confidence: block.confidence };
  // Line by line: Tesseract's single-line mode reads only one of two lines ("22" over "(100%)").
  // One after the other: the engine's mode is set per read.
  const reads = [];
  if (lines.length > 1) for (const l of lines) reads.push(await readFigureLine(engine, crop(image, 0, l.y0 - 2, image.width, l.y1 - l.y0 + 4), l.text, dpi));
  else reads.push(await readFigureLine(engine, image, text, dpi));
  const again = reads.map((r) => r.text).join(' ');
  const digits = Math.min(...reads.map((r) => r.lowest));
  // Two models read the same: as sure as the surer of them (docs/ocr.md, "Two models").
  if (squeeze(again) === squeeze(text)) return { text, confidence: Math.max(block.lowest, digits) };
  // The text model unsure which glyphs it saw, the digit model sure, and both saw the same glyphs
  // and marks in the same places ("li" and "11", "2.2" and "5.5"): the digit model's figure. Its
  // glyphs are still counted against the ink (readGridCells). Reads of another shape ("—." and
  // "70%" under a stamp) stay a disagreement.
  if (block.lowest < TEXT_MODEL_UNSURE && digits >= DIGIT_MODEL_SURE && FIGURE_SHAPED.test(again) && sameShape(text, again)) return { text: again, confidence: digits };
  return { text, confidence: Math.min(block.lowest, digits), disagreement: again };
}

const MARK = /[.,/%()\-–]/;

/** The same number of characters, with the same marks at the same places: only glyphs differ. */
function sameShape(a: string, b: string): boolean {
  const [x, y] = [squeeze(a), squeeze(b)];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if ((MARK.test(x[i]!) || MARK.test(y[i]!)) && x[i] !== y[i]) return false;
  return true;
}

/**
 * A short read the text model is unsure of ("li" for "11", "á." for "3."): maybe a figure it
 * cannot read, so the digit model reads it too. Labels and units are longer, or read surely.
 */
const unsureShort = (text: string, lowest: number) => squeeze(text).length <= SHORT_READ && lowest < TEXT_MODEL_UNSURE;

/**
 * One line of a figure-shaped cell, digits only (the English model, parsers/ocr/engine.ts); a
 * lone character has a mode of its own (PSM 7 misses it). Có and Không are letters: read again
 * by the text model, restricted to theirs.
 */
async function readFigureLine(engine: OcrEngine, image: GrayImage, first: string, dpi: number): Promise<{ text: string; lowest: number }> {
  const mode = YES_NO.test(first.trim()) ? 'yes-no' : squeeze(first).length === 1 ? 'digit' : 'figure';
  const read = await engine.read(pad(image, 8), mode, dpi);
  return { text: read.text.replace(/\s+/g, ' '), lowest: read.lowest };
}

/** The ink of a box (pixels) read as one cell, with its evidence in points; null when it holds nothing. */
export async function readCellBox(engine: OcrEngine, raster: PageRaster, box: Box): Promise<{ text: string; evidence: OcrEvidence } | null> {
  const scale = raster.dpi / 72;
  const cut = cellInk(raster, box);
  if (!cut) return null;
  let read = await readCell(engine, cut.image, cut.dpi);
  if (!glyphsMatch(read.text, cut.blots) && cut.scanned !== cut.image) {
    // Enlarging blurs some figures ("11" read as "1"): as scanned, they may read right.
    const again = await readCell(engine, cut.scanned, raster.dpi);
    if (glyphsMatch(again.text, cut.blots)) read = again;
  }
  if (read.text === '') return null;
  const evidence: OcrEvidence = {
    confidence: Math.round(read.confidence),
    box: {
      page: raster.number,
      x: round1(cut.ink.x0 / scale),
      y: round1(cut.ink.y0 / scale),
      w: round1((cut.ink.x1 - cut.ink.x0) / scale),
      h: round1((cut.ink.y1 - cut.ink.y0) / scale),
    },
    ...(read.disagreement !== undefined ? { disagreement: read.disagreement } : {}),
  };
  if (!glyphsMatch(read.text, cut.blots)) evidence.blots = cut.blots;
  return { text: read.text, evidence };
}

/** Runs of a grid's cells, in points; `inset` keeps the cut inside the borders. */
export async function readGridCells(engine: OcrEngine, raster: PageRaster, grid: Grid): Promise<TextRun[]> {
  const scale = raster.dpi / 72;
  const inset = Math.max(2, Math.round(1.2 * scale));
  const runs: TextRun[] = [];
  for (const cell of grid.cells) {
    const box = {
      x0: grid.xs[cell.column]! * scale + inset,
      x1: grid.xs[cell.column + cell.columns]! * scale - inset,
      y0: grid.ys[cell.band]! * scale + inset,
      y1: grid.ys[cell.band + cell.bands]! * scale - inset,
    };
    const read = await readCellBox(engine, raster, box);
    if (!read) continue;
    const evidence = read.evidence;
    const top = grid.ys[cell.band]!;
    const bottom = grid.ys[cell.band + cell.bands]!;
    const size = Math.min(12, (bottom - top) * 0.8);
    runs.push({
      text: read.text,
      x: evidence.box.x,
      width: evidence.box.w,
      // The run's middle (baseline less 0.3 size: parsers/positioned/ruled-table.ts) at the ink's middle.
      y: evidence.box.y + evidence.box.h / 2 + 0.3 * size,
      size,
      bold: false,
      italic: false,
      ocr: evidence,
    });
  }
  return runs;
}

export const round1 = (v: number) => Math.round(v * 10) / 10;
