/**
 * The seeds' DOCX fixtures printed otherwise than the fixtures in fixtures/pdf, as reports reach
 * us: LibreOffice prints each changed copy to PDF.
 *
 * - fixtures/layout/wide-font/<stem>.txt: Times New Roman swapped for DejaVu Serif — what a machine
 *   without Times or its metric twin prints with, a font about a fifth wider — and the PDF dumped
 *   by `pdftotext -layout`. The same columns hold fewer characters: captions break over three
 *   lines ("Đơn vị" / "tính"), and a caption's second line runs into the next caption with one
 *   space ("Số liệu thực hiện").
 * - fixtures/pdf/borderless/<stem>.pdf: the table borders (w:tblBorders) taken out, so that the
 *   tables are printed without rules and are found by their aligned columns alone.
 * - fixtures/pdf/cairo-borderless/<stem>.pdf: that PDF written again by cairo (`pdftocairo -pdf`),
 *   which cuts a run of text wherever a glyph comes from another font subset ("Ch" "ỉ" "tiêu th").
 *
 * Inputs of test/parsers/layout-text.test.ts and test/pipeline/same-figures-every-format.test.ts.
 * Needs soffice (LibreOffice), fonts-dejavu and pdftotext (poppler-utils). The committed files were
 * made with LibreOffice 7.4 and pdftotext 22.12.0 (Debian bookworm).
 *
 * Usage: npm run build && node dist/scripts/build-print-variants.js [stem ...]   (default: all four seeds)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openZip } from '../parsers/docx/zip.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

const STEMS = ['000_9e493d0445893002', '001_8f3c16bf5b21494c', '002_60f12e1201b41f59', '003_f51fa97e0584822a'];

/** The DOCX with every XML part passed through `change`. */
async function changedDocx(docx: string, change: (xml: string) => string): Promise<Buffer> {
  const zip = await openZip(readFileSync(docx), docx);
  try {
    const entries: ZipEntry[] = [];
    for (const name of zip.names.values()) {
      const data = (await zip.read(name))!;
      entries.push({ name, data: name.endsWith('.xml') ? change(data.toString('utf8')) : data });
    }
    return writeZip(entries);
  } finally {
    zip.close();
  }
}

/** Prints `docx` to PDF in `work`; the PDF's path. */
function print(docx: string, work: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
  return docx.replace(/\.docx$/, '.pdf');
}

async function build(stem: string, work: string): Promise<void> {
  const source = join(ROOT, 'fixtures', 'docx', `${stem}.docx`);
  const wide = join(work, 'wide', `${stem}.docx`);
  writeFileSync(wide, await changedDocx(source, (xml) => xml.replaceAll('Times New Roman', 'DejaVu Serif')));
  const dump = join(ROOT, 'fixtures', 'layout', 'wide-font', `${stem}.txt`);
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', print(wide, join(work, 'wide')), dump]);
  console.log(dump);
  const borderless = join(work, 'borderless', `${stem}.docx`);
  writeFileSync(borderless, await changedDocx(source, (xml) => xml.replace(/<w:tblBorders>.*?<\/w:tblBorders>/gs, '')));
  const pdf = join(ROOT, 'fixtures', 'pdf', 'borderless', `${stem}.pdf`);
  copyFileSync(print(borderless, join(work, 'borderless')), pdf);
  console.log(pdf);
  const cairo = join(ROOT, 'fixtures', 'pdf', 'cairo-borderless', `${stem}.pdf`);
  execFileSync('pdftocairo', ['-pdf', pdf, cairo]);
  console.log(cairo);
}

async function main(stems: string[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'chitieu-print-'));
  try {
    for (const folder of ['wide', 'borderless']) mkdirSync(join(work, folder));
    for (const folder of [['layout', 'wide-font'], ['pdf', 'borderless'], ['pdf', 'cairo-borderless']]) mkdirSync(join(ROOT, 'fixtures', ...folder), { recursive: true });
    for (const stem of stems.length > 0 ? stems : STEMS) await build(stem, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
