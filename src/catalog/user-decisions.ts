/**
 * The users' mapping decisions a database is matched with: a legacy `mappings/user-variants.json`
 * if one is installed (read only), then the database's own (store/map-decisions.ts), later ones
 * winning. Import, rematch and `map --undo` take them from here.
 */
import type { UserVariant } from '../match/catalog-index.js';
import { defaultCatalogDir } from '../../common/mappings.js';
import { loadUserVariants, mergeUserVariants } from '../match/user-variants.js';
import type { Db } from '../store/db.js';
import { listDecisions } from '../store/map-decisions.js';

export function userVariantsFor(db: Db, dir: string = defaultCatalogDir()): UserVariant[] {
  const own = listDecisions(db).map((d) => ({ label: d.label, indicatorId: d.after }));
  return mergeUserVariants(loadUserVariants(dir), own);
}
