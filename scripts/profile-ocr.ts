/**
 * Where the seconds of OCR go (issue #14, "speed and memory"): every page of the scans given (by
 * default fixtures/scans/) is read by `readScannedPage` with an engine that records each of its
 * reads — which step asked for it (orientation, a cell's text read, its digits-only re-read, the
 * second look at a cell as scanned, prose), its mode, its pixels, and the CPU time of the whole
 * process (process.cpuUsage counts the tesseract worker thread too) and wall time it took. The
 * rest of a page's time is the image work in JavaScript (skew, ink, rules, cell cuts). A tiny
 * blank read gives the engine's fixed cost a call (message passing, image decoding, layout).
 *
 * Usage: npm run build && node dist/scripts/profile-ocr.js [scan.pdf ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type OcrEngine, type ReadMode } from '../parsers/ocr/engine.js';
import { pageImage } from '../parsers/ocr/page-image.js';
import { readScannedPage } from '../parsers/ocr/read-scan.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The function of parsers/ocr/ that asked for a read, innermost first. */
const CALLERS: [RegExp, string][] = [
  [/uprightTurns/, 'orientation'],
  [/readProse/, 'prose'],
  [/readFigureLine/, 'cell digits re-read'],
  [/readCell/, 'cell text read'],
];

/** Which of readGridCells' calls of readCell (the first read, or the second look as scanned): its line. */
const callSite = (stack: string) => /readGridCells \(.*:(\d+):\d+\)/.exec(stack)?.[1];

interface Tally {
  reads: number;
  cpuMs: number;
  wallMs: number;
  pixels: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function profiled(engine: OcrEngine, tallies: Map<string, Tally>): OcrEngine {
  return {
    async read(image, mode: ReadMode, dpi) {
      const stack = new Error().stack ?? '';
      const site = callSite(stack);
      const step = (CALLERS.find(([pattern]) => pattern.test(stack))?.[1] ?? 'other') + (site ? ` @cells.js:${site}` : '');
      const cpu = cpuMs();
      const wall = performance.now();
      const read = await engine.read(image, mode, dpi);
      const key = `${step} (${mode} ${dpi} dpi)`;
      const t = tallies.get(key) ?? { reads: 0, cpuMs: 0, wallMs: 0, pixels: 0 };
      t.reads++;
      t.cpuMs += cpuMs() - cpu;
      t.wallMs += performance.now() - wall;
      t.pixels += image.width * image.height;
      tallies.set(key, t);
      return read;
    },
    close: () => engine.close(),
  };
}

async function pagesOf(file: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false, maxImageSize: -1 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const paint = await pageImage(page as never, pdfjs.OPS as never);
    // The fixture scans' pages are pictures as stored; a page drawn otherwise is left out here.
    const picture = paint?.kind === 'image' ? paint.picture : null;
    if (picture) pages.push({ number: n, image: picture.image, dpi: picture.dpi });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

async function main(argv: string[]): Promise<void> {
  const dir = join(ROOT, 'fixtures', 'scans');
  const files = argv.length > 0 ? argv : readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  const tallies = new Map<string, Tally>();
  const base = await createEngine();
  const engine = profiled(base, tallies);
  // The fixed cost of a call: a blank 40 × 40 image, 20 times, in each mode.
  const blank = { width: 40, height: 40, data: new Uint8Array(1600).fill(255) };
  for (const mode of ['block', 'figure'] as const) {
    const cpu = cpuMs();
    for (let i = 0; i < 20; i++) await base.read(blank, mode, 300);
    console.log(`fixed cost of a ${mode} read (blank 40 × 40): ${((cpuMs() - cpu) / 20).toFixed(1)} ms CPU`);
  }
  let pageCpu = 0;
  let pageWall = 0;
  let pages = 0;
  for (const file of files) {
    for (const scan of await pagesOf(file)) {
      const cpu = cpuMs();
      const wall = performance.now();
      const read = await readScannedPage(engine, scan);
      const c = cpuMs() - cpu;
      pageCpu += c;
      pageWall += performance.now() - wall;
      pages++;
      console.log(`${basename(file).padEnd(32)} p${scan.number} ${(c / 1000).toFixed(2)} s CPU, ${read.seconds.toFixed(2)} s wall, ${read.cells} cells, ${read.tables} table(s), turned ${read.turns * 90}°, skew ${read.skew}°`);
    }
  }
  await engine.close();
  const readCpu = [...tallies.values()].reduce((s, t) => s + t.cpuMs, 0);
  console.log(`\n${pages} pages: ${(pageCpu / pages / 1000).toFixed(2)} s CPU a page, ${(pageWall / pages / 1000).toFixed(2)} s wall`);
  console.log(`${'step (mode, resolution read at)'.padEnd(44)} reads   CPU s   share   ms CPU a read   Mpx`);
  for (const [key, t] of [...tallies].sort((a, b) => b[1].cpuMs - a[1].cpuMs)) {
    console.log(`${key.padEnd(44)} ${String(t.reads).padStart(5)} ${(t.cpuMs / 1000).toFixed(2).padStart(7)} ${((t.cpuMs / pageCpu) * 100).toFixed(0).padStart(5)} % ${(t.cpuMs / t.reads).toFixed(1).padStart(10)} ${(t.pixels / 1e6).toFixed(1).padStart(9)}`);
  }
  console.log(`${'image work in JavaScript (rest)'.padEnd(44)}       ${((pageCpu - readCpu) / 1000).toFixed(2).padStart(7)} ${(((pageCpu - readCpu) / pageCpu) * 100).toFixed(0).padStart(5)} %`);
}

await main(process.argv.slice(2));
