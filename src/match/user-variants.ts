/**
 * Mapping decisions made by users (`chitieu map`) as label variants for the matcher. They live in
 * the database (src/store/map-decisions.ts, migration 007-map-decisions). Earlier versions wrote
 * them to `mappings/user-variants.json` in the install folder; such a file, when present, is still
 * read (never written) as a legacy source, and `chitieu map --import` copies it into a database.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserVariant } from './catalog-index.js';

export interface UserDecision extends UserVariant {
  /** Where the label was seen: "file line N", "file page P line N". */
  source: string;
  decidedAt: string;
}

export function userVariantsPath(mappingsDir: string): string {
  return join(mappingsDir, 'user-variants.json');
}

/** The legacy file's decisions, or none when there is no such file. */
export function loadUserVariants(mappingsDir: string): UserDecision[] {
  const path = userVariantsPath(mappingsDir);
  if (!existsSync(path)) return [];
  return readUserVariantsFile(path);
}

export function readUserVariantsFile(path: string): UserDecision[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { variants?: UserDecision[] };
  if (!Array.isArray(data.variants)) throw new Error(`${path}: expected {"variants": [...]}`);
  return data.variants;
}

/** One variant per label, the later decision winning (a database's own come after the legacy file's). */
export function mergeUserVariants(...lists: ReadonlyArray<readonly UserVariant[]>): UserVariant[] {
  const byLabel = new Map<string, UserVariant>();
  for (const list of lists) for (const v of list) byLabel.set(v.label, { label: v.label, indicatorId: v.indicatorId });
  return [...byLabel.values()];
}
