/**
 * Memory over a long scan (issue #14: "memory flat over a 100-page scan"): builds, in a temporary
 * folder, one PDF of N pages (default 100) whose pictures are the pages of fixtures/scans/ in turn
 * (tables and title pages, 200 and 300 dpi, as 8-bit gray Flate images: scripts/pdf-writer.ts),
 * imports it with the importer as `chitieu import --jobs 1` does (a parse worker, its OCR engine),
 * and samples the process's resident memory (every thread: the main one, the parse worker, the
 * tesseract worker) at each page the OCR step takes and every second. Flat means the last pages
 * need no more than the first ones: the script prints RSS by tenth of the pages and the slope.
 *
 * Usage: npm run build && node dist/scripts/memory-ocr.js [--pages N] [--keep]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { pageImage } from '../parsers/ocr/page-image.js';
import { importPaths } from '../src/importer/import-files.js';
import { openDatabase } from '../src/store/db.js';
import { scannedPdf, type PageImage } from './pdf-writer.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const MB = 1024 * 1024;

/** Every page picture of fixtures/scans/, as gray Flate images. */
async function fixturePages(): Promise<PageImage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = join(ROOT, 'fixtures', 'scans');
  const pages: PageImage[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort()) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(dir, name))), verbosity: 0, isEvalSupported: false, maxImageSize: -1 }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const paint = await pageImage(page as never, pdfjs.OPS as never);
      // The fixture scans' pages are pictures as stored; a page drawn otherwise is left out here.
      const picture = paint?.kind === 'image' ? paint.picture : null;
      page.cleanup();
      if (!picture) continue;
      const { width, height, data } = picture.image;
      pages.push({ width, height, dpi: picture.dpi, format: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(data) });
    }
    await doc.destroy();
  }
  return pages;
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--pages');
  const count = at >= 0 ? Number(argv[at + 1]) : 100;
  const work = mkdtempSync(join(tmpdir(), 'chitieu-ocr-memory-'));
  const fixtures = await fixturePages();
  const pdf = join(work, `scan-${count}-pages.pdf`);
  writeFileSync(pdf, scannedPdf(Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!)));
  console.error(`memory-ocr: ${pdf} (${count} pages from ${fixtures.length} fixture pages, ${(readFileSync(pdf).length / MB).toFixed(1)} MB); load ${loadavg()[0]!.toFixed(1)}`);

  const samples: { page: number; rssMb: number; s: number }[] = [];
  let page = 0;
  const started = performance.now();
  const sample = () => samples.push({ page, rssMb: process.memoryUsage().rss / MB, s: (performance.now() - started) / 1000 });
  const timer = setInterval(sample, 1000);
  const db = openDatabase(join(work, 'memory.sqlite'));
  try {
    const summary = await importPaths([pdf], {
      db,
      jobs: 1,
      timeoutMs: 300_000,
      onOcrPage: (p) => {
        page = p.ocrInFlight?.done ?? page + 1;
        sample();
        if (page % 10 === 0) console.error(`memory-ocr: page ${page}/${count}, RSS ${samples[samples.length - 1]!.rssMb.toFixed(0)} MB, ${samples[samples.length - 1]!.s.toFixed(0)} s`);
      },
    });
    console.error(`memory-ocr: ${summary.imported} imported, ${summary.failed} failed, ${summary.figures} figures, ${summary.toReview} rows to review`);
  } finally {
    clearInterval(timer);
    db.close();
    if (!argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
  }
  report(samples, count);
}

/** Peak RSS in each tenth of the pages, and the least-squares slope of the per-page samples. */
function report(samples: { page: number; rssMb: number; s: number }[], count: number): void {
  const tenth = Math.max(1, Math.ceil(count / 10));
  const rows: string[] = [];
  for (let from = 1; from <= count; from += tenth) {
    const inside = samples.filter((x) => x.page >= from && x.page < from + tenth);
    if (inside.length > 0) rows.push(`pages ${from}-${Math.min(count, from + tenth - 1)}: peak ${Math.max(...inside.map((x) => x.rssMb)).toFixed(0)} MB`);
  }
  const perPage = samples.filter((x) => x.page > 0);
  const n = perPage.length;
  const mx = perPage.reduce((s, x) => s + x.page, 0) / n;
  const my = perPage.reduce((s, x) => s + x.rssMb, 0) / n;
  const slope = perPage.reduce((s, x) => s + (x.page - mx) * (x.rssMb - my), 0) / Math.max(1, perPage.reduce((s, x) => s + (x.page - mx) ** 2, 0));
  console.log(rows.join('\n'));
  console.log(`peak ${Math.max(...samples.map((x) => x.rssMb)).toFixed(0)} MB over ${count} pages in ${samples[samples.length - 1]!.s.toFixed(0)} s; slope ${slope.toFixed(2)} MB a page (least squares over ${n} samples)`);
}

await main(process.argv.slice(2));
