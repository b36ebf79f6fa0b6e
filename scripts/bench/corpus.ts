/**
 * The benchmark corpus: N reports in bench-out/corpus-<N>/{txt,docx,pdf}/, a third of each
 * format, built once and reused (manifest.json says what was built and how).
 *
 * - Text: the four seeds (and, one in six, the two layout-text dumps of fixtures/layout/), each
 *   rewritten with its own unit, province, period and figures (rewrite.ts).
 * - DOCX: the four fixture DOCX, word/document.xml rewritten the same way, zipped again.
 * - PDF: exporting hundreds of PDFs with LibreOffice would take an hour, so PDF_VARIANTS rewritten
 *   DOCX are exported once (when `soffice` is installed; otherwise the four fixture PDFs are the
 *   variants), and the corpus PDFs are copies of them made distinct by a PDF comment appended after
 *   %%EOF (`%chitieu-bench copy <n>`). Their pages are real; their content repeats every
 *   PDF_VARIANTS files, which the importer cannot know: every copy has its own hash and is parsed.
 *
 * One file in forty has no extension, so the walk has to pick it by content.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openZip } from '../../parsers/docx/zip.js';
import { writeZip, type ZipEntry } from '../zip-writer.js';
import { installed } from './measure.js';
import { rewriteDocumentXml, rewriteText, variantOf } from './rewrite.js';

const CORPUS_VERSION = 1;
const PDF_VARIANTS = 24;
const SEEDS = ['000', '001', '002', '003'];

export interface Corpus {
  dir: string;
  files: number;
  byFormat: { txt: number; docx: number; pdf: number };
  pdfDir: string;
  pdfVariants: number;
  pdfVariantSource: 'libreoffice' | 'fixtures';
  built: boolean;
}

function fixture(root: string, folder: string, seed: string, ext: string): string {
  const dir = join(root, 'fixtures', folder);
  const name = readdirSync(dir).find((f) => f.startsWith(`${seed}_`) && f.endsWith(ext));
  if (!name) throw new Error(`no fixture ${seed} in ${dir}`);
  return join(dir, name);
}

/** One in forty without extension: picked by content, not by name. */
const fileName = (i: number, seed: string, ext: string) => `${String(i).padStart(5, '0')}_${seed}${i % 40 === 39 ? '' : ext}`;

function buildTexts(root: string, dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % 4]!;
    const layout = i % 6 === 5 && (seed === '000' || seed === '002');
    const source = layout ? fixture(root, 'layout', seed, '.txt') : fixture(root, 'seeds', seed, '.txt');
    writeFileSync(join(dir, fileName(i, seed, '.txt')), rewriteText(readFileSync(source, 'utf8'), seed, variantOf(seed, i)));
  }
}

async function rewriteDocx(source: string, seed: string, index: number): Promise<Buffer> {
  const zip = await openZip(readFileSync(source), source);
  try {
    const entries: ZipEntry[] = [];
    for (const name of zip.names.values()) {
      const data = (await zip.read(name))!;
      entries.push({ name, data: name === 'word/document.xml' ? rewriteDocumentXml(data.toString('utf8'), seed, variantOf(seed, index)) : data });
    }
    return writeZip(entries);
  } finally {
    zip.close();
  }
}

async function buildDocxs(root: string, dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % 4]!;
    writeFileSync(join(dir, fileName(i, seed, '.docx')), await rewriteDocx(fixture(root, 'docx', seed, '.docx'), seed, 100_000 + i));
  }
}

/** The distinct PDFs the corpus copies: LibreOffice exports of rewritten DOCX, or the fixture PDFs. */
async function pdfVariants(root: string, work: string): Promise<{ files: string[]; source: Corpus['pdfVariantSource'] }> {
  if (!installed('soffice', ['--version'])) return { files: SEEDS.map((s) => fixture(root, 'pdf', s, '.pdf')), source: 'fixtures' };
  const docxDir = join(work, 'docx');
  mkdirSync(docxDir, { recursive: true });
  const docx: string[] = [];
  for (let k = 0; k < PDF_VARIANTS; k++) {
    const seed = SEEDS[k % 4]!;
    const out = join(docxDir, `variant-${String(k).padStart(2, '0')}_${seed}.docx`);
    writeFileSync(out, await rewriteDocx(fixture(root, 'docx', seed, '.docx'), seed, 200_000 + k));
    docx.push(out);
  }
  const pdfDir = join(work, 'pdf');
  // A private LibreOffice profile: another soffice on the machine must not share its lock.
  const profile = `file://${join(tmpdir(), 'chitieu-bench-lo')}`;
  console.error(`bench: exporting ${docx.length} DOCX variants to PDF with LibreOffice (once; cached)...`);
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docx], { stdio: 'ignore' });
  return { files: docx.map((d) => join(pdfDir, basename(d, '.docx') + '.pdf')), source: 'libreoffice' };
}

async function buildPdfs(root: string, dir: string, count: number, work: string): Promise<Pick<Corpus, 'pdfVariants' | 'pdfVariantSource'>> {
  const variants = await pdfVariants(root, work);
  for (let i = 0; i < count; i++) {
    const source = variants.files[i % variants.files.length]!;
    const name = basename(source);
    const seed = /^variant-\d+_(\d{3})/.exec(name)?.[1] ?? name.slice(0, 3);
    const out = join(dir, fileName(i, seed, '.pdf'));
    // A comment after %%EOF (PDF 32000-1 §7.2.3, §7.5.5): readers ignore it; the hash changes.
    writeFileSync(out, Buffer.concat([readFileSync(source), Buffer.from(`\n%chitieu-bench copy ${i}\n`)]));
  }
  return { pdfVariants: variants.files.length, pdfVariantSource: variants.source };
}

export async function ensureCorpus(root: string, files: number): Promise<Corpus> {
  const dir = join(root, 'bench-out', `corpus-${files}`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Corpus & { version: number };
    if (manifest.version === CORPUS_VERSION) return { ...manifest, built: false };
  }
  rmSync(dir, { recursive: true, force: true });
  const byFormat = { txt: Math.ceil(files / 3), docx: Math.round(files / 3), pdf: 0 };
  byFormat.pdf = files - byFormat.txt - byFormat.docx;
  const dirs = { txt: join(dir, 'txt'), docx: join(dir, 'docx'), pdf: join(dir, 'pdf') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  buildTexts(root, dirs.txt, byFormat.txt);
  await buildDocxs(root, dirs.docx, byFormat.docx);
  const work = join(root, 'bench-out', `.corpus-work-${files}`);
  const pdf = await buildPdfs(root, dirs.pdf, byFormat.pdf, work);
  rmSync(work, { recursive: true, force: true });
  const corpus: Corpus = { dir, files, byFormat, pdfDir: dirs.pdf, ...pdf, built: true };
  writeFileSync(manifestPath, JSON.stringify({ version: CORPUS_VERSION, ...corpus }, null, 2));
  return corpus;
}
