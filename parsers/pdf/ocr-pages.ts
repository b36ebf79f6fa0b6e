/**
 * The PDF adapter's OCR step (issue #14): pages without a usable text layer (`--ocr auto`), or
 * every page (`--ocr force`), are read from their pictures by parsers/ocr/. The engine (one
 * tesseract worker thread) comes from `engines`: a parse worker keeps one for all its files, so an
 * import runs one engine per parse worker, that is one per core; alone, one per file.
 */
import { message, type Message } from '../ir.js';
import { ENGINE_PER_FILE, type EngineSource, type OcrEngine } from '../ocr/engine.js';
import { pageImage, type ImageOps } from '../ocr/page-image.js';
import { MIN_DPI, pageReadMessage, readScannedPage, type ScannedPage } from '../ocr/read-scan.js';
import type { PositionedPage } from '../positioned/types.js';
import { renderPage, RENDER_DPI, type CanvasFactory } from './render-page.js';

type OcrPage = Parameters<typeof pageImage>[0] & Parameters<typeof renderPage>[0];

/** What pdf.js gives the OCR step: its operator codes, and its canvas factory for pages to render. */
export interface PictureSource {
  ops: ImageOps;
  canvasFactory: CanvasFactory;
}

/**
 * The picture of page `number` as stored (one image covering it), or rendered when the page is
 * drawn otherwise (vector art, strips, tiles; parsers/ocr/page-image.ts); null when it paints
 * nothing. The import and `explain --crop` both take it from here, so a box lands on the same pixels.
 */
export async function pagePicture(page: OcrPage, source: PictureSource, number: number): Promise<ScannedPage | null> {
  const paint = await pageImage(page, source.ops);
  if (!paint) return null;
  if (paint.kind === 'image') return { number, ...paint.picture };
  // At the resolution of the images it paints (a scan in strips keeps its pixels), else 300 dpi.
  const dpi = paint.dpi ?? RENDER_DPI;
  return { number, image: await renderPage(page, source.canvasFactory, dpi), dpi, rendered: true };
}

export interface OcrTarget {
  page: OcrPage | null;
  positioned: PositionedPage;
}

export interface OcrOutcome {
  /** Pages read by OCR. */
  read: Set<OcrTarget>;
  /** The coarsest picture met below MIN_DPI, for the refusal of a scan nothing could be read of. */
  tooCoarse: number | null;
}

export interface OcrPagesOptions {
  engines?: EngineSource;
  /** After each page read by OCR: how many of the file's pages to read by OCR are done. */
  onPage?: (done: number, of: number) => void;
}

export async function ocrPages(targets: readonly OcrTarget[], source: PictureSource, file: string, messages: Message[], options: OcrPagesOptions = {}): Promise<OcrOutcome> {
  const outcome: OcrOutcome = { read: new Set(), tooCoarse: null };
  const engines = options.engines ?? ENGINE_PER_FILE;
  let engine: OcrEngine | null = null;
  let broken = true;
  let done = 0;
  try {
    for (const target of targets) {
      const number = target.positioned.number;
      const at = { file, page: number, line: 1 };
      const scan = target.page ? await pagePicture(target.page, source, number).catch(() => null) : null;
      // The picture is copied out as gray: pdf.js's decoded copy would stay for every page of a long scan.
      target.page?.cleanup();
      // A page with no picture to read keeps the adapter's own pdf/page-no-text warning.
      if (!scan) {
        options.onPage?.(++done, targets.length);
        continue;
      }
      if (scan.dpi < MIN_DPI) {
        outcome.tooCoarse = Math.min(outcome.tooCoarse ?? scan.dpi, scan.dpi);
        messages.push(message('warning', 'ocr/resolution-too-low', `page ${number} is a picture of ${scan.dpi} dpi, too coarse to read reliably (${MIN_DPI} dpi or more, 300 best): scan it again`, at));
        options.onPage?.(++done, targets.length);
        continue;
      }
      engine ??= await engines.acquire();
      const read = await readScannedPage(engine, scan);
      target.positioned.runs = read.page.runs;
      target.positioned.rules = read.page.rules;
      target.positioned.width = read.page.width;
      target.positioned.height = read.page.height;
      outcome.read.add(target);
      messages.push(pageReadMessage(file, scan, read));
      options.onPage?.(++done, targets.length);
      if (read.tables === 0 && read.page.runs.length === 0) {
        messages.push(message('warning', 'ocr/page-empty', `page ${number} was read by OCR and holds no text`, at));
      }
    }
    broken = false;
  } finally {
    if (engine) await engines.release(engine, broken).catch(() => undefined);
  }
  return outcome;
}
