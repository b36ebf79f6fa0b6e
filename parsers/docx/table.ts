/**
 * Tables (ECMA-376 Part 1 §17.4): rows and cells placed on the table grid, so that every cell
 * says which grid column it starts in and how many it covers.
 *
 * - §17.4.17 gridSpan → `colSpan`.
 * - §17.4.85 vMerge: a `restart` cell opens a vertical merge; each `continue` cell below it comes
 *   out as a cell of its own with `mergedFromAbove: true` and empty text, in its grid column, so
 *   a row's cells stay in their columns (mammoth drops these cells instead).
 * - §17.4.22 hMerge (legacy horizontal merge): a continuing cell widens the cell before it.
 * - §17.4.14/15 gridBefore/gridAfter: grid columns a row leaves out; the ones before the first
 *   cell come out as one empty placeholder cell spanning them, so columns still add up.
 * - §17.4.49 tblHeader → `isHeader`; §17.13.5.12 a deleted row (trPr/del) is skipped.
 * - A table inside a cell is flattened into the cell's text, rows and cells in reading order.
 */
import { tableCell, tableRow, type Position, type TableCell, type TableRow } from '../ir.js';
import { vietnameseNfc } from '../../common/vietnamese-text.js';
import { foldSpaces } from '../cell-text.js';
import { collect, report, reportOnce, type ReadContext } from './context.js';
import { allPieces, readParagraph, type TextPiece } from './paragraph.js';
import { childElements, firstChild, onOff, type XmlElement } from './xml.js';

function intAttribute(element: XmlElement | undefined, fallback: number): number {
  const value = parseInt(element?.attributes['w:val'] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function tableStyleOf(tbl: XmlElement): string | undefined {
  return firstChild(firstChild(tbl, 'w:tblPr'), 'w:tblStyle')?.attributes['w:val'];
}

/** Rows of a table, through content controls and custom XML, without deleted rows. */
export function rowsOf(tbl: XmlElement, context: ReadContext): XmlElement[] {
  return collect(childElements(tbl), 'w:tr', context, 'w:tbl').filter((tr) => !firstChild(firstChild(tr, 'w:trPr'), 'w:del'));
}

export function cellsOf(tr: XmlElement, context: ReadContext): XmlElement[] {
  return collect(childElements(tr), 'w:tc', context, 'w:tr');
}

const BLOCKS = ['w:p', 'w:tbl'] as const;

interface CellContent {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Paragraphs of a cell, and of any table nested in it, in reading order. */
function cellPieces(tc: XmlElement, context: ReadContext, tableStyle: string | undefined, position: Position): TextPiece[][] {
  const paragraphs: TextPiece[][] = [];
  for (const block of collect(childElements(tc), BLOCKS, context, 'w:tc')) {
    if (block.name === 'w:p') paragraphs.push(readParagraph(block, context, tableStyle).pieces);
    else if (block.name === 'w:tbl') {
      reportOnce(context, 'info', 'docx/nested-table-flattened', `${position.table}`, 'a table inside a table cell was flattened into the cell text', position);
      for (const tr of rowsOf(block, context)) for (const inner of cellsOf(tr, context)) paragraphs.push(...cellPieces(inner, context, tableStyleOf(block), position));
    }
  }
  return paragraphs;
}

function readCellContent(tc: XmlElement, context: ReadContext, tableStyle: string | undefined, position: Position): CellContent {
  const paragraphs = cellPieces(tc, context, tableStyle, position);
  const pieces = paragraphs.flat();
  return {
    text: foldSpaces(vietnameseNfc(paragraphs.map((p) => p.map((piece) => piece.text).join('')).join('\n'))),
    bold: allPieces(pieces, 'bold'),
    italic: allPieces(pieces, 'italic'),
  };
}

type VMerge = 'restart' | 'continue' | undefined;

function readVMerge(tcPr: XmlElement | undefined): VMerge {
  const element = firstChild(tcPr, 'w:vMerge');
  if (!element) return undefined;
  return element.attributes['w:val'] === 'restart' ? 'restart' : 'continue';
}

/** Reads one table's rows. `where` gives the table ordinal; each row takes the next line. */
export function readTableRows(tbl: XmlElement, context: ReadContext, where: { table: number }): TableRow[] {
  const tableStyle = tableStyleOf(tbl);
  const rows: TableRow[] = [];
  /** Grid columns where a vertical merge is open, keyed by the merge's first column. */
  let openMerges = new Set<number>();
  for (const tr of rowsOf(tbl, context)) {
    const line = ++context.line;
    const rowPosition: Position = { file: context.file, line, table: where.table, row: rows.length + 1 };
    const trPr = firstChild(tr, 'w:trPr');
    const cells: TableCell[] = [];
    const merges = new Set<number>();
    let column = intAttribute(firstChild(trPr, 'w:gridBefore'), 0);
    if (column > 0) cells.push(tableCell('', { ...rowPosition, cell: 1 }, { colSpan: column }));
    for (const tc of cellsOf(tr, context)) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = Math.max(1, intAttribute(firstChild(tcPr, 'w:gridSpan'), 1));
      const position: Position = { ...rowPosition, cell: column + 1 };
      const hMerge = firstChild(tcPr, 'w:hMerge');
      const previous = cells[cells.length - 1];
      if (hMerge && hMerge.attributes['w:val'] !== 'restart' && previous) {
        previous.colSpan += span;
        column += span;
        continue;
      }
      let vMerge = readVMerge(tcPr);
      const content = readCellContent(tc, context, tableStyle, position);
      if (vMerge === 'continue' && !openMerges.has(column)) {
        report(context, 'warning', 'docx/vmerge-without-start', 'a cell continues a vertical merge that no cell above starts; read as a cell of its own', position);
        vMerge = 'restart';
      }
      if (vMerge === 'continue') {
        if (content.text !== '') {
          report(context, 'warning', 'docx/merged-cell-text', `a cell merged into the one above holds text Word does not show: "${content.text}"`, position);
        }
        cells.push(tableCell('', position, { colSpan: span, mergedFromAbove: true }));
      } else {
        cells.push(tableCell(content.text, position, { bold: content.bold, italic: content.italic, colSpan: span }));
      }
      if (vMerge) merges.add(column);
      column += span;
    }
    openMerges = merges;
    rows.push(tableRow(cells, rowPosition, onOff(firstChild(trPr, 'w:tblHeader')) === true));
  }
  return rows;
}
