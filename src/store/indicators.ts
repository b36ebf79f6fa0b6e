/**
 * The `indicators` table (migration 006): the catalog a database is read with, as rows, so that
 * `figures` and plain SQL can name indicators. Refreshed whole from the loaded catalog (the
 * installed one and the database's own additions) by every command that writes.
 */
import { sha256Hex } from '../../common/hash.js';
import type { CatalogIndicator } from '../model.js';
import { storeFault, type Db } from './db.js';

/** A short hash of the installed entries: tells which catalog a database was last refreshed with. */
export function catalogVersion(indicators: readonly CatalogIndicator[]): string {
  const text = JSON.stringify(indicators.map((i) => [i.id, i.area, i.parent, i.name, i.valueType, i.measureUnit, i.level ?? null]));
  return sha256Hex(text).slice(0, 12);
}

/**
 * Replaces the table's rows with `indicators`; `added` are the IDs from `catalog_additions`.
 * Writes nothing when the table already holds them (every import calls it). A fault of the
 * database (disk full, read-only) is thrown as a `StoreError`.
 */
export function syncIndicators(db: Db, indicators: readonly CatalogIndicator[], added: ReadonlySet<string>): void {
  const version = catalogVersion(indicators.filter((i) => !added.has(i.id)));
  const rows = indicators.map((i) => {
    const isAdded = added.has(i.id);
    return [i.id, i.area, i.parent, i.name, i.valueType, i.measureUnit, i.level ?? null, isAdded ? 'added' : version, isAdded ? 1 : 0];
  });
  const stored = db.prepare('SELECT id, area, parent, name, value_type, measure_unit, level, catalog_version, added FROM indicators ORDER BY rowid').raw(true).all();
  if (JSON.stringify(stored) === JSON.stringify(rows)) return;
  try {
    const insert = db.prepare(
      'INSERT INTO indicators (id, area, parent, name, value_type, measure_unit, level, catalog_version, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      db.prepare('DELETE FROM indicators').run();
      for (const row of rows) insert.run(...row);
    }).immediate();
  } catch (error) {
    throw storeFault(error, db.name) ?? error;
  }
}
