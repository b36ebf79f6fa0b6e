/**
 * The one home of Vietnamese-text folding: NFC with the look-alike letters mended, tone placement
 * unified, marks stripped, case and spaces folded. Adapters (`parsers/`), the recogniser, the
 * matcher and metadata readers all compare text through these functions, so "is this the same
 * word?" has one answer (docs/template-knowledge.md). DOMAIN.md: always NFC before comparing;
 * the same word in NFC and NFD differs for every string distance.
 *
 * Which fold to use:
 * - `foldText`: lower case, NFC, spaces folded. Marks kept: "số" and "sổ" stay apart.
 * - `foldName`: `foldText` with one tone placement ("Khánh Hoà" = "Khánh Hòa"); names of units
 *   and provinces, words of prose.
 * - `asciiFold`: `foldText` without marks (đ → d); keyword tests that must survive a header or
 *   heading typed without marks or with odd tone placement.
 * - `stripDiacritics`: marks only, case and spaces as they are.
 */

/**
 * The five marked tones as combining marks (Unicode 15, chapter 7.1), in the order VNI keys them
 * (sắc, huyền, hỏi, ngã, nặng); the sixth tone, ngang, has no mark. The legacy-encoding tables
 * (parsers/encoding/) index into this order.
 */
export const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/**
 * Letters that only look Vietnamese: PDFs made with some fonts map "ư" to U+01A3 "ƣ" (text copied
 * out of them reads "phƣơng", "Thƣờng trực"), and old files type "Đ" as the Icelandic eth "Ð".
 * Neither letter belongs to Vietnamese, so they are always the Vietnamese one.
 */
const LOOKALIKES: Readonly<Record<string, string>> = { '\u01a3': 'ư', '\u01a2': 'Ư', '\u00d0': 'Đ', '\u00f0': 'đ' };

/** NFC, with look-alike letters made the Vietnamese ones: the text every adapter hands on. */
export function vietnameseNfc(text: string): string {
  return text.replace(/[\u01a2\u01a3\u00d0\u00f0]/g, (ch) => LOOKALIKES[ch]!).normalize('NFC');
}

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/**
 * Vietnamese letters without their marks (đ → d, Đ → D), NFC, case and spaces untouched: for
 * comparisons that must survive tone placement or text typed without marks. Every combining
 * diacritic (U+0300–U+036F) goes, not only the Vietnamese ones.
 */
export function stripDiacritics(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case NFC text with whitespace folded and trimmed: marks kept. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `foldText` without diacritics (đ → d): keyword tests that must survive odd tone placement. */
export function asciiFold(text: string): string {
  return stripDiacritics(foldText(text));
}

const TONE = `[${TONE_MARKS.join('')}]`;
// Old and new tone placement differ only in open syllables ending in oa, oe, uy: "Hoà"/"Hòa",
// "Khoẻ"/"Khỏe", "Thuỷ"/"Thủy", "Uỷ"/"Ủy". Government names are printed with the tone on the
// first vowel ("Khánh Hòa", "Thanh Hóa", "Ủy ban"), and so are the seeds' labels, so that is the
// form kept. A syllable with a final consonant ("hoàn", "thuyết") puts the tone on the second
// vowel in both styles, hence the "no letter after" guard (a mark after it, as the dot below of
// "oặ" in NFD, means the vowel is another one); "quý" is q + u-glide + y, hence "not after q".
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** NFC text with the tone of open oa/oe/uy syllables on the first vowel ("Hoà" → "Hòa"), any case. */
export function unifyTones(text: string): string {
  return text.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/** `foldText` with one tone placement: how names and words of prose are compared. */
export function foldName(text: string): string {
  return foldText(unifyTones(text));
}
