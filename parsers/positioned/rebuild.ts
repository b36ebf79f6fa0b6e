/**
 * Positioned pages → IR blocks, for the PDF and the layout-text adapters alike:
 * 1. runs → page lines (numbered from the top: the `line` of every position);
 * 2. ruling lines → grids → tables (ruled-table.ts); a one-column frame is prose;
 * 3. running headers, footers and page numbers out (running.ts);
 * 4. tables without rules found by their header (aligned-table.ts); the rest → paragraphs;
 * 5. across pages: a table going on at the top of the next page with the same columns is one
 *    table — the header rows it repeats are kept and marked `isHeader` (with the ones they
 *    repeat), and a row cut by the page break (the part on the new page has no STT and an
 *    empty or lower-case label) is joined to the row it continues; a paragraph running over
 *    the page break is joined too.
 */
import { editDistance } from '../../common/edit-distance.js';
import { message, paragraph, table, tableCell, tableRow, type Block, type Message, type Position, type SourceFormat } from '../ir.js';
import { findAlignedTables } from './aligned-table.js';
import type { Columns } from './aligned-columns.js';
import { findGrids } from './grid.js';
import { headerRole } from './header-words.js';
import { coalesceRuns, groupLines, placeRuns, type Line, type PlacedRun } from './lines.js';
import type { BuiltBlock, BuiltCell, BuiltParagraph, BuiltRow, BuiltTable } from './model.js';
import { buildParagraphs, textColumn } from './paragraphs.js';
import { fillGrid } from './ruled-table.js';
import { runningMatter } from './running.js';
import { joinLines } from './text.js';
import type { PositionedPage, Units } from './types.js';

export interface Rebuilt {
  blocks: Block[];
  messages: Message[];
}

interface PageParts {
  page: PositionedPage;
  lines: Line[];
  tables: BuiltTable[];
  free: Line[];
}

/** Lines made of the runs left over, keeping the page line numbers. */
function linesOf(runs: readonly PlacedRun[], lines: readonly Line[]): Line[] {
  const byLine = new Map<number, PlacedRun[]>();
  for (const run of runs) {
    if (!byLine.has(run.line)) byLine.set(run.line, []);
    byLine.get(run.line)!.push(run);
  }
  return lines
    .filter((l) => byLine.has(l.ordinal))
    .map((l) => {
      const own = byLine.get(l.ordinal)!.sort((a, b) => a.x - b.x);
      return { ...l, runs: own, x0: own[0]!.x, x1: Math.max(...own.map((r) => r.x + r.width)) };
    });
}

function ruledParts(page: PositionedPage, units: Units): PageParts {
  const lines = groupLines(page.runs, !units.metricY);
  let rest = placeRuns(lines);
  const tables: BuiltTable[] = [];
  for (const grid of findGrids(page.rules)) {
    if (grid.xs.length < 3) continue;
    const filled = fillGrid(grid, page.number, rest, lines, units);
    if (filled.table.rows.every((r) => r.cells.every((c) => c.text === ''))) continue;
    tables.push(filled.table);
    rest = filled.rest;
  }
  const free = tables.length > 0 ? linesOf(rest, lines) : lines;
  return { page, lines, tables, free: free.map((line) => coalesceRuns(line, units)) };
}

const textsOf = (row: BuiltRow) => row.cells.map((c) => c.text).join('\u0001');

/**
 * The same row printed again (a header repeated after the page break). Read by OCR, the two
 * prints may be read a few letters apart ("SIT" and "SI" for "STT"): within a tenth of their
 * length, and the same count of cells, they are the same (docs/ocr.md).
 */
function samePrint(a: BuiltRow, b: BuiltRow): boolean {
  const [x, y] = [textsOf(a), textsOf(b)];
  if (x === y) return true;
  const read = a.cells.some((c) => c.ocr) && b.cells.some((c) => c.ocr);
  return read && a.cells.length === b.cells.length && editDistance(x, y) <= Math.max(2, Math.floor(0.1 * Math.max(x.length, y.length)));
}

/** Column borders alike: same count, each within the tolerance. */
function sameColumns(a: BuiltTable, b: BuiltTable, units: Units): boolean {
  if (a.ruled !== b.ruled || a.borders.length !== b.borders.length) return false;
  const tolerance = a.ruled ? 3 : units.metricY ? 12 : 4;
  return a.ruled ? a.borders.every((x, i) => Math.abs(x - b.borders[i]!) <= tolerance) : true;
}

function labelColumn(t: BuiltTable): number {
  for (const row of t.rows.slice(0, 3)) for (const cell of row.cells) if (headerRole(cell.text) === 'label') return cell.gridColumn;
  return t.borders.length > 3 ? 1 : 0;
}

const cellAt = (row: BuiltRow, column: number) => row.cells.find((c) => c.gridColumn === column);

/** The part of a row cut by a page break that lands on the new page. */
function isRowTail(row: BuiltRow, label: number): boolean {
  const first = row.cells[0];
  if (!first || first.text !== '' || first.mergedFromAbove) return false;
  const labelText = cellAt(row, label)?.text ?? '';
  if (labelText === '') return row.cells.some((c) => c.text !== '');
  // "tuyển dụng …", "(thi tuyển, xét tuyển)": a lower-case word goes on the sentence above.
  return /^\(?\p{Ll}/u.test(labelText);
}

function joinCells(into: BuiltRow, tail: BuiltRow): void {
  for (const cell of tail.cells) {
    const target = cellAt(into, cell.gridColumn);
    if (!target || cell.text === '') continue;
    target.text = joinLines([target.text, cell.text]);
    target.bold = target.bold && cell.bold;
    target.italic = target.italic && cell.italic;
  }
}

function appendTable(into: BuiltTable, next: BuiltTable, messages: Message[], context: { file: string; format: SourceFormat }): void {
  let repeated = 0;
  while (repeated < Math.min(3, next.rows.length, into.rows.length) && samePrint(next.rows[repeated]!, into.rows[repeated]!)) repeated++;
  for (let k = 0; k < repeated; k++) into.rows[k]!.isHeader = next.rows[k]!.isHeader = true;
  const previous = into.rows[into.rows.length - 1];
  const tail = next.rows[repeated];
  if (previous && tail && !previous.isHeader && isRowTail(tail, labelColumn(into))) {
    joinCells(previous, tail);
    next.rows.splice(repeated, 1);
    messages.push(
      message('info', `${context.format}/row-joined-across-pages`, `the row at the top of page ${tail.page} (line ${tail.line}) continues the last row of page ${previous.page}; joined to it`, {
        file: context.file,
        page: previous.page,
        line: previous.line,
      }),
    );
  }
  into.rows.push(...next.rows);
  into.bottom = next.bottom;
}

function continuesParagraph(a: BuiltParagraph, b: BuiltParagraph): boolean {
  return a.runsOn && a.bold === b.bold && Math.abs(a.size - b.size) <= 0.15 * a.size && b.x0 <= a.x0 + 0.8 * a.size && !/^[-+•]\s/.test(b.text);
}

function joinPages(pages: BuiltBlock[][], units: Units, messages: Message[], context: { file: string; format: SourceFormat }): BuiltBlock[] {
  const out: BuiltBlock[] = [];
  for (const blocks of pages) {
    blocks.forEach((block, i) => {
      const previous = out[out.length - 1];
      if (i === 0 && previous?.kind === 'table' && block.kind === 'table' && previous.endsPage && sameColumns(previous, block, units)) {
        appendTable(previous, block, messages, context);
        previous.endsPage = block.endsPage;
        return;
      }
      if (i === 0 && previous?.kind === 'paragraph' && block.kind === 'paragraph' && continuesParagraph(previous, block)) {
        previous.text = joinLines([previous.text, block.text]);
        previous.runsOn = block.runsOn;
        return;
      }
      out.push(block);
    });
  }
  return out;
}

function toIr(block: BuiltBlock, file: string): Block {
  if (block.kind === 'paragraph') return paragraph(block.text, { file, page: block.page, line: block.line }, block.bold);
  const rows = block.rows.map((row) => {
    const cells = row.cells.map((cell: BuiltCell) => {
      const position: Position = { file, page: row.page, line: cell.line };
      if (cell.column !== undefined) position.column = cell.column;
      position.cell = cell.gridColumn + 1;
      return tableCell(cell.text, position, { bold: cell.bold, italic: cell.italic, colSpan: cell.colSpan, mergedFromAbove: cell.mergedFromAbove, ...(cell.ocr ? { ocr: cell.ocr } : {}) });
    });
    return tableRow(cells, { file, page: row.page, line: row.line }, row.isHeader);
  });
  const first = rows[0]?.position ?? { file, page: block.page, line: 1 };
  return table(rows, { ...first });
}

export function rebuildPages(pages: readonly PositionedPage[], units: Units, file: string, format: SourceFormat): Rebuilt {
  const messages: Message[] = [];
  const parts = pages.map((page) => ruledParts(page, units));
  const drop = runningMatter(
    parts.map((p) => ({ page: p.page.number, width: p.page.width, height: p.page.height, lines: p.free })),
    units,
  );
  const bodies = parts.map((part) => part.free.filter((l) => !drop.has(`${part.page.number}:${l.ordinal}`)));
  // The line pitch measured on the document: what "the next line of the same cell" is.
  const measured: Units = { ...units, pitch: textColumn(bodies, units).pitch };
  let open: Columns | null = null;
  const aligned = parts.map((part, i) => {
    const found = findAlignedTables(bodies[i]!, part.page.number, measured, open);
    open = found.open;
    return found;
  });
  const column = textColumn(aligned.map((a) => a.rest), units);
  const perPage: BuiltBlock[][] = parts.map((part, i) => {
    const found = aligned[i]!;
    const blocks: BuiltBlock[] = [...part.tables, ...found.tables, ...buildParagraphs(found.rest, part.page.number, column, units)];
    blocks.sort((a, b) => a.top - b.top);
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'table') last.endsPage = true;
    return blocks;
  });
  const blocks = joinPages(perPage, units, messages, { file, format });
  return { blocks: blocks.map((b) => toIr(b, file)), messages };
}
