/**
 * Seconds a page of OCR (issue #14), per scan of fixtures/scans/ (or the files given): `readPdf`
 * with `--ocr auto` on one core, next to the digital PDF the scan was made from. One run each:
 * OCR takes seconds a page, and the spread between runs is small beside it.
 *
 * Usage: npm run build && node dist/scripts/bench-ocr.js [scan.pdf ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdf } from '../parsers/pdf/read-pdf.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function seconds(file: string, ocr: 'auto' | 'off'): Promise<{ seconds: number; pages: number; notes: string[] }> {
  const bytes = readFileSync(file);
  const start = performance.now();
  const doc = await readPdf(bytes, file, { ocr });
  const notes = doc.messages.filter((m) => m.code === 'ocr/page-read').map((m) => m.message.replace(/^page \d+ was read by OCR /, ''));
  return { seconds: (performance.now() - start) / 1000, pages: doc.info.pages ?? 0, notes };
}

async function main(argv: string[]): Promise<void> {
  const dir = join(ROOT, 'fixtures', 'scans');
  const files = argv.length > 0 ? argv : readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  // Warm-up: loading pdf.js is not a per-page cost (the OCR engine's start is: one per file).
  await readPdf(readFileSync(join(ROOT, 'fixtures', 'pdf', '000_9e493d0445893002.pdf')), 'warm-up.pdf');
  let total = 0;
  let pages = 0;
  for (const file of files) {
    const run = await seconds(file, 'auto');
    total += run.seconds;
    pages += run.pages;
    console.log(`${basename(file).padEnd(34)} ${run.pages} page(s) ${(run.seconds / run.pages).toFixed(1).padStart(5)} s a page   ${run.notes.join(' | ')}`);
  }
  const digital = await seconds(join(ROOT, 'fixtures', 'pdf', '000_9e493d0445893002.pdf'), 'off');
  console.log(`OCR: ${(pages / total).toFixed(2)} pages/s on one core (${(total / pages).toFixed(1)} s a page); the digital 000 PDF: ${(digital.pages / digital.seconds).toFixed(0)} pages/s`);
}

await main(process.argv.slice(2));
