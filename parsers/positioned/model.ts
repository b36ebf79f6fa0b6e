/**
 * What a page is rebuilt into before it becomes IR: tables and paragraphs with the page lines
 * they came from. Tables keep their column borders so that a table running onto the next page
 * can be recognised by its columns and joined.
 */
import type { OcrEvidence } from '../ir.js';

export interface BuiltCell {
  text: string;
  bold: boolean;
  italic: boolean;
  colSpan: number;
  mergedFromAbove: boolean;
  /** 0-based grid column of the cell's first column. */
  gridColumn: number;
  /** Page line of the cell's first text line (the row's line when empty). */
  line: number;
  /** Layout text: 1-based character column of the cell's text. */
  column?: number;
  /** OCR: the least sure of the cell's runs, with the box of them all. */
  ocr?: OcrEvidence;
}

export interface BuiltRow {
  cells: BuiltCell[];
  isHeader: boolean;
  page: number;
  /** Page line of the row's first text line from the top. */
  line: number;
  top: number;
  bottom: number;
}

export interface BuiltTable {
  kind: 'table';
  page: number;
  /** Column borders, left to right (grid columns + 1 values). */
  borders: number[];
  top: number;
  bottom: number;
  rows: BuiltRow[];
  /** Drawn rules gave the cells (true) or column alignment did (false). */
  ruled: boolean;
  /** The table reaches the end of the text of its page: it may go on on the next page. */
  endsPage?: boolean;
}

export interface BuiltParagraph {
  kind: 'paragraph';
  page: number;
  line: number;
  top: number;
  bottom: number;
  text: string;
  bold: boolean;
  /** Last line of the paragraph is as wide as the text column: it may go on on the next page. */
  runsOn: boolean;
  /** Left edge of the first line and the text column, to tell an indented first line. */
  x0: number;
  size: number;
}

export type BuiltBlock = BuiltTable | BuiltParagraph;
