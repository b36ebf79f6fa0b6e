/**
 * `chitieu catalog suggest | add | added | remove`: entries proposed from the rows in review and
 * added to a database's own catalog (src/catalog/). Argument handling and printing only.
 */
import { basename } from 'node:path';
import { addSuggestedEntry, CatalogRequestError, removeAddedEntry, type EntryOverrides } from '../../catalog/add.js';
import { catalogFor, refreshIndicators } from '../../catalog/catalog-for.js';
import { loadCatalog } from '../../match/catalog.js';
import { suggestCatalogEntries, type Suggestion, type SuggestionExample } from '../../catalog/suggest.js';
import { listAdditions, type StoredAddition } from '../../store/catalog-additions.js';
import { openDatabase, type Db } from '../../store/db.js';
import { UsageError } from '../errors.js';
import { matchesAny } from '../../report/text-query.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { writeRows, type RowOutput } from '../row-output.js';
import { describePlace } from '../where.js';

export const SUGGESTION_COLUMNS = [
  'key', 'suggested_id', 'area', 'parent_id', 'name', 'measure_unit', 'value_type', 'reports', 'rows', 'rows_with_value', 'rows_empty',
  'parent_label', 'labels', 'examples',
] as const;

export const ADDED_COLUMNS = ['id', 'area', 'parent_id', 'name', 'measure_unit', 'value_type', 'variants', 'suggestion', 'example', 'added_at'] as const;

/** "000.txt line 150", "report.pdf page 6 line 21", "report.docx table 1 row 4"; "(empty)" marks a row with no figure. */
function exampleSource(e: SuggestionExample, full = true): string {
  return `${full ? e.file : basename(e.file)} ${describePlace(e)}${e.empty ? ' (empty)' : ''}`;
}

function wholeNumber(text: string | undefined, option: string, check: (n: number) => boolean, expected: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || !check(n)) throw new UsageError(`${option} ${text}: give ${expected}`);
  return n;
}

/** A library refusal of what was asked (unknown key, an entry the catalog refuses) is a usage error. */
async function asked<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof CatalogRequestError ? new UsageError(error.message) : error;
  }
}

const SUGGESTIONS: RowOutput<Suggestion> = {
  columns: SUGGESTION_COLUMNS,
  cells: (s) => [
    s.key, s.id ?? '', s.area === null ? '' : String(s.area), s.parent ?? '', s.name, s.measureUnit, s.valueType, String(s.reports), String(s.rows),
    String(s.rowsWithValue), String(s.rowsEmpty), s.parentLabel, s.labels.join(' | '), s.examples.map((e) => exampleSource(e)).join(' | '),
  ],
  tableColumns: ['key', 'reports', 'rows', 'suggested id', 'unit', 'type', 'name', 'example'],
  tableCells: (s) => [
    s.key, String(s.reports), s.rowsEmpty > 0 ? `${s.rows} (${s.rowsEmpty} empty)` : String(s.rows), s.id ?? '(give --id)', s.measureUnit, s.valueType, s.name,
    s.examples[0] ? exampleSource(s.examples[0], false) : '',
  ],
  json: (s) => ({ ...s, examples: s.examples.map((e) => ({ ...e, source: exampleSource(e) })) }),
};

export interface SuggestCliOptions extends RowCliOptions {
  db: string;
  minReports?: string;
  includeEmpty?: boolean;
}

export async function runCatalogSuggest(options: SuggestCliOptions): Promise<number> {
  const output = outputChoice(options);
  const minReports = wholeNumber(options.minReports, '--min-reports', (n) => n >= 1, 'a whole number from 1');
  const { area } = rowFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const suggestions = suggestCatalogEntries(db, catalogFor(db), { minReports, area, includeEmpty: options.includeEmpty });
    await writeRows(output, SUGGESTIONS, suggestions);
    const rows = suggestions.reduce((n, s) => n + s.rows, 0);
    process.stderr.write(`${suggestions.length} suggested entries for ${rows} rows in review; add one with: chitieu catalog add <key> --db ${options.db}\n`);
  } finally {
    db.close();
  }
  return 0;
}

export interface AddCliOptions extends EntryOverrides {
  db: string;
  type?: string;
}

export async function runCatalogAdd(key: string, options: AddCliOptions): Promise<number> {
  const db = openDatabase(options.db);
  try {
    const catalog = catalogFor(db);
    const overrides: EntryOverrides = { id: options.id, name: options.name, unit: options.unit, parent: options.parent, valueType: options.type };
    const { entry, suggestion } = await asked(() => addSuggestedEntry(db, catalog, key, overrides));
    refreshIndicators(db, catalogFor(db));
    process.stderr.write(
      `added ${entry.id} “${entry.name}” (area ${entry.area}${entry.parent ? `, under ${entry.parent}` : ''}, ${entry.valueType}${entry.measureUnit ? `, ${entry.measureUnit}` : ''}) ` +
        `to the catalog of ${options.db}, for ${suggestion.rows} rows in ${suggestion.reports} reports; map them with: chitieu rematch --db ${options.db}\n`,
    );
  } finally {
    db.close();
  }
  return 0;
}

const ADDED: RowOutput<StoredAddition> = {
  columns: ADDED_COLUMNS,
  cells: (a) => [
    a.entry.id, String(a.entry.area), a.entry.parent ?? '', a.entry.name, a.entry.measureUnit, a.entry.valueType, a.entry.variants.join(' | '),
    a.suggestion ?? '', addedExample(a), a.addedAt,
  ],
  tableColumns: ['id', 'type', 'unit', 'name', 'added'],
  tableCells: (a) => [a.entry.id, a.entry.valueType, a.entry.measureUnit, a.entry.name, a.addedAt.slice(0, 10)],
  json: (a) => ({ ...a.entry, suggestion: a.suggestion, example: addedExample(a), addedAt: a.addedAt }),
};

function addedExample(a: StoredAddition): string {
  const example = JSON.parse(a.example || 'null') as SuggestionExample | null;
  return example ? exampleSource(example) : '';
}

export async function runCatalogAdded(options: RowCliOptions & { db: string }): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const added = listAdditions(db).filter(
      (a) => (filters.area === undefined || a.entry.area === filters.area) && (!filters.indicator || matchesAny(filters.indicator, [a.entry.id, a.entry.name])),
    );
    await writeRows(output, ADDED, added);
    process.stderr.write(`${added.length} entries added to the catalog of ${options.db}\n`);
  } finally {
    db.close();
  }
  return 0;
}

export async function runCatalogRemove(id: string, options: { db: string }): Promise<number> {
  const db: Db = openDatabase(options.db);
  try {
    // The installed catalog alone: an addition that clashes with it must still be removable.
    const { unmapped } = await asked(() => removeAddedEntry(db, loadCatalog(), id));
    refreshIndicators(db, catalogFor(db));
    process.stderr.write(`removed ${id} from the catalog of ${options.db}; ${unmapped} row(s) mapped to it went back to review\n`);
  } finally {
    db.close();
  }
  return 0;
}
