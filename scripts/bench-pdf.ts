/**
 * Pages per second of `readPdf` on the fixture PDFs (fixtures/pdf/*.pdf, or the files given),
 * the median of 5 runs over all of them in this one process, next to `pdftotext -layout` on the
 * same files in the same run when poppler is installed (a process per file, as it is used).
 * Then the time by stage of the whole parse (read, recognise, match: what a parse worker does,
 * src/importer/worker.ts), one thread, over the same runs.
 *
 * Usage: npm run build && node dist/scripts/bench-pdf.js [file.pdf ...] [--runs N]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StageTimings } from '../common/stage-timings.js';
import { readPdf } from '../parsers/pdf/read-pdf.js';
import { loadCatalog } from '../src/match/catalog.js';
import { restoreNativeBuiltins } from '../src/importer/native-builtins.js';
import { processDocument } from '../src/pipeline/process-document.js';
import { installed, median } from './bench/measure.js';
import { stageRows } from './bench/stages.js';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function main(argv: string[]): Promise<void> {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const named = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
  const dir = join(ROOT, 'fixtures', 'pdf');
  const files = named.length > 0 ? named : readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  const inputs = files.map((file) => ({ file, bytes: readFileSync(file) }));

  // One warm-up pass: loading pdf.js and compiling its hot paths are not per-page costs.
  let pages = 0;
  for (const { file, bytes } of inputs) pages += (await readPdf(bytes, file)).info.pages ?? 0;

  await byStage(inputs, pages, runs);
  // Ours and pdftotext alternate run by run, so that a ratio compares runs under the same load.
  const poppler = installed('pdftotext', ['-v']);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < runs; r++) {
    let start = performance.now();
    for (const { file, bytes } of inputs) await readPdf(bytes, file);
    ours.push(pages / ((performance.now() - start) / 1000));
    if (!poppler) continue;
    start = performance.now();
    for (const { file } of inputs) execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    theirs.push(pages / ((performance.now() - start) / 1000));
  }
  const runsOf = (values: number[]) => `(median; runs ${values.map((v) => v.toFixed(0)).join(', ')})`;
  console.log(`${files.length} PDFs, ${pages} pages, ${runs} runs`);
  console.log(`readPdf             ${median(ours).toFixed(1)} pages/s ${runsOf(ours)}`);
  if (!poppler) {
    console.log('pdftotext -layout   not installed (poppler-utils): no comparison');
    return;
  }
  console.log(`pdftotext -layout   ${median(theirs).toFixed(1)} pages/s ${runsOf(theirs)}`);
  const ratios = ours.map((o, r) => o / theirs[r]!);
  console.log(`ratio               ${median(ratios).toFixed(2)} (median of runs ${ratios.map((x) => x.toFixed(2)).join(', ')}; one thread against one process at a time)`);
}

/** The whole parse of every file, `runs` times, by stage; restores the builtins pdf.js replaces, as a worker does. */
async function byStage(inputs: { file: string; bytes: Buffer }[], pages: number, runs: number): Promise<void> {
  const catalog = loadCatalog();
  const timings: StageTimings = {};
  const cpu = process.cpuUsage();
  for (let r = 0; r < runs; r++) {
    for (const { file, bytes } of inputs) {
      processDocument(await readPdf(bytes, file, { timings }), { catalog, timings });
      restoreNativeBuiltins();
    }
  }
  const used = process.cpuUsage(cpu);
  console.log(`\nwhole parse by stage, ${runs} runs (ms a page, share); CPU ${((used.user + used.system) / 1000 / (pages * runs)).toFixed(2)} ms a page`);
  for (const s of stageRows(timings, pages * runs)) console.log(`  ${s.stage.padEnd(10)} ${s.msPerPage.toFixed(2).padStart(7)}  ${(s.share * 100).toFixed(0).padStart(3)} %`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
