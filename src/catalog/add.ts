/**
 * Adding a suggested entry to a database's catalog (`chitieu catalog add <key>`), and removing one
 * added so. The entry is checked as a catalog file's entry is (src/match/catalog.ts) and kept in
 * the database (src/store/catalog-additions.ts); it carries every wording the reports printed as
 * variants, so the matcher finds them at the next `rematch` or import.
 */
import { CatalogError, extendCatalog, type Catalog } from '../match/catalog.js';
import { normaliseLabel } from '../match/normalise-label.js';
import type { AreaNumber, CatalogIndicator, IndicatorValueType } from '../model.js';
import { listAdditions, removeAddition, saveAddition } from '../store/catalog-additions.js';
import type { Db } from '../store/db.js';
import { listReviewRows } from '../store/stored-rows.js';
import { additionsLabel } from './catalog-for.js';
import { areaCode, freeId, groupReviewRows, type Suggestion } from './suggest.js';

/** Fields given on the command line, over the suggestion's own. */
export interface EntryOverrides {
  id?: string;
  name?: string;
  unit?: string;
  parent?: string;
  valueType?: string;
}

/** What the user asked for cannot be done (an unknown key, an entry the catalog refuses): their input to fix. */
export class CatalogRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogRequestError';
  }
}

/** The area an ID names by its first segment ("chidao." → 1), or null. */
function areaOfId(catalog: Catalog, id: string): AreaNumber | null {
  const code = id.split('.')[0];
  return catalog.areas.find((a) => a.code === code)?.area ?? null;
}

/**
 * The entry a suggestion makes, with the overrides applied: an ID given names its area; a parent
 * given without an ID gets a free ID under it; a name given leaves every printed wording a variant.
 */
export function entryFromSuggestion(suggestion: Suggestion, overrides: EntryOverrides, catalog: Catalog): CatalogIndicator {
  const parent = overrides.parent ?? suggestion.parent;
  const parentArea = overrides.parent ? (catalog.byId.get(overrides.parent)?.area ?? null) : null;
  const area = (overrides.id ? areaOfId(catalog, overrides.id) : null) ?? parentArea ?? suggestion.area;
  const name = overrides.name ?? suggestion.name;
  const base = overrides.parent ?? areaCode(catalog, area);
  const id = overrides.id ?? (overrides.parent && base ? freeId(base, name, new Set(catalog.byId.keys())) : suggestion.id);
  if (id === null || area === null) {
    const codes = catalog.areas.map((a) => a.code).join(', ');
    throw new CatalogRequestError(`the rows of suggestion ${suggestion.key} sit in no area of the template: give an ID with --id, its first word naming the area (${codes})`);
  }
  const folded = normaliseLabel(name).text;
  const variants = suggestion.labels.filter((label) => normaliseLabel(label).text !== folded);
  return {
    id,
    area,
    parent: parent ?? null,
    name,
    valueType: (overrides.valueType ?? suggestion.valueType) as IndicatorValueType,
    measureUnit: overrides.unit ?? suggestion.measureUnit,
    variants,
    stt: {},
  };
}

/** The suggestion with this key among the database's rows in review (every group, empty ones too). */
export function findSuggestion(db: Db, catalog: Catalog, key: string): Suggestion {
  const found = groupReviewRows(listReviewRows(db), catalog).find((s) => s.key === key);
  if (!found) throw new CatalogRequestError(`no suggestion has the key ${key}: list them with chitieu catalog suggest (the rows may be mapped already)`);
  return found;
}

/**
 * Adds the suggestion with this key to the database's catalog; `catalog` is the one the database
 * is read with now (src/catalog/catalog-for.ts). Refused with every problem the catalog loader
 * would name, and nothing stored.
 */
export function addSuggestedEntry(db: Db, catalog: Catalog, key: string, overrides: EntryOverrides = {}): { entry: CatalogIndicator; suggestion: Suggestion } {
  const suggestion = findSuggestion(db, catalog, key);
  const entry = entryFromSuggestion(suggestion, overrides, catalog);
  if (catalog.byId.has(entry.id)) {
    const added = listAdditions(db).some((a) => a.entry.id === entry.id);
    throw new CatalogRequestError(`${entry.id} is in use by ${added ? 'an entry added to this database before' : 'the installed catalog (mappings/)'}: give another with --id`);
  }
  try {
    extendCatalog(catalog, [entry], additionsLabel(db));
  } catch (error) {
    if (error instanceof CatalogError) throw new CatalogRequestError(`the entry cannot be added: ${error.problems.join('; ')}`);
    throw error;
  }
  saveAddition(db, { entry, suggestion: suggestion.key, example: JSON.stringify(suggestion.examples[0] ?? null) });
  return { entry, suggestion };
}

/**
 * Removes an added entry; its rows go back to review. Entries of the installed catalog (`catalog`
 * is that one alone, so that an addition it has since taken the ID of can still go) and entries
 * other additions hang under are refused.
 */
export function removeAddedEntry(db: Db, catalog: Catalog, id: string): { unmapped: number } {
  const added = listAdditions(db);
  if (!added.some((a) => a.entry.id === id)) {
    const why = catalog.byId.has(id) ? 'is part of the installed catalog (mappings/); only entries added with chitieu catalog add can be removed' : 'is not an added entry; list them with chitieu catalog added';
    throw new CatalogRequestError(`${id} ${why}`);
  }
  const children = added.filter((a) => a.entry.parent === id).map((a) => a.entry.id);
  if (children.length > 0) throw new CatalogRequestError(`${id} is the parent of ${children.join(', ')}: remove ${children.length === 1 ? 'it' : 'them'} first`);
  return { unmapped: removeAddition(db, id).unmapped };
}
