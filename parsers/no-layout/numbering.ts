/**
 * A number alone on a line is an STT in seed 001 ("1", "2", "2.1") and a value everywhere else.
 * The numbering settles it where it can (docs/text-without-layout.md, "Numbers that are STTs"):
 * a number that continues the numbering above it (the next sibling, first child, the next
 * number of an ancestor, or "1" where numbering restarts per area) and is followed by a plain
 * label line is the STT of that row, not a figure. Where it is not settled, the row parser
 * keeps both readings and refuses what they disagree on.
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

/** Paths that may follow `previous` in a template's numbering. */
function continues(previous: readonly number[] | null, path: readonly number[]): boolean {
  if (path.length === 1 && path[0] === 1) return true;
  if (!previous) return false;
  if (path.length === previous.length + 1) return previous.every((n, i) => path[i] === n) && path[path.length - 1] === 1;
  if (path.length > previous.length) return false;
  return path.every((n, i) => (i < path.length - 1 ? previous[i] === n : previous[i]! + 1 === n));
}

/** A line that can be the label after an STT: text that is no figure, STT, measure or item. */
const plainLabel = (kind: LineKind | undefined) => kind !== undefined && !kind.figure && !kind.stt && !kind.measure && !kind.item;

/** The lines with the numbers that are settled as STTs no longer counted as figures. */
export function settleNumbering(lines: readonly LineKind[]): LineKind[] {
  let previous: number[] | null = null;
  return lines.map((kind, i) => {
    const path = kind.stt ? pathOf(kind.text) : null;
    if (!path) return kind;
    if (!kind.figure) {
      previous = path;
      return kind;
    }
    if (continues(previous, path) && plainLabel(lines[i + 1])) {
      previous = path;
      return { ...kind, figure: false };
    }
    return kind;
  });
}
