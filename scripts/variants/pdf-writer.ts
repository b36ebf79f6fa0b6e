/**
 * Writes a seed or a variant (SeedBlock[]) as a PDF in-process with pdf-lib, in DejaVu Sans
 * (fixtures/fonts/) so every Vietnamese letter has its glyph and the text layer is real Unicode.
 *
 * Tables are ruled with stroked lines (as LibreOffice draws them), text wrapped inside its cell,
 * a row that does not fit moved whole to the next page, and the header rows drawn again at the top
 * of every page a table continues on (Word's "repeat header rows", §17.4.49 tblHeader). A merged
 * cell (vMerge) shows its text in its first row and no rule between its rows.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ColumnLayout } from '../docx-writer.js';
import { inlineRuns } from '../docx-writer.js';
import type { SeedBlock, SeedRow, SeedTable } from '../seed-tables.js';
import { fontBytes } from './fonts.js';

export interface PdfOptions {
  landscape: boolean;
  /** What a table's piece start (`pieceStarts`) becomes: nothing, a new page, or a new table. */
  pieces: 'none' | 'page' | 'table';
  /** Column widths in points summing to the text width; the seeds' five columns when absent. */
  columnLayout?: (table: SeedTable, textWidth: number) => ColumnLayout;
  /**
   * When given, the report's body (the paragraphs before the first table but its last
   * `APPENDIX_TITLE` ones) is written once per key and orientation and its pages copied into
   * each PDF, the appendix starting on a new page: most variants of a seed share that prose, and
   * laying it out was over half the writing time (seed 000: 1.0 of 1.2 s).
   */
  bodyKey?: string;
}

/** Paragraphs kept with the first table on its page: "Phụ lục", the title lines, "(Kèm theo …)". */
const APPENDIX_TITLE = 6;

/** A4 in points; margins as the DOCX writer's (Nghị định 30/2020: 30 mm left, 15 mm right, 20 mm top and bottom). */
const A4: [number, number] = [595.28, 841.89];
const MARGIN = { left: 85, right: 42.5, top: 57, bottom: 57 };
const PROSE_SIZE = 11;
const TABLE_SIZE = 9;
const LEADING = 1.25;
const PAD = 3;
const SEED_SHARES = [850, 4400, 1500, 1150, 1455];
const SEED_ALIGN = ['center', 'left', 'center', 'center', 'left'];

interface Word {
  text: string;
  bold: boolean;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Words of a cell or paragraph with their weight; `null` is a forced line break. */
function words(raw: string): Array<Word | null> {
  const out: Array<Word | null> = [];
  for (const run of inlineRuns(raw.normalize('NFC'))) {
    if (run.lineBreak) out.push(null);
    else for (const text of run.text.split(/\s+/)) if (text !== '') out.push({ text, bold: run.bold });
  }
  return out;
}

type Line = Word[];

/**
 * Widths at 1 pt by weight and text, kept across documents (every PDF embeds the same two fonts):
 * measuring calls fontkit's layout, one of the slowest parts of writing (measured).
 */
const WIDTHS = { regular: new Map<string, number>(), bold: new Map<string, number>() };
const weightOf = new WeakMap<PDFFont, 'regular' | 'bold'>();
function measure(font: PDFFont, text: string, size: number): number {
  const known = WIDTHS[weightOf.get(font) ?? 'regular'];
  let width = known.get(text);
  if (width === undefined) known.set(text, (width = font.widthOfTextAtSize(text, 1)));
  return width * size;
}

const widthOf = (w: Word, fonts: Fonts, size: number) => measure(w.bold ? fonts.bold : fonts.regular, w.text, size);

/** Greedy wrapping; a word wider than the line is cut by characters. */
function wrap(raw: string, width: number, fonts: Fonts, size: number, bold = false): Line[] {
  const lines: Line[] = [[]];
  let used = 0;
  const space = measure(fonts.regular, ' ', size);
  for (const item of words(raw)) {
    if (item === null) {
      lines.push([]);
      used = 0;
      continue;
    }
    let word: Word = bold ? { ...item, bold: true } : item;
    let w = widthOf(word, fonts, size);
    const line = lines[lines.length - 1]!;
    if (line.length > 0 && used + space + w > width) {
      lines.push([]);
      used = 0;
    }
    while (w > width && word.text.length > 1) {
      let cut = word.text.length - 1;
      while (cut > 1 && widthOf({ ...word, text: word.text.slice(0, cut) }, fonts, size) > width) cut--;
      lines[lines.length - 1]!.push({ ...word, text: word.text.slice(0, cut) });
      lines.push([]);
      word = { ...word, text: word.text.slice(cut) };
      w = widthOf(word, fonts, size);
    }
    const current = lines[lines.length - 1]!;
    used += (current.length > 0 ? space : 0) + w;
    current.push(word);
  }
  return lines.filter((l, i) => l.length > 0 || i < lines.length - 1);
}

/** Pages, the current one and the baseline cursor. */
class Writer {
  page!: PDFPage;
  y = 0;
  readonly size: [number, number];
  constructor(readonly doc: PDFDocument, readonly fonts: Fonts, landscape: boolean) {
    this.size = landscape ? [A4[1], A4[0]] : A4;
    this.newPage();
  }
  get textWidth(): number {
    return this.size[0] - MARGIN.left - MARGIN.right;
  }
  newPage(): void {
    this.page = this.doc.addPage(this.size);
    this.y = this.size[1] - MARGIN.top;
  }
  room(): number {
    return this.y - MARGIN.bottom;
  }
  drawLine(line: Line, x: number, baseline: number, size: number, width: number, align: string): void {
    const space = measure(this.fonts.regular, ' ', size);
    const total = line.reduce((a, w, i) => a + widthOf(w, this.fonts, size) + (i > 0 ? space : 0), 0);
    let cx = align === 'center' ? x + (width - total) / 2 : x;
    // One drawText per run of words of the same weight: pdf-lib shapes the text on every call.
    for (let i = 0; i < line.length; ) {
      let j = i + 1;
      while (j < line.length && line[j]!.bold === line[i]!.bold) j++;
      const text = line.slice(i, j).map((w) => w.text).join(' ');
      const font = line[i]!.bold ? this.fonts.bold : this.fonts.regular;
      this.page.drawText(text, { x: cx, y: baseline, size, font });
      cx += measure(font, text, size) + space;
      i = j;
    }
  }
  rule(x1: number, y1: number, x2: number, y2: number): void {
    this.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.5, color: rgb(0, 0, 0) });
  }
}

function paragraph(w: Writer, raw: string): void {
  const text = raw.replace(/^\s{0,3}#{1,6}\s+/, '');
  const lh = PROSE_SIZE * LEADING;
  for (const line of wrap(text, w.textWidth, w.fonts, PROSE_SIZE)) {
    if (w.room() < lh) w.newPage();
    w.drawLine(line, MARGIN.left, w.y - PROSE_SIZE, PROSE_SIZE, w.textWidth, 'left');
    w.y -= lh;
  }
  w.y -= PROSE_SIZE * 0.5;
}

interface CellBox {
  lines: Line[];
  /** Grid columns [from, to). */
  from: number;
  to: number;
  /** Rows the cell covers (vMerge), 1 for most. */
  rowSpan: number;
  /** A vMerge continuation: drawn as part of the cell above. */
  continued: boolean;
}

interface Grid {
  x: number[];
  align: string[];
  size: number;
}

function boxes(rows: SeedRow[], grid: Grid, fonts: Fonts, header: boolean): CellBox[][] {
  const out = rows.map((row) => {
    let g = 0;
    return row.cells.map((cell) => {
      const from = g;
      g += cell.gridSpan;
      const inner = grid.x[g]! - grid.x[from]! - 2 * PAD;
      const continued = cell.vMerge === 'continue';
      return { lines: continued ? [] : wrap(cell.raw, inner, fonts, grid.size, header), from, to: g, rowSpan: 1, continued };
    });
  });
  // A restarted merge covers the continuations below it in the same grid column.
  out.forEach((row, r) => row.forEach((box) => {
    if (box.continued) return;
    let k = r + 1;
    while (out[k]?.find((b) => b.from === box.from)?.continued) k++;
    box.rowSpan = k - r;
  }));
  return out;
}

/** Row heights: each row fits its own cells; a merged cell taller than its rows grows the last one. */
function heights(rows: CellBox[][], size: number): number[] {
  const lh = size * LEADING;
  const need = (b: CellBox) => Math.max(1, b.lines.length) * lh + 2 * PAD;
  const h = rows.map((row) => Math.max(lh + 2 * PAD, ...row.filter((b) => b.rowSpan === 1 && !b.continued).map(need)));
  rows.forEach((row, r) => row.forEach((b) => {
    if (b.rowSpan < 2) return;
    const have = h.slice(r, r + b.rowSpan).reduce((a, v) => a + v, 0);
    if (need(b) > have) h[r + b.rowSpan - 1]! += need(b) - have;
  }));
  return h;
}

/** Draws rows `from`..`to` (exclusive) at the cursor; a merge cut by the page is drawn up to it. */
function drawRows(w: Writer, rows: CellBox[][], h: number[], grid: Grid, from: number, to: number, header: boolean): void {
  const top = w.y;
  const lh = grid.size * LEADING;
  let y = top;
  for (let r = from; r < to; r++) {
    for (const b of rows[r]!) {
      const x1 = grid.x[b.from]!;
      const x2 = grid.x[b.to]!;
      w.rule(x1, y, x1, y - h[r]!);
      if (!b.continued || r === from) w.rule(x1, y, x2, y);
      if (b.continued) continue;
      const span = Math.min(b.rowSpan, to - r);
      const height = h.slice(r, r + span).reduce((a, v) => a + v, 0);
      // Header captions are centred vertically, as the template's Word tables set them; data at the top.
      const offset = header ? (height - b.lines.length * lh) / 2 - PAD : 0;
      b.lines.forEach((line, i) => w.drawLine(line, x1 + PAD, y - PAD - offset - grid.size - i * lh, grid.size, x2 - x1 - 2 * PAD, header ? 'center' : grid.align[b.from] ?? 'left'));
    }
    const right = grid.x[grid.x.length - 1]!;
    w.rule(right, y, right, y - h[r]!);
    y -= h[r]!;
  }
  w.rule(grid.x[0]!, y, grid.x[grid.x.length - 1]!, y);
  w.y = y;
}

function table(w: Writer, t: SeedTable, options: PdfOptions): void {
  const layout = options.columnLayout?.(t, w.textWidth) ?? {
    widths: SEED_SHARES.map((s) => (s / SEED_SHARES.reduce((a, b) => a + b, 0)) * w.textWidth),
    align: SEED_ALIGN,
  };
  const x = [MARGIN.left];
  for (const width of layout.widths) x.push(x[x.length - 1]! + width);
  const grid: Grid = { x, align: layout.align, size: TABLE_SIZE };
  const head = boxes(t.header, grid, w.fonts, true);
  const headH = heights(head, TABLE_SIZE);
  const body = boxes(t.rows, grid, w.fonts, false);
  const bodyH = heights(body, TABLE_SIZE);
  const headTotal = headH.reduce((a, v) => a + v, 0);
  const drawHeader = () => drawRows(w, head, headH, grid, 0, head.length, true);

  if (w.room() < headTotal + (bodyH[0] ?? 0)) w.newPage();
  drawHeader();
  // Rows are measured until a page or piece ends, then drawn as one block so merges join inside it.
  let start = 0;
  let used = 0;
  const flush = (end: number) => {
    drawRows(w, body, bodyH, grid, start, end, false);
    start = end;
    used = 0;
  };
  for (let r = 0; r < body.length; r++) {
    const piece = r > 0 && options.pieces !== 'none' && t.pieceStarts.includes(r);
    const full = r > start && w.room() - used < bodyH[r]!;
    if (piece || full) {
      flush(r);
      if (piece && options.pieces === 'table') {
        w.y -= PROSE_SIZE;
        paragraph(w, '(tiếp theo)');
        if (w.room() < headTotal + bodyH[r]!) w.newPage();
      } else w.newPage();
      drawHeader();
    }
    used += bodyH[r]!;
  }
  flush(body.length);
  w.y -= PROSE_SIZE;
}

interface GlyphSource {
  glyphForCodePoint(codePoint: number): unknown;
  layout(text: string): { glyphs: unknown[] };
}

/**
 * pdf-lib encodes and measures text through fontkit's `layout`, which plans and runs the OpenType
 * shaper (GSUB/GPOS) on every call: about 60 % of the writing time. The text here is NFC, one
 * precomposed glyph per letter (DejaVu has them all), so glyphs are looked up by code point
 * instead. This reaches into pdf-lib's embedder (`CustomFontSubsetEmbedder.encodeText` and
 * `widthOfTextAtSize` read only `layout(text).glyphs`); a fixture writer may, a product may not.
 */
function withoutShaping(font: PDFFont): PDFFont {
  const source = (font as unknown as { embedder: { font: GlyphSource } }).embedder.font;
  source.layout = (text: string) => ({ glyphs: Array.from(text, (ch) => source.glyphForCodePoint(ch.codePointAt(0)!)) });
  return font;
}

async function newDocument(): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  // No creation date or producer: the same input gives the same bytes (committed fixtures).
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const bytes = fontBytes();
  const fonts = {
    regular: withoutShaping(await doc.embedFont(bytes.regular, { subset: true })),
    bold: withoutShaping(await doc.embedFont(bytes.bold, { subset: true })),
  };
  weightOf.set(fonts.regular, 'regular');
  weightOf.set(fonts.bold, 'bold');
  return { doc, fonts };
}

const bodies = new Map<string, Promise<PDFDocument>>();

async function bodyPages(key: string, blocks: SeedBlock[], landscape: boolean): Promise<PDFDocument> {
  const cacheKey = `${key}/${landscape ? 'landscape' : 'portrait'}`;
  let body = bodies.get(cacheKey);
  if (!body) {
    body = (async () => {
      const { doc, fonts } = await newDocument();
      const w = new Writer(doc, fonts, landscape);
      for (const block of blocks) if (block.kind === 'paragraph') paragraph(w, block.raw);
      return doc;
    })();
    bodies.set(cacheKey, body);
  }
  return body;
}

export async function writePdf(blocks: SeedBlock[], options: PdfOptions): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument();
  const firstTable = blocks.findIndex((b) => b.kind === 'table');
  const cut = options.bodyKey && firstTable > APPENDIX_TITLE ? firstTable - APPENDIX_TITLE : 0;
  if (cut > 0) {
    const body = await bodyPages(options.bodyKey!, blocks.slice(0, cut), options.landscape);
    for (const page of await doc.copyPages(body, body.getPageIndices())) doc.addPage(page);
  }
  const w = new Writer(doc, fonts, options.landscape);
  for (const block of blocks.slice(cut)) {
    if (block.kind === 'paragraph') paragraph(w, block.raw);
    else table(w, block, options);
  }
  return doc.save({ useObjectStreams: false });
}
