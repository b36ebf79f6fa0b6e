/** Reading the hand-written expectation files in fixtures/seeds/expected/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from './seeds.js';

export function readExpectedTsv(name: string): Record<string, string>[] {
  const lines = readFileSync(join(SEEDS_DIR, 'expected', name), 'utf8').split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}
