/**
 * Text of positioned runs: runs of one line joined with or without a space by the gap between
 * them, lines of one cell or paragraph joined with a space (none after a word-final hyphen),
 * then NFC and folded spaces through the shared cleaning of `cell-text.ts`.
 */
import { vietnameseNfc } from '../../common/vietnamese-text.js';
import { foldSpaces } from '../cell-text.js';
import type { OcrEvidence, TextRun, Units } from './types.js';

/** Combining marks (a tone mark drawn as a glyph of its own) attach to the letter before them. */
const STARTS_WITH_MARK = /^[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;
/** "QĐ-" at the end of a line and "UBND" on the next are one word "QĐ-UBND". */
const WORD_HYPHEN_END = /[\p{L}\p{N}]-$/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;
/** Marks that close what is before them never start a wrapped line's word: "98,5" + "%". */
const STARTS_WITH_CLOSER = /^[.,;:!?)\]}%…]/u;

/** Runs of one line, ordered by x. */
export function joinRuns(runs: readonly TextRun[], units: Units): string {
  let out = '';
  let previous: TextRun | null = null;
  for (const run of runs) {
    if (previous === null) {
      out = run.text;
    } else {
      const gap = run.x - (previous.x + previous.width);
      const spaced = /\s$/.test(out) || /^\s/.test(run.text) || STARTS_WITH_MARK.test(run.text);
      const wide = gap > units.wordGap * Math.min(previous.size, run.size);
      out += !spaced && wide ? ` ${run.text}` : run.text;
    }
    previous = run;
  }
  return out;
}

/**
 * Lines of one cell or paragraph, top to bottom. `tight[i]` says line i goes on line i - 1 with
 * no space (a word broken where it did not fit, see `brokenWords`).
 */
export function joinLines(lines: readonly string[], tight: readonly boolean[] = []): string {
  let out = '';
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (tight[i]) out += line;
    else if ((WORD_HYPHEN_END.test(out) && STARTS_WITH_WORD.test(line)) || STARTS_WITH_CLOSER.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/**
 * Which lines of a cell continue a word cut where it did not fit: a line that is one token (no
 * space to break at) filling most of the cell, followed by a line that starts with a digit or a
 * mark ("3.4.1.1" + "." in a narrow STT column, "64.632/193.6" + "67"). A word-processor breaks
 * inside a token only when it cannot fit on a line of its own.
 */
export function brokenWords(lines: ReadonlyArray<{ text: string; width: number }>, cellWidth: number): boolean[] {
  return lines.map((line, i) => {
    const above = lines[i - 1];
    if (!above) return false;
    const token = above.text.trim();
    return !/\s/.test(token) && above.width >= 0.7 * cellWidth && /^[\p{N}\p{P}\p{S}]/u.test(line.text.trim());
  });
}

/**
 * NFC, no soft hyphens or zero-width characters, spaces folded. Markup is not stripped: a PDF
 * has none, and a literal `*` or `<b>` in one is text.
 */
export function cleanRunText(text: string): string {
  return foldSpaces(vietnameseNfc(text.replace(/[\u00ad\u200c\u200d\u2060\ufeff]/g, '')));
}

/** Every non-blank run is bold (italic): the rule the DOCX adapter uses for a cell. */
export function allRuns(runs: readonly TextRun[], key: 'bold' | 'italic'): boolean {
  let seen = false;
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    if (!run[key]) return false;
    seen = true;
  }
  return seen;
}

/** OCR runs of one cell: the lowest confidence, any disagreement, glyph count or unchecked word, the box around them all. */
export function evidenceOf(runs: readonly TextRun[]): OcrEvidence | undefined {
  const read = runs.map((r) => r.ocr).filter((e): e is OcrEvidence => e !== undefined);
  if (read.length === 0) return undefined;
  if (read.length === 1) return read[0];
  const x0 = Math.min(...read.map((e) => e.box.x));
  const y0 = Math.min(...read.map((e) => e.box.y));
  const x1 = Math.max(...read.map((e) => e.box.x + e.box.w));
  const y1 = Math.max(...read.map((e) => e.box.y + e.box.h));
  const disagreement = read.find((e) => e.disagreement !== undefined)?.disagreement;
  const blots = read.find((e) => e.blots !== undefined)?.blots;
  return {
    confidence: Math.min(...read.map((e) => e.confidence)),
    box: { page: read[0]!.box.page, x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
    ...(disagreement !== undefined ? { disagreement } : {}),
    ...(blots !== undefined ? { blots } : {}),
    ...(read.some((e) => e.unchecked) ? { unchecked: true } : {}),
  };
}
