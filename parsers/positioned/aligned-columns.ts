/**
 * Columns of a table printed without rules: where the header captions are, and where the
 * gutters between them are in the lines below. A caption is centred over its column, so it
 * only says which gutter lies between two captions; the gutter itself is the stretch between
 * two caption middles that the fewest lines print over (a projection profile).
 */
import type { Caption } from './header-block.js';
import { STT_TOKEN } from '../../common/numbering.js';
import type { HeaderRole } from './header-words.js';
import { words, type Line, type PlacedRun } from './lines.js';
import type { Units } from './types.js';

export interface Columns {
  /** Left border, the gutters, right border: columns + 1 values. */
  borders: number[];
  roles: Array<HeaderRole | null>;
}

/** Leaf captions (not "Kết quả thống kê"), one per role, left to right. */
export function leafCaptions(captions: readonly Caption[]): Caption[] {
  const seen = new Set<HeaderRole>();
  const out: Caption[] = [];
  for (const c of [...captions].sort((a, b) => a.middle - b.middle)) {
    if (c.role === 'span' || seen.has(c.role)) continue;
    seen.add(c.role);
    out.push(c);
  }
  return out;
}

/** How many of `lines` print a word over each position from `lo`, one unit a step. */
function coverage(lines: ReadonlyArray<readonly PlacedRun[]>, lo: number, length: number): Int32Array {
  const count = new Int32Array(length);
  for (const runs of lines) {
    const covered = new Uint8Array(length);
    for (const run of runs) {
      for (const w of words(run)) {
        for (let k = Math.floor(w.x0 - lo); k < Math.ceil(w.x1 - lo); k++) if (k >= 0 && k < length) covered[k] = 1;
      }
    }
    for (let k = 0; k < length; k++) count[k]! += covered[k]!;
  }
  return count;
}

/**
 * Gutters between neighbouring captions: in each stretch between two caption middles, the
 * widest run of positions covered by the fewest lines, at a resolution of one unit (a
 * character, or a point). Where the lines below leave a choice (a page of empty figures and
 * notes), the gutter avoids the captions' own words (`headerRuns`, captions spanning columns
 * left out), which a border never cuts.
 */
export function gutters(captions: readonly Caption[], body: readonly Line[], headerRuns: readonly PlacedRun[] = []): number[] {
  const lo = Math.floor(Math.min(captions[0]!.middle, ...body.map((l) => l.x0)));
  const hi = Math.ceil(Math.max(captions[captions.length - 1]!.middle, ...body.map((l) => l.x1)));
  const length = Math.max(1, hi - lo + 1);
  const below = coverage(body.map((l) => l.runs), lo, length);
  const captionWords = coverage(headerRuns.map((r) => [r]), lo, length);
  const score = (k: number) => (k < 0 || k >= length ? Infinity : below[k]! * (headerRuns.length + 1) + captionWords[k]!);
  const out: number[] = [];
  for (let i = 0; i + 1 < captions.length; i++) {
    const from = Math.ceil(captions[i]!.middle - lo);
    const to = Math.floor(captions[i + 1]!.middle - lo);
    let best = Infinity;
    for (let k = from; k <= to; k++) best = Math.min(best, score(k));
    let bestStart = from;
    let bestLength = 0;
    for (let k = from; k <= to; ) {
      if (score(k) !== best) {
        k++;
        continue;
      }
      let e = k;
      while (e + 1 <= to && score(e + 1) === best) e++;
      if (e - k + 1 > bestLength) [bestStart, bestLength] = [k, e - k + 1];
      k = e + 1;
    }
    out.push(lo + bestStart + bestLength / 2);
  }
  return out;
}

/** Columns under the captions: the gutters, and borders just outside all text. */
export function columnsFrom(captions: readonly Caption[], body: readonly Line[], headerRuns: readonly PlacedRun[] = []): Columns {
  const leaves = leafCaptions(captions);
  const inner = gutters(leaves, body, headerRuns);
  const left = Math.min(...body.map((l) => l.x0), ...captions.map((c) => c.run.x)) - 1;
  const right = Math.max(...body.map((l) => l.x1), ...captions.map((c) => c.run.x + c.run.width)) + 1;
  return { borders: [left, ...inner, right], roles: leaves.map((c) => c.role) };
}

/** Column index of a position. */
export function columnAt(borders: readonly number[], x: number): number {
  for (let c = 1; c < borders.length - 1; c++) if (x < borders[c]!) return c - 1;
  return borders.length - 2;
}

const crossesGutter = (run: PlacedRun, borders: readonly number[], units: Units) => {
  const tolerance = units.metricY ? 0.3 * run.size : 0.5;
  return borders.slice(1, -1).some((b) => run.x < b - tolerance && run.x + run.width > b + tolerance);
};

/**
 * Texts each column holds, counted, on lines where nothing crosses a gutter ("Cơ quan, đơn" as
 * a unit).
 */
export function columnTexts(runs: readonly PlacedRun[], borders: readonly number[], units: Units): Array<Map<string, number>> {
  const texts = borders.slice(0, -1).map(() => new Map<string, number>());
  for (const run of runs) {
    if (crossesGutter(run, borders, units)) continue;
    const column = texts[columnAt(borders, run.x + run.width / 2)]!;
    const text = run.text.trim();
    column.set(text, (column.get(text) ?? 0) + 1);
  }
  return texts;
}

/** A text the column holds as a cell of its own: two words or more, or seen three times. */
function holds(known: ReadonlyArray<Map<string, number>>, column: number, text: string): boolean {
  const count = known[column]?.get(text) ?? 0;
  return count > 0 && (/\s/.test(text) || count >= 3);
}

/**
 * A run cut where it crosses a gutter, at word boundaries; each part with its column. A layout
 * dump may put one space only between a label and the unit beside it ("thuộc Ủy ban Cơ quan,
 * đơn"), and the middle of a word can fall either side of a gutter found from character counts:
 * where the words after some boundary are a text the next column holds elsewhere, or the words
 * before it one this column holds, the cut is there.
 */
export function splitRun(run: PlacedRun, borders: readonly number[], units: Units, known: ReadonlyArray<Map<string, number>> = []): Array<{ run: PlacedRun; column: number }> {
  if (!crossesGutter(run, borders, units)) return [{ run, column: columnAt(borders, run.x + run.width / 2) }];
  const all = words(run);
  const columns = all.map((w) => columnAt(borders, (w.x0 + w.x1) / 2));
  const first = columns[0]!;
  // "3.4.1.3 Tỷ lệ …": an STT printed one space from its label.
  const sttFirst = first === 0 && borders.length > 3 && STT_TOKEN.test(all[0]!.text);
  for (let k = 1; k < all.length && !sttFirst; k++) {
    const before = all.slice(0, k).map((w) => w.text).join(' ');
    const after = all.slice(k).map((w) => w.text).join(' ');
    if (holds(known, first + 1, after) || (holds(known, first, before) && columns[k]! > first)) {
      for (let i = 0; i < all.length; i++) columns[i] = i < k ? first : Math.max(first + 1, columns[i]!);
      break;
    }
  }
  if (sttFirst) for (let i = 1; i < all.length; i++) columns[i] = Math.max(1, columns[i]!);
  const parts: Array<{ run: PlacedRun; column: number }> = [];
  all.forEach((w, i) => {
    const column = columns[i]!;
    const last = parts[parts.length - 1];
    if (last && last.column === column) {
      last.run.text += ` ${w.text}`;
      last.run.width = w.x1 - last.run.x;
    } else {
      const part: PlacedRun = { ...run, text: w.text, x: w.x0, width: w.x1 - w.x0 };
      if (run.column !== undefined) part.column = run.column + Math.round(w.x0 - run.x);
      parts.push({ run: part, column });
    }
  });
  return parts;
}

/**
 * A line of prose, not a table row: it holds nothing but a run that starts in the first column
 * with a word that is not an STT and runs on over the gutter ("Biểu mẫu 2", a footnote), or one
 * run of it spans two gutters.
 */
export function isProse(line: Line, borders: readonly number[], units: Units): boolean {
  const inner = borders.slice(1, -1);
  const tolerance = (run: PlacedRun) => (units.metricY ? 0.3 * run.size : 0.5);
  for (const run of line.runs as PlacedRun[]) {
    const crossed = inner.filter((b) => run.x < b - tolerance(run) && run.x + run.width > b + tolerance(run)).length;
    if (crossed >= 2) return true;
    if (crossed === 1 && line.runs.length === 1 && run.x < inner[0]!) {
      const first = /^\S+/.exec(run.text.trim())?.[0] ?? '';
      if (!STT_TOKEN.test(first)) return true;
    }
  }
  return false;
}
