/**
 * The document body (ECMA-376 Part 1 §17.2.2 body) as IR blocks: paragraphs with text and tables,
 * in reading order, each with its position. A table of one cell is a layout frame around other
 * content (a common way to box a whole appendix); its content is read as body content.
 */
import { vietnameseNfc } from '../../common/vietnamese-text.js';
import { foldSpaces } from '../cell-text.js';
import { paragraph, table, type Block } from '../ir.js';
import { collect, report, type ReadContext } from './context.js';
import { allPieces, readParagraph } from './paragraph.js';
import { cellsOf, readTableRows, rowsOf } from './table.js';
import { childElements, type XmlElement } from './xml.js';

const BODY_BLOCKS = ['w:p', 'w:tbl', 'w:altChunk'] as const;

function readBodyParagraph(p: XmlElement, context: ReadContext, blocks: Block[]): void {
  const position = { file: context.file, line: ++context.line, paragraph: ++context.paragraph };
  const { pieces } = readParagraph(p, context);
  const text = foldSpaces(vietnameseNfc(pieces.map((piece) => piece.text).join('')));
  if (text !== '') blocks.push(paragraph(text, position, allPieces(pieces, 'bold')));
}

/** The only cell of a one-row, one-cell table, if `tbl` is such a frame. */
function frameCell(tbl: XmlElement, context: ReadContext): XmlElement | undefined {
  const rows = rowsOf(tbl, context);
  if (rows.length !== 1) return undefined;
  const cells = cellsOf(rows[0]!, context);
  return cells.length === 1 ? cells[0] : undefined;
}

/**
 * The text boxes anchored in what was just read, as blocks after it: a box's place on the page
 * is not in the text, and its paragraphs ("Biểu mẫu 1", "Phụ lục") are read after their anchor.
 */
function readTextBoxes(context: ReadContext, blocks: Block[]): void {
  while (context.textBoxes.length > 0) {
    const box = context.textBoxes.shift()!;
    readBlocks(childElements(box), context, blocks, 'w:txbxContent');
  }
}

function readBlocks(children: XmlElement[], context: ReadContext, blocks: Block[], where: string): void {
  for (const element of collect(children, BODY_BLOCKS, context, where)) {
    readBlock(element, context, blocks);
    readTextBoxes(context, blocks);
  }
}

function readBlock(element: XmlElement, context: ReadContext, blocks: Block[]): void {
  if (element.name === 'w:p') {
    readBodyParagraph(element, context, blocks);
    return;
  }
  if (element.name === 'w:altChunk') {
    // §17.17.2.1 altChunk: content imported from another file (HTML, RTF, another DOCX).
    report(context, 'warning', 'docx/alt-chunk-skipped', 'the document imports content from another file (altChunk); that content is not read', { file: context.file, line: context.line + 1 });
    return;
  }
  const frame = frameCell(element, context);
  if (frame) {
    report(context, 'info', 'docx/layout-table-unwrapped', 'a one-cell table was read as the paragraphs and tables inside it', { file: context.file, line: context.line + 1 });
    readBlocks(childElements(frame), context, blocks, 'w:tc');
    return;
  }
  const position = { file: context.file, line: ++context.line, table: ++context.table };
  const rows = readTableRows(element, context, position);
  if (rows.length > 0) blocks.push(table(rows, position));
  else context.table--;
}

export function readBody(body: XmlElement, context: ReadContext): Block[] {
  const blocks: Block[] = [];
  readBlocks(childElements(body), context, blocks, 'w:body');
  return blocks;
}
