/**
 * Small text helpers for reading names out of Vietnamese report prose: one tone placement,
 * case tests, and the capitalisation of a name printed in capitals.
 */

/** Combining tone marks (NFD): grave, acute, tilde, hook above, dot below. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
// Old and new tone placement differ only in open syllables ending in oa, oe, uy: "Hoà"/"Hòa",
// "Khoẻ"/"Khỏe", "Thuỷ"/"Thủy", "Uỷ"/"Ủy". Government names are printed with the tone on the
// first vowel ("Khánh Hòa", "Thanh Hóa", "Ủy ban"), so that is the form kept. A syllable with a
// final consonant ("hoàn", "thuyết") puts the tone on the second vowel in both styles, hence the
// "no letter after" guard; "quý" is q + u-glide + y, hence the "not after q" guard.
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** NFC text with the tone of open oa/oe/uy syllables on the first vowel ("Hoà" → "Hòa"). */
export function unifyTones(text: string): string {
  return text.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/** Lower case, one tone placement, NFC: the form words are compared in. */
export function foldWord(text: string): string {
  return unifyTones(text).toLowerCase();
}

export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** All letters are capitals ("BAN DÂN TỘC", "UBND"). */
export function isUpperCase(text: string): boolean {
  return hasLetter(text) && text === text.toUpperCase();
}

/** Starts with a capital letter or a digit ("Nguyễn", "1" in "phường 1"). */
export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** "NGUYỄN" → "Nguyễn", "R'LẤP" → "R'Lấp": every syllable of a place name is capitalised. */
export function capitaliseSyllable(word: string): string {
  return word.toLowerCase().replace(/(^|['’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
