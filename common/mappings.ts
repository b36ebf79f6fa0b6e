/**
 * Where the `mappings/` folder is: the one place that finds it, for the catalog loader
 * (src/match/catalog.ts), the template data (common/template.ts) and the abbreviation table
 * (common/abbreviations.ts). Found from this module's own URL, so the same code works from
 * `common/` (tests) and from `dist/common/` (the built CLI). A candidate counts only when it holds
 * `templates.json`, so a stray empty folder is not taken.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['../mappings/', '../../mappings/'];

/** The package's own `mappings/`, whatever CHITIEU_MAPPINGS says. */
export function packageMappingsDir(): string {
  for (const relative of CANDIDATES) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, 'templates.json'))) return dir;
  }
  throw new Error(`cannot find the mappings/ folder (looked for ${CANDIDATES.join(' and ')} from ${fileURLToPath(import.meta.url)})`);
}

/** The catalog's folder: CHITIEU_MAPPINGS when set, else the package's own. */
export function defaultCatalogDir(): string {
  // A team may point every user at one shared, reviewed copy of the mappings.
  return process.env.CHITIEU_MAPPINGS || packageMappingsDir();
}
