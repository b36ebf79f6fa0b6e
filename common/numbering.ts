/**
 * The numbering of appendix rows (STT, số thứ tự) and of list items: which schemes the template
 * and the provinces' adaptations print, how an STT is read as a number path, and the "Trong đó"
 * printed where an STT would be. Both the positioned-layout rebuild (`parsers/positioned/`) and
 * the recogniser (`src/recognise/`) read STTs through this module (docs/template-knowledge.md).
 *
 * The schemes are a table of regular-expression pieces rather than JSON in mappings/template/:
 * they only mean something once composed (anchored, case-insensitive, one alternative each), in
 * JSON every backslash would be doubled and the comments lost, and the test checks each scheme's
 * examples here (test/common/numbering.test.ts).
 */

export type NumberingSchemeName = 'arabic' | 'roman' | 'letter' | 'sign';

export interface NumberingScheme {
  name: NumberingSchemeName;
  /** A regular-expression piece for the whole token, matched case-insensitively. */
  source: string;
  /** Tokens the scheme reads (checked by the test). */
  examples: readonly string[];
}

/** The ways an STT cell is printed, in the order they are tried. */
export const NUMBERING_SCHEMES: readonly NumberingScheme[] = [
  // Number paths down to five levels (3.4.1.1 in Khánh Hòa 2022, seed 000), ending in ".", ")" or
  // nothing; a bracketed number "(1)" numbers the sub-rows of some provinces' tables.
  { name: 'arabic', source: String.raw`\(?\d{1,3}(\.\d{1,3}){0,4}[.)]?`, examples: ['1', '7.', '3.4.1.1.', '2.4.2', '1.1)', '(3)'] },
  // Area headings in templates that number the areas apart ("I. Công tác chỉ đạo ..."), and
  // the parts of a prose-like appendix.
  { name: 'roman', source: String.raw`\(?[IVXLC]{1,6}[.)]?`, examples: ['I.', 'II', 'VII.', '(iv)', 'III)'] },
  // Lettered sub-items under a numbered row: "a)", "b.", "(c)".
  { name: 'letter', source: String.raw`\(?[a-zđ][.)]`, examples: ['a)', 'b.', '(c)', 'đ)'] },
  // The sign of a sub-row without a number of its own.
  { name: 'sign', source: '[-+*•]', examples: ['-', '+', '*', '•'] },
];

/**
 * An STT as printed in the first column: 1. 1.1. 3.4.1.1 I. II a) b. (1) * -; also the sign of
 * a sub-row, "-" or "+". Any scheme of `NUMBERING_SCHEMES`, as the whole token.
 */
export const STT_TOKEN = new RegExp(`^(${NUMBERING_SCHEMES.map((s) => s.source).join('|')})$`, 'iu');

export function isSttToken(text: string): boolean {
  return STT_TOKEN.test(text);
}

/** Starts with a list marker ("- ", "+ ", "a) ", "1) "): a new item, never the rest of the line above. */
export const LIST_MARKER = /^([-+•*–]\s|\(?[a-zđ]\)\s|\d{1,2}\)\s)/u;

/**
 * A heading's own number in front of its words, "1. " or "II) ", on folded (lower-case) text:
 * "ii. cai cach the che" is the heading "cai cach the che".
 */
export const HEADING_NUMBER = /^([ivx]+|\d+)[.)]?\s+/;

/** "1.2.3." / "1.2.3" / "1.2.3)" / "(3)" → [1,2,3] or [3]; anything else → null. Any depth. */
export function parseSttPath(stt: string): number[] | null {
  const m = /^\(?(\d{1,3}(?:\.\d{1,3})*)[.)]?$/.exec(stt.trim());
  if (!m) return null;
  return m[1]!.split('.').map(Number);
}

/**
 * "Trong đó" ("of which") is sometimes printed in the STT column, and in text dumps split over
 * two rows ("Trong" / "đó") by a page break, or broken inside a narrow column ("Tron g đó"). It
 * marks the following rows as parts of the row above; it is not a number.
 */
export function isTrongDoMarker(stt: string): boolean {
  // Spaces aside: a narrow column breaks the words anywhere ("Tron" / "g đó").
  return /^(trong(đó)?|đó)[:.]?$/i.test(stt.normalize('NFC').replace(/\s+/g, ''));
}

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "IV." → 4, "(ii)" → 2; null for anything else. */
export function romanValue(stt: string): number | null {
  const m = /^\(?([ivxlc]{1,6})[.)]?$/i.exec(stt.trim());
  if (!m) return null;
  const digits = [...m[1]!.toLowerCase()].map((d) => ROMAN_DIGITS[d]!);
  return digits.reduce((n, d, i) => (d < (digits[i + 1] ?? 0) ? n - d : n + d), 0);
}

/** "a)" → 1, "(b)" → 2, "c." → 3 (Vietnamese lists skip no letter that matters here); null otherwise. */
export function letterValue(stt: string): number | null {
  const m = /^\(?([a-zđ])[.)]$/iu.exec(stt.trim());
  if (!m) return null;
  const letter = m[1]!.toLowerCase();
  return letter === 'đ' ? 5 : letter.charCodeAt(0) - 96;
}
