/**
 * Builds the DOCX and PDF fixtures from the seed reports:
 *   fixtures/seeds/<stem>.txt → fixtures/docx/<stem>.docx → fixtures/pdf/<stem>.pdf
 *
 * The DOCX is written here (docx-writer.ts) from the seed read back into paragraphs and tables
 * (seed-tables.ts); the PDF is LibreOffice's export of that DOCX, so its tables run across pages
 * with repeated header rows and wrapped labels, like a report exported from Word.
 *
 * Usage: npm run build && node dist/scripts/build-fixtures.js [--no-pdf]
 * Needs `soffice` (LibreOffice) on PATH for the PDFs; `pdfinfo` (poppler) only for the log; and
 * Liberation Serif 2.x (Debian fonts-liberation2): version 1.07 (fonts-liberation) has no
 * Vietnamese letters, so LibreOffice would take ư, ỉ, ở ... from DejaVu Serif glyph by glyph and
 * the PDF text would come apart inside syllables — not what a Word export looks like.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx, type DocxOptions } from './docx-writer.js';
import { readSeed } from './seed-tables.js';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SEEDS = join(ROOT, 'fixtures', 'seeds');
const DOCX_DIR = join(ROOT, 'fixtures', 'docx');
const PDF_DIR = join(ROOT, 'fixtures', 'pdf');

/**
 * Variety across the fixtures, chosen by seed number: seed 001 (one long table, no cell cut by a
 * page break) is written as several Word tables with a copied header; the others keep one table
 * per form with repeating header rows.
 */
const VARIANTS: Record<string, Partial<DocxOptions>> = {
  '001': { splitTables: true },
};

function convertToPdf(docxFiles: string[]): void {
  mkdirSync(PDF_DIR, { recursive: true });
  // A private profile: other LibreOffice processes on the machine must not share its lock.
  const profile = `file://${join(tmpdir(), 'chitieu-build-fixtures-lo')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', PDF_DIR, ...docxFiles], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Warns when the Times New Roman substitute cannot draw Vietnamese (see the module comment). */
function checkFont(): void {
  try {
    const families = execFileSync('fc-list', [':charset=1ec9 1b0', 'family'], { encoding: 'utf8' });
    if (!/Liberation Serif/.test(families)) {
      console.warn('warning: Liberation Serif here has no Vietnamese letters (install fonts-liberation2); PDF text will mix in fallback fonts');
    }
  } catch {
    console.warn('warning: fc-list not found; cannot check that Liberation Serif covers Vietnamese');
  }
}

function pageCount(pdf: string): string {
  try {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return /^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '?';
  } catch {
    return '?';
  }
}

function main(argv: string[]): void {
  mkdirSync(DOCX_DIR, { recursive: true });
  const written: string[] = [];
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = basename(name, '.txt');
    const options: DocxOptions = { splitTables: false, ...VARIANTS[stem.slice(0, 3)] };
    const seed = readSeed(readFileSync(join(SEEDS, name), 'utf8'));
    const out = join(DOCX_DIR, `${stem}.docx`);
    const bytes = buildDocx(seed.blocks, options);
    writeFileSync(out, bytes);
    written.push(out);
    const tables = seed.blocks.filter((b) => b.kind === 'table');
    const wordTables = tables.reduce((n, t) => n + (options.splitTables ? t.pieceStarts.length + 1 : 1), 0);
    console.log(
      `${stem}.docx: ${bytes.length} bytes, ${tables.length} table(s) → ${wordTables} Word table(s), `
        + `${tables.reduce((n, t) => n + t.rows.length, 0)} data rows${options.splitTables ? ', split at page breaks' : ''}`,
    );
    for (const join of seed.joins) console.log(`  seed line ${join.line} joined into line ${join.into} (${join.what})`);
  }
  if (argv.includes('--no-pdf')) return;
  checkFont();
  convertToPdf(written);
  for (const docx of written) {
    const pdf = join(PDF_DIR, basename(docx, '.docx') + '.pdf');
    console.log(`${basename(pdf)}: ${readFileSync(pdf).length} bytes, ${pageCount(pdf)} page(s)`);
  }
}

main(process.argv.slice(2));
