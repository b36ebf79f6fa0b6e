/**
 * The one loader of template knowledge kept as data in `mappings/template/*.json`: column-role
 * vocabularies, measure words, area headings, numbering schemes. Both the positioned-layout
 * rebuild (`parsers/`) and the recogniser (`src/`) read it from here, so a header word or an area
 * name has one home (docs/template-knowledge.md).
 *
 * The files are read once per process, synchronously, from the package's own `mappings/`
 * (common/mappings.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageMappingsDir } from './mappings.js';

/** The package's own template data: a CHITIEU_MAPPINGS catalog copy does not replace it. */
const templateDir = () => join(packageMappingsDir(), 'template');

const cache = new Map<string, unknown>();

/** The parsed `mappings/template/<name>.json`, read once. */
export function loadTemplateData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(templateDir(), `${name}.json`), 'utf8')));
  return cache.get(name) as T;
}
