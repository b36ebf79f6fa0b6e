/**
 * Domain records that flow from the recogniser onward. Plain data; every record read from a
 * document carries the `Position` its adapter gave it.
 */
import type { Message, Position } from '../parsers/ir.js';

export type { Message, Position };

/** One of the template's seven areas (Bộ Nội vụ), 1..7; null when a row sits outside them. */
import type { AreaNumber } from '../common/areas.js';

export type { AreaNumber };

/** `YYYY`, `YYYY-Qn`, `YYYY-H1`, `YYYY-H2`, `YYYY-9M`, `YYYY-YYYY`. */
export type PeriodKey = string;

/** Administrative level a figure is about or a reporter sits at. */
export type AdminLevel = 'tinh' | 'so' | 'huyen' | 'xa';

/** A row of an appendix table after column roles and hierarchy are resolved. */
export interface AppendixRow {
  /** Order of the row within the document's appendix rows, from 0. */
  index: number;
  /** STT as printed, trimmed ("1.1.1.", "3", "Trong đó"); empty when the row has none. */
  stt: string;
  /** Numeric segments of the STT ("1.2.3." → [1,2,3]); null for no or non-numeric STT. */
  sttPath: number[] | null;
  /** Label with markup and the leading "- "/"+ " marker removed; as printed otherwise. */
  label: string;
  unit: string;
  value: string;
  note: string;
  bold: boolean;
  /** `section`: an area heading or form title; `indicator`: anything else (it may also be a parent). */
  kind: 'section' | 'indicator';
  /** The area this row belongs to, from the nearest section heading (or form subject). */
  area: AreaNumber | null;
  /** Title of the section heading the row sits under, as printed. */
  sectionTitle: string;
  /** "Biểu mẫu N" the row sits in, when the appendix is split into forms. */
  form: number | null;
  /** Index of the parent row (nearest ancestor), null at the top of a section. */
  parentIndex: number | null;
  /** Labels of the ancestors below the section, outermost first. */
  parentLabels: string[];
  /**
   * Header path of the column the figure (`value`) was read from, captions top-down joined by
   * " › " as printed ("Kết quả thống kê › Số liệu"); '' when the column has no caption.
   */
  valueColumn: string;
  /** What the figure's column holds: `actual` for the current period's figure, `year` for the latest of several year columns. */
  valueRole: ValueRole;
  /** The row's other value columns (plan, ratio, previous period, a year, a level), in column order. */
  otherValues: ValueCell[];
  /** Why this row's figures must not be stored (it goes to review instead), or null. */
  withheld: Withholding | null;
  /** Read from a scan: how surely and where its figure was read (src/recognise/ocr-doubt.ts). */
  ocrRead?: string;
  position: Position;
}

/** What a value column holds, read from its header path (docs/column-roles.md). */
export type ValueRole = 'actual' | 'plan' | 'previous' | 'ratio' | 'year' | 'level' | 'other';

/** One cell of a further value column. */
export interface ValueCell {
  /** Header path as printed, captions joined by " › ". */
  column: string;
  role: ValueRole;
  /** The cell as printed. */
  raw: string;
}

/** A row sent to review instead of stored: a fixed code (`row/value-is-measure-word`, `table/roles-doubtful`) and a reason a person can act on. */
export interface Withholding {
  code: string;
  reason: string;
}

export type ValueKind =
  | 'number'
  | 'percent'
  | 'fraction'
  | 'boolean'
  | 'code'
  | 'text'
  | 'empty';

/** A value cell read the Vietnamese way; the raw text always travels with it. */
export interface ParsedValue {
  kind: ValueKind;
  /** The normalised number: count, amount, percent points (98,87% → 98.87), code, 1/0 for Có/Không. */
  number: number | null;
  /** For text-only cells: the text. */
  text: string | null;
  numerator?: number;
  denominator?: number;
  /** For a coded answer: the code list as printed in the unit cell and the meaning of this code. */
  codeList?: string;
  codeMeaning?: string;
  /** Anything printed beside the number, e.g. "(100%)" in "22 (100%)". */
  remark?: string;
  /** The cell(s) as printed. */
  raw: string;
}

export interface DocumentMetadata {
  /** Reporting body as printed in the report ("Ban Dân tộc", "UBND phường Nguyễn Trãi"). */
  unit: string | null;
  /** Province without the word "tỉnh" ("Khánh Hòa", "Đắk Nông"). */
  province: string | null;
  period: PeriodKey | null;
  /** Level of the reporter, used to read level-less labels (a ward's DVC rows are cấp xã). */
  level: AdminLevel | null;
  /** The report's own date as precise as printed (`2024-03-14`, `2023-12`, `2023`); absent when none is read. */
  reportDate?: string;
  /** Where each value was read from, for `explain` and messages. */
  evidence: { unit?: Position; province?: Position; period?: Position; reportDate?: Position };
}

export type IndicatorValueType = 'count' | 'percent' | 'money' | 'code' | 'yesno' | 'text' | 'group';

/** One entry of the canonical catalog (`mappings/indicators.json`). */
export interface CatalogIndicator {
  id: string;
  area: AreaNumber;
  /** ID of the parent entry (group or indicator), or null for a top-level entry in its area. */
  parent: string | null;
  /** Canonical Vietnamese name: the template's newest wording. */
  name: string;
  valueType: IndicatorValueType;
  measureUnit: string;
  /** Other wordings seen in reports (as printed; normalised when loaded). */
  variants: string[];
  /** Level the figure is about, when the template splits a row by level. */
  level?: AdminLevel;
  /** STT carried in each known template version, by template version ID. */
  stt: Record<string, string>;
  remark?: string;
}
