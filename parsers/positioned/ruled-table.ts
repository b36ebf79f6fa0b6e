/**
 * A grid of ruling lines filled with the text printed inside it. A run belongs to the slot its
 * middle falls in, and through the slot to its logical cell, so the text of a merged cell (the
 * "Trong đó" printed half-way down six rows) lands in the cell's first row, and the rows below
 * get an empty cell marked `mergedFromAbove`, as the DOCX adapter gives them.
 */
import { groupLines, type Line, type PlacedRun } from './lines.js';
import type { BuiltCell, BuiltRow, BuiltTable } from './model.js';
import { splitRun } from './aligned-columns.js';
import { slotOf, type Grid } from './grid.js';
import { allRuns, brokenWords, cleanRunText, evidenceOf, joinLines, joinRuns } from './text.js';
import type { Units } from './types.js';

const middleOf = (run: PlacedRun) => ({ x: run.x + run.width / 2, y: run.y - 0.3 * run.size });

/** Text of runs that sit in one cell, in reading order. */
export function cellText(runs: readonly PlacedRun[], units: Units, cellWidth: number): string {
  const lines = groupLines(runs).map((line) => ({ text: joinRuns(line.runs, units), width: line.x1 - line.x0 }));
  return cleanRunText(joinLines(lines.map((l) => l.text), brokenWords(lines, cellWidth)));
}

/** The page line a row without text sits on: the first page line below its top border. */
function lineAt(lines: readonly Line[], y: number): number {
  const below = lines.find((l) => l.y >= y);
  return below?.ordinal ?? lines[lines.length - 1]?.ordinal ?? 1;
}

export interface RuledTableResult {
  table: BuiltTable;
  /** Runs of the page that are not in the table. */
  rest: PlacedRun[];
}

export function fillGrid(grid: Grid, page: number, runs: readonly PlacedRun[], lines: readonly Line[], units: Units): RuledTableResult {
  const byCell = new Map<number, PlacedRun[]>();
  const rest: PlacedRun[] = [];
  // A run printed over a column border (one text item for two cells) is cut at word boundaries.
  const parts = runs.flatMap((run) => (slotOf(grid.ys, middleOf(run).y) < 0 ? [run] : splitRun(run, grid.xs, units).map((p) => p.run)));
  for (const run of parts) {
    const m = middleOf(run);
    const band = slotOf(grid.ys, m.y);
    const column = slotOf(grid.xs, m.x);
    if (band < 0 || column < 0) {
      rest.push(run);
      continue;
    }
    const id = grid.owner[band]![column]!;
    if (!byCell.has(id)) byCell.set(id, []);
    byCell.get(id)!.push(run);
  }

  const rows: BuiltRow[] = [];
  for (let b = 0; b < grid.owner.length; b++) {
    const top = grid.ys[b]!;
    const cells: BuiltCell[] = [];
    const owners = grid.owner[b]!;
    for (let c = 0; c < owners.length; c++) {
      const cell = grid.cells[owners[c]!]!;
      if (cell.column !== c) continue;
      const own = cell.band === b ? (byCell.get(cell.id) ?? []) : [];
      const ocr = evidenceOf(own);
      cells.push({
        ...(ocr ? { ocr } : {}),
        text: cellText(own, units, grid.xs[c + cell.columns]! - grid.xs[c]!),
        bold: allRuns(own, 'bold'),
        italic: allRuns(own, 'italic'),
        colSpan: cell.columns,
        mergedFromAbove: cell.band !== b,
        gridColumn: c,
        line: own.length > 0 ? Math.min(...own.map((r) => r.line)) : 0,
      });
    }
    const texts = cells.filter((c) => c.line > 0);
    const line = texts.length > 0 ? Math.min(...texts.map((c) => c.line)) : lineAt(lines, top);
    for (const cell of cells) if (cell.line === 0) cell.line = line;
    rows.push({ cells, isHeader: false, page, line, top, bottom: grid.ys[b + 1]! });
  }
  const table: BuiltTable = {
    kind: 'table',
    page,
    borders: grid.xs,
    top: grid.ys[0]!,
    bottom: grid.ys[grid.ys.length - 1]!,
    rows,
    ruled: true,
  };
  return { table, rest };
}
