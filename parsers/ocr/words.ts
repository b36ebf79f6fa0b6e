/**
 * The words of a page's text read as one block (prose.ts), as positioned runs (a phrase each)
 * with their evidence (confidence and box), so that a table printed without rules is rebuilt by
 * parsers/positioned/ (aligned columns, the same rebuild as a digital PDF's borderless tables)
 * and its cells carry what they were read with (issue #14, docs/ocr.md).
 *
 * On a page that looks like it holds such a table (looksTabular), a figure-shaped word set apart
 * from its neighbours (first or last on its line, or a gutter beside it: where an STT or a value
 * column is) is cut out and read again as a cell
 * (cells.ts: digits-only read, glyph count), and its text is that read; a page read that said
 * otherwise is a disagreement. Any other figure-shaped word is not read again (a date, a number
 * in a sentence: reading them all cost 2.5 s more on a 300-dpi title page) and is marked
 * `unchecked`: should it land in a table's value or STT column, its row is withheld
 * (src/recognise/ocr-doubt.ts).
 */
import { evidenceOf } from '../positioned/text.js';
import type { OcrEvidence, TextRun } from '../positioned/types.js';
import { FIGURE_SHAPED, readCellBox, round1, squeeze, type PageRaster } from './cells.js';
import type { OcrEngine, ReadLine } from './engine.js';

/** A gap wider than this share of the line's median word height is a gutter between columns, not a space. */
const GUTTER = 0.8;
/** Paper around a word cut out again, as a share of its height: a digit must stay under cells.ts's rule share of its box. */
const PAD = 0.35;
const WORD_HEIGHT_TO_SIZE = 1.3;


/** Where the read image lies on the page: its pixels a point, and its offset on the page in those pixels. */
export interface ReadPlace {
  /** Read-image pixels a point. */
  scale: number;
  /** The read image's top-left corner on the page, in read-image pixels. */
  x: number;
  y: number;
}

/** Pieces of a line between gutters: a table row has three or more (STT, label, unit, value). */
function piecesOf(line: ReadLine): number {
  const gap = GUTTER * medianHeight(line);
  return 1 + line.words.filter((w, i) => i > 0 && w.x0 - line.words[i - 1]!.x1 >= gap).length;
}

const medianHeight = (line: ReadLine) => line.words.map((w) => w.y1 - w.y0).sort((a, b) => a - b)[line.words.length >> 1] ?? line.y1 - line.y0;

/**
 * Whether the page read looks like it holds a table without rules: three lines of three pieces or
 * more. Only then are its figures read again (a second or more a page of prose otherwise: its
 * dates and numbers at line ends); on other pages they stay unchecked.
 */
export function looksTabular(lines: readonly ReadLine[]): boolean {
  return lines.filter((line) => piecesOf(line) >= 3).length >= 3;
}

function setApart(line: ReadLine, i: number): boolean {
  const gap = GUTTER * medianHeight(line);
  const word = line.words[i]!;
  const before = line.words[i - 1];
  const after = line.words[i + 1];
  return !before || word.x0 - before.x1 >= gap || !after || after.x0 - word.x1 >= gap;
}

/** The runs of one line read by the page layout, in points. */
export async function wordRuns(engine: OcrEngine, raster: PageRaster, line: ReadLine, place: ReadPlace, tabular = true): Promise<TextRun[]> {
  const toPt = (v: number, offset: number) => (v + offset) / place.scale;
  // The font size from its words' heights (tight to the ink, accents included: about 0.75 of the
  // size); a line's own box spans two rows where a cell wraps beside it. parsers/positioned/ joins
  // words a space apart into one run by this size (coalesceRuns), as a digital PDF gives them.
  const size = (WORD_HEIGHT_TO_SIZE * medianHeight(line)) / place.scale;
  const runs: TextRun[] = [];
  for (const [i, word] of line.words.entries()) {
    const box = { page: raster.number, x: round1(toPt(word.x0, place.x)), y: round1(toPt(word.y0, place.y)), w: round1((word.x1 - word.x0) / place.scale), h: round1((word.y1 - word.y0) / place.scale) };
    let text = word.text;
    let evidence: OcrEvidence = { confidence: Math.round(word.confidence), box };
    if (FIGURE_SHAPED.test(word.text)) {
      if (tabular && setApart(line, i)) {
        const again = await readAgain(engine, raster, box);
        if (again) {
          text = again.text;
          evidence = again.evidence;
          if (evidence.disagreement === undefined && squeeze(again.text) !== squeeze(word.text)) evidence.disagreement = word.text;
        } else evidence.unchecked = true;
      } else evidence.unchecked = true;
    }
    runs.push({ text, x: box.x, width: box.w, y: toPt(line.baseline ?? line.y1, place.y), size, bold: false, italic: false, ocr: evidence });
  }
  return phrases(runs, (GUTTER * medianHeight(line)) / place.scale);
}

/**
 * Words closer than a gutter made one run, as a digital PDF's text item holds a phrase: a
 * caption ("Ghi chú") must be one run to be told (parsers/positioned/header-block.ts), and a
 * cell's words are one piece of it. A phrase of words is as sure as its words on average, as a
 * ruled label cell read whole is (cells.ts); one with a figure in it, as its least sure word.
 */
function phrases(runs: readonly TextRun[], gutter: number): TextRun[] {
  const out: TextRun[][] = [];
  for (const run of runs) {
    const last = out[out.length - 1]?.at(-1);
    if (last && run.x - (last.x + last.width) < gutter) out[out.length - 1]!.push(run);
    else out.push([run]);
  }
  return out.map((group) => (group.length === 1 ? group[0]! : joinPhrase(group)));
}

function joinPhrase(group: readonly TextRun[]): TextRun {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const ocr = evidenceOf(group)!;
  if (!group.some((r) => FIGURE_SHAPED.test(r.text))) ocr.confidence = Math.round(group.reduce((sum, r) => sum + r.ocr!.confidence, 0) / group.length);
  return { ...first, text: group.map((r) => r.text).join(' '), width: last.x + last.width - first.x, ocr };
}

/** The word's box (points) cut out of the page at its own resolution, padded, and read as a cell. */
function readAgain(engine: OcrEngine, raster: PageRaster, box: OcrEvidence['box']) {
  const px = raster.dpi / 72;
  const pad = PAD * box.h * px;
  return readCellBox(engine, raster, { x0: box.x * px - pad, y0: box.y * px - pad, x1: (box.x + box.w) * px + pad, y1: (box.y + box.h) * px + pad });
}
