/**
 * How fast `chitieu serve` answers each page on a database (default: the demo's chitieu.sqlite,
 * made by `npm run demo`): every page is asked for once cold, then 20 times; the first, median and
 * slowest times are printed. The bar is 200 ms a page.
 * Run after `npm run build`: node dist/scripts/bench-serve.js [database]
 */
import Database from 'better-sqlite3';
import { startServer } from '../src/serve/server.js';

const db = process.argv[2] ?? 'chitieu.sqlite';
const RUNS = 20;

const read = new Database(db, { readonly: true });
const first = read.prepare("SELECT id FROM documents WHERE status = 'imported' ORDER BY id LIMIT 1").pluck().get() as number;
const row = read.prepare('SELECT row_index FROM appendix_rows WHERE document_id = ? AND indicator_id IS NOT NULL LIMIT 1 OFFSET 10').pluck().get(first) as number;
const unit = read.prepare("SELECT unit_key FROM documents WHERE unit_key IS NOT NULL LIMIT 1").pluck().get() as string;
read.close();

const server = await startServer({ db, host: '127.0.0.1', port: 0 });
const pages = ['/', `/documents/${first}`, `/documents/${first}/source?row=${row}`, '/review', '/units', `/units/${encodeURIComponent(unit)}`, '/warnings', '/?format=csv', '/review?format=csv'];

async function time(path: string): Promise<number> {
  const start = performance.now();
  const answer = await fetch(new URL(path, server.url));
  await answer.arrayBuffer();
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
  return performance.now() - start;
}

process.stdout.write(`page\tfirst_ms\tmedian_ms\tmax_ms  (${db}, ${RUNS} runs)\n`);
for (const path of pages) {
  const cold = await time(path);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await time(path));
  warm.sort((a, b) => a - b);
  process.stdout.write(`${path}\t${cold.toFixed(1)}\t${warm[RUNS >> 1]!.toFixed(1)}\t${warm[RUNS - 1]!.toFixed(1)}\n`);
}
await server.close();
