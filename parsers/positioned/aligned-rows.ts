/**
 * Rows of a table printed without rules. Nothing marks where a row ends, so it is inferred:
 * 1. in each column, lines of text are cut into blocks (one cell's paragraph each): a line
 *    starts a new block after a gap, at a list marker, at a new STT, at a new figure in the
 *    value column (figures do not wrap), or when the line above ended short although this
 *    line's first word would have fitted on it;
 * 2. cells of one row share the row's height, cells of different rows do not: blocks whose
 *    vertical extents overlap are one row (vertically centred cells overlap their row's label
 *    as top-aligned ones do);
 * 3. STTs and figures are anchors: each marks one row. A row with two anchors in one column
 *    was joined through a block wrongly taken as one (in a layout dump a line's width is only
 *    counted in characters, so "would the word have fitted" errs): it is cut between the
 *    anchors where the fewest blocks break and the anchor sits in the middle (or at the top)
 *    of its part.
 * Before linking, a label block holding two anchors is cut between them the same way, and a
 * block of another column (unit, figure, note) is cut where its lines fall in two different
 * label blocks: a narrow column's "would the word have fitted" says little, and a cell lies in
 * one row.
 * A word in the STT column that is not an STT ("Trong đó" over several rows) links nothing: it
 * is a cell merged over the rows without STT around it that it is centred on, and goes to the
 * first of them, the others marked `mergedFromAbove` (as the DOCX has it).
 */
import { LIST_MARKER, parseSttPath, STT_TOKEN } from '../../common/numbering.js';
import type { PlacedRun } from './lines.js';
import type { BuiltCell, BuiltRow } from './model.js';
import { allRuns, cleanRunText, evidenceOf, joinLines, joinRuns } from './text.js';
import type { Units } from './types.js';

/** The runs of one table line that fall in one column. */
export interface Piece {
  column: number;
  runs: PlacedRun[];
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Page line. */
  line: number;
}

interface Block {
  column: number;
  pieces: Piece[];
  top: number;
  bottom: number;
  /** Marks a row of its own: an STT, or a figure in the value column. */
  anchor: boolean;
  /** Takes part in deciding rows (all but words in the STT column). */
  linking: boolean;
}

export interface RowContext {
  units: Units;
  columns: number;
  stt: number | null;
  /** The "Số liệu" column. */
  value: number | null;
  /** The "Chỉ tiêu" column. */
  label: number | null;
  page: number;
}

const firstWord = (text: string) => /^\S+/.exec(text.trim())?.[0] ?? '';
const wordWidth = (p: Piece, units: Units) => {
  const chars = Array.from(p.text).length || 1;
  return ((p.x1 - p.x0) * Array.from(firstWord(p.text)).length) / chars || units.charWidth * p.size;
};

function continuesBlock(p: Piece, q: Piece, width: number, context: RowContext): boolean {
  const { units, stt } = context;
  const far = units.metricY ? q.y - p.y > 1.25 * units.pitch * p.size : q.y - p.y > 3;
  if (far) return false;
  if (p.column === stt) {
    if (STT_TOKEN.test((p.text + q.text).replace(/\s+/g, ''))) return !STT_TOKEN.test(q.text);
    return !STT_TOKEN.test(p.text) && !STT_TOKEN.test(q.text) && /^\p{Ll}/u.test(q.text);
  }
  if (p.column === context.value) return /^[\p{Ll}.,;:)%]/u.test(q.text) || /[-/=(,]$/.test(p.text);
  if (LIST_MARKER.test(q.text)) return false;
  // A bold heading row with no STT, and the plain label that starts below it, are two cells.
  if (p.column === context.label && allRuns(p.runs, 'bold') && !allRuns(q.runs, 'bold') && /^\p{Lu}/u.test(q.text)) return false;
  const slack = units.metricY ? 0.3 * p.size : 1;
  const wouldFit = p.x1 - p.x0 + units.wordGap * p.size + wordWidth(q, units) <= width * (1 - units.widthError) - slack;
  return !wouldFit;
}

function blocksOf(pieces: readonly Piece[], context: RowContext): Block[] {
  const blocks: Block[] = [];
  for (let c = 0; c < context.columns; c++) {
    const column = pieces.filter((p) => p.column === c).sort((a, b) => a.y - b.y);
    const width = Math.max(0, ...column.map((p) => p.x1 - p.x0));
    let current: Block | null = null;
    /** In the STT column, the number path of the last block before `current` that holds one. */
    let sttBefore: number[] | null = null;
    for (const piece of column) {
      const last: Piece | undefined = current?.pieces[current.pieces.length - 1];
      const wrappedStt = c === context.stt && current !== null && sttBefore !== null && finishesWrappedStt(sttBefore, current, piece, context);
      if (current && last && (wrappedStt || continuesBlock(last, piece, width, context))) {
        current.pieces.push(piece);
        current.bottom = piece.y;
        continue;
      }
      if (c === context.stt && current) sttBefore = sttPath(blockText(current)) ?? sttBefore;
      current = { column: c, pieces: [piece], top: piece.y, bottom: piece.y, anchor: false, linking: true };
      blocks.push(current);
    }
  }
  for (const block of blocks) {
    if (block.column === context.value) block.anchor = true;
    if (block.column !== context.stt) continue;
    const text = block.pieces.map((p) => p.text).join('').replace(/\s+/g, '');
    block.anchor = STT_TOKEN.test(text);
    block.linking = block.anchor;
  }
  return blocks.sort((a, b) => a.top - b.top);
}

const blockText = (block: Block) => block.pieces.map((p) => p.text).join('').replace(/\s+/g, '');
// Bare paths only ("3.4.7."): bracketed STTs ("(3)", "1.1)") have never been read as paths here.
const sttPath = (text: string) => (/[()]/.test(text) ? null : parseSttPath(text));

/** Whether number path `a` comes after `b` in a table's order (1.2 < 1.2.1 < 1.3). */
function after(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return a.length > b.length;
}

/**
 * An STT too long for a narrow column, wrapped as "3.4.7." over "1.": the second line is a bare
 * number, and the first alone would step back in the numbering (it repeats the STT before it, or
 * a part of it) while the two together go on from it.
 */
function finishesWrappedStt(before: readonly number[], current: Block, piece: Piece, context: RowContext): boolean {
  if (!/^\d{1,3}\.?$/.test(piece.text.trim())) return false;
  const last = current.pieces[current.pieces.length - 1]!;
  const near = context.units.metricY ? piece.y - last.y <= 2.5 * context.units.pitch * last.size : piece.y - last.y <= 2;
  const head = sttPath(blockText(current));
  if (!near || !head || head.length < 2) return false;
  const steppedBack = !after(head, before);
  return steppedBack && after([...head, Number.parseInt(piece.text, 10)], before);
}

/** Label blocks holding two anchored rows (a label ending on a full line, the next row's label below it) cut between them. */
function cutLabelBlocks(blocks: readonly Block[], context: RowContext): Block[] {
  const anchors = blocks.filter((b) => b.anchor);
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.column !== context.label || block.pieces.length < 2) {
      out.push(block);
      continue;
    }
    const inside = anchors.filter((a) => middle(a) >= block.top && middle(a) <= block.bottom);
    const parts = inside.length < 2 ? [block.pieces] : cutAtAnchors([block, ...inside], context).map((part) => part.filter((p) => p.column === block.column));
    for (const part of parts.filter((p) => p.length > 0)) out.push({ ...block, pieces: part, top: part[0]!.y, bottom: part[part.length - 1]!.y });
  }
  return out.sort((a, b) => a.top - b.top);
}

function splitByLabels(blocks: readonly Block[], context: RowContext): Block[] {
  const labels = blocks.filter((b) => b.column === context.label);
  const labelAt = (y: number) => labels.findIndex((l) => y >= l.top && y <= l.bottom);
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.column === context.label || block.column === context.stt) {
      out.push(block);
      continue;
    }
    let current: Block | null = null;
    let currentLabel = -1;
    for (const piece of block.pieces) {
      const label = labelAt(piece.y);
      if (current && (label < 0 || currentLabel < 0 || label === currentLabel)) {
        current.pieces.push(piece);
        current.bottom = piece.y;
        if (label >= 0) currentLabel = label;
        continue;
      }
      current = { ...block, pieces: [piece], top: piece.y, bottom: piece.y };
      currentLabel = label;
      out.push(current);
    }
  }
  return out.sort((a, b) => a.top - b.top);
}

/** Blocks whose vertical extents overlap, transitively: the rows before cutting. */
function linkBlocks(blocks: readonly Block[], context: RowContext): Block[][] {
  const linking = blocks.filter((b) => b.linking);
  const groups: Block[][] = [];
  let current: Block[] = [];
  let bottom = -Infinity;
  const eps = context.units.metricY ? 0.3 * (linking[0]?.pieces[0]?.size ?? 1) : 0;
  for (const block of linking) {
    if (current.length > 0 && block.top > bottom + eps) {
      groups.push(current);
      current = [];
    }
    current.push(block);
    bottom = current.length === 1 ? block.bottom : Math.max(bottom, block.bottom);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const middle = (b: Block) => (b.top + b.bottom) / 2;

/** Cost of cutting a row between y positions `above` and `below`: blocks broken, STT off-centre. */
function cutCost(group: readonly Block[], above: number, below: number, start: number, anchor: number, unit: number): number {
  let cost = 0;
  for (const block of group) {
    const before = block.pieces.filter((p) => p.y <= above);
    const after = block.pieces.filter((p) => p.y >= below);
    if (before.length === 0 || after.length === 0) continue;
    cost += 1;
    if (/^\p{Ll}/u.test(after[0]!.text.trim())) cost += 1;
    if (/[-,(]$/.test(before[before.length - 1]!.text.trim())) cost += 1;
  }
  const centred = Math.abs((start + above) / 2 - anchor);
  const topAligned = Math.abs(start - anchor);
  return cost + Math.min(centred, topAligned) / unit;
}

/**
 * The rows a group's anchors mark: anchors of different columns at the same height are one row
 * (the STT and the figure of a row); two of one column are two rows.
 */
function rowAnchors(group: readonly Block[], unit: number): number[] {
  const anchors = group.filter((b) => b.anchor).sort((a, b) => middle(a) - middle(b));
  const rows: Array<{ y: number; columns: Set<number> }> = [];
  for (const block of anchors) {
    const last = rows[rows.length - 1];
    if (last && middle(block) - last.y <= 0.5 * unit && !last.columns.has(block.column)) last.columns.add(block.column);
    else rows.push({ y: middle(block), columns: new Set([block.column]) });
  }
  return rows.map((r) => r.y);
}

/** A group with several anchored rows cut into one part per row. */
function cutAtAnchors(group: Block[], context: RowContext): Piece[][] {
  const pieces = group.flatMap((b) => b.pieces).sort((a, b) => a.y - b.y);
  const unit = context.units.metricY ? context.units.pitch * (pieces[0]?.size ?? 1) : 1;
  const anchors = rowAnchors(group, unit);
  if (anchors.length < 2) return [pieces];
  const ys = [...new Set(pieces.map((p) => p.y))].sort((a, b) => a - b);
  const parts: Piece[][] = [];
  let start = ys[0]!;
  for (let k = 0; k + 1 < anchors.length; k++) {
    let best: { above: number; below: number; cost: number } | null = null;
    for (let i = 0; i + 1 < ys.length; i++) {
      const above = ys[i]!;
      const below = ys[i + 1]!;
      if (above < start || above < anchors[k]! || below > anchors[k + 1]!) continue;
      const cost = cutCost(group, above, below, start, anchors[k]!, unit);
      if (!best || cost < best.cost) best = { above, below, cost };
    }
    if (!best) continue;
    parts.push(pieces.filter((p) => p.y >= start && p.y <= best.above));
    start = best.below;
  }
  parts.push(pieces.filter((p) => p.y >= start));
  return parts.filter((p) => p.length > 0);
}

function toRow(pieces: readonly Piece[], context: RowContext, sttMerged = false): BuiltRow {
  const line = Math.min(...pieces.map((p) => p.line));
  const cells: BuiltCell[] = [];
  for (let c = 0; c < context.columns; c++) {
    const own = pieces.filter((p) => p.column === c).sort((a, b) => a.y - b.y || a.x0 - b.x0);
    const runs = own.flatMap((p) => p.runs);
    const lines = own.map((p) => joinRuns(p.runs, context.units));
    // An STT wrapped in a narrow column ("3.4.7." over "1.") is one word again.
    const wrappedStt = c === context.stt && lines.length > 1 && STT_TOKEN.test(lines.join('').replace(/\s+/g, ''));
    const cell: BuiltCell = {
      text: cleanRunText(wrappedStt ? lines.join('').replace(/\s+/g, '') : joinLines(lines)),
      bold: allRuns(runs, 'bold'),
      italic: allRuns(runs, 'italic'),
      colSpan: 1,
      mergedFromAbove: sttMerged && c === context.stt && own.length === 0,
      gridColumn: c,
      line: own[0]?.line ?? line,
    };
    const column = own[0]?.runs[0]?.column;
    if (column !== undefined) cell.column = column;
    // Words read by OCR (parsers/ocr/words.ts) carry their evidence to the cell, as ruled cells do.
    const ocr = evidenceOf(runs);
    if (ocr) cell.ocr = ocr;
    cells.push(cell);
  }
  const ys = pieces.map((p) => p.y);
  return { cells, isHeader: false, page: context.page, line, top: Math.min(...ys), bottom: Math.max(...ys) };
}

const top = (row: readonly Piece[]) => Math.min(...row.map((p) => p.y));
const bottom = (row: readonly Piece[]) => Math.max(...row.map((p) => p.y));

/**
 * The rows a word of the STT column is merged over: among the rows without STT around the row
 * it starts in, the run it is best centred on (the longest of equals).
 */
function mergedRange(rows: readonly Piece[][], block: Block, context: RowContext): [number, number] {
  const hasStt = (row: readonly Piece[]) => row.some((p) => p.column === context.stt);
  let k = rows.findIndex((row) => block.top <= bottom(row));
  if (k < 0) k = rows.length - 1;
  let i = k;
  let j = k;
  while (i > 0 && !hasStt(rows[i - 1]!)) i--;
  while (j + 1 < rows.length && !hasStt(rows[j + 1]!)) j++;
  let best: [number, number] = [k, k];
  let bestOff = Infinity;
  for (let a = i; a <= k; a++) {
    for (let b = k; b <= j; b++) {
      const off = Math.abs((top(rows[a]!) + bottom(rows[b]!)) / 2 - middle(block));
      if (off < bestOff - 1e-6 || (Math.abs(off - bestOff) <= 1e-6 && b - a > best[1] - best[0])) [best, bestOff] = [[a, b], off];
    }
  }
  return best;
}

export function buildAlignedRows(pieces: readonly Piece[], context: RowContext): BuiltRow[] {
  const blocks = splitByLabels(cutLabelBlocks(blocksOf(pieces, context), context), context);
  const rows = linkBlocks(blocks, context)
    .flatMap((group) => cutAtAnchors(group, context))
    .sort((a, b) => top(a) - top(b));
  const merged = new Set<number>();
  for (const block of blocks.filter((b) => !b.linking)) {
    if (rows.length === 0) {
      rows.push([...block.pieces]);
      continue;
    }
    const [first, last] = mergedRange(rows, block, context);
    rows[first]!.push(...block.pieces);
    for (let r = first + 1; r <= last; r++) merged.add(r);
  }
  return rows.map((r, i) => toRow(r, context, merged.has(i))).sort((a, b) => a.top - b.top);
}
