/**
 * The abbreviation table (`mappings/abbreviations.tsv`): printed abbreviation → expansion.
 * Read once for the label normaliser and the OCR acronym repair; the catalog loader reads it again
 * from its own folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalogDir } from './mappings.js';

export const ABBREVIATIONS_FILE = 'abbreviations.tsv';

/**
 * Parses `abbreviation<TAB>expansion` lines after the header; `#` lines are comments.
 * Throws with the file and line for a malformed or repeated entry.
 */
export function parseAbbreviations(text: string, file = ABBREVIATIONS_FILE): Map<string, string> {
  const table = new Map<string, string>();
  const lines = text.normalize('NFC').split(/\r?\n/);
  if (lines[0]?.trim() !== 'abbreviation\texpansion') throw new Error(`${file}:1: expected the header "abbreviation<TAB>expansion"`);
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [abbreviation, expansion, extra] = line.split('\t').map((cell) => cell.trim());
    if (!abbreviation || !expansion || extra !== undefined) throw new Error(`${file}:${i + 2}: expected two tab-separated cells, got "${line}"`);
    if (table.has(abbreviation)) throw new Error(`${file}:${i + 2}: "${abbreviation}" is listed twice`);
    table.set(abbreviation, expansion);
  });
  return table;
}

export function readAbbreviations(dir: string): Map<string, string> {
  const path = join(dir, ABBREVIATIONS_FILE);
  return parseAbbreviations(readFileSync(path, 'utf8'), path);
}

let packageTable: Map<string, string> | null = null;

/** The package's own table, read on first use. */
export function packageAbbreviations(): Map<string, string> {
  packageTable ??= readAbbreviations(defaultCatalogDir());
  return packageTable;
}
