import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '../../fixtures/seeds');

/** Full path of the seed whose file name starts with `prefix` ("000".."003"). */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return join(SEEDS_DIR, name);
}

export function seedBytes(prefix: string): Buffer {
  return readFileSync(seedPath(prefix));
}
