/** What one template variant changes, dimension by dimension (issue #12 item 5). */
import type { CaptionCase } from './wordings.js';
import type { SttScheme } from './stt.js';

export type VariantFormat = 'text' | 'docx' | 'pdf';
/** Group captions over the unit and value columns: none, one level, or two. */
export type GroupLevels = 0 | 1 | 2;
export type NumberingRow = 'none' | 'paren' | 'plain';
export type ColumnOrder = 'standard' | 'value-unit' | 'note-first' | 'no-stt' | 'no-unit';
/**
 * Further value columns beside the source's figure: `plan` Kế hoạch | Thực hiện | Tỷ lệ (%),
 * `period` Kỳ trước | Kỳ này, `years` Năm <year−1> | Năm <year>. The source's figure is always
 * in the Thực hiện / Kỳ này / current-year column. A split by level (Cấp tỉnh | Cấp huyện |
 * Cấp xã) is left out: the source's column among them could not be told without the reporter's
 * level, so its expected figure would be a guess.
 */
export type ExtraColumns = 'none' | 'plan' | 'period' | 'years';
/** `pages`: the source's page breaks, header repeated; `tables`: one table per piece, header in each. */
export type TableSplit = 'none' | 'pages' | 'tables';

export interface VariantSpec {
  /** `<format>-<seed>-<number>`, or `<format>-<seed>-baseline`. */
  name: string;
  seed: string;
  format: VariantFormat;
  /** Header captions by role, as printed (case already applied). */
  captions: { stt: string; label: string; unit: string; value: string; note: string };
  /** Captions of the extra columns (plan, actual, ratio / previous, actual), as printed. */
  extraCaptions: string[];
  /** Outer and inner group captions, `{period}` and `{year}` still to fill. */
  groupCaptions: [string, string];
  captionCase: CaptionCase;
  group: GroupLevels;
  numberingRow: NumberingRow;
  order: ColumnOrder;
  extras: ExtraColumns;
  stt: SttScheme;
  split: TableSplit;
  landscape: boolean;
  /** Seed of the RNG that makes up the extra columns' figures. */
  rngSeed: number;
}

/** The dimensions the report groups by, with each one's value for a spec. */
export const DIMENSIONS: Record<string, (s: VariantSpec) => string> = {
  family: (s) => (s.name.endsWith('baseline') ? 'baseline' : 'variant'),
  case: (s) => s.captionCase,
  group: (s) => String(s.group),
  numbering: (s) => s.numberingRow,
  order: (s) => s.order,
  extras: (s) => s.extras,
  stt: (s) => s.stt,
  split: (s) => s.split,
  landscape: (s) => String(s.landscape),
  seed: (s) => s.seed,
};
