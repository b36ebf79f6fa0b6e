/**
 * DOCX files per second of `readDocx` on the fixture documents (fixtures/docx/*.docx, or the
 * files given), the median of several runs over all of them in this one process (one core).
 *
 * Usage: npm run build && node dist/scripts/bench-docx.js [file.docx ...] [--runs N] [--repeat N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocx } from '../parsers/docx/read-docx.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
}

async function main(argv: string[]): Promise<void> {
  const runs = option(argv, '--runs', 7);
  const repeat = option(argv, '--repeat', 25);
  const named = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const dir = join(ROOT, 'fixtures', 'docx');
  const files = named.length > 0 ? named : readdirSync(dir).filter((f) => f.endsWith('.docx')).sort().map((f) => join(dir, f));
  const inputs = files.map((file) => ({ file, bytes: readFileSync(file) }));
  for (const { file, bytes } of inputs) await readDocx(bytes, file); // warm-up

  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) for (const { file, bytes } of inputs) await readDocx(bytes, file);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push((repeat * inputs.length) / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[rates.length >> 1]!;
  process.stdout.write(`readDocx: ${inputs.length} files × ${repeat} per run, ${runs} runs: median ${median.toFixed(1)} files/s (min ${rates[0]!.toFixed(1)}, max ${rates.at(-1)!.toFixed(1)})\n`);
}

await main(process.argv.slice(2));
