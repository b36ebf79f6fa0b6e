/**
 * Units across an archive: each imported document gets the key of its unit (computed from the
 * stored unit and province with today's rules, so an archive imported by an older chitieu is
 * keyed the same way, then reconciled over the archive: src/pipeline/unit-key.ts), and the units
 * are listed with their names, province, level and periods. Plain functions over documents read
 * from the store.
 */
import { reconcileUnitKeys, unitKeyOf, type UnitKey } from '../pipeline/unit-key.js';
import { foldQueryText, LookupError, matchesAny, noMatchMessage, textQuery } from './text-query.js';
import type { DocumentRecord } from '../store/queries.js';
import { comparePeriods } from './periods.js';
import { compareVersions, groupVersions } from './versions.js';

export interface KeyedDocument extends DocumentRecord {
  /** Null when the report names no unit. */
  key: UnitKey | null;
}

export function keyDocuments(documents: readonly DocumentRecord[]): KeyedDocument[] {
  const own = new Map<string, UnitKey | null>();
  const keyOf = (d: DocumentRecord) => {
    const id = `${d.unit ?? ''}\u0000${d.province ?? ''}`;
    if (!own.has(id)) own.set(id, unitKeyOf({ unit: d.unit, province: d.province }));
    return own.get(id)!;
  };
  const keys = documents.map(keyOf);
  const reconciled = reconcileUnitKeys(keys.filter((k): k is UnitKey => k !== null));
  return documents.map((d, i) => ({ ...d, key: keys[i] === null ? null : reconciled.get(keys[i]!)! }));
}

export interface UnitVersion {
  document_id: number;
  source_file: string;
  report_date: string | null;
  imported_at: string;
  /** True for the version read by default (the stored flag: src/report/versions.ts). */
  current: boolean;
  /** Why it is current or not. */
  current_reason: string;
}

export interface UnitPeriod {
  period: string | null;
  documents: number;
  /** Oldest first; the last is the current one. */
  versions: UnitVersion[];
}

export interface UnitSummary {
  key: UnitKey;
  /** The name most of its reports print (the newest report's on a tie). */
  name: string;
  /** Every name printed, most used first. */
  names: string[];
  province: string | null;
  level: string | null;
  documents: number;
  periods: UnitPeriod[];
}

/** The value most documents carry, the newest document's on a tie; null values left out. */
function mostCommon(values: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const v of [...values].reverse()) if (v && (best === null || counts.get(v)! > counts.get(best)!)) best = v;
  return best;
}

function byCount(values: ReadonlyArray<string | null>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

function summarise(key: UnitKey, documents: readonly KeyedDocument[]): UnitSummary {
  const inOrder = [...documents].sort((a, b) => a.id - b.id);
  const periods: UnitPeriod[] = [...groupVersions(inOrder, (d) => d.key).values()].map((versions) => {
    // Oldest first and the current one last; the others by report date and import time.
    const inVersionOrder = [...versions].sort((a, b) => a.is_current - b.is_current || compareVersions(a, b));
    return {
      period: versions[0]!.period,
      documents: versions.length,
      versions: inVersionOrder.map((v) => ({
        document_id: v.id,
        source_file: v.source_file,
        report_date: v.report_date,
        imported_at: v.imported_at,
        current: v.is_current === 1,
        current_reason: v.current_reason,
      })),
    };
  });
  periods.sort((a, b) => comparePeriods(a.period, b.period) || a.versions[0]!.document_id - b.versions[0]!.document_id);
  return {
    key,
    name: mostCommon(inOrder.map((d) => d.unit)) ?? key,
    names: byCount(inOrder.map((d) => d.unit)),
    province: mostCommon(inOrder.map((d) => d.province)),
    level: mostCommon(inOrder.map((d) => d.level)),
    documents: documents.length,
    periods,
  };
}

/** One entry per unit key, sorted by province then name; documents without a unit are left out. */
export function summariseUnits(documents: readonly KeyedDocument[]): UnitSummary[] {
  const byKey = new Map<UnitKey, KeyedDocument[]>();
  for (const d of documents) {
    if (d.key === null) continue;
    const list = byKey.get(d.key);
    if (list) list.push(d);
    else byKey.set(d.key, [d]);
  }
  const collator = new Intl.Collator('vi');
  return [...byKey.entries()]
    .map(([key, docs]) => summarise(key, docs))
    .sort((a, b) => collator.compare(a.province ?? '', b.province ?? '') || collator.compare(a.name, b.name) || collator.compare(a.key, b.key));
}

/**
 * The units a `--unit` text picks (report/text-query.ts): the unit whose key is the text; else
 * every unit whose key (province and name: `gia-lai/ban-dân-tộc`) or one of whose printed names
 * contains it (case and diacritics ignored), or with a leading `=`, is it.
 */
export function findUnits(units: readonly UnitSummary[], typed: string): UnitSummary[] {
  const query = textQuery(typed);
  const byKey = units.filter((u) => foldQueryText(u.key) === query.folded);
  if (byKey.length > 0) return byKey;
  return units.filter((u) => matchesAny(query, [u.key, ...u.names]));
}

export class UnitLookupError extends LookupError {
  constructor(
    readonly code: 'unit/not-found' | 'unit/ambiguous',
    message: string,
    readonly matches: UnitSummary[],
  ) {
    super(message);
    this.name = 'UnitLookupError';
  }
}

/** The one unit `query` picks; an error naming the candidates when it picks none or several. */
export function resolveUnit(units: readonly UnitSummary[], query: string): UnitSummary {
  const matches = findUnits(units, query);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new UnitLookupError('unit/not-found', noMatchMessage('unit', query, units.flatMap((u) => u.names), 'chitieu units'), []);
  }
  const list = matches.map((u) => `${u.key} (${u.name}${u.province ? `, ${u.province}` : ''})`).join('; ');
  throw new UnitLookupError('unit/ambiguous', `"${query}" matches ${matches.length} units; give one of these keys: ${list}`, matches);
}
