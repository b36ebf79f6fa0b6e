/** Relative widths and alignment of a variant's columns, shared by the DOCX and PDF writers. */
import type { SeedTable } from '../seed-tables.js';
import type { ColumnLayout } from '../docx-writer.js';
import type { VariantTable } from './layout.js';
import type { ColumnRole } from './wordings.js';

const SHARE: Record<ColumnRole, number> = { stt: 7, label: 38, unit: 12, value: 11, plan: 10, ratio: 9, previous: 10, note: 14 };
const ALIGN: Record<ColumnRole, string> = { stt: 'center', label: 'left', unit: 'center', value: 'center', plan: 'center', ratio: 'center', previous: 'center', note: 'left' };

/** Widths summing exactly to `total` (rounding taken from the label column). */
export function columnLayout(table: SeedTable, total: number): ColumnLayout {
  const roles = (table as VariantTable).roles;
  const sum = roles.reduce((a, r) => a + SHARE[r], 0);
  const widths = roles.map((r) => Math.floor((SHARE[r] / sum) * total));
  const label = Math.max(0, roles.indexOf('label'));
  widths[label]! += total - widths.reduce((a, b) => a + b, 0);
  return { widths, align: roles.map((r) => ALIGN[r]) };
}
