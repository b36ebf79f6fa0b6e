/**
 * Where the package's `mappings/` folder is, found from this module's own URL so the same code
 * works when run from `src/match/` (tests, tsx) and from `dist/src/match/` (the built CLI).
 * CHITIEU_MAPPINGS overrides it. A candidate counts only when it holds `templates.json`, so a stray empty folder is not taken.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['../../mappings/', '../../../mappings/'];

export function defaultCatalogDir(): string {
  // A team may point every user at one shared, reviewed copy of the mappings.
  if (process.env.CHITIEU_MAPPINGS) return process.env.CHITIEU_MAPPINGS;
  for (const relative of CANDIDATES) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, 'templates.json'))) return dir;
  }
  throw new Error(`cannot find the mappings/ folder (looked for ${CANDIDATES.join(' and ')} from ${fileURLToPath(import.meta.url)})`);
}
