/** `--indicator TEXT` resolved to the catalog's IDs (its ID or its name contains the text; `=id` for one ID). */
import type { Catalog } from '../match/catalog.js';
import { LookupError, matchesText, noMatchMessage, type TextQuery } from '../report/text-query.js';

export function indicatorIds(catalog: Pick<Catalog, 'indicators'>, query: TextQuery): string[] {
  const ids = catalog.indicators.filter((i) => matchesText(query, i.id) || (!query.exact && matchesText(query, i.name))).map((i) => i.id);
  if (ids.length === 0) {
    throw new LookupError(noMatchMessage('indicator', query.text, catalog.indicators.flatMap((i) => [i.id, i.name]), 'chitieu indicators'));
  }
  return ids;
}
