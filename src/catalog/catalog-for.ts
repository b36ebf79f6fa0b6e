/**
 * The catalog a database is read and written with: the installed catalog (`mappings/`) and the
 * entries added to that database with `chitieu catalog add`. Imports, `rematch`, `export` and the
 * review commands all take it from here, so a database's own additions are seen everywhere and
 * nothing is written into the install folder.
 */
import { basename } from 'node:path';
import { CatalogError, extendCatalog, loadCatalog, type Catalog } from '../match/catalog.js';
import { defaultCatalogDir } from '../../common/mappings.js';
import type { CatalogIndicator } from '../model.js';
import { listAdditions } from '../store/catalog-additions.js';
import type { Db } from '../store/db.js';
import { syncIndicators } from '../store/indicators.js';

/** How problems with a database's additions name them. */
export const additionsLabel = (db: Db) => `catalog additions in ${basename(db.name)}`;

/** The entries added to this database (plain data: they cross to the import's worker threads). */
export function additionsOf(db: Db): CatalogIndicator[] {
  return listAdditions(db).map((a) => a.entry);
}

/** The installed catalog in `dir` with this database's additions, checked as one catalog. */
export function catalogFor(db: Db, dir: string = defaultCatalogDir()): Catalog {
  const base = loadCatalog(dir);
  try {
    return extendCatalog(base, additionsOf(db), additionsLabel(db));
  } catch (error) {
    // The installed catalog may since have taken an added ID: say how to get out.
    if (error instanceof CatalogError) throw new CatalogError([...error.problems, `an entry added to ${db.name} is removed with: chitieu catalog remove <id> --db ${db.name}`]);
    throw error;
  }
}

/**
 * Writes `catalog` into the database's `indicators` table (migration 006), its additions marked,
 * so that plain SQL over `figures` names every indicator. For commands that open the database to
 * write.
 */
export function refreshIndicators(db: Db, catalog: Catalog): void {
  syncIndicators(db, catalog.indicators, new Set(additionsOf(db).map((a) => a.id)));
}
