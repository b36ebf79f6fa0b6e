/**
 * Reading one printed number the Vietnamese way, and writing it back plainly.
 *
 * vi-VN groups thousands with `.` and marks decimals with `,` (`1.234.567,89`), but reports mix in
 * Excel's en-US formatting (`100.00`, `16.90`, `0.00` in seed 001). Most cells decide themselves:
 * a separator followed by 1–2 or 4+ digits cannot group thousands, two separators of one kind can
 * only group, and a cell holding both is read by their order. Only a single separator followed by
 * exactly three digits (`2.028`, `1,166`) is truly ambiguous; the document's decimal style
 * (`guessDecimalStyle` over its value column) decides it, and `auto` reads it the vi way.
 */

export type DecimalStyle = 'vi' | 'en' | 'auto';

export interface ReadNumber {
  value: number;
  /** A lone separator before three digits was read by default, with no document-level evidence. */
  ambiguous: boolean;
}

const SIGNED = /^([-−]?)(\d[\d.,]*)$/;
const BOTH_VI = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const BOTH_EN = /^\d{1,3}(?:,\d{3})+\.\d+$/;

/** The grouping mark each style gives a lone separator before three digits. */
const GROUP_MARK: Record<DecimalStyle, '.' | ','> = { vi: '.', auto: '.', en: ',' };

function countOf(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Digits with grouping marks only: `1.234.567`, `1,234,567`. */
function readGrouped(digits: string, mark: string): number | null {
  const grouped = new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`);
  return grouped.test(digits) ? Number(digits.split(mark).join('')) : null;
}

/** Both marks present: the last one is the decimal mark, the other must group by three. */
function readMixed(digits: string): number | null {
  if (BOTH_VI.test(digits)) return Number(digits.replace(/\./g, '').replace(',', '.'));
  if (BOTH_EN.test(digits)) return Number(digits.replace(/,/g, ''));
  return null;
}

/** One separator: decimal unless it is followed by exactly three digits that could be a group. */
function readSingle(digits: string, mark: '.' | ',', style: DecimalStyle): ReadNumber | null {
  const [whole = '', part = ''] = digits.split(mark);
  if (whole === '' || part === '') return null;
  const decimal = Number(`${whole}.${part}`);
  // `0.500` or `1234.567` cannot be a thousands group: a group never follows a lone 0 or 4+ digits.
  const couldGroup = part.length === 3 && whole.length <= 3 && !whole.startsWith('0');
  if (!couldGroup) return { value: decimal, ambiguous: false };
  const groups = mark === GROUP_MARK[style];
  return { value: groups ? Number(whole + part) : decimal, ambiguous: style === 'auto' };
}

function readUnsigned(digits: string, style: DecimalStyle): ReadNumber | null {
  if (/^\d+$/.test(digits)) return { value: Number(digits), ambiguous: false };
  const dots = countOf(digits, '.');
  const commas = countOf(digits, ',');
  if (dots > 0 && commas > 0) return wrap(readMixed(digits));
  const mark = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return wrap(readGrouped(digits, mark));
  return readSingle(digits, mark, style);
}

function wrap(value: number | null): ReadNumber | null {
  return value === null ? null : { value, ambiguous: false };
}

/**
 * A whole token as a number (`02`, `2.028`, `11,7`, `1.234.567,89`, `100.00`); null when the
 * token is anything else. A leading minus is accepted; a lone dash is not a number here (the
 * caller reads it as "not reported").
 */
export function readNumber(token: string, style: DecimalStyle = 'auto'): ReadNumber | null {
  const m = SIGNED.exec(token);
  if (!m) return null;
  const read = readUnsigned(m[2]!, style);
  if (read === null || !Number.isFinite(read.value)) return null;
  return m[1] ? { ...read, value: read.value === 0 ? 0 : -read.value } : read;
}

/**
 * The plain text of a number: `.` as decimal mark, no grouping, at most six decimals, no
 * trailing zeros and no float noise (`98.87`, `2028`, `0.5`, never `-0`).
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = n.toFixed(6);
  // toFixed falls back to exponent notation from 1e21 on; nothing to trim there.
  if (!fixed.includes('.')) return fixed;
  const trimmed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

type Evidence = 'vi' | 'en' | null;

// Token shapes that only one style can produce (see the module comment). A lone separator before
// three digits is no evidence: that is the very case the guess is for.
const EVIDENCE: Array<[RegExp, Evidence]> = [
  [/^\d+\.(?:\d{1,2}|\d{4,})$/, 'en'],
  [BOTH_EN, 'en'],
  [/^\d{1,3}(?:,\d{3}){2,}$/, 'en'],
  [/^\d+,(?:\d{1,2}|\d{4,})$/, 'vi'],
  [BOTH_VI, 'vi'],
  [/^\d{1,3}(?:\.\d{3}){2,}$/, 'vi'],
];

const NUMBER_TOKEN = /\d[\d.,]*\d|\d/g;

function evidenceOf(token: string): Evidence {
  for (const [shape, style] of EVIDENCE) if (shape.test(token)) return style;
  return null;
}

/**
 * The decimal style of a document's value column: `en` when some cell shows a dot decimal
 * (`16.90`) and none a comma decimal (`11,7`), `vi` for the reverse, `auto` when the column shows
 * neither or both. Only cells that start with a digit count, so prose and dates in text answers
 * ("Quyết định 15.01.2024") do not vote.
 */
export function guessDecimalStyle(values: string[]): DecimalStyle {
  const seen = new Set<Evidence>();
  for (const cell of values) {
    const text = cell.trim();
    if (!/^[-−]?\d/.test(text)) continue;
    for (const token of text.match(NUMBER_TOKEN) ?? []) seen.add(evidenceOf(token));
  }
  if (seen.has('en') === seen.has('vi')) return 'auto';
  return seen.has('en') ? 'en' : 'vi';
}
