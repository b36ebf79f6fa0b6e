/**
 * The OCR engine: tesseract.js (Tesseract 5 compiled to WebAssembly) with the Vietnamese LSTM
 * model of `@tesseract.js-data/vie` (its `4.0.0_best_int` folder: the integer "best" model, the
 * one tesseract.js itself picks for LSTM-only work). Everything comes from node_modules: the
 * language path is given as a local folder and `cacheMethod: 'none'`, so nothing is fetched and
 * nothing is written (tesseract.js would otherwise download from jsDelivr and cache the model in
 * the working folder). In Node, tesseract.js loads its core and worker script from its own
 * package, so no core or worker path is needed.
 *
 * Figures are read again by a second worker with the English model (`@tesseract.js-data/eng`,
 * same folder layout): the Vietnamese model is trained on running text, where digits are rare,
 * and on the fixture scans it read a clean "5.5" as "2.2" (52 %), "11" as "li" and "87" at 69 %;
 * the English model read all of them right at 92–96 % (docs/ocr.md, "Two models"). Digits are the
 * same in both scripts, so nothing Vietnamese is lost. One engine is these two worker threads; the
 * English one starts at the first figure.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { toPgm, type GrayImage } from './image.js';

const require = createRequire(import.meta.url);

/**
 * - `block`: a cell of running text (Tesseract page segmentation mode 6, one uniform block);
 * - `figure`: an STT or value cell, one line, only what numbers are written with (PSM 7, English
 *   model, whitelist digits and `.,/%()-`); `digit` the same for one character (PSM 10);
 * - `yes-no`: a Có or Không cell, one line of those letters only (PSM 7, Vietnamese model);
 * - `prose`: the text of a page outside its ruled tables, as one block (PSM 6), its lines with
 *   their baselines (parsers/ocr/prose.ts);
 * - `page`: laid out by Tesseract itself (PSM 3).
 */
export type ReadMode = 'block' | 'figure' | 'digit' | 'yes-no' | 'prose' | 'page';

const NUMBER_CHARACTERS = '0123456789.,/%()-';

const PARAMETERS: Record<ReadMode, Record<string, string>> = {
  block: { tessedit_pageseg_mode: '6', tessedit_char_whitelist: '' },
  figure: { tessedit_pageseg_mode: '7', tessedit_char_whitelist: NUMBER_CHARACTERS },
  digit: { tessedit_pageseg_mode: '10', tessedit_char_whitelist: NUMBER_CHARACTERS },
  'yes-no': { tessedit_pageseg_mode: '7', tessedit_char_whitelist: 'CóKhông' },
  prose: { tessedit_pageseg_mode: '6', tessedit_char_whitelist: '' },
  page: { tessedit_pageseg_mode: '3', tessedit_char_whitelist: '' },
};

/** The modes whose lines need their baselines, which only tesseract.js's block tree gives. */
const TREE_MODES: ReadonlySet<ReadMode> = new Set(['prose', 'page']);

/** The modes read by the English model: digits only. */
const DIGIT_MODES: ReadonlySet<ReadMode> = new Set(['figure', 'digit']);

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
  /** The baseline's height at the line's middle: `prose` and `page` reads only. */
  baseline?: number;
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
    tsv?: string | null;
    confidence: number;
    blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null;
  };
}

interface TesseractWorker {
  recognize(image: Uint8Array | Buffer, options: object, output: object): Promise<TesseractResult>;
  setParameters(parameters: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}

/**
 * Where a file's OCR gets its engine. A parse worker keeps one for its whole life
 * (`keptEngine`): starting one costs about 0.6 s of CPU (the WebAssembly core compiled, the model
 * unpacked), a second a one-page scan on a loaded machine. Reads do not depend on what the engine
 * read before (the LSTM engine does not adapt), so a kept engine reads a file as a new one would.
 */
export interface EngineSource {
  acquire(): Promise<OcrEngine>;
  /** `broken`: the file's reading failed inside the engine; it is closed rather than used again. */
  release(engine: OcrEngine, broken: boolean): Promise<void>;
}

/** A new engine for each file, closed after it (readPdf called alone: a test, a script). */
export const ENGINE_PER_FILE: EngineSource = {
  acquire: () => createEngine(),
  release: (engine) => engine.close(),
};

/** One engine for every file this thread reads, started at the first scan; it ends with the thread. */
export function keptEngine(): EngineSource {
  let kept: Promise<OcrEngine> | null = null;
  return {
    acquire: () => (kept ??= createEngine()),
    async release(engine, broken) {
      if (!broken) return;
      kept = null;
      await engine.close();
    },
  };
}

type Tesseract = { createWorker: (lang: string, oem: number, options: object) => Promise<TesseractWorker> };

/** One tesseract worker with the model of package `@tesseract.js-data/<lang>`, from node_modules. */
async function startWorker(tesseract: Tesseract, lang: 'vie' | 'eng'): Promise<TesseractWorker> {
  const langPath = join(dirname(require.resolve(`@tesseract.js-data/${lang}`)), '4.0.0_best_int');
  // OEM 1: the LSTM engine only (the models ship no legacy data).
  return tesseract.createWorker(lang, 1, { langPath, cacheMethod: 'none', gzip: true, logger: () => undefined, errorHandler: () => undefined });
}

/** A worker and the parameters last set on it (setting them is a round trip to its thread). */
interface Reader {
  worker: TesseractWorker;
  current: string;
}

async function readWith(reader: Reader, image: GrayImage, mode: ReadMode, dpi: number): Promise<OcrRead> {
  const key = `${mode} ${dpi}`;
  if (reader.current !== key) {
    // debug_file: Tesseract's own notes ("Line cannot be recognized!!") would reach the console.
    await reader.worker.setParameters({ ...PARAMETERS[mode], user_defined_dpi: String(dpi), debug_file: '/dev/null' });
    reader.current = key;
  }
  // Only what is used comes back from the worker thread: a cell's lines and word confidences
  // as Tesseract's TSV (a few hundred bytes) rather than its block tree with every symbol and
  // its alternatives, which cost a JSON parse and a structured copy each read (docs/ocr.md,
  // "Speed and memory"). Prose keeps the block tree for its baselines and line confidences.
  if (!TREE_MODES.has(mode)) {
    const result = await reader.worker.recognize(toPgm(image), {}, { tsv: true });
    return readOfTsv(result.data.tsv ?? '', result.data.confidence);
  }
  return readOfBlocks(await reader.worker.recognize(toPgm(image), {}, { text: true, blocks: true }));
}

export async function createEngine(): Promise<OcrEngine> {
  const tesseract = require('tesseract.js') as Tesseract;
  const text: Reader = { worker: await startWorker(tesseract, 'vie'), current: '' };
  let digits: Promise<Reader> | null = null;
  return {
    async read(image, mode, dpi) {
      if (!DIGIT_MODES.has(mode)) return readWith(text, image, mode, dpi);
      digits ??= startWorker(tesseract, 'eng').then((worker) => ({ worker, current: '' }));
      return readWith(await digits, image, mode, dpi);
    },
    async close() {
      await Promise.all([text.worker.terminate(), digits?.then((d) => d.worker.terminate())]);
    },
  };
}

/** A `page` read from tesseract.js's block tree: lines with their own confidence and baseline. */
function readOfBlocks(result: TesseractResult): OcrRead {
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
}

/** TSV columns (Tesseract's TessBaseAPI::GetTSVText): level … left top width height conf text. */
const LINE_LEVEL = '4';
const WORD_LEVEL = '5';

/**
 * A cell read from Tesseract's TSV: a row a line (level 4, its box) and a row a word (level 5,
 * its confidence and text). Word confidences are cut to whole numbers as tesseract.js's block
 * tree gives them, so the thresholds of src/recognise/ocr-doubt.ts keep their meaning; the text
 * is the lines' words, a line a row, as Tesseract's own text gives them.
 */
export function readOfTsv(tsv: string, confidence: number): OcrRead {
  const lines: Array<ReadLine & { texts: string[] }> = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    const [x, y, w, h] = f.slice(6, 10).map(Number) as [number, number, number, number];
    if (f[0] === LINE_LEVEL) {
      lines.push({ text: '', confidence: 0, x0: x, y0: y, x1: x + w, y1: y + h, words: [], texts: [] });
    } else if (f[0] === WORD_LEVEL && lines.length > 0) {
      const text = f[11] ?? '';
      const line = lines[lines.length - 1]!;
      // An empty word is kept in the line's text (two spaces), as Tesseract's own text has it.
      line.texts.push(text);
      if (text.trim() !== '') line.words.push({ text: text.trim(), confidence: Math.trunc(Number(f[10])), x0: x, y0: y, x1: x + w, y1: y + h });
    }
  }
  for (const line of lines) line.text = line.texts.join(' ').trim();
  const confidences = lines.flatMap((l) => l.words.map((word) => word.confidence));
  return {
    text: lines.map((l) => l.text).filter((t) => t !== '').join('\n'),
    confidence,
    lowest: confidences.length > 0 ? Math.min(...confidences) : 0,
    lines: lines.map(({ texts: _, ...line }) => ({ ...line, confidence: line.words.length > 0 ? Math.trunc(line.words.reduce((a, b) => a + b.confidence, 0) / line.words.length) : 0 })),
  };
}
