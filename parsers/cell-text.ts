/**
 * Cleaning of cell and paragraph text shared by every adapter: inline markup out, emphasis
 * recorded, Unicode in NFC, whitespace folded. Text dumps of Word files carry `<b>`/`<i>` tags
 * and markdown emphasis; DOCX and PDF give plain runs but still need NFC and folding.
 */
import { vietnameseNfc } from '../common/vietnamese-text.js';

export interface CleanText {
  text: string;
  /** All visible text was bold. */
  bold: boolean;
  /** All visible text was italic. */
  italic: boolean;
}

/** Inline HTML a dump may carry, with or without attributes ("<span style=…>", "<br/>"). */
const TAG = /<\/?(b|i|u|s|em|strong|sup|sub|br|span|font|a|small|big|mark|strike|del|ins|p)(\s[^<>]*)?\s*\/?>/gi;
const BOLD_TAG = /<(b|strong)(?:\s[^<>]*)?>([\s\S]*?)<\/\1>/gi;
const ITALIC_TAG = /<(i|em)(?:\s[^<>]*)?>([\s\S]*?)<\/\1>/gi;
/** A footnote number or exponent written as markup: "luật<sup>4</sup>", "m<sup>2</sup>". */
const SUP_DIGITS = /<sup(?:\s[^<>]*)?>\s*(\d{1,3})\s*<\/sup>/gi;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML character references ("&amp;", "&nbsp;", "&#7871;", "&#x1EBF;"); an unknown one stays as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
const MD_BOLD = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
// Single-star emphasis only when the star hugs a word on both inner sides, so "a * b" stays.
const MD_ITALIC = /(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=$|[\s).,:;])/g;

export function foldSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/g, ' ').trim();
}

/** True when the markup-covered parts of `raw` cover all its visible characters. */
function coversAll(raw: string, pattern: RegExp): boolean {
  const rest = raw.replace(pattern, '').replace(TAG, '');
  return foldSpaces(rest) === '' && foldSpaces(raw.replace(TAG, '')) !== '';
}

export function cleanText(written: string): CleanText {
  const raw = written.replace(SUP_DIGITS, (_, digits: string) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join(''));
  const withoutMdBold = raw.replace(MD_BOLD, '$2');
  const bold = coversAll(raw, BOLD_TAG) || coversAll(raw, MD_BOLD);
  const italic = coversAll(raw, ITALIC_TAG) || coversAll(raw.replace(MD_BOLD, '$2'), MD_ITALIC);
  const text = foldSpaces(vietnameseNfc(decodeEntities(withoutMdBold.replace(MD_ITALIC, '$1$2').replace(TAG, ' '))));
  return { text, bold, italic };
}
