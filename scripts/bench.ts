/**
 * `npm run bench`: the import of an archive, measured with the real CLI.
 *
 * Builds (once, cached) a corpus of N reports — a third each text, DOCX, PDF (bench/corpus.ts) —
 * then measures, into fresh databases under bench-out/run-<N>/:
 *   - the full import of the corpus: files/s, rows/s, peak RSS, CPU use of all cores;
 *   - the import of its PDFs alone, R times, each followed by `pdftotext -layout` (poppler) on
 *     the same files, as many in parallel as we have workers — the reference for raw extraction
 *     speed: pages/s, the median of the run-by-run ratios, and the time by stage;
 *   - the re-import of the unchanged corpus (files/s), `export` of every figure, `--help`.
 * Repeated measurements are medians. Prints a table and writes bench-out/bench-<date>.json.
 *
 * Options: `npm run bench -- --help` (USAGE below). `--skip-pdf` is for memory runs on a large
 * corpus, where the full import already reads every PDF.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './bench/corpus.js';
import { installed, median, run, runEach, type Run } from './bench/measure.js';
import { stageRows, type StageRow } from './bench/stages.js';
import { addTimings, type StageTimings } from '../common/stage-timings.js';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive whole number`);
  return n;
}

interface ImportSummaryJson {
  files: number;
  imported: number;
  unchanged: number;
  failed: number;
  rows: number;
  pages: number;
}

interface ImportRun {
  run: Run;
  summary: ImportSummaryJson;
  stats: { maxRssKb: number; userMs: number; systemMs: number; stageMs?: StageTimings } | null;
}

async function chitieuImport(paths: string[], db: string, jobs: number): Promise<ImportRun> {
  const done = await run(process.execPath, [CLI, 'import', ...paths, '--db', db, '--json', '--jobs', String(jobs)], { CHITIEU_BENCH_STATS: '1' });
  const last = done.stdout.trimEnd().split('\n').pop() ?? '';
  const summary = (JSON.parse(last) as { summary?: ImportSummaryJson }).summary;
  if (!summary) throw new Error(`import printed no summary (exit ${done.status}): ${done.stderr.slice(0, 2000)}`);
  const statsLine = /^CHITIEU_STATS (.*)$/m.exec(done.stderr)?.[1];
  return { run: done, summary, stats: statsLine ? JSON.parse(statsLine) : null };
}

const cpuUse = (cpuS: number, wallS: number, cores: number) => cpuS / wallS / cores;
const cpuSeconds = (i: ImportRun) => (i.stats ? (i.stats.userMs + i.stats.systemMs) / 1000 : i.run.cpuS);

/**
 * The corpus's PDFs imported alone, each time into a fresh database, and right after each import
 * `pdftotext -layout` on the same files, as many at a time: the ratio of the two is taken run by
 * run, so that both sides of a ratio meet the same load from whatever else the machine runs.
 */
async function measurePdf(pdfDir: string, count: number, db: string, jobs: number, runs: number) {
  const pdfFiles = readdirSync(pdfDir).map((f) => join(pdfDir, f));
  const withPoppler = installed('pdftotext', ['-v']);
  const ours: ImportRun[] = [];
  const poppler = { wallS: [] as number[], cpuS: [] as number[] };
  for (let r = 0; r < runs; r++) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    console.error(`bench: import of the ${count} PDFs alone (${r + 1}/${runs}) ...`);
    ours.push(await chitieuImport([pdfDir], db, jobs));
    if (!withPoppler) continue;
    console.error(`bench: pdftotext -layout on the same PDFs, ${jobs} at a time ...`);
    const t = await runEach('pdftotext', (f) => ['-layout', f, '-'], pdfFiles, jobs);
    poppler.wallS.push(t.wallS);
    poppler.cpuS.push(t.cpuS);
  }
  const byWall = [...ours].sort((a, b) => a.run.wallS - b.run.wallS);
  const stageMs: StageTimings = {};
  for (const o of ours) addTimings(stageMs, o.stats?.stageMs ?? {});
  return {
    ours: byWall[byWall.length >> 1]!,
    oursWallS: ours.map((o) => o.run.wallS),
    pages: ours[0]!.summary.pages,
    stageMs,
    poppler: withPoppler ? poppler : null,
    ratios: withPoppler ? ours.map((o, r) => poppler.wallS[r]! / o.run.wallS) : null,
  };
}

const USAGE = `Usage: npm run bench -- [--files N] [--runs R] [--jobs J] [--skip-pdf]
  --files N    reports in the generated corpus (default 1000; built once, cached in bench-out/)
  --runs R     repetitions of each measurement; medians are shown (default 3)
  --jobs J     parse workers for the imports (default: the machine's cores)
  --skip-pdf   leave out the PDF-only import and pdftotext (memory runs on large corpora)`;

const FLAGS = new Set(['--files', '--runs', '--jobs']);

/** Stops on anything the bench does not know, rather than running a long measurement with it ignored. */
function checkArguments(argv: string[]): void {
  for (let i = 0; i < argv.length; i++) {
    if (FLAGS.has(argv[i]!)) i++;
    else if (argv[i] !== '--skip-pdf') throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  checkArguments(argv);
  const files = option(argv, '--files', 1000);
  const runs = option(argv, '--runs', 3);
  const cores = availableParallelism();
  const jobs = option(argv, '--jobs', cores);
  const skipPdf = argv.includes('--skip-pdf');
  const load = [loadavg()[0]!];

  const corpus = await ensureCorpus(ROOT, files);
  console.error(`bench: corpus ${corpus.dir} (${corpus.built ? 'built now' : 'cached'}): ${corpus.byFormat.txt} text, ${corpus.byFormat.docx} DOCX, ${corpus.byFormat.pdf} PDF (${corpus.pdfVariants} distinct PDFs from ${corpus.pdfVariantSource})`);
  const work = join(ROOT, 'bench-out', `run-${files}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  console.error('bench: chitieu --help ...');
  const help: number[] = [];
  for (let r = 0; r < Math.max(5, runs); r++) help.push((await run(process.execPath, [CLI, '--help'])).wallS);

  console.error(`bench: full import of ${files} files, ${jobs} jobs ...`);
  const fullDb = join(work, 'full.sqlite');
  const full = await chitieuImport([corpus.dir], fullDb, jobs);
  if (full.summary.imported + full.summary.unchanged !== files) console.error(`bench: warning: ${full.summary.failed} files failed in the full import`);
  load.push(loadavg()[0]!);

  console.error('bench: re-import of the unchanged corpus ...');
  const again: ImportRun[] = [];
  for (let r = 0; r < runs; r++) again.push(await chitieuImport([corpus.dir], fullDb, jobs));

  console.error('bench: export ...');
  const exports: Run[] = [];
  for (let r = 0; r < runs; r++) exports.push(await run(process.execPath, [CLI, 'export', '--db', fullDb, '--out', join(work, 'export.csv')]));

  const pdf = skipPdf ? null : await measurePdf(corpus.pdfDir, corpus.byFormat.pdf, join(work, 'pdf.sqlite'), jobs, runs);
  load.push(loadavg()[0]!);

  const fullCpuS = cpuSeconds(full);
  const oursPagesPerS = pdf ? pdf.pages / median(pdf.oursWallS) : null;
  const poppler = pdf?.poppler ?? null;
  const popplerPagesPerS = pdf && poppler ? pdf.pages / median(poppler.wallS) : null;
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cores,
    jobs,
    loadAverage1m: { start: load[0], afterFullImport: load[1], end: load[2] },
    corpus: { ...corpus, dir: corpus.dir.replace(ROOT + '/', '') , pdfDir: corpus.pdfDir.replace(ROOT + '/', '') },
    fullImport: {
      files: full.summary.files,
      imported: full.summary.imported,
      failed: full.summary.failed,
      wallS: full.run.wallS,
      filesPerS: full.summary.files / full.run.wallS,
      rows: full.summary.rows,
      rowsPerS: full.summary.rows / full.run.wallS,
      pdfPages: full.summary.pages,
      peakRssMb: full.stats ? full.stats.maxRssKb / 1024 : full.run.peakRssMb,
      peakRssSampledMb: full.run.peakRssMb,
      cpuS: fullCpuS,
      cpuUse: cpuUse(fullCpuS, full.run.wallS, cores),
    },
    pdfImport: pdf && {
      files: pdf.ours.summary.files,
      failed: pdf.ours.summary.failed,
      pages: pdf.pages,
      wallS: pdf.oursWallS,
      pagesPerS: oursPagesPerS,
      cpuUse: cpuUse(cpuSeconds(pdf.ours), pdf.ours.run.wallS, cores),
      peakRssMb: pdf.ours.stats ? pdf.ours.stats.maxRssKb / 1024 : pdf.ours.run.peakRssMb,
      stages: stageRows(pdf.stageMs, pdf.pages * pdf.oursWallS.length),
    },
    pdftotext: poppler && {
      parallel: jobs,
      wallS: poppler.wallS,
      pagesPerS: popplerPagesPerS,
      cpuUse: cpuUse(median(poppler.cpuS), median(poppler.wallS), cores),
    },
    // The median of the run-by-run ratios (see measurePdf), each run's import against its own pdftotext.
    ratioToPdftotext: pdf?.ratios ? median(pdf.ratios) : null,
    ratiosToPdftotext: pdf?.ratios ?? null,
    reimport: { runs: again.map((a) => a.run.wallS), filesPerS: files / median(again.map((a) => a.run.wallS)), unchanged: again[0]?.summary.unchanged },
    exportAll: { runs: exports.map((e) => e.wallS), seconds: median(exports.map((e) => e.wallS)) },
    helpSeconds: { runs: help, median: median(help) },
  };

  const outFile = join(ROOT, 'bench-out', `bench-${result.date.slice(0, 19).replace(/:/g, '-')}.json`);
  writeFileSync(outFile, JSON.stringify(result, null, 2));
  printTable(result);
  console.log(`\nwritten ${outFile.replace(ROOT + '/', '')}`);
}

type Result = {
  cores: number;
  jobs: number;
  loadAverage1m: Record<string, number | undefined>;
  fullImport: { files: number; failed: number; wallS: number; filesPerS: number; rowsPerS: number; peakRssMb: number | null; cpuUse: number };
  pdfImport: { files: number; pages: number; pagesPerS: number | null; cpuUse: number; peakRssMb: number | null; stages: StageRow[] } | null;
  pdftotext: { pagesPerS: number | null; cpuUse: number } | null;
  ratioToPdftotext: number | null;
  ratiosToPdftotext: number[] | null;
  reimport: { filesPerS: number };
  exportAll: { seconds: number };
  helpSeconds: { median: number };
};

function printTable(r: Result): void {
  const f = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? 'n/a' : n.toFixed(digits));
  const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
  const rows: [string, string, string][] = [
    ['full import', `${r.fullImport.files} files in ${f(r.fullImport.wallS)} s (${r.fullImport.failed} failed)`, ''],
    ['  files/s', f(r.fullImport.filesPerS), ''],
    ['  rows/s', f(r.fullImport.rowsPerS, 0), ''],
    ['  peak RSS', `${f(r.fullImport.peakRssMb, 0)} MB`, '< 400 MB'],
    [`  CPU use (${r.cores} cores)`, pct(r.fullImport.cpuUse), ''],
    ['PDF import', r.pdfImport ? `${r.pdfImport.files} files, ${r.pdfImport.pages} pages` : 'skipped (--skip-pdf)', ''],
    ['  pages/s', f(r.pdfImport?.pagesPerS), ''],
    [`  CPU use (${r.cores} cores)`, r.pdfImport ? pct(r.pdfImport.cpuUse) : 'n/a', ''],
    [`pdftotext -layout (${r.jobs} parallel)`, `${f(r.pdftotext?.pagesPerS)} pages/s`, ''],
    ['  ratio ours / pdftotext', `${f(r.ratioToPdftotext, 2)}${r.ratiosToPdftotext ? ` (median of runs ${r.ratiosToPdftotext.map((x) => x.toFixed(2)).join(', ')})` : ''}`, '>= 0.33'],
    ['re-import unchanged', `${f(r.reimport.filesPerS, 0)} files/s`, '>= 500'],
    ['export all figures', `${f(r.exportAll.seconds, 2)} s`, ''],
    ['chitieu --help', `${f(r.helpSeconds.median, 3)} s`, '< 0.3 s'],
    ['load average (1 min)', Object.values(r.loadAverage1m).map((l) => f(l, 2)).join(' → '), ''],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  if (r.pdfImport && r.pdfImport.stages.length > 0) {
    console.log('\nPDF import by stage (time in each thread, summed over the files: ms a page, share)');
    for (const s of r.pdfImport.stages) console.log(`  ${s.stage.padEnd(10)} ${s.msPerPage.toFixed(2).padStart(7)}  ${(s.share * 100).toFixed(0).padStart(3)} %`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
