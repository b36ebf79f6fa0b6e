/**
 * TCVN3 ("ABC", fonts `.VnTime`, `.VnArial`, ...): the Vietnamese 8-bit code of TCVN 5712:1993.
 *
 * The standard has three tables. VN3, the one the ABC fonts implement, holds every lower-case
 * letter and the seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ); capitals with a tone are typed
 * as the lower-case code in the companion capital font (`.VnTimeH`: see `legacy-vietnamese.ts`).
 * VN1 is the full table: it adds those capitals at 0x01–0x17, 0x80–0x9F and the gaps VN3 leaves
 * (0xAF, 0xBA, 0xBF–0xC5, ...). VN3 is written out below from the standard; the VN1 capitals
 * are taken from iconv-lite's `tcvn` codec, which is VN1 (the test checks that it agrees with
 * the VN3 table on every code they share). Decoding VN1 capitals costs VN3 text nothing, and it
 * is what lets `unicodeToTcvn3` keep the case of every letter.
 *
 * The converters work on strings whose code points are the bytes (Latin-1): that is what TCVN3
 * text becomes when read without knowing its font (`B¸o c¸o`, ư as U+00AD). Code points
 * 0x80–0x9F therefore mean VN1 capitals only as C1 controls; Windows-1252 punctuation
 * (`“ ” – …`, what Word shows for those bytes in a `.VnTime` run) is left as it is.
 */
import iconv from 'iconv-lite';
import { tonedVowel, type Vowel } from './vietnamese.js';

/** VN3 codes of the toned vowels, in TCVN3's own order: huyền, hỏi, ngã, sắc, nặng. */
const VN3_TONED: Record<Vowel, readonly [number, number, number, number, number]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** VN3 codes of the letters with a shape mark and no tone, lower case then capitals. */
const VN3_PLAIN: Record<string, number> = {
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
};

/** huyền, hỏi, ngã, sắc, nặng as indexes into `TONE_MARKS` (sắc, huyền, hỏi, ngã, nặng). */
const TCVN3_TONE_ORDER = [2, 3, 4, 1, 5] as const;

/** The VN3 table: code → letter. */
export function vn3Table(): Map<number, string> {
  const table = new Map<number, string>();
  for (const [letter, code] of Object.entries(VN3_PLAIN)) table.set(code, letter);
  for (const [vowel, codes] of Object.entries(VN3_TONED) as [Vowel, readonly number[]][]) {
    codes.forEach((code, i) => table.set(code, tonedVowel(vowel, TCVN3_TONE_ORDER[i]!)));
  }
  return table;
}

/** The VN1 table as iconv-lite has it: code → character, where that differs from Latin-1's. */
export function vn1Table(): Map<number, string> {
  const table = new Map<number, string>();
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const decoded = [...iconv.decode(all, 'tcvn')];
  decoded.forEach((ch, code) => {
    if (ch !== String.fromCharCode(code)) table.set(code, ch);
  });
  return table;
}

function buildDecoder(): Map<string, string> {
  const decoder = new Map<string, string>();
  for (const [code, ch] of vn1Table()) decoder.set(String.fromCharCode(code), ch);
  for (const [code, ch] of vn3Table()) decoder.set(String.fromCharCode(code), ch);
  return decoder;
}

const DECODER = buildDecoder();
/** Letter → code character; combining tone marks (0xB0–0xB4) decode but are never produced. */
const ENCODER = new Map([...DECODER].filter(([, ch]) => ch.normalize('NFC') === ch && !/\p{M}/u.test(ch)).map(([code, ch]) => [ch, code]));

/** The code points TCVN3 gives a Vietnamese meaning (a letter or a tone mark). */
export const TCVN3_CODES: ReadonlySet<string> = new Set(DECODER.keys());

/** TCVN3 text (as Latin-1 code points) to Unicode, NFC. Characters outside the table pass through. */
export function tcvn3ToUnicode(text: string): string {
  let out = '';
  for (const ch of text) out += DECODER.get(ch) ?? ch;
  return out.normalize('NFC');
}

/**
 * Unicode to TCVN3 (as Latin-1 code points), capitals with a tone at their VN1 codes. Characters
 * TCVN3 has no code for pass through unchanged: a Latin-1 one among them (`¹`, `²`) would read
 * back as a Vietnamese letter, so fixtures replace those first.
 */
export function unicodeToTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ENCODER.get(ch) ?? ch;
  return out;
}
