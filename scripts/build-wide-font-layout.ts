/**
 * Remakes fixtures/layout/wide-font/<stem>.txt: a seed's DOCX fixture with its
 * Times New Roman swapped for DejaVu Serif — what LibreOffice prints with on a machine without
 * Times or its metric twin, a font about a fifth wider — printed to PDF by LibreOffice and
 * dumped by `pdftotext -layout`. The same columns now hold fewer characters: captions break over
 * three lines ("Đơn vị" / "tính"), and a caption's second line runs into the next caption with
 * one space ("Số liệu thực hiện"). Input of test/parsers/layout-text.test.ts.
 *
 * Needs soffice (LibreOffice), fonts-dejavu and pdftotext (poppler-utils). The committed file was
 * made with LibreOffice 7.4 and pdftotext 22.12.0 (Debian bookworm).
 *
 * Usage: npm run build && node dist/scripts/build-wide-font-layout.js [stem ...]   (default: seed 000)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openZip } from '../parsers/docx/zip.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function withFont(docx: string, font: string): Promise<Buffer> {
  const zip = await openZip(readFileSync(docx), docx);
  try {
    const entries: ZipEntry[] = [];
    for (const name of zip.names.values()) {
      const data = (await zip.read(name))!;
      entries.push({ name, data: name.endsWith('.xml') ? data.toString('utf8').replaceAll('Times New Roman', font) : data });
    }
    return writeZip(entries);
  } finally {
    zip.close();
  }
}

async function main(stems: string[]): Promise<void> {
  for (const stem of stems.length > 0 ? stems : ['000_9e493d0445893002']) await build(stem);
}

async function build(stem: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'chitieu-wide-'));
  try {
    const docx = join(work, `${stem}.docx`);
    writeFileSync(docx, await withFont(join(ROOT, 'fixtures', 'docx', `${stem}.docx`), 'DejaVu Serif'));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
    const out = join(ROOT, 'fixtures', 'layout', 'wide-font', `${stem}.txt`);
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(work, `${stem}.pdf`), out]);
    console.log(out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
