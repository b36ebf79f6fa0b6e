/**
 * `chitieu diff --unit U --from P1 --to P2`: every indicator of a unit's two reports with both
 * values, the change and where each value was read (src/report/diff.ts). The newest report of
 * each period is compared; with `--all-versions` every report of the two periods is compared
 * with the one before it, oldest first (with `--from` = `--to`: what each re-issue changed).
 * `--to-unit` takes the later side from another unit: a body renamed or merged since 2025 (Ban
 * Dân tộc → Sở Dân tộc và Tôn giáo) keeps its own key (unit-key.ts), and this is how its figures
 * are followed across the change; two units of one period compare the same way.
 */
import { basename } from 'node:path';
import { catalogFor } from '../../catalog/catalog-for.js';
import { parsePeriod } from '../../metadata/extract-metadata.js';
import { diffDocuments, type DiffRow, type DiffValue, type UnitDiff } from '../../report/diff.js';
import { keyDocuments, resolveUnit, summariseUnits, UnitLookupError, type KeyedDocument, type UnitSummary } from '../../report/units.js';
import { openDatabase, type Db } from '../../store/db.js';
import { listDocuments, observationsOf } from '../../store/queries.js';
import { formatNumber } from '../../values/parse-value.js';
import { UsageError } from '../errors.js';
import { renderTable } from '../table.js';
import { describePlace } from '../where.js';
import { indicatorIds } from '../indicator-filter.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { plainOutput, writeRows, writeText } from '../row-output.js';

export interface DiffCliOptions extends RowCliOptions {
  db: string;
  unit: string;
  toUnit?: string;
  from: string;
  to: string;
  allVersions?: boolean;
  changesOnly?: boolean;
}

export const DIFF_COLUMNS = [
  'unit_key', 'unit', 'indicator_id', 'indicator_name', 'occurrence', 'status', 'from_period', 'to_period', 'from_value', 'to_value',
  'change', 'relative_change_pct', 'from_value_raw', 'to_value_raw', 'from_stt', 'to_stt', 'from_label', 'to_label',
  'from_source_file', 'from_page', 'from_line', 'from_place', 'to_source_file', 'to_page', 'to_line', 'to_place',
  'from_document_id', 'to_document_id', 'to_unit_key', 'to_unit', 'value_column',
] as const;

function periodArg(flag: string, text: string): string {
  const period = parsePeriod(text);
  if (!period) throw new UsageError(`${flag} ${text}: give a period key such as 2024, 2024-Q1, 2024-H1, 2024-9M or 2021-2025`);
  return period;
}

/** The unit's reports for a period, oldest first (the newest, read by default, last). */
function versionsOf(unit: UnitSummary, period: string, byId: ReadonlyMap<number, KeyedDocument>): KeyedDocument[] {
  const found = unit.periods.find((p) => p.period === period);
  if (!found) {
    const have = unit.periods.map((p) => p.period ?? '(none)').join(', ');
    throw new UsageError(`${unit.key} has no report for ${period}; its periods: ${have}`);
  }
  return found.versions.map((v) => byId.get(v.document_id)!);
}

/** The pairs of reports to compare: `unit`'s for `from` with `toUnit`'s for `to`. */
function pairsToCompare(unit: UnitSummary, toUnit: UnitSummary, from: string, to: string, allVersions: boolean, byId: ReadonlyMap<number, KeyedDocument>): Array<[KeyedDocument, KeyedDocument]> {
  const older = versionsOf(unit, from, byId);
  const newer = versionsOf(toUnit, to, byId);
  const sameReports = from === to && unit.key === toUnit.key;
  if (!allVersions) {
    if (sameReports) throw new UsageError(`--from and --to are both ${from}; add --all-versions to compare the reports of one period`);
    return [[older[older.length - 1]!, newer[newer.length - 1]!]];
  }
  const chain = sameReports ? older : [...older, ...newer];
  if (chain.length < 2) throw new UsageError(`${unit.key} has one report for ${from}; nothing to compare`);
  return chain.slice(1).map((d, i) => [chain[i]!, d]);
}

export function compareReports(db: Db, pair: [KeyedDocument, KeyedDocument], order: ReadonlyMap<string, number>): UnitDiff {
  const [from, to] = pair;
  return diffDocuments({ document: from, rows: observationsOf(db, from.id) }, { document: to, rows: observationsOf(db, to.id) }, { order });
}

const num = (n: number | null) => (n === null ? '' : formatNumber(n));
const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

function changeText(r: DiffRow, diff: UnitDiff): string {
  if (r.status === 'only-from') return `only in ${diff.from.period}`;
  if (r.status === 'only-to') return `only in ${diff.to.period}`;
  if (r.status === 'same') return '=';
  if (r.change === null) return 'changed';
  const relative = r.relative === null ? '' : ` (${r.relative > 0 ? '+' : ''}${r.relative.toFixed(1)}%)`;
  return `${signed(r.change)}${relative}`;
}

const place = (v: DiffValue | null) => (v ? describePlace(v) : '');
const source = (v: DiffValue | null) => (v ? `${basename(v.source_file)} ${describePlace(v)}` : '');
const shown = (v: DiffValue | null) => (v === null ? '—' : v.value === '' ? '(empty)' : v.value);

function describeSide(d: UnitDiff['from']): string {
  const details = [`document ${d.id}`, d.report_date ? `dated ${d.report_date}` : 'undated', d.template_version ? `template ${d.template_version}` : null];
  return `${d.period}: ${d.source_file} (${details.filter(Boolean).join(', ')})`;
}

const unitTitle = (unit: UnitSummary) => `${unit.name}${unit.province ? ` (${unit.province})` : ''} — ${unit.key}`;

function tableText(unit: UnitSummary, toUnit: UnitSummary, diffs: readonly UnitDiff[], name: (id: string) => string, changesOnly: boolean): string {
  const out: string[] = [unit.key === toUnit.key ? unitTitle(unit) : `${unitTitle(unit)}\n→ ${unitTitle(toUnit)}`];
  for (const diff of diffs) {
    const rows = diff.rows.filter((r) => !changesOnly || r.status !== 'same');
    out.push(
      '',
      `from ${describeSide(diff.from)}`,
      `to   ${describeSide(diff.to)}`,
      '',
      renderTable(
        ['indicator', 'name', String(diff.from.period), String(diff.to.period), 'change', 'from', 'to'],
        rows.map((r) => [
          `${r.indicator_id}${r.value_column ? ` [${r.value_column}]` : ''}${r.occurrence > 1 ? ` #${r.occurrence}` : ''}`,
          name(r.indicator_id),
          shown(r.from),
          shown(r.to),
          changeText(r, diff),
          source(r.from),
          source(r.to),
        ]),
        48,
      ).trimEnd(),
      `${diff.counts.changed} changed, ${diff.counts.same} same, ${diff.counts['only-from']} only in ${diff.from.period}, ${diff.counts['only-to']} only in ${diff.to.period}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export function csvRows(unit: UnitSummary, toUnit: UnitSummary, diffs: readonly UnitDiff[], name: (id: string) => string, changesOnly: boolean): string[][] {
  return diffs.flatMap((diff) =>
    diff.rows
      .filter((r) => !changesOnly || r.status !== 'same')
      .map((r) => [
        unit.key, unit.name, r.indicator_id, name(r.indicator_id), String(r.occurrence), r.status, diff.from.period ?? '', diff.to.period ?? '',
        r.from?.value ?? '', r.to?.value ?? '', num(r.change), num(r.relative), r.from?.value_raw ?? '', r.to?.value_raw ?? '',
        r.from?.stt ?? '', r.to?.stt ?? '', r.from?.label ?? '', r.to?.label ?? '',
        r.from?.source_file ?? '', num(r.from?.page ?? null), num(r.from?.line ?? null), place(r.from),
        r.to?.source_file ?? '', num(r.to?.page ?? null), num(r.to?.line ?? null), place(r.to),
        String(diff.from.id), String(diff.to.id), toUnit.key, toUnit.name, r.value_column,
      ]),
  );
}

export async function runDiff(options: DiffCliOptions): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const from = periodArg('--from', options.from);
  const to = periodArg('--to', options.to);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const documents = keyDocuments(listDocuments(db));
    const units = summariseUnits(documents);
    const lookUp = (query: string) => {
      try {
        return resolveUnit(units, query);
      } catch (error) {
        throw error instanceof UnitLookupError ? new UsageError(error.message) : error;
      }
    };
    const unit = lookUp(options.unit);
    const toUnit = options.toUnit === undefined ? unit : lookUp(options.toUnit);
    const byId = new Map(documents.map((d) => [d.id, d]));
    const catalog = catalogFor(db);
    const order = new Map(catalog.indicators.map((i, n) => [i.id, n]));
    const name = (id: string) => catalog.byId.get(id)?.name ?? '';
    const ids = filters.indicator ? new Set(indicatorIds(catalog, filters.indicator)) : null;
    const wanted = (r: DiffRow) => (ids === null || ids.has(r.indicator_id)) && (filters.area === undefined || catalog.byId.get(r.indicator_id)?.area === filters.area);
    const diffs = pairsToCompare(unit, toUnit, from, to, options.allVersions ?? false, byId)
      .map((pair) => compareReports(db, pair, order))
      .map((d) => ({ ...d, rows: d.rows.filter(wanted) }));
    const changesOnly = options.changesOnly ?? false;

    if (output.format === 'json') {
      const comparisons = diffs.map((d) => ({
        ...d,
        rows: d.rows.filter((r) => !changesOnly || r.status !== 'same').map((r) => ({ ...r, indicator_name: name(r.indicator_id) })),
      }));
      const info = (u: UnitSummary) => ({ key: u.key, name: u.name, province: u.province, level: u.level });
      writeText(output.out, `${JSON.stringify({ unit: info(unit), toUnit: info(toUnit), comparisons }, null, 2)}\n`);
    } else if (output.format !== 'table') {
      await writeRows(output, plainOutput(DIFF_COLUMNS), csvRows(unit, toUnit, diffs, name, changesOnly));
    } else {
      writeText(output.out, tableText(unit, toUnit, diffs, name, changesOnly));
    }
  } finally {
    db.close();
  }
  return 0;
}
