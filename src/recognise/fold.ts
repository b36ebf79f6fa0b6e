import { stripDiacritics } from '../../parsers/cell-text.js';

/** Lower-case NFC text with whitespace folded, for matching header words and area titles. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Remove Vietnamese diacritics (đ → d) for keyword tests that must survive odd tone placement. */
export function asciiFold(text: string): string {
  return stripDiacritics(foldText(text));
}
