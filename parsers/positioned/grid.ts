/**
 * Ruling lines → table grids. Horizontal and vertical rules that touch form one frame; a frame
 * with at least two of each is a grid whose column and row borders are the distinct x of its
 * vertical rules and y of its horizontal rules. A border missing over part of the grid is a
 * merged cell: no vertical rule between two slots of a row band joins them (a column span, like
 * DOCX gridSpan), no horizontal rule above a slot joins it to the slot above (like vMerge).
 */
import type { Rule } from './types.js';

/** Rules closer than this (points) are one; LibreOffice draws some borders twice, 0.05 pt apart. */
const SAME_LINE = 1.5;
/** Rules this close to meeting still meet: line caps and half line widths. */
const REACH = 2.5;
/** Row bands thinner than this hold no text: a double border. */
const MIN_BAND = 3;

interface Segment {
  /** Position across the segment: y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface Grid {
  /** Column borders, left to right. */
  xs: number[];
  /** Row borders, top to bottom. */
  ys: number[];
  /** `owner[band][column]`: the logical cell a slot belongs to. */
  owner: number[][];
  cells: GridCell[];
}

export interface GridCell {
  id: number;
  /** First band and column, and how many of each the cell covers. */
  band: number;
  column: number;
  bands: number;
  columns: number;
}

/** Collinear segments that overlap or touch become one. */
function mergeSegments(segments: Segment[]): Segment[] {
  const byPosition = [...segments].sort((a, b) => a.at - b.at);
  const groups: Segment[][] = [];
  for (const s of byPosition) {
    const g = groups[groups.length - 1];
    if (g && s.at - g[g.length - 1]!.at <= SAME_LINE) g.push(s);
    else groups.push([s]);
  }
  const out: Segment[] = [];
  for (const g of groups) {
    const at = g.reduce((sum, s) => sum + s.at, 0) / g.length;
    g.sort((a, b) => a.from - b.from);
    let current: Segment | null = null;
    for (const s of g) {
      if (current && s.from <= current.to + REACH) {
        current.to = Math.max(current.to, s.to);
      } else {
        current = { at, from: s.from, to: s.to };
        out.push(current);
      }
    }
  }
  return out;
}

function split(rules: readonly Rule[]): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const r of rules) {
    const w = r.x2 - r.x1;
    const h = r.y2 - r.y1;
    if (h <= SAME_LINE && w > REACH) horizontal.push({ at: (r.y1 + r.y2) / 2, from: r.x1, to: r.x2 });
    else if (w <= SAME_LINE && h > REACH) vertical.push({ at: (r.x1 + r.x2) / 2, from: r.y1, to: r.y2 });
  }
  return { horizontal: mergeSegments(horizontal), vertical: mergeSegments(vertical) };
}

const crosses = (h: Segment, v: Segment) =>
  v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH;

/** Values within SAME_LINE of each other, averaged. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= SAME_LINE) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

const covers = (segments: Segment[], at: number, along: number) =>
  segments.some((s) => Math.abs(s.at - at) <= SAME_LINE && along >= s.from - REACH && along <= s.to + REACH);

function buildGrid(horizontal: Segment[], vertical: Segment[]): Grid | null {
  const xs = distinct(vertical.map((v) => v.at));
  let ys = distinct(horizontal.map((h) => h.at));
  ys = ys.filter((y, i) => i === 0 || y - ys[i - 1]! >= MIN_BAND);
  if (xs.length < 2 || ys.length < 2) return null;
  const owner: number[][] = [];
  const cells: GridCell[] = [];
  for (let b = 0; b + 1 < ys.length; b++) {
    const midY = (ys[b]! + ys[b + 1]!) / 2;
    const row: number[] = [];
    for (let c = 0; c + 1 < xs.length; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      const borderLeft = c === 0 || covers(vertical, xs[c]!, midY);
      const borderTop = b === 0 || covers(horizontal, ys[b]!, midX);
      if (!borderLeft) {
        const id = row[c - 1]!;
        row.push(id);
        if (cells[id]!.band === b) cells[id]!.columns = Math.max(cells[id]!.columns, c - cells[id]!.column + 1);
      } else if (!borderTop && owner[b - 1]![c] !== undefined && cells[owner[b - 1]![c]!]!.column === c) {
        const id = owner[b - 1]![c]!;
        row.push(id);
        cells[id]!.bands = b - cells[id]!.band + 1;
      } else {
        const id = cells.length;
        cells.push({ id, band: b, column: c, bands: 1, columns: 1 });
        row.push(id);
      }
    }
    owner.push(row);
  }
  return { xs, ys, owner, cells };
}

/** Grids made by the rules of one page, top to bottom. */
export function findGrids(rules: readonly Rule[]): Grid[] {
  const { horizontal, vertical } = split(rules);
  // Union-find over rules: one frame is all rules connected through crossings.
  const parent = [...horizontal.map((_, i) => i), ...vertical.map((_, i) => horizontal.length + i)];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (crosses(h, v)) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const frames = new Map<number, { h: Segment[]; v: Segment[] }>();
  horizontal.forEach((h, i) => {
    const root = find(i);
    if (!frames.has(root)) frames.set(root, { h: [], v: [] });
    frames.get(root)!.h.push(h);
  });
  vertical.forEach((v, j) => {
    const root = find(horizontal.length + j);
    if (!frames.has(root)) frames.set(root, { h: [], v: [] });
    frames.get(root)!.v.push(v);
  });
  const grids: Grid[] = [];
  for (const frame of frames.values()) {
    if (frame.h.length < 2 || frame.v.length < 2) continue;
    const grid = buildGrid(frame.h, frame.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

/** Index of the interval of `borders` holding `value`, or -1 outside. */
export function slotOf(borders: readonly number[], value: number): number {
  if (value < borders[0]! || value > borders[borders.length - 1]!) return -1;
  let lo = 0;
  let hi = borders.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (borders[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
