/**
 * The catalog prepared for matching: every name and variant normalised once, an exact-lookup
 * map, token sets with IDF weights for the fuzzy step, and each entry's effective level
 * (inherited from its ancestors). Built once per catalog and cached.
 */
import type { AdminLevel, CatalogIndicator } from '../model.js';
import type { Catalog } from './catalog.js';
import { normaliseLabel } from './normalise-label.js';
import { IdfTable, tokenSet, type TokenSet } from './similarity.js';

export type FormSource = 'name' | 'variant' | 'user';

export interface CatalogForm {
  indicator: CatalogIndicator;
  text: string;
  tokens: TokenSet;
  source: FormSource;
}

export interface UserVariant {
  indicatorId: string;
  label: string;
}

export interface CatalogIndex {
  catalog: Catalog;
  exact: Map<string, CatalogForm[]>;
  formsByArea: Map<number, CatalogForm[]>;
  idf: IdfTable;
  levelOf: Map<string, AdminLevel | null>;
  /** Ancestor IDs of each entry, nearest first. */
  ancestorsOf: Map<string, string[]>;
}

const cache = new WeakMap<Catalog, Map<string, CatalogIndex>>();

function ancestors(catalog: Catalog, id: string): string[] {
  const out: string[] = [];
  for (let p = catalog.byId.get(id)?.parent ?? null; p && !out.includes(p); p = catalog.byId.get(p)?.parent ?? null) out.push(p);
  return out;
}

export function indexCatalog(catalog: Catalog, userVariants: UserVariant[] = []): CatalogIndex {
  const key = JSON.stringify(userVariants);
  const perCatalog = cache.get(catalog) ?? new Map<string, CatalogIndex>();
  cache.set(catalog, perCatalog);
  const cached = perCatalog.get(key);
  if (cached) return cached;

  const index: CatalogIndex = { catalog, exact: new Map(), formsByArea: new Map(), idf: new IdfTable(), levelOf: new Map(), ancestorsOf: new Map() };
  const addForm = (indicator: CatalogIndicator, label: string, source: FormSource) => {
    const normalised = normaliseLabel(label);
    for (const text of new Set([normalised.text, normalised.newerWording].filter((t): t is string => !!t))) {
      const form: CatalogForm = { indicator, text, tokens: tokenSet(text), source };
      index.exact.set(text, [...(index.exact.get(text) ?? []), form]);
      index.formsByArea.set(indicator.area, [...(index.formsByArea.get(indicator.area) ?? []), form]);
      index.idf.add(form.tokens);
    }
  };
  for (const indicator of catalog.indicators) {
    addForm(indicator, indicator.name, 'name');
    for (const variant of indicator.variants) addForm(indicator, variant, 'variant');
    const chain = ancestors(catalog, indicator.id);
    index.ancestorsOf.set(indicator.id, chain);
    const inherited = [indicator.id, ...chain].map((id) => catalog.byId.get(id)?.level).find((l) => l !== undefined);
    index.levelOf.set(indicator.id, inherited ?? null);
  }
  for (const user of userVariants) {
    const indicator = catalog.byId.get(user.indicatorId);
    if (indicator) addForm(indicator, user.label, 'user');
  }
  perCatalog.set(key, index);
  return index;
}
