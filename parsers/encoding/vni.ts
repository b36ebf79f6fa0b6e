/**
 * VNI Windows (fonts `VNI-Times`, `VNI-Helve`, ...): the 8-bit scheme of the VNI keyboard, built
 * on Windows-1252. A vowel is its base letter followed by one mark byte that carries the shape
 * mark and the tone together (`aù` = á, `aá` = ấ, `aé` = ắ, `oå` = ổ); ơ, ư, đ and the toned i
 * are single bytes (`ô`, `ö`, `ñ`, `í ì æ ó ò`), and so is ỵ (`î`). Capitals take the capital
 * base and the capital mark (`AÙ` = Á). Written out here from the VNI code table (VNI Software,
 * "VNI for Windows"); the test walks every letter both ways.
 *
 * The converters work on strings whose code points are the characters Windows-1252 shows for
 * the bytes, which is how VNI text reaches us from a DOCX run or a text file read as 1252.
 */
import { LATIN1_VIETNAMESE, VOWELS, tonedVowel, type Vowel } from './vietnamese.js';

/** VNI spelling of each vowel with tones ngang, sắc, huyền, hỏi, ngã, nặng (lower case). */
const VNI_VOWELS: Record<Vowel, readonly string[]> = {
  a: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'],
  ă: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
  â: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  e: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
  ê: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
  i: ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
  o: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'],
  ô: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
  ơ: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'],
  u: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
  ư: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'],
  y: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
};
const VNI_D = 'ñ';

/** Letter → VNI spelling, both cases (a capital is the lower-case spelling in capitals). */
function buildEncoder(): Map<string, string> {
  const encoder = new Map<string, string>([['đ', VNI_D], ['Đ', VNI_D.toUpperCase()]]);
  for (const vowel of VOWELS) {
    VNI_VOWELS[vowel].forEach((spelling, tone) => {
      const letter = tonedVowel(vowel, tone);
      if (letter === spelling) return;
      encoder.set(letter, spelling);
      encoder.set(letter.toUpperCase(), spelling.toUpperCase());
    });
  }
  return encoder;
}

const ENCODER = buildEncoder();
const DECODER = new Map([...ENCODER].map(([letter, spelling]) => [spelling, letter]));

/** The VNI spellings of two characters (base + mark), e.g. `aù`, `ÔÏ`. */
export const VNI_PAIRS: ReadonlySet<string> = new Set([...DECODER.keys()].filter((k) => k.length === 2));
/** The single characters VNI uses as letters: `ô ö ñ í ì æ ó ò î` and capitals. */
export const VNI_SINGLES: ReadonlySet<string> = new Set([...DECODER.keys()].filter((k) => k.length === 1));
/** The VNI single letters that Unicode Vietnamese does not have: `ö ñ æ î` (ư đ ỉ ỵ) and capitals. */
export const VNI_FOREIGN_SINGLES: ReadonlySet<string> = new Set([...VNI_SINGLES].filter((ch) => !LATIN1_VIETNAMESE.has(ch)));

/**
 * VNI text to Unicode, NFC. Longest match first, so `ôù` is ớ before `ô` is ơ. A mark byte
 * that follows no vowel it can mark is left as it is.
 */
export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = DECODER.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    out += DECODER.get(ch) ?? ch;
    i++;
  }
  return out.normalize('NFC');
}

/** Unicode to VNI. Characters VNI has no spelling for pass through unchanged. */
export function unicodeToVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ENCODER.get(ch) ?? ch;
  return out;
}
