/**
 * PDF adapter: `(bytes, file) => DocumentIR` with pdf.js 5 (legacy Node build), rebuilt into
 * paragraphs and tables by parsers/positioned/.
 *
 * pdf.js runs in this thread (one worker for every document, pdf-worker.ts), with no font faces, no images (unless OCR may need them), no eval, no system fonts
 * and no fetching: the bytes are all it reads. Its log goes to `console.log`, which is where the
 * CSV export writes, so verbosity is errors only.
 *
 * Per page: text content first; the operator list (for ruling lines) only on pages that look
 * like they hold a table (page-text.ts) and on pages after one whose ruled table runs to the
 * bottom of its text (the table may go on with a row or two and no header); on every page when
 * none looks like one. Bold and italic come from font names, which pdf.js
 * hands over (`page.commonObjs`) only with an operator list: a font first seen on a page
 * without one costs one more operator list, on the first page that uses it.
 *
 * Text in the legacy Vietnamese font encodings (TCVN3, VNI) is converted to Unicode (legacy-text.ts).
 *
 * Unreadable files throw `UnreadableFileError`: `pdf/encrypted` (a password is needed),
 * `pdf/corrupt` (pdf.js cannot open it), `pdf/no-text-layer` (no page has text: a scan).
 * A page that fails or has no text is a warning and the rest is read.
 */
import { sha256Hex } from '../../common/hash.js';
import { timed, timedAsync, type StageTimings } from '../../common/stage-timings.js';
import { message, UnreadableFileError, type DocumentIR, type Message, type ReadOptions } from '../ir.js';
import { findGrids } from '../positioned/grid.js';
import { rebuildPages } from '../positioned/rebuild.js';
import { PDF_UNITS, type PositionedPage } from '../positioned/types.js';
import { repairRunsByContent, repairRunsByFont } from './legacy-text.js';
import { rulesFromOperators, type OpCodes } from './operators.js';
import { ocrPages, type OcrOutcome } from './ocr-pages.js';
import { mayHoldTable, runsOfItems, styleOfFont, type PdfRun } from './page-text.js';
import { pdfWorker } from './pdf-worker.js';
import type { CanvasFactory } from './render-page.js';
import { installWholeInflate } from './whole-inflate.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let pdfjsModule: Promise<Pdfjs> | null = null;
export const loadPdfjs = () => {
  installWholeInflate();
  return (pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
};

interface ReadPage {
  page: PdfPage | null;
  positioned: PositionedPage;
  runs: PdfRun[];
  viewport: number[];
  opsRead: boolean;
}

export async function openDocument(pdfjs: Pdfjs, bytes: Uint8Array, file: string, ocr: ReadOptions['ocr']): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    worker: await pdfWorker(pdfjs),
    // pdf.js may transfer (detach) the buffer it is given, and refuses a Buffer: a plain copy.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    // Images (a seal, a signature, a logo) are decoded for the operator list, which is read for
    // its ruling lines and, for OCR, for the picture of a scanned page: without OCR a limit of 0
    // pixels makes pdf.js leave every image out undecoded (buildPaintImageXObject,
    // pdf.worker.mjs; a warning, below our verbosity).
    maxImageSize: ocr === 'off' ? 0 : -1,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as Error)?.name;
    if (name === 'PasswordException') {
      throw new UnreadableFileError('pdf/encrypted', 'is protected by a password: open it with the password, save or print it as an unprotected PDF, then import that', file);
    }
    throw new UnreadableFileError('pdf/corrupt', `is damaged or incomplete and cannot be opened as a PDF (${(error as Error)?.message ?? error}): get the file again (a download or copy may have been cut off), or export it again from Word`, file);
  }
}

async function readOps(pdfjs: Pdfjs, read: ReadPage, timings: StageTimings | undefined): Promise<void> {
  if (read.opsRead || !read.page) return;
  read.opsRead = true;
  await timedAsync(timings, 'operators', async () => {
    const list = await read.page!.getOperatorList();
    read.positioned.rules = rulesFromOperators(list.fnArray, list.argsArray, pdfjs.OPS as unknown as OpCodes, read.viewport);
  });
}

async function readPage(doc: PdfDocument, number: number, file: string, messages: Message[]): Promise<ReadPage> {
  const empty = (page: PdfPage | null, width = 0, height = 0): ReadPage => ({
    page,
    positioned: { number, width, height, runs: [], rules: [] },
    runs: [],
    viewport: [1, 0, 0, 1, 0, 0],
    opsRead: true,
  });
  let page: PdfPage | null = null;
  try {
    page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ disableNormalization: true });
    const runs = runsOfItems(content.items, viewport.transform);
    return { page, positioned: { number, width: viewport.width, height: viewport.height, runs, rules: [] }, runs, viewport: viewport.transform, opsRead: false };
  } catch (error) {
    messages.push(message('warning', 'pdf/page-unreadable', `page ${number} cannot be read (${(error as Error)?.message ?? error}); it is left out`, { file, page: number, line: 1 }));
    return empty(page);
  }
}

/** A ruled table holds the last text line of the page: it may go on on the next page. */
function tableRunsToBottom(read: ReadPage): boolean {
  if (read.positioned.rules.length === 0 || read.runs.length === 0) return false;
  const last = Math.max(...read.runs.map((r) => r.y));
  return findGrids(read.positioned.rules).some((g) => g.ys[0]! < last && g.ys[g.ys.length - 1]! >= last);
}

/**
 * Bold and italic of every run from its font's name, reading ops where a font is still unknown.
 * Returns the names, by pdf.js's font id.
 */
async function applyFontStyles(pdfjs: Pdfjs, pages: ReadPage[], timings: StageTimings | undefined): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const learn = (read: ReadPage) => {
    for (const run of read.runs) {
      if (names.has(run.fontName) || !read.page?.commonObjs.has(run.fontName)) continue;
      const font = read.page.commonObjs.get(run.fontName) as { name?: string } | null;
      names.set(run.fontName, font?.name ?? '');
    }
  };
  for (const read of pages) if (read.opsRead) learn(read);
  for (const read of pages) {
    if (read.runs.some((r) => !names.has(r.fontName))) {
      await readOps(pdfjs, read, timings).catch(() => undefined);
      learn(read);
      // A font pdf.js did not hand over even now (a broken one) is not asked for again.
      for (const run of read.runs) if (!names.has(run.fontName)) names.set(run.fontName, '');
    }
  }
  for (const read of pages) {
    for (const run of read.runs) {
      const style = styleOfFont(names.get(run.fontName) ?? '');
      run.bold = style.bold;
      run.italic = style.italic;
    }
  }
  return names;
}

/**
 * Pages to read by OCR (issue #14): `auto` those with no text, `force` every page (its text layer
 * is dropped, with a warning), `off` none. Their PDF runs are emptied so that fonts and legacy
 * encodings are not looked for in them.
 */
async function readByOcr(pdfjs: Pdfjs, doc: PdfDocument, pages: ReadPage[], options: ReadOptions, file: string, messages: Message[]): Promise<OcrOutcome> {
  const mode = options.ocr ?? 'auto';
  const targets = mode === 'off' ? [] : pages.filter((p) => p.page && (mode === 'force' || p.runs.length === 0));
  if (targets.length === 0) return { read: new Set(), tooCoarse: null };
  for (const read of targets) {
    if (read.runs.length > 0) {
      messages.push(message('warning', 'ocr/text-layer-replaced', `page ${read.positioned.number} has a text layer, read again by OCR (--ocr force): its text layer is not used`, { file, page: read.positioned.number, line: 1 }));
    }
    read.runs = [];
    read.opsRead = true;
  }
  return ocrPages(targets, { ops: pdfjs.OPS, canvasFactory: doc.canvasFactory as CanvasFactory }, file, messages, { engines: options.ocrEngines, onPage: options.onOcrPage });
}

export async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<DocumentIR> {
  const { timings } = options;
  const sha256 = options.sha256 ?? timed(timings, 'hash', () => sha256Hex(bytes));
  const pdfjs = await loadPdfjs();
  const doc = await timedAsync(timings, 'open', () => openDocument(pdfjs, bytes, file, options.ocr));
  const messages: Message[] = [];
  try {
    const pages: ReadPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) pages.push(await timedAsync(timings, 'text', () => readPage(doc, number, file, messages)));
    const unreadable = messages.length === pages.length && pages.length > 0;
    const ocr = await readByOcr(pdfjs, doc, pages, options, file, messages);
    if (pages.every((p) => p.runs.length === 0) && ocr.read.size === 0) {
      if (unreadable) throw new UnreadableFileError('pdf/corrupt', 'is damaged: no page of it can be read; get the file again (a download or copy may have been cut off), or export it again from Word', file);
      if (ocr.tooCoarse !== null) {
        throw new UnreadableFileError('pdf/no-text-layer', `has no text layer, and its page pictures are too coarse to read by OCR (${ocr.tooCoarse} dpi, 150 or more needed): scan it again at 300 dpi, or run it through OCR (text recognition, e.g. ocrmypdf) or import the Word or PDF original it was printed from`, file);
      }
      throw new UnreadableFileError('pdf/no-text-layer', 'has no text layer, only pictures of its pages (a scan?): run it through OCR (text recognition, e.g. ocrmypdf) or import the Word or PDF original it was printed from', file);
    }
    // Before the table test, which reads header captions: they too may be in TCVN3 or VNI.
    const byContent = repairRunsByContent(pages.flatMap((p) => p.runs));
    const tableLike = pages.map((p) => mayHoldTable(p.runs));
    // No page looks like it holds a table: the cheap test may have missed one (ruled, without
    // header words, its cells close together), so every page's ruling lines are read; a report
    // must not lose its table to the shortcut (issue 16). Only documents without tables pay it.
    const everyPage = !tableLike.includes(true);
    let previous: ReadPage | null = null;
    for (const [i, read] of pages.entries()) {
      if (read.runs.length === 0 && read.page && !ocr.read.has(read)) {
        messages.push(message('warning', 'pdf/page-no-text', `page ${read.positioned.number} has no text (a scanned page or a picture?); nothing on it is imported`, { file, page: read.positioned.number, line: 1 }));
      }
      if (everyPage || tableLike[i] || (previous !== null && tableRunsToBottom(previous))) {
        await readOps(pdfjs, read, timings).catch((error: unknown) => {
          messages.push(message('warning', 'pdf/page-graphics-unreadable', `the drawing of page ${read.positioned.number} cannot be read (${(error as Error)?.message ?? error}); its tables are rebuilt from the text alone`, { file, page: read.positioned.number, line: 1 }));
        });
      }
      previous = read;
    }
    const fontNames = await applyFontStyles(pdfjs, pages, timings);
    const byFont = byContent.conversions.length > 0 ? null : repairRunsByFont(pages.flatMap((p) => p.runs), (run) => fontNames.get(run.fontName) ?? '');
    const conversions = [...byContent.conversions, ...(byFont?.conversions ?? [])];
    const rebuilt = timed(timings, 'rebuild', () => rebuildPages(pages.map((p) => p.positioned), PDF_UNITS, file, 'pdf'));
    return {
      file,
      sha256,
      format: 'pdf',
      blocks: rebuilt.blocks,
      messages: [...byContent.messages, ...(byFont?.messages ?? []), ...messages, ...rebuilt.messages],
      info: conversions.length > 0 ? { pages: doc.numPages, conversions } : { pages: doc.numPages },
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
