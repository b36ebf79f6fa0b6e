/**
 * Outline levels of an appendix's numbering when it mixes schemes: "I. / 1. / a)", "1) / a)",
 * "I. / 1.1." (docs/column-roles.md). Each scheme takes the next level the first time it
 * appears in a section, a decimal path spanning as many levels as its longest path; every row
 * gets an outline path, so a row numbered "a)" hangs under the "1." above it and the "- " rows
 * below it hang under it. A document numbered with decimal paths only keeps its printed paths.
 */
import { letterValue, parseSttPath, romanValue } from '../../common/numbering.js';

type Scheme = 'decimal' | 'roman' | 'letter';

export interface Outline {
  kinds: Scheme[];
  longestDecimal: number;
  last: number[];
}

export function newOutline(): Outline {
  return { kinds: [], longestDecimal: 1, last: [] };
}

function schemeOf(stt: string): { scheme: Scheme; path: number[] } | null {
  const decimal = parseSttPath(stt);
  if (decimal) return { scheme: 'decimal', path: decimal };
  const roman = romanValue(stt);
  if (roman !== null) return { scheme: 'roman', path: [roman] };
  const letter = letterValue(stt);
  return letter === null ? null : { scheme: 'letter', path: [letter] };
}

/** The row's outline path, or null when its STT is no numbering. Updates the outline. */
export function outlinePath(outline: Outline, stt: string): number[] | null {
  const read = schemeOf(stt);
  if (!read) return null;
  const { scheme, path } = read;
  if (!outline.kinds.includes(scheme)) outline.kinds.push(scheme);
  if (scheme === 'decimal') outline.longestDecimal = Math.max(outline.longestDecimal, path.length);
  const before = outline.kinds.slice(0, outline.kinds.indexOf(scheme));
  const base = before.reduce((n, k) => n + (k === 'decimal' ? outline.longestDecimal : 1), 0);
  if (base === 0) {
    outline.last = path;
    return path;
  }
  const prefix = Array.from({ length: base }, (_, i) => outline.last[i] ?? 0);
  outline.last = [...prefix, ...path];
  return outline.last;
}
