/**
 * The OCR engine: tesseract.js (Tesseract 5 compiled to WebAssembly) with the Vietnamese LSTM
 * model of `@tesseract.js-data/vie` (its `4.0.0_best_int` folder: the integer "best" model, the
 * one tesseract.js itself picks for LSTM-only work). Everything comes from node_modules: the
 * language path is given as a local folder and `cacheMethod: 'none'`, so nothing is fetched and
 * nothing is written (tesseract.js would otherwise download from jsDelivr and cache the model in
 * the working folder). In Node, tesseract.js loads its core and worker script from its own
 * package, so no core or worker path is needed. One engine is one tesseract worker thread.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { toPgm, type GrayImage } from './image.js';

const require = createRequire(import.meta.url);

/**
 * - `block`: a cell of running text (Tesseract page segmentation mode 6, one uniform block);
 * - `figure`: an STT or value cell, one line, only what figures are written with (PSM 7 and a
 *   whitelist: digits, `.,/%()`, and the letters of Có and Không); `digit` the same for one
 *   character (PSM 10);
 * - `page`: prose outside tables, laid out by Tesseract itself (PSM 3).
 */
export type ReadMode = 'block' | 'figure' | 'digit' | 'page';

const FIGURE_CHARACTERS = '0123456789.,/%()-CóKhông';

const PARAMETERS: Record<ReadMode, Record<string, string>> = {
  block: { tessedit_pageseg_mode: '6', tessedit_char_whitelist: '' },
  figure: { tessedit_pageseg_mode: '7', tessedit_char_whitelist: FIGURE_CHARACTERS },
  digit: { tessedit_pageseg_mode: '10', tessedit_char_whitelist: FIGURE_CHARACTERS },
  page: { tessedit_pageseg_mode: '3', tessedit_char_whitelist: '' },
};

/** A word as read, in the pixels of the image given. */
export interface ReadWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A line of text as read, in the pixels of the image given. */
export interface ReadLine extends ReadWord {
  /** The baseline's height at the line's middle. */
  baseline: number;
  /** Its words, with their boxes: a table printed without rules is rebuilt from them (words.ts). */
  words: ReadWord[];
}

export interface OcrRead {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  /** The lowest word confidence: one doubtful digit is what makes a figure doubtful. */
  lowest: number;
  lines: ReadLine[];
}

export interface OcrEngine {
  /** `dpi`: the scan's resolution, told to Tesseract (else it estimates it, and says so on the console). */
  read(image: GrayImage, mode: ReadMode, dpi: number): Promise<OcrRead>;
  close(): Promise<void>;
}

interface TesseractLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  baseline: { x0: number; y0: number; x1: number; y1: number };
  words: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }>;
}

interface TesseractResult {
  data: {
    text: string;
    confidence: number;
    blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null;
  };
}

interface TesseractWorker {
  recognize(image: Uint8Array | Buffer, options: object, output: object): Promise<TesseractResult>;
  setParameters(parameters: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}

export async function createEngine(): Promise<OcrEngine> {
  const tesseract = require('tesseract.js') as { createWorker: (lang: string, oem: number, options: object) => Promise<TesseractWorker> };
  const langPath = join(dirname(require.resolve('@tesseract.js-data/vie')), '4.0.0_best_int');
  // OEM 1: the LSTM engine only (the model ships no legacy data).
  const worker = await tesseract.createWorker('vie', 1, { langPath, cacheMethod: 'none', gzip: true, logger: () => undefined, errorHandler: () => undefined });
  let current = '';
  return {
    async read(image, mode, dpi) {
      const key = `${mode} ${dpi}`;
      if (current !== key) {
        // debug_file: Tesseract's own notes ("Line cannot be recognized!!") would reach the console.
        await worker.setParameters({ ...PARAMETERS[mode], user_defined_dpi: String(dpi), debug_file: '/dev/null' });
        current = key;
      }
      const result = await worker.recognize(Buffer.from(toPgm(image)), {}, { text: true, blocks: true });
      const lines = (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
      const words = lines.flatMap((l) => l.words).filter((w) => w.text.trim() !== '');
      return {
        text: result.data.text.trim(),
        confidence: result.data.confidence,
        lowest: words.length > 0 ? Math.min(...words.map((w) => w.confidence)) : 0,
        lines: lines.map((l) => ({
          text: l.text.trim(),
          confidence: l.confidence,
          ...l.bbox,
          baseline: (l.baseline.y0 + l.baseline.y1) / 2,
          words: l.words.filter((w) => w.text.trim() !== '').map((w) => ({ text: w.text.trim(), confidence: w.confidence, ...w.bbox })),
        })),
      };
    },
    async close() {
      await worker.terminate();
    },
  };
}
