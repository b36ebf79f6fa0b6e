/**
 * What changed between two reports of a unit: every indicator of either report with both values,
 * the change (absolute and, for quantities, relative) and where each value was read. Rows are
 * aligned by indicator ID, not by STT or label, so two template versions (renumbered, reworded)
 * compare row for row. A plain function over observations read from the store.
 */
import type { ObservationRecord } from '../store/queries.js';
import { normalisedValue, QUANTITY_KINDS } from './observation-value.js';

/** The document on one side of a diff. */
export interface DiffDocument {
  id: number;
  source_file: string;
  period: string | null;
  template_version: string | null;
  report_date: string | null;
}

export interface DiffInput {
  document: DiffDocument;
  rows: readonly ObservationRecord[];
}

/** One side's value of an indicator and where it was read. */
export interface DiffValue {
  value: string;
  value_raw: string;
  value_kind: string;
  number: number | null;
  stt: string;
  label: string;
  unit_cell: string;
  source_file: string;
  page: number | null;
  line: number;
  table_no: number | null;
  row_no: number | null;
}

export type DiffStatus = 'changed' | 'same' | 'only-from' | 'only-to';

export interface DiffRow {
  indicator_id: string;
  /**
   * '' for the default figure; for a further value column its role and header path
   * ("plan: Kế hoạch"), so a plan is compared with a plan, never with the actual figure.
   */
  value_column: string;
  /** 1 for the indicator's first row in a report, 2 for a second row with the same ID, ... */
  occurrence: number;
  status: DiffStatus;
  from: DiffValue | null;
  to: DiffValue | null;
  /** `to - from` when both are quantities (counts, amounts, percentage points). */
  change: number | null;
  /** `change / |from|` as a percentage, when both are quantities and `from` is not 0. */
  relative: number | null;
}

export interface UnitDiff {
  from: DiffDocument;
  to: DiffDocument;
  rows: DiffRow[];
  counts: Record<DiffStatus, number>;
}

export interface DiffOptions {
  /** Position of each indicator ID in the catalog; rows follow it, unknown IDs last by ID. */
  order?: ReadonlyMap<string, number>;
}

function sideValue(o: ObservationRecord, document: DiffDocument): DiffValue {
  return {
    value: normalisedValue(o),
    value_raw: o.value_raw,
    value_kind: o.value_kind,
    number: o.value_number,
    stt: o.stt,
    label: o.label,
    unit_cell: o.unit_cell,
    source_file: document.source_file,
    page: o.page,
    line: o.line,
    table_no: o.table_no,
    row_no: o.row_no,
  };
}

/** Values by "ID#occurrence", in document order. */
interface Keyed {
  id: string;
  column: string;
  occurrence: number;
  value: DiffValue;
}

/** A further value column is keyed by its role, and by its caption for years and levels ("year: Năm 2023"). */
function columnKey(o: ObservationRecord): string {
  if ((o.column_no ?? 0) === 0) return '';
  return o.value_role === 'year' || o.value_role === 'level' || o.value_role === 'other' ? `${o.value_role}: ${o.value_column}` : o.value_role;
}

/** Values by "ID|column#occurrence", in document order. */
function valuesById(input: DiffInput): Map<string, Keyed> {
  const seen = new Map<string, number>();
  const values = new Map<string, Keyed>();
  for (const o of input.rows) {
    const column = columnKey(o);
    const key = `${o.indicator_id}|${column}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    values.set(`${key}#${occurrence}`, { id: o.indicator_id, column, occurrence, value: sideValue(o, input.document) });
  }
  return values;
}

const isQuantity = (v: DiffValue | null): v is DiffValue & { number: number } => v !== null && v.number !== null && QUANTITY_KINDS.has(v.value_kind);

/** Rounded so that 0.1 + 0.2 - 0.3 does not show as a change of 5.5e-17. */
const round = (n: number) => Math.round(n * 1e6) / 1e6 || 0; // and no -0

function compare({ id, column, occurrence }: Omit<Keyed, 'value'>, from: DiffValue | null, to: DiffValue | null): DiffRow {
  const status: DiffStatus = !from ? 'only-to' : !to ? 'only-from' : from.value === to.value ? 'same' : 'changed';
  const both = isQuantity(from) && isQuantity(to);
  const change = both ? round(to.number - from.number) : null;
  const relative = both && from.number !== 0 ? round(((to.number - from.number) / Math.abs(from.number)) * 100) : null;
  return { indicator_id: id, value_column: column, occurrence, status, from, to, change, relative };
}

export function diffDocuments(from: DiffInput, to: DiffInput, options: DiffOptions = {}): UnitDiff {
  const left = valuesById(from);
  const right = valuesById(to);
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  const rows = keys.map((k) => {
    const l = left.get(k);
    const r = right.get(k);
    return compare((l ?? r)!, l?.value ?? null, r?.value ?? null);
  });
  const order = options.order ?? new Map<string, number>();
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  rows.sort((a, b) => rank(a.indicator_id) - rank(b.indicator_id) || (a.indicator_id < b.indicator_id ? -1 : a.indicator_id > b.indicator_id ? 1 : 0) || (a.value_column < b.value_column ? -1 : a.value_column > b.value_column ? 1 : 0) || a.occurrence - b.occurrence);
  const counts: Record<DiffStatus, number> = { changed: 0, same: 0, 'only-from': 0, 'only-to': 0 };
  for (const r of rows) counts[r.status]++;
  return { from: from.document, to: to.document, rows, counts };
}
