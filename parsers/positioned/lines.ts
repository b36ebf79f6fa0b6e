/**
 * Runs → lines. Runs whose vertical middles are within 0.4 of a font size of each other are one
 * line: cells of a table row are vertically centred, so a unit beside a two-line label sits half
 * a line lower and is a line of its own, the way a reader (and `pdftotext -layout`) sees it.
 * A superscript raised a third of a font size stays on its line.
 *
 * A glyph the main font lacks is drawn from a fallback font as a run of its own, over a gap
 * pdf.js fills with a space in the main run ("2026¹ ." + "⁰" for "2026¹⁰."): a short run lying
 * inside a longer one is put back into that gap. The same text drawn twice (fake bold) counts once.
 */
import { evidenceOf, joinRuns } from './text.js';
import type { TextRun, Units } from './types.js';

/** A line-numbered run: which page line it was printed on. */
export interface PlacedRun extends TextRun {
  line: number;
}

export interface Line {
  /** 1-based, counted from the top of the page over all its text. */
  ordinal: number;
  /** Baseline of the line's largest run. */
  y: number;
  size: number;
  x0: number;
  x1: number;
  /** Ordered by x; each run's `line` is this line's ordinal. */
  runs: PlacedRun[];
}

const middle = (run: TextRun) => run.y - 0.3 * run.size;

/**
 * Groups runs into lines (top to bottom); the runs are copied with their line. Lines are
 * numbered 1, 2, 3 … from the top, or, with `fromY` (layout text, where y is the text line
 * index), by the text line they are on, blank lines counted.
 */
export function groupLines(runs: readonly TextRun[], fromY = false): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => middle(a) - middle(b) || a.x - b.x);
  const lines: Line[] = [];
  let current: PlacedRun[] = [];
  let top = 0;
  let size = 0;
  const close = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.x - b.x);
    current = spliceOverlays(current);
    let main = current[0]!;
    for (const run of current) if (run.size > main.size) main = run;
    const x1 = Math.max(...current.map((r) => r.x + r.width));
    lines.push({ ordinal: 0, y: main.y, size: main.size, x0: current[0]!.x, x1, runs: current });
    current = [];
  };
  for (const run of sorted) {
    const m = middle(run);
    if (current.length > 0 && m - top > 0.4 * Math.max(size, run.size)) close();
    if (current.length === 0) {
      top = m;
      size = run.size;
    }
    size = Math.max(size, run.size);
    current.push({ ...run, line: 0 });
  }
  close();
  lines.sort((a, b) => a.y - b.y);
  lines.forEach((line, i) => {
    line.ordinal = fromY ? Math.round(line.y) + 1 : i + 1;
    for (const run of line.runs) run.line = line.ordinal;
  });
  return lines;
}

/** Index of the character of `run` drawn nearest to `x`, characters shared out over its width. */
function charIndexAt(run: TextRun, chars: string[], x: number): number {
  return Math.round(((x - run.x) / (run.width || 1)) * chars.length);
}

function spliceOverlays(runs: PlacedRun[]): PlacedRun[] {
  const out: PlacedRun[] = [];
  for (const run of runs) {
    const host = out.find((h) => run.x > h.x && run.x + run.width <= h.x + h.width + 0.5);
    if (!host) {
      out.push(run);
      continue;
    }
    if (host.text.includes(run.text.trim())) continue;
    if (Array.from(run.text.trim()).length > 3) {
      out.push(run);
      continue;
    }
    const chars = Array.from(host.text);
    const at = charIndexAt(host, chars, run.x);
    // The blank pdf.js left for the glyph, nearest the glyph's position; else insert there.
    let blank = -1;
    for (let k = 0; k < chars.length; k++) if (chars[k] === ' ' && (blank < 0 || Math.abs(k - at) < Math.abs(blank - at))) blank = k;
    if (blank >= 0 && Math.abs(blank - at) <= 2) chars.splice(blank, 1, run.text.trim());
    else chars.splice(Math.max(0, Math.min(chars.length, at)), 0, run.text.trim());
    host.text = chars.join('');
  }
  return out;
}

/** Runs of the page, each with the ordinal of the line it is on. */
export function placeRuns(lines: ReadonlyArray<Line>): PlacedRun[] {
  return lines.flatMap((line) => line.runs);
}

/** Words of a run with their extents: exact for layout text, shared out by characters for PDF. */
export function words(run: PlacedRun): Array<{ text: string; x0: number; x1: number }> {
  const chars = Array.from(run.text);
  const step = chars.length > 0 ? run.width / chars.length : 0;
  const out: Array<{ text: string; x0: number; x1: number }> = [];
  let start = -1;
  chars.forEach((ch, i) => {
    const blank = /\s/.test(ch);
    if (!blank && start < 0) start = i;
    if ((blank || i === chars.length - 1) && start >= 0) {
      const end = blank ? i : i + 1;
      out.push({ text: chars.slice(start, end).join(''), x0: run.x + start * step, x1: run.x + end * step });
      start = -1;
    }
  });
  return out;
}

/** Runs closer than this share of the font size are one piece of text: less than a space and a half. */
const SAME_PIECE_GAP = 0.35;

/**
 * A line's runs with those a word space or less apart made one, when they share size and style.
 * Some PDF writers (cairo among them) cut a run wherever a glyph comes from another font subset:
 * "Ch" "ỉ" "tiêu th" "ố" "ng kê". A caption or a label is one run again, as most writers give it;
 * cells side by side stay apart, since a cell's padding alone leaves more than this between them.
 */
export function coalesceRuns(line: Line, units: Units): Line {
  if (!units.metricY || line.runs.length < 2) return line;
  const runs: PlacedRun[] = [];
  for (const run of line.runs) {
    const last = runs[runs.length - 1];
    const gap = last ? run.x - (last.x + last.width) : Infinity;
    const alike = last !== undefined && last.bold === run.bold && last.italic === run.italic && Math.abs(last.size - run.size) <= 0.05 * run.size;
    if (!alike || gap > SAME_PIECE_GAP * Math.min(last.size, run.size) || gap < -0.5 * run.size) {
      runs.push(run);
      continue;
    }
    const joined: PlacedRun = { ...last, text: joinRuns([last, run], units), width: run.x + run.width - last.x };
    // Words read by OCR keep the evidence of both (the lowest confidence, any doubt).
    const ocr = evidenceOf([last, run]);
    if (ocr) joined.ocr = ocr;
    runs[runs.length - 1] = joined;
  }
  return runs.length === line.runs.length ? line : { ...line, runs };
}
