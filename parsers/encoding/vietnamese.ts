/**
 * The Vietnamese alphabet as data: the twelve vowels (with their shape marks: breve, circumflex,
 * horn) times the five tones, and đ. Every legacy table in this folder is written against this
 * list, and the round-trip tests walk it. The five tone marks (`TONE_MARKS`, in VNI's key order)
 * live with the other Vietnamese-text rules in common/vietnamese-text.ts.
 */
import { TONE_MARKS } from '../../common/vietnamese-text.js';

/** Vowels in alphabetical order. `ă â ê ô ơ ư` carry their shape mark; the tone comes on top. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** A vowel with a tone (0 = ngang, 1–5 = `TONE_MARKS`), precomposed (NFC). */
export function tonedVowel(vowel: Vowel, tone: number): string {
  return tone === 0 ? vowel : (vowel + TONE_MARKS[tone - 1]!).normalize('NFC');
}

/** Every lower-case Vietnamese letter that is not plain ASCII: 12 vowels × 6 tones − 6, and đ. */
export function vietnameseLetters(): string[] {
  const letters: string[] = [];
  for (const vowel of VOWELS) {
    for (let tone = 0; tone <= TONE_MARKS.length; tone++) {
      const letter = tonedVowel(vowel, tone);
      if (letter > '\u007f') letters.push(letter);
    }
  }
  letters.push('đ');
  return letters;
}

const TONE_MARK_SET = new Set<string>(TONE_MARKS);

/** A letter split into the letter without its tone (NFC: `ê`, `ư`) and the tone's combining mark. */
export function splitTone(letter: string): { base: string; tone: string } {
  let tone = '';
  let base = '';
  for (const ch of letter.normalize('NFD')) {
    if (TONE_MARK_SET.has(ch)) tone = ch;
    else base += ch;
  }
  return { base: base.normalize('NFC'), tone };
}

const LOWER = vietnameseLetters();
const ALL = [...LOWER, ...LOWER.map((l) => l.toUpperCase())];

/**
 * Vietnamese letters that Latin-1 also has (`à á â ã è é ê ì í ò ó ô õ ù ú ý` and capitals):
 * real Unicode Vietnamese is full of them, so they say nothing about a legacy encoding.
 */
export const LATIN1_VIETNAMESE = new Set(ALL.filter((l) => l <= '\u00ff'));

/**
 * Vietnamese letters beyond Latin-1 (`ă đ ĩ ũ ơ ư`, U+1EA0–U+1EF9): no legacy 8-bit encoding
 * produces them, so text that has them is already Unicode.
 */
export const MODERN_VIETNAMESE = new Set(ALL.filter((l) => l > '\u00ff'));

export function countModernLetters(text: string): number {
  let n = 0;
  for (const ch of text) if (MODERN_VIETNAMESE.has(ch)) n++;
  return n;
}
