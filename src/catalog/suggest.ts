/**
 * Catalog entries proposed from the rows sent to review across an archive (`chitieu catalog
 * suggest`). A new template's new rows come back in every report that follows it: grouped by
 * what they say (the folded label, the folded label of the nearest parent row, the folded unit),
 * each group is one entry to add, with the reports that print it as its evidence.
 *
 * Rows withheld for doubtful columns are not catalog gaps and are never read here
 * (src/store/stored-rows.ts); nor is a row whose label folds to nothing. Rows with a figure are the evidence; a row printed empty only
 * joins a group as extra evidence, and a group of empty rows alone is left out unless asked for.
 */
import { sha256Hex } from '../../common/hash.js';
import type { Catalog } from '../match/catalog.js';
import { normaliseLabel } from '../match/normalise-label.js';
import type { AreaNumber, IndicatorValueType } from '../model.js';
import { asciiFold } from '../../common/vietnamese-text.js';
import { parseSttPath } from '../../common/numbering.js';
import type { Db } from '../store/db.js';
import type { RowPlace } from '../store/queries.js';
import { listReviewRows, type ReviewRowRecord } from '../store/stored-rows.js';

/** One row shown as evidence for a suggestion; the CLI names its place in its format's terms. */
export interface SuggestionExample extends RowPlace {
  documentId: number;
  file: string;
  period: string | null;
  stt: string;
  label: string;
  value: string;
  /** The row printed no figure: extra evidence only. */
  empty: boolean;
}

export interface Suggestion {
  /** Short hash of the grouping key: stable while the rows say the same thing. */
  key: string;
  /** A free ID in the catalog's scheme, or null when the rows sit in no area. */
  id: string | null;
  area: AreaNumber | null;
  /** The indicator the rows' parent rows are mapped to, or null. */
  parent: string | null;
  /** The nearest parent row's label as printed most often ('' for none). */
  parentLabel: string;
  /** The label printed most often. */
  name: string;
  /** The unit printed most often. */
  measureUnit: string;
  valueType: IndicatorValueType;
  /** Distinct documents that print the row. */
  reports: number;
  rows: number;
  rowsWithValue: number;
  rowsEmpty: number;
  /** Every wording printed, most frequent first. */
  labels: string[];
  /** Up to three rows, those with a figure and from different reports first. */
  examples: SuggestionExample[];
}

export interface SuggestOptions {
  /** Only groups printed by at least this many reports. */
  minReports?: number;
  area?: number;
  /** Also the groups whose rows are all empty. */
  includeEmpty?: boolean;
}

const MAX_EXAMPLES = 3;
/** IDs become CSV columns: the catalog allows 60 characters (src/match/catalog.ts). */
const ID_MAX = 60;
const KEY_LENGTH = 10;

/** A label without the STT a text dump may leave glued to it ("1.2. Số ..."); "2 cấp" keeps its number. */
function withoutStt(label: string): string {
  const [first, ...rest] = label.trim().split(/\s+/);
  return rest.length > 0 && first && /[.)]/.test(first) && parseSttPath(first) ? rest.join(' ') : label;
}

/** Folded as the matcher folds labels (markers, remarks, abbreviations, case), then without tone marks. */
const fold = (text: string) => normaliseLabel(withoutStt(text)).ascii;

const nearestParent = (row: ReviewRowRecord) => (JSON.parse(row.parent_labels) as string[]).at(-1) ?? '';

function groupKey(row: ReviewRowRecord): string {
  return [fold(row.label), fold(nearestParent(row)), fold(row.unit)].join('\u001f');
}

const hashKey = (key: string) => sha256Hex(key).slice(0, KEY_LENGTH);

/** The most frequent of the values given (the first seen on a tie); null when there are none. */
function mostFrequent<T>(values: Iterable<T>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

const hasValue = (row: ReviewRowRecord) => row.value_kind !== 'empty';

/** What the figures are (src/values/parse-value.ts kinds), as a catalog value type. */
const TYPE_OF_KIND: Record<string, IndicatorValueType> = { percent: 'percent', fraction: 'percent', number: 'count', boolean: 'yesno', code: 'code', text: 'text' };

function guessValueType(rows: readonly ReviewRowRecord[], unit: string): IndicatorValueType {
  const foldedUnit = asciiFold(unit);
  if (foldedUnit === '%') return 'percent';
  if (unit.includes('=')) return 'code';
  const kind = mostFrequent(rows.filter(hasValue).map((r) => r.value_kind));
  if (kind === null) return rows.some((r) => r.has_children) ? 'group' : unit === '' ? 'text' : 'count';
  const type = TYPE_OF_KIND[kind] ?? 'text';
  return type === 'count' && /\bdong\b/.test(foldedUnit) ? 'money' : type;
}

function pickExamples(rows: readonly ReviewRowRecord[]): SuggestionExample[] {
  const ordered = [...rows.filter(hasValue), ...rows.filter((r) => !hasValue(r))];
  const picked: ReviewRowRecord[] = [];
  const documents = new Set<number>();
  for (const r of ordered) {
    if (picked.length < MAX_EXAMPLES && hasValue(r) && !documents.has(r.document_id)) (picked.push(r), documents.add(r.document_id));
  }
  for (const r of ordered) if (picked.length < MAX_EXAMPLES && !picked.includes(r)) picked.push(r);
  return picked.map((r) => ({
    documentId: r.document_id, file: r.source_file, period: r.period, page: r.page, line: r.line, table_no: r.table_no, row_no: r.row_no,
    stt: r.stt, label: r.label, value: r.value_raw, empty: !hasValue(r),
  }));
}

/** Lowercase ASCII words of a label, for an ID segment ("Số cuộc họp giao ban CCHC" → so_cuoc_hop_giao_ban_cchc). */
function slugWords(name: string): string[] {
  const beforeRemarks = name.split('(')[0]!.trim() || name;
  return asciiFold(beforeRemarks).match(/[a-z0-9]+/g) ?? [];
}

/**
 * A free ID under `base` (the parent's ID, or the area's code) in the catalog's scheme: the
 * label's words, as many as fit in 60 characters, then `_2`, `_3`, ... when that is taken.
 */
export function freeId(base: string, name: string, taken: ReadonlySet<string>): string {
  const words = slugWords(name);
  const fit = (suffix: string) => {
    const room = ID_MAX - base.length - 1 - suffix.length;
    let slug = '';
    for (const w of words) {
      const next = slug === '' ? w : `${slug}_${w}`;
      if (next.length > room) break;
      slug = next;
    }
    return `${base}.${slug === '' ? `moi${suffix || '_1'}` : `${slug}${suffix}`}`;
  };
  let id = fit('');
  for (let n = 2; taken.has(id); n++) id = fit(`_${n}`);
  return id;
}

/** The area code of an area number, from the catalog's files. */
export const areaCode = (catalog: Catalog, area: number | null) => catalog.areas.find((a) => a.area === area)?.code ?? null;

function suggestionOf(key: string, rows: ReviewRowRecord[], catalog: Catalog, taken: Set<string>): Suggestion {
  const valued = rows.filter(hasValue);
  const evidence = valued.length > 0 ? valued : rows;
  const area = mostFrequent(evidence.map((r) => r.area).filter((a): a is number => a !== null)) as AreaNumber | null;
  const parent = mostFrequent(
    evidence.map((r) => r.parent_indicator_id).filter((id): id is string => id !== null && catalog.byId.get(id)?.area === area),
  );
  const labels = byFrequency(evidence.map((r) => r.label));
  const name = labels[0]!;
  const measureUnit = byFrequency(evidence.map((r) => r.unit))[0]!;
  const base = parent ?? areaCode(catalog, area);
  const id = base === null ? null : freeId(base, name, taken);
  if (id) taken.add(id);
  return {
    key: hashKey(key),
    id,
    area,
    parent,
    parentLabel: byFrequency(evidence.map(nearestParent))[0]!,
    name,
    measureUnit,
    valueType: guessValueType(rows, measureUnit),
    reports: new Set(rows.map((r) => r.document_id)).size,
    rows: rows.length,
    rowsWithValue: valued.length,
    rowsEmpty: rows.length - valued.length,
    labels: byFrequency(rows.map((r) => r.label)),
    examples: pickExamples(rows),
  };
}

/**
 * Every group of review rows as a suggestion, most reports first. IDs are given over all groups
 * in this order, whatever is filtered afterwards, so a key shows the same ID in every listing.
 */
export function groupReviewRows(rows: readonly ReviewRowRecord[], catalog: Catalog): Suggestion[] {
  const groups = new Map<string, ReviewRowRecord[]>();
  for (const row of rows) {
    // A row with no words in its label (a cell a layout split off) can name no catalog entry.
    if (fold(row.label) === '') continue;
    const key = groupKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const collator = new Intl.Collator('vi');
  const ordered = [...groups].sort(([, a], [, b]) => {
    const reports = (g: ReviewRowRecord[]) => new Set(g.map((r) => r.document_id)).size;
    const valued = (g: ReviewRowRecord[]) => (g.some(hasValue) ? 1 : 0);
    return reports(b) - reports(a) || valued(b) - valued(a) || b.length - a.length || collator.compare(a[0]!.label, b[0]!.label);
  });
  const taken = new Set(catalog.byId.keys());
  return ordered.map(([key, group]) => suggestionOf(key, group, catalog, taken));
}

export function filterSuggestions(suggestions: readonly Suggestion[], options: SuggestOptions): Suggestion[] {
  return suggestions.filter(
    (s) => (options.includeEmpty || s.rowsWithValue > 0) && s.reports >= (options.minReports ?? 1) && (options.area === undefined || s.area === options.area),
  );
}

/** The suggestions for a database's rows in review, with the catalog it is read with. */
export function suggestCatalogEntries(db: Db, catalog: Catalog, options: SuggestOptions = {}): Suggestion[] {
  return filterSuggestions(groupReviewRows(listReviewRows(db), catalog), options);
}
