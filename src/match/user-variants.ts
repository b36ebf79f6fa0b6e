/**
 * Mapping decisions made by users (`chitieu map`), kept as label variants in
 * `mappings/user-variants.json` so they are reviewable, diffable and used by later imports.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserVariant } from './catalog-index.js';

export interface UserDecision extends UserVariant {
  /** Where the label was seen: "file:line" or "file:page:line". */
  source: string;
  decidedAt: string;
}

export function userVariantsPath(mappingsDir: string): string {
  return join(mappingsDir, 'user-variants.json');
}

export function loadUserVariants(mappingsDir: string): UserDecision[] {
  const path = userVariantsPath(mappingsDir);
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { variants?: UserDecision[] };
  if (!Array.isArray(data.variants)) throw new Error(`${path}: expected {"variants": [...]}`);
  return data.variants;
}

/** Adds (or replaces) the decision for this label; written atomically. */
export function saveUserVariant(mappingsDir: string, decision: UserDecision): void {
  const path = userVariantsPath(mappingsDir);
  const variants = loadUserVariants(mappingsDir).filter((v) => v.label !== decision.label || v.indicatorId !== decision.indicatorId);
  variants.push(decision);
  const temp = `${path}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ variants }, null, 2)}\n`);
  renameSync(temp, path);
}
