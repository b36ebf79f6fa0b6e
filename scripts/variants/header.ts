/**
 * Header rows of a variant table from its column captions and the group captions spanning them:
 * a group is a row of its own above its sub-columns (w:gridSpan), a caption with no group left
 * above it starts where the groups end for its column and is merged down to the last header row
 * (w:vMerge), as Word tables of the template are drawn.
 */
import type { SeedCell, SeedRow } from '../seed-tables.js';

export interface HeaderGroup {
  caption: string;
  /** First and one-past-last grid column it spans. */
  from: number;
  to: number;
}

/** Groups must nest: each later group lies inside an earlier one it overlaps (outer first). */
export function headerRows(captions: string[], groups: HeaderGroup[], line = 0): SeedRow[] {
  const width = captions.length;
  const pathOf = (c: number) => groups.filter((g) => g.from <= c && c < g.to);
  const depth = 1 + Math.max(0, ...captions.map((_, c) => pathOf(c).length));
  const rows: SeedRow[] = [];
  for (let h = 0; h < depth; h++) {
    const cells: SeedCell[] = [];
    for (let c = 0; c < width; ) {
      const path = pathOf(c);
      const group = path[h];
      if (group) {
        cells.push({ raw: group.caption, gridSpan: group.to - c });
        c = group.to;
        continue;
      }
      const own = h === path.length;
      const cell: SeedCell = { raw: own ? captions[c]! : '', gridSpan: 1 };
      if (depth - path.length > 1) cell.vMerge = own ? 'restart' : 'continue';
      cells.push(cell);
      c++;
    }
    rows.push({ cells, line });
  }
  return rows;
}

/** The numbering row printed under some headers: "(1) (2) (3)" or "1 2 3". */
export function numberingRow(width: number, style: 'paren' | 'plain', line = 0): SeedRow {
  return { cells: Array.from({ length: width }, (_, i) => ({ raw: style === 'paren' ? `(${i + 1})` : String(i + 1), gridSpan: 1 })), line };
}
