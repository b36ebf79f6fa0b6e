/** Words and punctuation of a sentence, with offsets, for reading unit names word by word. */
import { foldName } from '../../common/vietnamese-text.js';

export interface Token {
  /** As printed. */
  text: string;
  /** Lower case, one tone placement: what tables are matched against. */
  fold: string;
  word: boolean;
  index: number;
  end: number;
}

// Apostrophes belong to the word ("Đắk R'Lấp", "Ia H'Drai"); "&" to abbreviations ("TN&MT").
const TOKEN = /[\p{L}\p{M}\p{N}'’&]+|\S/gu;

/**
 * Folded forms of the words seen, kept: the province search tokenizes every paragraph of a report,
 * and folding each word anew (unifyTones' two regular expressions on the decomposed word) was
 * 1 % of a parse worker's time on the bench PDFs (issue 16). Words are few; the cap bounds memory.
 */
const folded = new Map<string, string>();
const FOLDED_CAP = 50_000;

function foldWord(word: string): string {
  let fold = folded.get(word);
  if (fold === undefined) {
    if (folded.size >= FOLDED_CAP) folded.clear();
    folded.set(word, (fold = foldName(word)));
  }
  return fold;
}

/** `text` should be NFC (IR text is); each punctuation mark is a token of its own. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    fold: foldWord(m[0]),
    word: /[\p{L}\p{N}]/u.test(m[0]),
    index: m.index,
    end: m.index + m[0].length,
  }));
}

/** True when the tokens from `i` on read `words` (folded forms). */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.fold === w);
}

/** The first entry of `table` whose words stand at `i`; order the table longest first. */
export function entryAt<T extends { words: readonly string[] }>(tokens: readonly Token[], i: number, table: readonly T[]): T | null {
  return table.find((e) => wordsAt(tokens, i, e.words)) ?? null;
}
