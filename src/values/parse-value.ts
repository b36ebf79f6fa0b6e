/**
 * The value reader: the Số liệu cell of one appendix row, read with the row's unit (Đơn vị tính)
 * and note (Ghi chú) cells, into a `ParsedValue` plus messages.
 *
 * Readers are tried in order (`READERS`); the first that recognises the cell wins, and the text
 * reader takes whatever is left. Problems become messages with fixed codes, never exceptions:
 * - `value/unparsed` (warning): the cell starts like a number but is none of the known shapes;
 *   it is kept as text.
 * - `value/code-not-listed` (warning): the unit lists codes and the value is not one of them.
 * - `value/percent-fraction-mismatch` (warning): a printed percentage and its fraction differ
 *   by more than one percentage point.
 * - `value/ambiguous-separator` (info): `2.028` read as 2028 by default, with no document-level
 *   decimal style to confirm it.
 * - `value/dash-as-empty` (info): a dash read as "not reported".
 * - `value/number-in-unit` (info): the value cell is empty but the unit cell holds a number.
 * - `value/zero-denominator` (info): a fraction `x/0`, kept with no percentage.
 */
import { foldText } from '../../common/vietnamese-text.js';
import type { ParsedValue } from '../model.js';
import { entryByCode, entryByLabel, parseCodeList, type CodeEntry } from './code-list.js';
import { formatNumber, type DecimalStyle } from './numbers.js';
import { readBareQuantity, readQuantity, splitHead, tightenQuantity, type Quantity } from './quantity.js';

export { formatNumber, guessDecimalStyle, readNumber, type DecimalStyle } from './numbers.js';
export { parseCodeList, type CodeEntry } from './code-list.js';

/** Cleaned cell texts of one appendix row. */
export interface ValueCells {
  value: string;
  unit: string;
  note: string;
}

export interface ValueMessage {
  severity: 'warning' | 'info';
  code: string;
  message: string;
}

export interface ValueReading {
  value: ParsedValue;
  messages: ValueMessage[];
}

export interface ReadValueOptions {
  /** The document's decimal style, from `guessDecimalStyle` over its value column. */
  decimalStyle?: DecimalStyle;
}

/** What every reader sees: the cells cleaned once, and what the unit cell says about the value. */
interface RowContext {
  value: string;
  unit: string;
  note: string;
  /** The value cell exactly as given, for `raw`. */
  rawValue: string;
  style: DecimalStyle;
  codes: CodeEntry[] | null;
  /** The unit names percent ("%", "Tỷ lệ (%)"). */
  unitIsPercent: boolean;
}

type Reader = (row: RowContext) => ValueReading | null;

/** Percentage points by which a printed percent may differ from its fraction (rounding, truncation). */
const PERCENT_TOLERANCE = 1;

// A dash (or run of dashes) in the value cell means "not reported", never 0: the template asks
// for a figure and a dash is what is printed when there is none to give.
const DASHES = /^[-‐‑‒–—―−_]+$/;

// Only answers that cannot mean anything else. "Đã"/"Chưa" also start code labels ("Chưa = 0
// Hoàn thành = 1") and wordings like "Đã triển khai", so they stay text unless a code list names them.
const BOOLEANS = new Map<string, number>([
  ['có', 1],
  ['không', 0],
  ['đạt', 1],
  ['không đạt', 0],
]);

const PERCENT_UNITS = new Set(['%', 'tỷlệ%', 'tỉlệ%', 'tỷlệ', 'tỉlệ', 'phầntrăm']);

// A cell kept as text is only suspicious when it starts the way a number does.
const LOOKS_NUMERIC = /^[-−+]?\d|^%/;
const DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.has(foldText(unit).replace(/[\s()]/g, ''));
}

function info(code: string, message: string): ValueMessage {
  return { severity: 'info', code, message };
}

function warning(code: string, message: string): ValueMessage {
  return { severity: 'warning', code, message };
}

function base(kind: ParsedValue['kind'], raw: string): ParsedValue {
  return { kind, number: null, text: null, raw };
}

function emptyReading(raw: string, messages: ValueMessage[] = []): ValueReading {
  return { value: base('empty', raw), messages };
}

function readEmpty(row: RowContext): ValueReading | null {
  if (DASHES.test(row.value)) {
    return emptyReading(row.rawValue, [info('value/dash-as-empty', `value “${row.value}” read as not reported`)]);
  }
  if (row.value !== '') return null;
  const unitNumber = readBareQuantity(row.unit, row.style);
  if (!unitNumber) return emptyReading(row.rawValue);
  return emptyReading(row.rawValue, [
    info('value/number-in-unit', `the value cell is empty but the unit cell holds “${row.unit}”; no value taken from it`),
  ]);
}

function codeReading(row: RowContext, code: number, entry: CodeEntry | undefined, remark: string): ValueReading {
  const value: ParsedValue = { ...base('code', row.rawValue), number: code, codeList: row.unit };
  if (entry) value.codeMeaning = entry.label;
  if (remark) value.remark = remark;
  const messages = entry ? [] : [notListed(row)];
  return { value, messages };
}

function notListed(row: RowContext): ValueMessage {
  return warning('value/code-not-listed', `value “${row.value}” is not one of the codes “${row.unit}”`);
}

/** A coded answer: the printed number, or a label of the list spelled out ("Hoàn thành"). */
function readCoded(row: RowContext): ValueReading | null {
  if (!row.codes) return null;
  const byLabel = entryByLabel(row.codes, row.value);
  if (byLabel) return codeReading(row, byLabel.code, byLabel, '');
  const { head, rest } = splitHead(row.value);
  const q = readQuantity(head, row.style);
  if (!q || q.kind !== 'number' || q.number === null || !isRemark(rest)) return null;
  return codeReading(row, q.number, entryByCode(row.codes, q.number), rest);
}

function readBoolean(row: RowContext): ValueReading | null {
  const n = BOOLEANS.get(foldText(row.value).replace(/\.$/, ''));
  if (n === undefined) return null;
  return { value: { ...base('boolean', row.rawValue), number: n }, messages: [] };
}

/** What may follow a quantity as a remark: words or a parenthesis, not more digits (`1 234`). */
function isRemark(rest: string): boolean {
  return rest === '' || /^[\p{L}([]/u.test(rest);
}

function withoutTrailingPunctuation(token: string): string {
  return token.replace(/[.,;:]+$/, '');
}

function fromQuantity(q: Quantity, raw: string): ParsedValue {
  const value: ParsedValue = { ...base(q.kind, raw), number: q.number };
  if (q.numerator !== undefined) value.numerator = q.numerator;
  if (q.denominator !== undefined) value.denominator = q.denominator;
  return value;
}

function ambiguity(token: string): ValueMessage {
  return info(
    'value/ambiguous-separator',
    `“${token}” read the Vietnamese way (“.” groups thousands, “,” marks decimals); the document's value column did not settle its decimal style`,
  );
}

/** A printed percentage wins over the percentage its fraction gives; the fraction is kept. */
function percentWithFraction(value: ParsedValue, percent: number, fraction: Quantity, messages: ValueMessage[]): void {
  value.kind = 'percent';
  value.number = percent;
  value.numerator = fraction.numerator;
  value.denominator = fraction.denominator;
  if (fraction.number !== null && Math.abs(fraction.number - percent) > PERCENT_TOLERANCE) {
    messages.push(
      warning(
        'value/percent-fraction-mismatch',
        `printed ${formatNumber(percent)}% but ${formatNumber(fraction.numerator!)}/${formatNumber(fraction.denominator!)} is ${formatNumber(fraction.number)}%`,
      ),
    );
  }
}

/** `98,87% (264/267)` or `264/267 (98,87%)` in the value cell itself. */
function pairWithinCell(value: ParsedValue, q: Quantity, rest: string, row: RowContext, messages: ValueMessage[]): void {
  if (!rest.startsWith('(')) return;
  const other = readBareQuantity(rest, row.style);
  if (q.kind === 'fraction' && other?.kind === 'percent' && other.number !== null) {
    percentWithFraction(value, other.number, q, messages);
  } else if (q.kind === 'percent' && other?.kind === 'fraction' && q.number !== null) {
    percentWithFraction(value, q.number, other, messages);
  }
}

/**
 * The percentage printed in the unit with its fraction in the value (seed 000: `98,87%` |
 * `264/267`), or the percentage in the value with its fraction in the note (seed 003: `33,4%` |
 * `64.632/193.667`). `raw` then shows the cells used, in column order, joined by " | ".
 */
function pairAcrossCells(value: ParsedValue, q: Quantity, row: RowContext, messages: ValueMessage[]): void {
  if (value.kind === 'fraction') {
    const printed = readBareQuantity(row.unit, row.style);
    if (printed?.kind !== 'percent' || printed.number === null) return;
    percentWithFraction(value, printed.number, q, messages);
    if (printed.ambiguous) messages.push(ambiguity(row.unit));
    value.raw = `${row.unit} | ${row.value}`;
    return;
  }
  if (value.kind !== 'percent' || value.numerator !== undefined || value.number === null) return;
  const fraction = readBareQuantity(row.note, row.style);
  if (fraction?.kind !== 'fraction') return;
  percentWithFraction(value, value.number, fraction, messages);
  if (fraction.ambiguous) messages.push(ambiguity(row.note));
  value.raw = `${row.value} | ${row.note}`;
}

function readNumeric(row: RowContext): ValueReading | null {
  const { head, rest } = splitHead(tightenQuantity(row.value));
  const q = readQuantity(head, row.style) ?? readQuantity(withoutTrailingPunctuation(head), row.style);
  if (!q || !isRemark(rest)) return null;
  const messages: ValueMessage[] = [];
  const value = fromQuantity(q, row.rawValue);
  // A plain number under a "%" unit is a percentage; "22 (100%)" stays a count with a remark.
  if (q.kind === 'number' && row.unitIsPercent) value.kind = 'percent';
  if (rest) value.remark = rest;
  pairWithinCell(value, q, rest, row, messages);
  pairAcrossCells(value, q, row, messages);
  if (value.kind === 'fraction' && value.number === null) {
    messages.push(info('value/zero-denominator', `fraction “${head}” has a zero denominator; no percentage computed`));
  }
  if (q.ambiguous) messages.push(ambiguity(head));
  return { value, messages };
}

function readText(row: RowContext): ValueReading {
  const value: ParsedValue = { ...base('text', row.rawValue), text: row.value };
  const suspicious = LOOKS_NUMERIC.test(row.value) && !DATE.test(row.value);
  const messages = suspicious
    ? [warning('value/unparsed', `value “${row.value}” is not a number, percentage, fraction or code; kept as text`)]
    : [];
  return { value, messages };
}

const READERS: Reader[] = [readEmpty, readCoded, readBoolean, readNumeric];

function contextOf(cells: ValueCells, style: DecimalStyle): RowContext {
  const unit = clean(cells.unit);
  return {
    value: clean(cells.value),
    unit,
    note: clean(cells.note),
    rawValue: cells.value,
    style,
    codes: parseCodeList(unit),
    unitIsPercent: isPercentUnit(unit),
  };
}

/**
 * Reads one row's value. Never throws for cell content: what it cannot read is kept as text with
 * a `value/unparsed` warning.
 */
export function readValue(cells: ValueCells, options: ReadValueOptions = {}): ValueReading {
  const row = contextOf(cells, options.decimalStyle ?? 'auto');
  let reading: ValueReading | null = null;
  for (const read of READERS) {
    reading = read(row);
    if (reading) break;
  }
  reading ??= readText(row);
  // The unit promised a code; whatever else the value turned out to be, say it was not one.
  const missedCode = row.codes && reading.value.kind !== 'code' && reading.value.kind !== 'empty';
  if (missedCode) reading.messages.push(notListed(row));
  return reading;
}

/** The CSV `value` column: the plain number, the text of a text cell, '' for an empty cell. */
export function normalisedValueText(v: ParsedValue): string {
  if (v.kind === 'empty') return '';
  if (v.number !== null) return formatNumber(v.number);
  return v.text ?? '';
}
