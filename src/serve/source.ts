/**
 * Where a stored row was read, shown from the file itself: the file is found only through its
 * document's stored path (never a path from the request) and read with the same readers the
 * import used, so the place the store recorded (parsers/ir.ts `Position`) points at the same text:
 * - text: `line` in the decoded file (parsers/decode-text.ts), shown with the lines around it;
 * - DOCX: `table` and `row` of the IR (parsers/read-document.ts), shown as that table;
 * - PDF: `page` and `line`, the ordinal of the line on the page as parsers/positioned/lines.ts
 *   groups pdf.js runs. Row boxes are not stored; the line's box is found again here by the same
 *   grouping and drawn over the page that pdf.js renders in the browser.
 */
import { readFileSync } from 'node:fs';
import { decodeText } from '../../parsers/decode-text.js';
import type { DocumentIR, Table } from '../../parsers/ir.js';
import { runsOfItems } from '../../parsers/pdf/page-text.js';
import { groupLines } from '../../parsers/positioned/lines.js';
import { readDocument } from '../../parsers/read-document.js';

export interface SourcePlace {
  path: string;
  format: string | null;
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
  /** Where the next row of the page starts (PDF): the row's box spans the lines down to it. */
  next_line?: number | null;
}

export interface TextLines {
  kind: 'text';
  /** First line's number. */
  from: number;
  lines: string[];
  line: number;
}

export interface DocxTable {
  kind: 'docx';
  table: Table | null;
  tableNo: number;
  rowNo: number;
}

export interface PdfLine {
  kind: 'pdf';
  page: number;
  line: number;
  /** Page size and the line's box in PDF points, y down from the top (pdf.js viewport at scale 1). */
  width: number;
  height: number;
  box: [x0: number, y0: number, x1: number, y1: number] | null;
}

export type Source = TextLines | DocxTable | PdfLine | { kind: 'missing'; why: string };

const AROUND = 6;

// Reading a Word file or a PDF takes tens of milliseconds: a page answers fast when the same
// document is clicked again. A few documents are kept; the server is one person's.
const docxCache = new Map<string, Promise<DocumentIR>>();
const pdfCache = new Map<string, OpenPdf>();
const CACHE_SIZE = 8;

function remember<T>(cache: Map<string, T>, key: string, make: () => T, size = CACHE_SIZE): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
  }
  return value;
}

export function readStoredFile(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

function textSource(bytes: Buffer, place: SourcePlace): TextLines {
  // Shown composed: a report typed with combining tone marks (o + U+0301) reads the same, and
  // lines are counted before, so the numbers do not move.
  const text = decodeText(bytes).text;
  // Layout text (pdftotext -layout) counts lines on each page; pages are split by form feeds.
  const pageText = place.page === null ? text : (text.split('\f')[place.page - 1] ?? '');
  const lines = pageText.split(/\r\n|\r|\n/).map((line) => line.normalize('NFC'));
  const from = Math.max(1, place.line - AROUND);
  return { kind: 'text', from, lines: lines.slice(from - 1, place.line + AROUND), line: place.line };
}

async function docxSource(bytes: Buffer, place: SourcePlace, key: string): Promise<DocxTable> {
  const ir = await remember(docxCache, key, () => readDocument(new Uint8Array(bytes), place.path));
  const table = ir.blocks.find((b): b is Table => b.kind === 'table' && b.position.table === place.table_no) ?? null;
  return { kind: 'docx', table, tableNo: place.table_no ?? 0, rowNo: place.row_no ?? 0 };
}

interface PdfPageLines {
  width: number;
  height: number;
  lines: Map<number, [number, number, number, number]>;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/** An open PDF and the pages already grouped into lines; pages are read when first asked for. */
interface OpenPdf {
  doc: Promise<PdfDocument>;
  pages: Map<string, Promise<PdfPageLines>>;
}

async function openPdf(bytes: Buffer): Promise<PdfDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
}

async function pageLines(doc: PdfDocument, number: number): Promise<PdfPageLines> {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ disableNormalization: true });
  const lines = new Map<number, [number, number, number, number]>();
  // The import's own grouping (parsers/positioned/rebuild.ts), so the ordinals agree.
  for (const line of groupLines(runsOfItems(content.items, viewport.transform))) {
    lines.set(line.ordinal, [line.x0, line.y - line.size, line.x1, line.y + line.size * 0.3]);
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, lines };
}

async function pdfSource(bytes: Buffer, place: SourcePlace, key: string): Promise<PdfLine> {
  const open = remember(pdfCache, key, () => ({ doc: openPdf(bytes), pages: new Map() }));
  const doc = await open.doc;
  const number = Math.min(Math.max(place.page ?? 1, 1), doc.numPages);
  const page = await remember(open.pages, String(number), () => pageLines(doc, number), Infinity);
  return { kind: 'pdf', page: number, line: place.line, width: page.width, height: page.height, box: rowBox(page, place) };
}

// A table row's cells are centred vertically, so its cells sit on several page lines (lines.ts):
// the row is the lines from its own down to the next row's, at most a few.
const MOST_LINES = 6;

function rowBox(page: PdfPageLines, place: SourcePlace): PdfLine['box'] {
  const last = Math.min(place.next_line ? place.next_line - 1 : place.line, place.line + MOST_LINES - 1);
  const boxes = [];
  for (let n = place.line; n <= last; n++) if (page.lines.has(n)) boxes.push(page.lines.get(n)!);
  if (boxes.length === 0) return null;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** The source of a row of the document `key` (its id and hash: a re-import reads the file again). */
export async function sourceOf(place: SourcePlace, key: string): Promise<Source> {
  const bytes = readStoredFile(place.path);
  if (!bytes) return { kind: 'missing', why: `the file is no longer at its stored path ${place.path}` };
  if (place.format === 'docx') return docxSource(bytes, place, key);
  if (place.format === 'pdf') return pdfSource(bytes, place, key);
  return textSource(bytes, place);
}
