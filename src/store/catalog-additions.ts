/**
 * Catalog entries added with `chitieu catalog add`, kept in the database (migration
 * 004-catalog-additions) beside the figures they describe; the catalog in `mappings/` is never
 * written at run time. Entries go in and out as `CatalogIndicator`s: checking them is the
 * catalog's job (src/match/catalog.ts `extendCatalog`), not the store's.
 */
import type { AreaNumber, CatalogIndicator, IndicatorValueType } from '../model.js';
import { refreshCurrentOf } from './current-versions.js';
import type { Db } from './db.js';

export interface StoredAddition {
  entry: CatalogIndicator;
  /** The suggestion key the entry was made from, or null. */
  suggestion: string | null;
  /** Where its label was seen first ("file line 20"). */
  example: string;
  addedAt: string;
}

interface AdditionRecord {
  id: string;
  area: number;
  parent: string | null;
  name: string;
  value_type: string;
  measure_unit: string;
  variants: string;
  stt: string;
  suggestion: string | null;
  example: string;
  added_at: string;
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * The added entries, oldest first. A database opened read-only is not migrated: without the table
 * (written by a chitieu older than migration 004) it has none.
 */
export function listAdditions(db: Db): StoredAddition[] {
  if (!hasTable(db, 'catalog_additions')) return [];
  const records = db.prepare('SELECT * FROM catalog_additions ORDER BY rowid').all() as AdditionRecord[];
  return records.map((r) => ({
    entry: {
      id: r.id,
      area: r.area as AreaNumber,
      parent: r.parent,
      name: r.name,
      valueType: r.value_type as IndicatorValueType,
      measureUnit: r.measure_unit,
      variants: JSON.parse(r.variants) as string[],
      stt: JSON.parse(r.stt) as Record<string, string>,
    },
    suggestion: r.suggestion,
    example: r.example,
    addedAt: r.added_at,
  }));
}

export function saveAddition(db: Db, addition: Omit<StoredAddition, 'addedAt'>): void {
  const { entry } = addition;
  db.prepare(
    `INSERT INTO catalog_additions (id, area, parent, name, value_type, measure_unit, variants, stt, suggestion, example, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.id, entry.area, entry.parent, entry.name, entry.valueType, entry.measureUnit, JSON.stringify(entry.variants), JSON.stringify(entry.stt),
    addition.suggestion, addition.example, new Date().toISOString());
}

/**
 * Removes an added entry and, in the same transaction, sends the rows mapped to it back to
 * review: an ID no catalog knows must not stay in the figures. Returns false when there is no
 * such addition.
 */
export function removeAddition(db: Db, id: string): { removed: boolean; unmapped: number } {
  return db
    .transaction(() => {
      if (!hasTable(db, 'catalog_additions')) return { removed: false, unmapped: 0 };
      const removed = db.prepare('DELETE FROM catalog_additions WHERE id = ?').run(id).changes > 0;
      if (!removed) return { removed, unmapped: 0 };
      const documents = db.prepare('SELECT DISTINCT document_id FROM appendix_rows WHERE indicator_id = ?').pluck().all(id) as number[];
      const unmapped = db
        .prepare(
          `UPDATE appendix_rows SET indicator_id = NULL, is_group = 0, confidence = NULL, match_method = 'none', reasons = ?
           WHERE indicator_id = ?`,
        )
        .run(JSON.stringify([`its catalog entry ${id} was removed (chitieu catalog remove)`]), id).changes;
      for (const d of documents) refreshCurrentOf(db, d);
      return { removed, unmapped };
    })
    .immediate();
}
