/**
 * Rows of a table copied without its layout, from the sequence of its lines
 * (docs/text-without-layout.md). A row is
 *
 *   opener  label-line*  [measure  [value]]
 *
 * where the opener is an STT line followed by a label line, an item line ("- …", "+ …") or a
 * plain text line. Every reading of a stretch of lines that this grammar allows is considered:
 * a line's role is known when every complete reading gives it the same one (forward and backward
 * reachability over the states below). A row is placed only when all its lines are known and it
 * holds no stray figure; any other row keeps its text but loses its figure, so that a guess can
 * never become a stored value.
 *
 * Why a value needs a measure word before it: without the column layout a lone number after the
 * label may as well be the unit cell ("1" in seed 000's "Hình thức khảo sát" row) as the value.
 */
import { isCertainStt, joinsMeasure, type LineKind } from './lines.js';

/**
 * X orphan (the rest of a row cut by a page break, before the first row of a page) · S STT ·
 * L first label line after an STT · C label continuation · D item opener · P plain opener ·
 * M measure word · N first line of a measure word broken over two · O its second line ·
 * V value · F figure that cannot be placed.
 */
type State = 'X' | 'S' | 'L' | 'C' | 'D' | 'P' | 'M' | 'N' | 'O' | 'V' | 'F';
const STATES: readonly State[] = ['X', 'S', 'L', 'C', 'D', 'P', 'M', 'N', 'O', 'V', 'F'];
const OPENERS: readonly State[] = ['S', 'D', 'P'];

const NEXT: Readonly<Record<State, readonly State[]>> = {
  X: ['X', ...OPENERS],
  S: ['L'],
  L: ['C', 'M', 'N', 'F', ...OPENERS],
  C: ['C', 'M', 'N', 'F', ...OPENERS],
  D: ['C', 'M', 'N', 'F', ...OPENERS],
  P: ['C', 'M', 'N', 'F', ...OPENERS],
  M: ['O', 'V', ...OPENERS],
  N: ['O'],
  O: ['V', ...OPENERS],
  V: ['F', ...OPENERS],
  F: ['F', ...OPENERS],
};

export interface ParseOptions {
  /** The first lines may finish a row begun before a page break (a repeated header). */
  orphans: boolean;
}

/**
 * A line shorter than this was not cut by the width of a label column: no PDF table has one so
 * narrow. So "- Ban Dân tộc" ends its cell, and the "- Số nhiệm vụ …" under it opens a row.
 * Kept low on purpose: letting a line go on where it does not only adds a reading, and where
 * readings disagree the figure is refused (docs/text-without-layout.md, "The rows").
 */
const WRAPPED_MIN = 20;

/** A line that leaves a bracket or quotation open: the cell's text goes on on the next line. */
function leavesOpen(kind: LineKind | undefined): boolean {
  if (!kind || kind.figure || kind.stt || kind.measure) return false;
  const count = (re: RegExp) => (kind.text.match(re) ?? []).length;
  return count(/\(/g) > count(/\)/g) || count(/“/g) > count(/”/g) || /,$/.test(kind.text);
}

/**
 * A row's label starts with a capital letter (after a bracket or quote, as a note may: "(Còn 06
 * nhiệm vụ …)"); a line starting in lower case goes on a sentence.
 */
const CAPITAL = /^[(“"]?\p{Lu}/u;

/** Which states a line may take by itself (its previous line decides C). */
function fits(state: State, kind: LineKind, previous: LineKind | undefined): boolean {
  const text = !kind.figure && !kind.stt;
  if (state !== 'C' && state !== 'O' && state !== 'X' && leavesOpen(previous)) return false;
  switch (state) {
    case 'X': return !kind.stt && !kind.item;
    case 'S': return kind.stt;
    // An STT's label never starts with "- " in the template: after a number, such a line is a
    // note or an item row, and the number a value (docs/text-without-layout.md, "The rows").
    case 'L': return text && !kind.item;
    // Nor the start of a measure word: a label does not end in "Cơ quan,".
    case 'C': return text && !kind.measure && !kind.measureStart && previous !== undefined && previous.text.length >= WRAPPED_MIN;
    case 'D': return kind.item && !kind.figure;
    case 'P': return text && !kind.item && !kind.measure && CAPITAL.test(kind.text);
    case 'M': return kind.measure && !kind.figure;
    case 'N': return kind.measureStart && !kind.measure && !kind.figure;
    // The second line must make a whole measure word with the first (N, or an M that grows).
    case 'O': return text && previous !== undefined && joinsMeasure(previous, kind);
    case 'V':
    case 'F': return kind.figure;
  }
}

/** For each line, the states it takes in at least one complete reading; empty sets: no reading. */
function possibleStates(lines: readonly LineKind[], first: readonly State[]): Set<State>[] {
  const n = lines.length;
  const forward: Set<State>[] = [];
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? first : [...forward[i - 1]!].flatMap((s) => NEXT[s]);
    forward.push(new Set(from.filter((s) => fits(s, lines[i]!, lines[i - 1]))));
  }
  const result: Set<State>[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const ends = i === n - 1 ? STATES.filter((s) => s !== 'S') : [...result[i + 1]!];
    result[i] = new Set([...forward[i]!].filter((s) => (i === n - 1 ? ends.includes(s) : NEXT[s].some((t) => ends.includes(t)))));
  }
  return result;
}

export interface PlacedRow {
  kind: 'placed';
  stt: LineKind | null;
  label: LineKind[];
  /** The measure word's lines: one, or two where a narrow column broke it. */
  measure: LineKind[];
  value: LineKind | null;
}

export interface AmbiguousRow {
  kind: 'ambiguous';
  stt: LineKind | null;
  label: LineKind[];
  /** Figure lines that could not be given a place. */
  figures: LineKind[];
}

export type RebuiltRow = PlacedRow | AmbiguousRow;

/** Rows of one stretch of lines between header blocks; orphan lines are left out. */
export function parseRows(lines: readonly LineKind[], options: ParseOptions): RebuiltRow[] {
  const rows: RebuiltRow[] = [];
  // A certain STT is an S in every reading, so the stretch falls apart into segments there.
  const starts = lines.flatMap((kind, i) => (i === 0 || isCertainStt(kind) ? [i] : []));
  starts.forEach((start, k) => {
    const segment = lines.slice(start, starts[k + 1] ?? lines.length);
    const first: State[] = start === 0 && options.orphans ? ['X', ...OPENERS] : [...OPENERS];
    rows.push(...segmentRows(segment, possibleStates(segment, first)));
  });
  return rows;
}

function segmentRows(lines: readonly LineKind[], states: readonly Set<State>[]): RebuiltRow[] {
  const only = (i: number): State | null => (states[i]!.size === 1 ? [...states[i]!][0]! : null);
  const opensRow = (i: number) => OPENERS.includes(only(i)!);
  const rows: RebuiltRow[] = [];
  let i = 0;
  while (i < lines.length && only(i) === 'X') i++;
  while (i < lines.length) {
    let end = i + 1;
    while (end < lines.length && !opensRow(end)) end++;
    const group = lines.slice(i, end);
    const placed = opensRow(i) ? placedRow(group, group.map((_, k) => only(i + k))) : null;
    rows.push(...(placed ? [placed] : ambiguousRows(group)));
    i = end;
  }
  return rows;
}

/** The row when every line of the group has one role and no figure is left over. */
function placedRow(group: readonly LineKind[], roles: ReadonlyArray<State | null>): PlacedRow | null {
  if (roles.some((r) => r === null || r === 'F' || r === 'X')) return null;
  const row: PlacedRow = { kind: 'placed', stt: null, label: [], measure: [], value: null };
  group.forEach((kind, k) => {
    const role = roles[k]!;
    if (role === 'S') row.stt = kind;
    else if (role === 'M' || role === 'N' || role === 'O') row.measure.push(kind);
    else if (role === 'V') row.value = kind;
    else row.label.push(kind);
  });
  return row;
}

/**
 * Lines whose roles are not settled: a row for each line that may open one (an STT or an item
 * line, text after a measure word or a figure, or the group's first line), its text lines as the
 * label; measure words are left out and figures only reported, so the row carries no figure.
 */
function ambiguousRows(group: readonly LineKind[]): AmbiguousRow[] {
  const rows: AmbiguousRow[] = [];
  let closed = false;
  for (const kind of group) {
    const stt = kind.stt && !kind.figure;
    const text = !kind.figure && !kind.stt && !kind.measure;
    if (rows.length === 0 || stt || kind.item || (closed && text)) {
      rows.push({ kind: 'ambiguous', stt: null, label: [], figures: [] });
      closed = false;
    }
    const row = rows[rows.length - 1]!;
    if (stt) row.stt = kind;
    else if (kind.figure) row.figures.push(kind);
    else if (!kind.measure) row.label.push(kind);
    // Text after a measure word or a figure is never the rest of the label above them.
    if (kind.figure || kind.measure) closed = true;
  }
  return rows.filter((row) => row.stt !== null || row.label.length > 0 || row.figures.length > 0);
}
