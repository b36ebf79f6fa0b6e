/**
 * The PDF adapter's OCR step (issue #14): pages without a usable text layer (`--ocr auto`), or
 * every page (`--ocr force`), are read from their pictures by parsers/ocr/. The engine (one
 * tesseract worker thread) comes from `engines`: a parse worker keeps one for all its files, so an
 * import runs one engine per parse worker, that is one per core; alone, one per file.
 */
import { message, type Message } from '../ir.js';
import { ENGINE_PER_FILE, type EngineSource, type OcrEngine } from '../ocr/engine.js';
import { pageImage, type ImageOps } from '../ocr/page-image.js';
import { MIN_DPI, pageReadMessage, readScannedPage } from '../ocr/read-scan.js';
import type { PositionedPage } from '../positioned/types.js';

export interface OcrTarget {
  page: Parameters<typeof pageImage>[0] | null;
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

export async function ocrPages(targets: readonly OcrTarget[], ops: ImageOps, file: string, messages: Message[], options: OcrPagesOptions = {}): Promise<OcrOutcome> {
  const outcome: OcrOutcome = { read: new Set(), tooCoarse: null };
  const engines = options.engines ?? ENGINE_PER_FILE;
  let engine: OcrEngine | null = null;
  let broken = true;
  let done = 0;
  try {
    for (const target of targets) {
      const number = target.positioned.number;
      const at = { file, page: number, line: 1 };
      const picture = target.page ? await pageImage(target.page, ops).catch(() => null) : null;
      // The picture is copied out as gray: pdf.js's decoded copy would stay for every page of a long scan.
      target.page?.cleanup();
      // A page with no picture to read keeps the adapter's own pdf/page-no-text warning.
      if (!picture) {
        options.onPage?.(++done, targets.length);
        continue;
      }
      if (picture.dpi < MIN_DPI) {
        outcome.tooCoarse = Math.min(outcome.tooCoarse ?? picture.dpi, picture.dpi);
        messages.push(message('warning', 'ocr/resolution-too-low', `page ${number} is a picture of ${picture.dpi} dpi, too coarse to read reliably (${MIN_DPI} dpi or more, 300 best): scan it again`, at));
        options.onPage?.(++done, targets.length);
        continue;
      }
      engine ??= await engines.acquire();
      const scan = { number, image: picture.image, dpi: picture.dpi };
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
