/**
 * The header of a table printed without rules: the lines holding its captions, and each caption
 * with the role it names and where its middle is.
 *
 * In a narrow column a caption is printed over two or three lines ("Đơn vị" / "tính"), and in a
 * layout dump the second line of one caption can run into the next caption with a single space
 * between them ("Số liệu thực hiện": "Số liệu", and the "thực hiện" of the "Đơn vị" above it).
 * A fragment that names no role on its own is completed with the words printed just above or
 * below it; words taken that way are cut out of the caption they were printed with.
 */
import { headerRole, misreadHeaderRole, type HeaderRole } from './header-words.js';
import { words, type Line, type PlacedRun } from './lines.js';
import type { Units } from './types.js';

export interface Caption {
  role: HeaderRole;
  run: PlacedRun;
  middle: number;
}

export interface HeaderBlock {
  start: number;
  end: number;
  captions: Caption[];
  /**
   * Runs of captions printed over several lines, each to be placed whole; a run holding words of
   * two captions is cut into one run per caption ("Số liệu" | "thực hiện").
   */
  pieces: Map<PlacedRun, PlacedRun[]>;
}

/** How many lines above or below a fragment the rest of its caption may be printed. */
const STACK_REACH = 2;

type Word = ReturnType<typeof words>[number];

/** Lines holding captions with at least two roles and three roles in all: an appendix header. */
export function findHeader(lines: readonly Line[], from: number, units: Units): HeaderBlock | null {
  for (let i = from; i < lines.length; i++) {
    if (new Set(lineRoles(lines[i]!).map((c) => c.role)).size < 2) continue;
    const core = widen(lines, from, i, i, units);
    const block = stackCaptions(lines, from, core.start, core.end, units);
    if (new Set(block.captions.map((c) => c.role)).size >= 3) return block;
    i = core.end;
  }
  return null;
}

/** The block grown over the neighbouring lines that hold a caption of their own. */
function widen(lines: readonly Line[], from: number, start: number, end: number, units: Units): { start: number; end: number } {
  while (start > from && lineRoles(lines[start - 1]!).length > 0 && near(lines[start - 1]!, lines[start]!, units)) start--;
  while (end + 1 < lines.length && lineRoles(lines[end + 1]!).length > 0 && near(lines[end]!, lines[end + 1]!, units)) end++;
  return { start, end };
}

function near(upper: Line, lower: Line, units: Units): boolean {
  return lower.y - upper.y <= (units.metricY ? 2 * units.pitch * upper.size : 2);
}

/** A run's caption role; a run read by OCR may have a letter of its caption wrong (header-words.ts). */
function roleOfRun(run: PlacedRun): HeaderRole | null {
  return headerRole(run.text) ?? (run.ocr ? misreadHeaderRole(run.text) : null);
}

function lineRoles(line: Line): Caption[] {
  const out: Caption[] = [];
  for (const run of line.runs) {
    const role = roleOfRun(run);
    if (role) out.push({ role, run, middle: run.x + run.width / 2 });
  }
  return out;
}

/** The lines from `start` to `end` and up to STACK_REACH either side, as long as each is near the next. */
function reachOf(lines: readonly Line[], from: number, start: number, end: number, units: Units): { first: number; last: number } {
  let first = start;
  let last = end;
  while (first > from && start - first < STACK_REACH && near(lines[first - 1]!, lines[first]!, units)) first--;
  while (last + 1 < lines.length && last - end < STACK_REACH && near(lines[last]!, lines[last + 1]!, units)) last++;
  return { first, last };
}

/**
 * The words of `run` printed over [x0, x1], as one unbroken stretch, and the words left either
 * side; undefined when no word is.
 */
function wordsOver(run: PlacedRun, x0: number, x1: number): { taken: Word[]; before: Word[]; after: Word[] } | undefined {
  const all = words(run);
  const hit = all.map((w) => w.x0 < x1 && w.x1 > x0);
  const firstHit = hit.indexOf(true);
  if (firstHit < 0) return undefined;
  const lastHit = hit.lastIndexOf(true);
  return { taken: all.slice(firstHit, lastHit + 1), before: all.slice(0, firstHit), after: all.slice(lastHit + 1) };
}

const textOf = (ws: readonly Word[]) => ws.map((w) => w.text).join(' ');

/**
 * Words that finish the caption `fragment`: from a run of a line within reach, nearest line
 * first, whose words over the fragment are not the part of that run that names its own role.
 * `taken`: runs already part of a stacked caption.
 */
function completion(fragment: PlacedRun, lineIndex: number, lines: readonly Line[], reach: { first: number; last: number }, taken: ReadonlyMap<PlacedRun, unknown>) {
  const order: number[] = [];
  for (let d = 1; d <= STACK_REACH; d++) order.push(lineIndex + d, lineIndex - d);
  for (const k of order) {
    if (k < reach.first || k > reach.last) continue;
    for (const partner of lines[k]!.runs) {
      // A run gives words to one caption at most.
      if (taken.has(partner) || partner === fragment) continue;
      const over = wordsOver(partner, fragment.x, fragment.x + fragment.width);
      if (!over) continue;
      const ownRole = headerRole(partner.text);
      const rest = [...over.before, ...over.after];
      // A caption in its own right lends only words its role does not need.
      if (ownRole && (over.before.length === 0 || headerRole(textOf(rest)) !== ownRole)) continue;
      const text = k > lineIndex ? `${fragment.text} ${textOf(over.taken)}` : `${textOf(over.taken)} ${fragment.text}`;
      const role = headerRole(text);
      if (role && role !== 'span') return { role, partner, line: k, over };
    }
  }
  return undefined;
}

/** A run made of some words of `run`. */
function partOf(run: PlacedRun, ws: readonly Word[]): PlacedRun {
  return { ...run, text: textOf(ws), x: ws[0]!.x0, width: ws[ws.length - 1]!.x1 - ws[0]!.x0 };
}

/** The captions of the header lines, fragments completed; the block grows by the lines that finished one. */
function stackCaptions(lines: readonly Line[], from: number, start: number, end: number, units: Units): HeaderBlock {
  const reach = reachOf(lines, from, start, end, units);
  const used = new Set<PlacedRun>();
  /** Runs that lent some of their words: the caption they keep is made of the words left. */
  const trimmed = new Map<PlacedRun, PlacedRun>();
  const pieces = new Map<PlacedRun, PlacedRun[]>();
  const stacked: Caption[] = [];
  let first = start;
  let last = end;
  for (let i = reach.first; i <= reach.last; i++) {
    for (const fragment of lines[i]!.runs) {
      if (used.has(fragment) || roleOfRun(fragment)) continue;
      const found = completion(fragment, i, lines, reach, pieces);
      if (!found) continue;
      used.add(fragment);
      pieces.set(fragment, [fragment]);
      const rest = [...found.over.before, ...found.over.after];
      if (rest.length === 0) {
        used.add(found.partner);
        pieces.set(found.partner, [found.partner]);
      } else {
        const { before, taken, after } = found.over;
        trimmed.set(found.partner, partOf(found.partner, rest));
        pieces.set(found.partner, [before, taken, after].filter((ws) => ws.length > 0).map((ws) => partOf(found.partner, ws)));
      }
      const x0 = Math.min(fragment.x, found.over.taken[0]!.x0);
      const x1 = Math.max(fragment.x + fragment.width, found.over.taken[found.over.taken.length - 1]!.x1);
      stacked.push({ role: found.role, run: fragment, middle: (x0 + x1) / 2 });
      first = Math.min(first, i, found.line);
      last = Math.max(last, i, found.line);
    }
  }
  // A line that finished a caption may have a caption line of its own beyond it ("Kết quả thống kê").
  const block = widen(lines, from, first, last, units);
  const own: Caption[] = [];
  for (const run of lines.slice(block.start, block.end + 1).flatMap((line) => line.runs)) {
    const shown = trimmed.get(run) ?? run;
    const role = used.has(run) ? null : roleOfRun(shown);
    if (role) own.push({ role, run, middle: shown.x + shown.width / 2 });
  }
  return { ...block, captions: [...own, ...stacked], pieces };
}
