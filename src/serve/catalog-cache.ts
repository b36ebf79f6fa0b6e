/**
 * The catalog the pages name indicators with (src/catalog/catalog-for.ts), kept between requests:
 * loading it takes about 60 ms, a third of a page's budget. It is made again when the database's
 * own additions change (`chitieu catalog add` run beside the server); the installed catalog does
 * not change while the server runs.
 */
import { additionsOf, catalogFor } from '../catalog/catalog-for.js';
import type { Catalog } from '../match/catalog.js';
import type { Db } from '../store/db.js';

const kept = new WeakMap<Db, { additions: string; catalog: Catalog }>();

export function servedCatalog(db: Db): Catalog {
  const additions = JSON.stringify(additionsOf(db));
  const cached = kept.get(db);
  if (cached && cached.additions === additions) return cached.catalog;
  const catalog = catalogFor(db);
  kept.set(db, { additions, catalog });
  return catalog;
}
