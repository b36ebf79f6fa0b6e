/**
 * A number alone on a line is an STT in seed 001 ("1", "2", "2.1") and a value everywhere else.
 * The numbering settles it where it can (docs/text-without-layout.md, "Numbers that are STTs"):
 * a number that continues the numbering above it (the next sibling, first child, the next
 * number of an ancestor, or "1" under an area title where numbering restarts) and is followed by a plain
 * label line is the STT of that row, not a figure. Where it is not settled, the row parser
 * keeps both readings and refuses what they disagree on.
 *
 * And a table that closes every STT of a depth with a dot ("1.", "2.") has no STT of that depth
 * without one: there "40" is a figure.
 *
 * Reading such a line as an STT can only cost a figure (the row above loses the value it may
 * have had); it cannot move one, because a value is only ever the line after a measure word.
 */
import type { LineKind } from './lines.js';

const STT_PATH = /^\(?([1-9]\d?(?:\.[1-9]\d?){0,4})[.)]?$/;

function pathOf(text: string): number[] | null {
  const m = STT_PATH.exec(text);
  return m ? m[1]!.split('.').map(Number) : null;
}

/** Paths that may follow `previous` in a template's numbering ("1" restarting is `restarts`). */
function continues(previous: readonly number[] | null, path: readonly number[]): boolean {
  if (!previous) return false;
  if (path.length === previous.length + 1) return previous.every((n, i) => path[i] === n) && path[path.length - 1] === 1;
  if (path.length > previous.length) return false;
  return path.every((n, i) => (i < path.length - 1 ? previous[i] === n : previous[i]! + 1 === n));
}

/** A line that can be the label after an STT: text that is no figure, STT, measure or item. */
const plainLabel = (kind: LineKind | undefined) => kind !== undefined && !kind.figure && !kind.stt && !kind.measure && !kind.item;

/**
 * Numbering restarts at "1" under an area title (seed 001): title lines alone, between the end
 * of a row (a figure or a measure word) or the top of the table and the "1".
 */
function restarts(lines: readonly LineKind[], i: number, path: readonly number[]): boolean {
  if (path.length !== 1 || path[0] !== 1) return false;
  let j = i - 1;
  while (j >= 0 && plainLabel(lines[j])) j--;
  const before = lines[j];
  return j < i - 1 && (before === undefined || before.figure || before.measure);
}

/** The lines with the numbers that are settled as STTs no longer counted as figures. */
export function settleNumbering(lines: readonly LineKind[]): LineKind[] {
  let previous: number[] | null = null;
  const settled = lines.map((kind, i) => {
    const path = kind.stt ? pathOf(kind.text) : null;
    if (!path) return kind;
    if (!kind.figure) {
      previous = path;
      return kind;
    }
    if ((continues(previous, path) || restarts(lines, i, path)) && plainLabel(lines[i + 1])) {
      previous = path;
      return { ...kind, figure: false };
    }
    return kind;
  });
  return withoutStrayNumbers(lines, settled);
}

/**
 * A table that writes its STTs of one depth with a closing dot ("1.", "2.", "3.") and never
 * without: a number of that depth without the dot ("40", "2.1") is a figure there, not an STT.
 */
function withoutStrayNumbers(lines: readonly LineKind[], settled: readonly LineKind[]): LineKind[] {
  const dotted = new Map<number, number>();
  const bare = new Map<number, number>();
  settled.forEach((kind, i) => {
    const depth = kind.stt ? pathOf(kind.text)?.length : undefined;
    if (depth === undefined || kind.figure) return;
    const counts = lines[i]!.figure ? bare : kind.text.endsWith('.') ? dotted : null;
    counts?.set(depth, (counts.get(depth) ?? 0) + 1);
  });
  return settled.map((kind) => {
    const depth = kind.stt && kind.figure ? pathOf(kind.text)?.length : undefined;
    if (depth === undefined || (dotted.get(depth) ?? 0) < 3 || bare.has(depth)) return kind;
    return { ...kind, stt: false };
  });
}
