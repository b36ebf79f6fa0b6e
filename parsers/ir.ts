/**
 * The document intermediate representation (IR) every adapter returns and every stage reads.
 *
 * Modelled on unist/vfile: plain JSON-safe objects, each node read from the file carries the
 * position it was read at, and problems are collected as messages rather than thrown.
 * Adapters (`parsers/*`) import only this module; they never touch the store or the CLI.
 */
import type { StageTimings } from '../common/stage-timings.js';
import type { EngineSource } from './ocr/engine.js';

export type SourceFormat = 'text' | 'layout-text' | 'docx' | 'pdf';

/**
 * Where a node was read. Lines, pages, tables, rows, cells and paragraphs count from 1.
 * - text: `line` is the line in the decoded file.
 * - layout text / PDF: `page` and `line` on that page (for text, page is absent).
 * - DOCX: `table`, `row`, `cell` for table content, `paragraph` for prose; `line` is the
 *   ordinal of the block-level element in the body so that every position sorts.
 */
export interface Position {
  file: string;
  line: number;
  page?: number;
  column?: number;
  table?: number;
  row?: number;
  cell?: number;
  paragraph?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a document. `code` is fixed (e.g. `row/value-unparsed`) so tests can assert on it. */
export interface Message {
  severity: Severity;
  code: string;
  message: string;
  position?: Position;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  bold: boolean;
  position: Position;
}

export interface TableCell {
  /** Cell text, NFC, inline markup removed, internal whitespace folded to single spaces. */
  text: string;
  bold: boolean;
  italic: boolean;
  /** Columns this cell covers (DOCX gridSpan); 1 by default. */
  colSpan: number;
  /** True when this cell continues a vertically merged cell above it (DOCX vMerge continue). */
  mergedFromAbove: boolean;
  position: Position;
  /** Read by OCR from a page image (parsers/ocr/): how sure the engine was, and where. */
  ocr?: OcrEvidence;
}

/** Where on the page image a cell's text was read, in points from the top-left corner of the upright page. */
export interface OcrBox {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OcrEvidence {
  /** The engine's confidence, 0–100: the lowest word's for a figure or STT, the mean for text. */
  confidence: number;
  box: OcrBox;
  /** A figure-shaped cell read again as digits only gave this other text. */
  disagreement?: string;
  /** The figure's glyphs counted in the ink, when the read has another number of them (parsers/ocr/glyphs.ts). */
  blots?: number;
  /** A figure-shaped word of running text that was not read again digit by digit (parsers/ocr/words.ts). */
  unchecked?: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /** Marked as a header by the source (DOCX tblHeader); recognisers also detect headers by content. */
  isHeader: boolean;
  position: Position;
}

export interface Table {
  kind: 'table';
  rows: TableRow[];
  position: Position;
}

export type Block = Paragraph | Table;

export interface DocumentIR {
  file: string;
  sha256: string;
  format: SourceFormat;
  /** Paragraphs and tables in reading order. */
  blocks: Block[];
  messages: Message[];
  /** Facts about how the bytes were read: encoding detected, legacy font conversion, page count. */
  info: {
    encoding?: string;
    conversions?: string[];
    pages?: number;
  };
}

/**
 * Choices made at the edge (the CLI) for how files are read, and what the caller already knows.
 * `ocr`: which PDF pages are read from their pictures (issue #14): `auto` those without a text
 * layer (the default), `force` all, `off` none (a scan is refused with `pdf/no-text-layer`).
 * `sha256`: the bytes' hash when the caller has it (the importer hashes each file once,
 * common/hash.ts); `timings`: where to add the time of each stage (common/stage-timings.ts).
 */
export interface ReadOptions {
  ocr?: 'auto' | 'off' | 'force';
  /**
   * Called after each page the OCR step took (the import's time limit is per OCR'd page, and its
   * progress bar counts them): `done` of the file's `of` pages to read by OCR.
   */
  onOcrPage?: (done: number, of: number) => void;
  /** Where OCR gets its engine: a parse worker keeps one for all its files (parsers/ocr/engine.ts); else one per file. */
  ocrEngines?: EngineSource;
  sha256?: string;
  timings?: StageTimings;
}

/** `(bytes, file) => DocumentIR`: the one shape every adapter has. */
export type Adapter = (bytes: Uint8Array, file: string, options?: ReadOptions) => DocumentIR | Promise<DocumentIR>;

/** Thrown only when a file cannot be read at all; `code` is fixed, the message says what to do. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

export function paragraph(text: string, position: Position, bold = false): Paragraph {
  return { kind: 'paragraph', text, bold, position };
}

export function tableCell(
  text: string,
  position: Position,
  options: Partial<Pick<TableCell, 'bold' | 'italic' | 'colSpan' | 'mergedFromAbove' | 'ocr'>> = {},
): TableCell {
  const cell: TableCell = {
    text,
    bold: options.bold ?? false,
    italic: options.italic ?? false,
    colSpan: options.colSpan ?? 1,
    mergedFromAbove: options.mergedFromAbove ?? false,
    position,
  };
  if (options.ocr) cell.ocr = options.ocr;
  return cell;
}

export function tableRow(cells: TableCell[], position: Position, isHeader = false): TableRow {
  return { cells, isHeader, position };
}

export function table(rows: TableRow[], position: Position): Table {
  return { kind: 'table', rows, position };
}

export function message(
  severity: Severity,
  code: string,
  text: string,
  position?: Position,
): Message {
  return position ? { severity, code, message: text, position } : { severity, code, message: text };
}
