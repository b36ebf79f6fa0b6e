/**
 * The one loader of template knowledge kept as data in `mappings/template/*.json`: column-role
 * vocabularies, measure words, area headings, numbering schemes. Both the positioned-layout
 * rebuild (`parsers/`) and the recogniser (`src/`) read it from here, so a header word or an area
 * name has one home (docs/template-knowledge.md).
 *
 * The files are read once per process, synchronously, from the package's own `mappings/`
 * (found from this module's URL, so the same code runs from `common/` and `dist/common/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['../mappings/template/', '../../mappings/template/'];

function templateDir(): string {
  for (const relative of CANDIDATES) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error(`cannot find mappings/template/ (looked for ${CANDIDATES.join(' and ')} from ${fileURLToPath(import.meta.url)})`);
}

const cache = new Map<string, unknown>();

/** The parsed `mappings/template/<name>.json`, read once. */
export function loadTemplateData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(templateDir(), `${name}.json`), 'utf8')));
  return cache.get(name) as T;
}
