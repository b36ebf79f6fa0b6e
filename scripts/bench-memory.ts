/**
 * `npm run bench:memory`: the peak memory of one import of a large archive (issue 16: under
 * 400 MB for 10,000 files). Builds (once, cached in bench-out/corpus-<N>/) the bench corpus of
 * N reports — a third each text, DOCX and PDF, every file its own content (bench/corpus.ts) —
 * imports it into a fresh database with the real CLI and its default jobs, and prints the peak
 * resident memory of the whole process (worker threads included: getrusage's maxrss, and VmHWM
 * sampled from outside every 20 ms), the time, the CPU use and the files by outcome. Writes
 * bench-out/memory-<date>.json.
 *
 * Usage: npm run build && npm run bench:memory -- [--files N] [--jobs J]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './bench/corpus.js';
import { run } from './bench/measure.js';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const USAGE = 'Usage: npm run bench:memory -- [--files N] [--jobs J]   (default 10000 files, jobs = cores)';

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive whole number\n${USAGE}`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) return console.log(USAGE);
  const files = option(argv, '--files', 10_000);
  const jobs = option(argv, '--jobs', availableParallelism());
  const corpus = await ensureCorpus(ROOT, files);
  console.error(`bench:memory: corpus ${corpus.dir} (${corpus.built ? 'built now' : 'cached'}): ${corpus.byFormat.txt} text, ${corpus.byFormat.docx} DOCX, ${corpus.byFormat.pdf} PDF`);
  const work = join(ROOT, 'bench-out', `memory-${files}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const loadBefore = loadavg()[0]!;
  console.error(`bench:memory: import of ${files} files, ${jobs} jobs (load ${loadBefore.toFixed(2)}) ...`);
  const done = await run(process.execPath, [CLI, 'import', corpus.dir, '--db', join(work, 'memory.sqlite'), '--json', '--jobs', String(jobs)], { CHITIEU_BENCH_STATS: '1' });
  const summary = (JSON.parse(done.stdout.trimEnd().split('\n').pop() ?? '{}') as { summary?: Record<string, number> }).summary;
  const stats = /^CHITIEU_STATS (.*)$/m.exec(done.stderr)?.[1];
  if (!summary || !stats) throw new Error(`import printed no summary (exit ${done.status}): ${done.stderr.slice(0, 2000)}`);
  const use = JSON.parse(stats) as { maxRssKb: number; userMs: number; systemMs: number };
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    jobs,
    loadAverage1m: { start: loadBefore, end: loadavg()[0]! },
    files,
    outcome: { imported: summary.imported, unchanged: summary.unchanged, failed: summary.failed, skipped: summary.skipped, pages: summary.pages },
    wallS: done.wallS,
    peakRssMb: use.maxRssKb / 1024,
    peakRssSampledMb: done.peakRssMb,
    cpuS: (use.userMs + use.systemMs) / 1000,
    cpuUse: (use.userMs + use.systemMs) / 1000 / done.wallS / availableParallelism(),
  };
  const out = join(ROOT, 'bench-out', `memory-${result.date.slice(0, 19).replace(/:/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2));
  console.log(`${files} files (${summary.imported} imported, ${summary.failed} failed) in ${done.wallS.toFixed(1)} s, ${jobs} jobs`);
  console.log(`peak RSS ${result.peakRssMb.toFixed(0)} MB (sampled ${result.peakRssSampledMb?.toFixed(0) ?? 'n/a'} MB); goal < 400 MB`);
  console.log(`CPU ${result.cpuS.toFixed(0)} s, ${(result.cpuUse * 100).toFixed(0)} % of ${availableParallelism()} cores; load ${loadBefore.toFixed(2)} → ${result.loadAverage1m.end.toFixed(2)}`);
  console.log(`written ${out.replace(ROOT + '/', '')}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
