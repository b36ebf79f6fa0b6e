/**
 * A seed (scripts/seed-tables.ts) laid out as one variant: the same prose and the same rows with
 * their labels, units, figures and notes as printed, under other captions, in another column
 * order, with other STTs, extra value columns and splits. Format-neutral: the writers (text,
 * DOCX, PDF) print the result. Every data row keeps the seed line it came from.
 */
import { cleanText } from '../../parsers/cell-text.js';
import type { Seed, SeedBlock, SeedCell, SeedRow, SeedTable } from '../seed-tables.js';
import { madeUpValues } from './extra-values.js';
import { headerRows, numberingRow, type HeaderGroup } from './header.js';
import { seededRng, type Rng } from './rng.js';
import type { VariantSpec } from './spec.js';
import { renumber } from './stt.js';
import { applyCase, type ColumnRole } from './wordings.js';

export interface VariantTable extends SeedTable {
  roles: ColumnRole[];
}

export interface VariantDocument {
  blocks: SeedBlock[];
  /**
   * Seed lines whose expected figure the variant cannot carry (a fraction whose percent was in
   * the unit column, when the unit column is left out): aligned, but neither right nor wrong.
   */
  ignoredLines: Set<number>;
}

/** The report's period as the inner group caption prints it. */
export interface PeriodText {
  year: number;
  /** "quý I năm 2024", "năm 2023". */
  text: string;
}

const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['value', 'plan', 'ratio', 'previous']);
const MEASURE_ROLES: ReadonlySet<ColumnRole> = new Set([...VALUE_ROLES, 'unit']);

function valueRoles(spec: VariantSpec): ColumnRole[] {
  return { none: ['value'], plan: ['plan', 'value', 'ratio'], period: ['previous', 'value'], years: ['previous', 'value'] }[spec.extras] as ColumnRole[];
}

function columnRoles(spec: VariantSpec): ColumnRole[] {
  const values = valueRoles(spec);
  const orders: Record<VariantSpec['order'], ColumnRole[]> = {
    standard: ['stt', 'label', 'unit', ...values, 'note'],
    'value-unit': ['stt', 'label', ...values, 'unit', 'note'],
    'note-first': ['note', 'stt', 'label', 'unit', ...values],
    'no-stt': ['label', 'unit', ...values, 'note'],
    'no-unit': ['stt', 'label', ...values, 'note'],
  };
  return orders[spec.order];
}

function captionsOf(roles: ColumnRole[], spec: VariantSpec, period: PeriodText): string[] {
  const extra: Partial<Record<ColumnRole, string>> =
    spec.extras === 'plan' ? { plan: spec.extraCaptions[0], value: spec.extraCaptions[1], ratio: spec.extraCaptions[2] }
    : spec.extras === 'period' ? { previous: spec.extraCaptions[0], value: spec.extraCaptions[1] }
    : spec.extras === 'years' ? { previous: `Năm ${period.year - 1}`, value: `Năm ${period.year}` }
    : {};
  return roles.map((role) => applyCase(extra[role] ?? spec.captions[role as keyof VariantSpec['captions']] ?? '', spec.captionCase));
}

/** The run of columns whose roles are all in `set`, as a group over them (or none). */
function runOf(roles: ColumnRole[], set: ReadonlySet<ColumnRole>, caption: string): HeaderGroup | null {
  const from = roles.findIndex((r) => set.has(r));
  if (from < 0) return null;
  let to = from;
  while (to < roles.length && set.has(roles[to]!)) to++;
  return { caption, from, to };
}

function groupsOf(roles: ColumnRole[], spec: VariantSpec, period: PeriodText): HeaderGroup[] {
  const fill = (c: string) => applyCase(c.replace('{period}', period.text).replace('{year}', String(period.year)), spec.captionCase);
  const outer = runOf(roles, MEASURE_ROLES, fill(spec.groupCaptions[0]));
  const inner = runOf(roles, VALUE_ROLES, fill(spec.groupCaptions[1]));
  return [spec.group >= 1 ? outer : null, spec.group >= 2 ? inner : null].filter((g): g is HeaderGroup => g !== null);
}

const plain = (raw: string) => cleanText(raw).text;

function dataRow(row: SeedRow, stt: string, roles: ColumnRole[], spec: VariantSpec, rng: Rng, ignored: Set<number>): SeedRow {
  const [sttCell, label, unit, value, note] = row.cells as [SeedCell, SeedCell, SeedCell, SeedCell, SeedCell];
  const made = spec.extras === 'none' ? null : madeUpValues(value.raw, rng);
  let labelRaw = label.raw;
  if (spec.order === 'no-unit') {
    // Without a unit column a report writes "(%)" after the label; a percent printed as the unit
    // beside a fraction (000: "98,87%" / "264/267") has nowhere to go.
    if (plain(unit.raw) === '%') labelRaw = `${labelRaw} (%)`;
    else if (/\d\s*%/.test(plain(unit.raw)) && plain(value.raw) !== '') ignored.add(row.line);
  }
  const byRole: Record<ColumnRole, SeedCell> = {
    stt: { raw: stt, gridSpan: 1, ...(sttCell.vMerge ? { vMerge: sttCell.vMerge } : {}) },
    label: { raw: labelRaw, gridSpan: 1 },
    unit: { raw: unit.raw, gridSpan: 1 },
    value: { raw: value.raw, gridSpan: 1 },
    plan: { raw: made?.plan ?? '', gridSpan: 1 },
    ratio: { raw: made?.ratio ?? '', gridSpan: 1 },
    previous: { raw: made?.previous ?? '', gridSpan: 1 },
    note: { raw: note.raw, gridSpan: 1 },
  };
  return { cells: roles.map((r) => ({ ...byRole[r] })), line: row.line };
}

function pieceStartsOf(table: SeedTable, spec: VariantSpec): number[] {
  if (spec.split === 'none') return [];
  if (table.pieceStarts.length > 0) return table.pieceStarts;
  // A table the seed printed on one page is cut in the middle, so every split variant splits.
  return table.rows.length >= 16 ? [Math.floor(table.rows.length / 2)] : [];
}

function layoutTable(table: SeedTable, spec: VariantSpec, period: PeriodText, rng: Rng, ignored: Set<number>): VariantTable {
  const roles = columnRoles(spec);
  const header = headerRows(captionsOf(roles, spec, period), groupsOf(roles, spec, period), table.header[0]?.line ?? 0);
  if (spec.numberingRow !== 'none') header.push(numberingRow(roles.length, spec.numberingRow, header[0]?.line ?? 0));
  const stts = renumber(table.rows.map((r) => r.cells[0]!.raw), spec.stt);
  const rows = table.rows.map((row, i) => dataRow(row, stts[i]!, roles, spec, rng, ignored));
  return { kind: 'table', header, rows, pieceStarts: pieceStartsOf(table, spec), width: roles.length, roles };
}

export function layoutVariant(seed: Seed, spec: VariantSpec, period: PeriodText): VariantDocument {
  const rng = seededRng(spec.rngSeed);
  const ignoredLines = new Set<number>();
  const blocks = seed.blocks.map((b) => (b.kind === 'table' ? layoutTable(b, spec, period, rng, ignoredLines) : b));
  return { blocks, ignoredLines };
}

/** "2024-Q1" → quý I năm 2024; "2023" → năm 2023 (fixtures/seeds/expected/metadata.tsv). */
export function periodText(key: string): PeriodText {
  const year = Number(key.slice(0, 4));
  const quarter = key.match(/-Q(\d)$/)?.[1];
  const half = /-H1$/.test(key);
  const text = quarter ? `quý ${['I', 'II', 'III', 'IV'][Number(quarter) - 1]} năm ${year}` : half ? `6 tháng đầu năm ${year}` : `năm ${year}`;
  return { year, text };
}
