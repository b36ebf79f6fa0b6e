/** The normalised value of an observation, as the CSV and the diff show it. */
import { formatNumber } from '../values/parse-value.js';

export interface StoredValue {
  value_kind: string;
  value_number: number | null;
  value_text: string | null;
}

/** A plain number with "." as decimal mark, the text of a text-only cell, '' for an empty cell (never 0). */
export function normalisedValue(o: StoredValue): string {
  if (o.value_kind === 'empty') return '';
  if (o.value_number !== null) return formatNumber(o.value_number);
  return o.value_text ?? '';
}

/** Kinds whose number is a quantity, so a difference and a ratio mean something (not codes, not Có/Không). */
export const QUANTITY_KINDS: ReadonlySet<string> = new Set(['number', 'percent', 'fraction']);
