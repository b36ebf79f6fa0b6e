/**
 * Tables printed without rules (and every table of a layout text dump): found by their header
 * captions (STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú), cut into columns at the gutters
 * below the captions, ended by a line of prose or a wide gap, cut into rows by aligned-rows.ts.
 * A table that reaches the bottom of its page is carried on at the top of the next page with the
 * same columns, whether or not the header is printed again.
 */
import { columnAt, columnTexts, columnsFrom, isProse, splitRun, type Columns } from './aligned-columns.js';
import { findHeader, type HeaderBlock } from './header-block.js';
import { buildAlignedRows, type Piece } from './aligned-rows.js';
import type { Line, PlacedRun } from './lines.js';
import type { BuiltCell, BuiltRow, BuiltTable } from './model.js';
import { allRuns, cleanRunText, joinLines, joinRuns } from './text.js';
import type { Units } from './types.js';

export interface AlignedResult {
  tables: BuiltTable[];
  /** Lines not in a table. */
  rest: Line[];
  /** Columns of a table that reaches the end of the page, to go on with on the next one. */
  open: Columns | null;
}

/** How many of `lines` (from the first) are table rows under these columns. */
function extent(lines: readonly Line[], borders: readonly number[], units: Units): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0) {
      const gap = line.y - lines[i - 1]!.y;
      if (units.metricY ? gap > 2.5 * units.pitch * line.size : gap > 2) return i;
    }
    if (isProse(line, borders, units)) return i;
  }
  return lines.length;
}

function piecesOf(lines: readonly Line[], borders: readonly number[], units: Units): Piece[] {
  const pieces: Piece[] = [];
  const known = columnTexts(lines.flatMap((l) => l.runs), borders, units);
  for (const line of lines) {
    const byColumn = new Map<number, PlacedRun[]>();
    for (const run of line.runs as PlacedRun[]) {
      for (const part of splitRun(run, borders, units, known)) {
        if (!byColumn.has(part.column)) byColumn.set(part.column, []);
        byColumn.get(part.column)!.push(part.run);
      }
    }
    for (const [column, runs] of byColumn) {
      const text = joinRuns(runs, units);
      if (text.trim() === '') continue;
      pieces.push({
        column,
        runs,
        text: text.trim(),
        x0: runs[0]!.x,
        x1: Math.max(...runs.map((r) => r.x + r.width)),
        y: line.y,
        size: line.size,
        line: line.ordinal,
      });
    }
  }
  return pieces;
}

function headerCell(runs: PlacedRun[], gridColumn: number, line: number, units: Units, colSpan = 1): BuiltCell {
  const cell: BuiltCell = {
    text: cleanRunText(joinLines(groupByLine(runs).map((r) => joinRuns(r, units)))),
    bold: allRuns(runs, 'bold'),
    italic: allRuns(runs, 'italic'),
    colSpan,
    mergedFromAbove: false,
    gridColumn,
    line: runs.length > 0 ? Math.min(...runs.map((r) => r.line)) : line,
  };
  if (runs[0]?.column !== undefined) cell.column = runs[0].column;
  return cell;
}

function groupByLine(runs: PlacedRun[]): PlacedRun[][] {
  const lines = new Map<number, PlacedRun[]>();
  for (const run of runs) {
    if (!lines.has(run.line)) lines.set(run.line, []);
    lines.get(run.line)!.push(run);
  }
  return [...lines.keys()].sort((a, b) => a - b).map((k) => lines.get(k)!.sort((a, b) => a.x - b.x));
}

/** The header's lines and captions (header-block.ts). */
type Header = Pick<HeaderBlock, 'captions' | 'pieces'> & { lines: Line[] };

/** The header's runs but those of captions spanning columns ("Kết quả thống kê"). */
function columnRuns(header: Header): PlacedRun[] {
  const spans = new Set(header.captions.filter((c) => c.role === 'span').map((c) => c.run));
  return header.lines.flatMap((l) => l.runs as PlacedRun[]).filter((r) => !spans.has(r));
}

/** The runs of the header's captions, cut where two captions share a run; spanning captions left out. */
function captionWords(header: Header): PlacedRun[] {
  return columnRuns(header).flatMap((r) => header.pieces.get(r) ?? [r]);
}

/**
 * The header as one row of captions, or two when "Kết quả thống kê" spans the unit and value
 * columns: the spanning caption above, the columns beside it merged down (as in the DOCX).
 */
function headerRows(header: Header, columns: Columns, page: number, units: Units): BuiltRow[] {
  const { lines, captions } = header;
  const spans = captions.filter((c) => c.role === 'span').map((c) => c.run);
  const perColumn: PlacedRun[][] = columns.roles.map(() => []);
  for (const run of columnRuns(header)) {
    const pieces = header.pieces.get(run);
    // A run cut between two captions already: each piece goes whole to the column it stands over.
    if (pieces) for (const piece of pieces) perColumn[columnAt(columns.borders, piece.x + piece.width / 2)]!.push(piece);
    else for (const part of splitRun(run, columns.borders, units)) perColumn[part.column]!.push(part.run);
  }
  const line = lines[0]!.ordinal;
  const top = lines[0]!.y;
  const bottom = lines[lines.length - 1]!.y;
  const span = spans[0];
  const covered = new Set<number>();
  if (span) {
    const reach = 0.4 * span.width;
    columns.roles.forEach((_, c) => {
      const mid = (columns.borders[c]! + columns.borders[c + 1]!) / 2;
      if (mid >= span.x - reach && mid <= span.x + span.width + reach) covered.add(c);
    });
  }
  if (covered.size < 2) {
    const cells = perColumn.map((r, c) => headerCell(r, c, line, units));
    return [{ cells, isHeader: true, page, line, top, bottom }];
  }
  const first = Math.min(...covered);
  const upper: BuiltCell[] = [];
  const lower: BuiltCell[] = [];
  perColumn.forEach((r, c) => {
    if (covered.has(c)) {
      if (c === first) upper.push(headerCell(spans, c, line, units, covered.size));
      lower.push(headerCell(r, c, line, units));
    } else {
      upper.push(headerCell(r, c, line, units));
      lower.push({ ...headerCell([], c, line, units), mergedFromAbove: true });
    }
  });
  const filled = lower.filter((c) => c.text !== '').map((c) => c.line);
  const lowerLine = filled.length > 0 ? Math.min(...filled) : line;
  return [
    { cells: upper, isHeader: true, page, line, top, bottom },
    { cells: lower, isHeader: true, page, line: lowerLine, top, bottom },
  ];
}

function buildTable(header: Header | null, body: readonly Line[], columns: Columns, page: number, units: Units): BuiltTable {
  const count = columns.borders.length - 1;
  const stt = columns.roles.indexOf('stt');
  const value = columns.roles.indexOf('value');
  const label = columns.roles.indexOf('label');
  const rows: BuiltRow[] = header ? headerRows(header, columns, page, units) : [];
  rows.push(...buildAlignedRows(piecesOf(body, columns.borders, units), { units, columns: count, stt: stt >= 0 ? stt : count > 2 ? 0 : null, value: value >= 0 ? value : null, label: label >= 0 ? label : count > 1 ? 1 : 0, page }));
  const all = [...(header?.lines ?? []), ...body];
  return {
    kind: 'table',
    page,
    borders: columns.borders,
    top: all[0]!.y - all[0]!.size,
    bottom: all[all.length - 1]!.y,
    rows,
    ruled: false,
  };
}

export function findAlignedTables(lines: readonly Line[], page: number, units: Units, open: Columns | null): AlignedResult {
  const tables: BuiltTable[] = [];
  const used = new Set<Line>();
  let i = 0;
  let last: Columns | null = null;
  let reachesEnd = false;
  if (open) {
    const firstHeader = findHeader(lines, 0, units);
    const end = extent(lines.slice(0, firstHeader?.start ?? lines.length), open.borders, units);
    if (end > 0) {
      tables.push(buildTable(null, lines.slice(0, end), open, page, units));
      lines.slice(0, end).forEach((l) => used.add(l));
      i = end;
      last = open;
      reachesEnd = end === lines.length;
    }
  }
  for (;;) {
    const header = findHeader(lines, i, units);
    if (!header) break;
    const next = findHeader(lines, header.end + 1, units);
    const candidates = lines.slice(header.end + 1, next ? next.start : lines.length);
    const headerLines = lines.slice(header.start, header.end + 1);
    const headerPart: Header = { captions: header.captions, pieces: header.pieces, lines: headerLines };
    const captionRuns = captionWords(headerPart);
    let columns = columnsFrom(header.captions, candidates.length > 0 ? candidates : headerLines, captionRuns);
    if (columns.roles.length < 2) {
      i = header.end + 1;
      continue;
    }
    const body = candidates.slice(0, extent(candidates, columns.borders, units));
    if (body.length > 0) columns = columnsFrom(header.captions, body, captionRuns);
    tables.push(buildTable(headerPart, body, columns, page, units));
    [...headerLines, ...body].forEach((l) => used.add(l));
    i = header.end + 1 + body.length;
    last = columns;
    reachesEnd = i === lines.length;
  }
  return { tables, rest: lines.filter((l) => !used.has(l)), open: reachesEnd ? last : null };
}
