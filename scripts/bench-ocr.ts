/**
 * The speed of OCR (issue #14), per scan of fixtures/scans/ (or the files given): `readPdf` with
 * `--ocr auto` on one core, as a parse worker reads them (one engine kept for every file, its
 * start timed apart), next to the digital PDF the scans were made from. Seconds are given both as
 * CPU time (process.cpuUsage: this thread and the tesseract worker thread; other sessions load the
 * machine, which stretches wall time more than CPU time) and wall time, with the load average.
 * Pages are told apart as table pages (a ruled table read cell by cell) and prose pages (only
 * Tesseract's layout of the text): the aim is ≤ 2 s a table page a core.
 *
 * Usage: npm run build && node dist/scripts/bench-ocr.js [--runs N] [scan.pdf ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keptEngine, type EngineSource } from '../parsers/ocr/engine.js';
import { readPdf } from '../parsers/pdf/read-pdf.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const DIGITAL = join(ROOT, 'fixtures', 'pdf', '000_9e493d0445893002.pdf');

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface PageTime {
  scan: string;
  page: number;
  tables: number;
  /** From the page's ocr/page-read note: wall seconds of that page alone. */
  wallS: number;
}

interface FileRun {
  cpuS: number;
  wallS: number;
  pages: PageTime[];
  count: number;
}

async function timedRead(file: string, ocr: 'auto' | 'off', engines?: EngineSource): Promise<FileRun> {
  const bytes = readFileSync(file);
  const cpu = cpuSeconds();
  const wall = performance.now();
  const doc = await readPdf(bytes, file, { ocr, ocrEngines: engines });
  const pages = doc.messages
    .filter((m) => m.code === 'ocr/page-read')
    .map((m) => {
      const match = /(\d+) table\(s\).* ([\d.]+) s$/.exec(m.message);
      return { scan: basename(file), page: m.position?.page ?? 0, tables: Number(match?.[1] ?? 0), wallS: Number(match?.[2] ?? NaN) };
    });
  return { cpuS: cpuSeconds() - cpu, wallS: (performance.now() - wall) / 1000, pages, count: doc.info.pages ?? 0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const f = (n: number, d = 2) => n.toFixed(d);

async function main(argv: string[]): Promise<void> {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 1) : 1;
  const given = argv.filter((a, i) => a !== '--runs' && argv[i - 1] !== '--runs');
  const dir = join(ROOT, 'fixtures', 'scans');
  const files = given.length > 0 ? given : readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort().map((n) => join(dir, n));
  const load = [loadavg()[0]!];
  // Warm-up: loading pdf.js is not a per-page cost.
  await readPdf(readFileSync(DIGITAL), 'warm-up.pdf', { ocr: 'off' });
  // The engine's start, once a parse worker (a core): timed on its own.
  const engines = keptEngine();
  const startCpu = cpuSeconds();
  const startWall = performance.now();
  await engines.acquire();
  const start = { cpuS: cpuSeconds() - startCpu, wallS: (performance.now() - startWall) / 1000 };

  const table: { cpu: number[]; wall: number[] } = { cpu: [], wall: [] };
  const prose: { cpu: number[]; wall: number[] } = { cpu: [], wall: [] };
  let totalCpu = 0;
  let totalPages = 0;
  console.log('scan                               pages  CPU s a page  wall s a page  kinds');
  for (let r = 0; r < runs; r++) {
    for (const file of files) {
      const run = await timedRead(file, 'auto', engines);
      totalCpu += run.cpuS;
      totalPages += run.count;
      const kinds = run.pages.map((p) => (p.tables > 0 ? 'table' : 'prose'));
      // A one-page scan's CPU time is its page's; a longer one's is shared out by the pages' wall times.
      const wallSum = run.pages.reduce((s, p) => s + p.wallS, 0);
      for (const p of run.pages) {
        const into = p.tables > 0 ? table : prose;
        into.cpu.push((run.cpuS * p.wallS) / wallSum);
        into.wall.push(p.wallS);
      }
      console.log(`${basename(file).padEnd(34)} ${String(run.count).padStart(5)} ${f(run.cpuS / run.count).padStart(13)} ${f(run.wallS / run.count).padStart(14)}  ${kinds.join(', ')}`);
    }
  }
  const digitalRuns: FileRun[] = [];
  for (let r = 0; r < 5; r++) digitalRuns.push(await timedRead(DIGITAL, 'off'));
  const digitalPages = digitalRuns[0]!.count;
  const digitalCpu = median(digitalRuns.map((d) => d.cpuS)) / digitalPages;
  load.push(loadavg()[0]!);

  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const perPage = totalCpu / totalPages;
  console.log('');
  console.log(`engine start (once a core):   ${f(start.cpuS)} s CPU, ${f(start.wallS)} s wall`);
  console.log(`table page:                   ${f(mean(table.cpu))} s CPU (${f(Math.min(...table.cpu))}-${f(Math.max(...table.cpu))}), ${f(mean(table.wall))} s wall, ${table.cpu.length} pages   aim: <= 2 s a core`);
  console.log(`prose page:                   ${f(mean(prose.cpu))} s CPU (${f(Math.min(...prose.cpu))}-${f(Math.max(...prose.cpu))}), ${f(mean(prose.wall))} s wall, ${prose.cpu.length} pages`);
  console.log(`OCR, every page:              ${f(1 / perPage, 3)} pages/s a core (${f(perPage)} s CPU a page)`);
  console.log(`digital PDF (000, ${digitalPages} pages):     ${f(1 / digitalCpu, 1)} pages/s a core (${f(digitalCpu * 1000, 1)} ms CPU a page, median of 5): OCR is ${f(perPage / digitalCpu, 0)} times slower`);
  console.log(`load average (1 min):         ${load.map((l) => f(l)).join(' -> ')} on 2 cores`);
  await engines.release(await engines.acquire(), true);
}

await main(process.argv.slice(2));
