/**
 * One number as a numbering level shows it (ECMA-376 Part 1 §17.9.18 numFmt, values of
 * ST_NumberFormat), and the glyph a bullet level shows.
 *
 * Only the formats seen in Vietnamese reports are written out; for any other the caller falls
 * back to decimal and says so, since a number in the wrong script still gives the row its place.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0) return String(n);
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}

/** Word's letters go a…z, then aa…zz, aaa…: the letter repeated, not a base-26 count. */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return LETTERS[(n - 1) % 26]!.repeat(Math.ceil(n / 26));
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: (n) => letter(n).toUpperCase(),
  lowerLetter: letter,
  // No number: a level of this format shows only the literal text of its lvlText.
  none: () => '',
  // A bullet level shows its glyph (bulletGlyph); as a parent level in another level's text it adds nothing.
  bullet: () => '',
};

/** `n` in `numFmt`, or undefined for a format not written out here. */
export function formatNumber(n: number, numFmt: string): string | undefined {
  return Object.hasOwn(FORMATS, numFmt) ? FORMATS[numFmt]!(n) : undefined;
}

/**
 * Symbol-font codes with a plain meaning: the Symbol font keeps ASCII's places for "-" and "+"
 * (Word writes them as U+F02D, U+F02B, the private-use copy of the font's codes).
 */
const SYMBOL_SIGNS: Record<number, string> = { 0x2d: '-', 0x2b: '+' };

const SYMBOL_FONT = /symbol|wingdings|webdings/i;

/**
 * The glyph of a bullet level as a character the recogniser knows as a list marker. A glyph of
 * the Symbol or Wingdings fonts (U+F000–U+F0FF, or any character in those fonts) is a picture
 * with no Unicode meaning: Symbol's minus and plus stay signs, the rest (Symbol's • U+F0B7,
 * Wingdings' ▪ ➢ ✓ ❖) become "•". A letter or digit as bullet is a font trick too (Word's
 * default third-level bullet is "o" in Courier New, drawn as a small circle), so it is "•" as well.
 * Anything else ("-", "–", "+", "•", "*") is shown as it is.
 */
export function bulletGlyph(lvlText: string, font: string | undefined, picture: boolean): string {
  if (picture) return '•';
  const symbolFont = SYMBOL_FONT.test(font ?? '');
  return [...lvlText]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (/\s/.test(ch)) return ch;
      const privateUse = code >= 0xf000 && code <= 0xf0ff;
      if (privateUse || symbolFont) {
        const sign = /wingdings|webdings/i.test(font ?? '') ? undefined : SYMBOL_SIGNS[code & 0xff];
        return sign ?? '•';
      }
      return /[\p{L}\p{N}]/u.test(ch) ? '•' : ch;
    })
    .join('');
}
