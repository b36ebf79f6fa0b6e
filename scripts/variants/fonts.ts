/** The committed DejaVu Sans fonts (fixtures/fonts/), found from scripts/ and dist/scripts/ alike. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['../../fixtures/', '../../../fixtures/'];

/** The repository's `fixtures/` folder. */
export function fixturesDir(): string {
  for (const relative of CANDIDATES) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${dir}seeds`)) return dir;
  }
  throw new Error(`cannot find fixtures/ (looked for ${CANDIDATES.join(' and ')} from ${fileURLToPath(import.meta.url)})`);
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;

export function fontBytes(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(`${fixturesDir()}fonts/DejaVuSans.ttf`),
    bold: readFileSync(`${fixturesDir()}fonts/DejaVuSans-Bold.ttf`),
  };
  return fonts;
}
