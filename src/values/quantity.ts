/**
 * One printed quantity: a number (`2.028`), a percentage (`98,87%`) or a fraction (`264/267`),
 * and the split of a cell into that quantity and what is printed after it (`22 (100%)`,
 * `8 nhiệm vụ`).
 */
import { readNumber, type DecimalStyle } from './numbers.js';

export interface Quantity {
  kind: 'number' | 'percent' | 'fraction';
  /** The count, the percent points, or for a fraction its percentage (null for x/0). */
  number: number | null;
  numerator?: number;
  denominator?: number;
  /** Some number in it was read by the default for a lone separator before three digits. */
  ambiguous: boolean;
}

type QuantityReader = (token: string, style: DecimalStyle) => Quantity | null;

const PERCENT = /^(.+)%$/;
// Exactly one slash: `22/3/2021` is a date, not a fraction.
const FRACTION = /^([^/]+)\/([^/]+)$/;

function readPercent(token: string, style: DecimalStyle): Quantity | null {
  const m = PERCENT.exec(token);
  const n = m ? readNumber(m[1]!, style) : null;
  return n && { kind: 'percent', number: n.value, ambiguous: n.ambiguous };
}

function readFraction(token: string, style: DecimalStyle): Quantity | null {
  const m = FRACTION.exec(token);
  if (!m) return null;
  const top = readNumber(m[1]!, style);
  const bottom = readNumber(m[2]!, style);
  if (!top || !bottom) return null;
  return {
    kind: 'fraction',
    number: bottom.value === 0 ? null : (top.value / bottom.value) * 100,
    numerator: top.value,
    denominator: bottom.value,
    ambiguous: top.ambiguous || bottom.ambiguous,
  };
}

function readPlain(token: string, style: DecimalStyle): Quantity | null {
  const n = readNumber(token, style);
  return n && { kind: 'number', number: n.value, ambiguous: n.ambiguous };
}

const READERS: QuantityReader[] = [readPercent, readFraction, readPlain];

/** Spacing that print and PDF extraction add inside one quantity: `98,87 %`, `264 / 267`. */
export function tightenQuantity(text: string): string {
  return text.replace(/(\d)\s+%/g, '$1%').replace(/(\d)\s*\/\s*(\d)/g, '$1/$2');
}

/** A whole token as a quantity, or null. */
export function readQuantity(token: string, style: DecimalStyle): Quantity | null {
  for (const read of READERS) {
    const q = read(token, style);
    if (q) return q;
  }
  return null;
}

export interface HeadAndRest {
  head: string;
  rest: string;
}

/** The first token (up to a space or an opening parenthesis) and the rest, both trimmed. */
export function splitHead(text: string): HeadAndRest {
  const m = /^([^\s(]+)\s*(.*)$/s.exec(text);
  return m ? { head: m[1]!, rest: m[2]!.trim() } : { head: text, rest: '' };
}

/** A cell that is only a quantity, possibly in parentheses: the note `(64.632/193.667)`. */
export function readBareQuantity(text: string, style: DecimalStyle): Quantity | null {
  const inner = /^\((.*)\)$/s.exec(text.trim())?.[1] ?? text;
  return readQuantity(tightenQuantity(inner.trim()), style);
}
