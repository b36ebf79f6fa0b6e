/**
 * Label similarity for the fuzzy step. Plain string distances cannot tell "đã hoàn thành đúng hạn"
 * from "đã hoàn thành nhưng quá hạn" (Jaro-Winkler 0.94), so tokens are weighted by how rare
 * they are in the catalog (IDF): the words that tell indicators apart count most.
 */
import { jaroWinkler } from './jaro-winkler.js';
import { memoByText } from './memo.js';
import { stripDiacritics } from '../../common/vietnamese-text.js';

/** Words that carry no meaning of their own in indicator labels. */
const STOP_WORDS = new Set(['và', 'các', 'của', 'được', 'đã', 'theo', 'trong', 'tại', 'với', 'do', 'về', 'cho', 'là', 'có']);

/** The stop words as typed without tone and vowel marks, for labels typed so. */
const PLAIN_STOP_WORDS = new Set([...STOP_WORDS].map((w) => stripDiacritics(w)));

export interface TokenSet {
  tokens: string[];
  /** Diacritic-free forms, for the typo-tolerant comparison. */
  ascii: string[];
  /** Typed without any tone or vowel mark ("So nhiem vu da hoan thanh"): every word lost its marks alike. */
  plain: boolean;
}

/** A label's tokens; remembered, as each row is compared with many entries (memo.ts). */
export const tokenSet = memoByText((folded: string): TokenSet => {
  const plain = /\p{L}/u.test(folded) && !/[^\x00-\x7f]/.test(folded);
  const stop = plain ? PLAIN_STOP_WORDS : STOP_WORDS;
  const tokens = folded.split(/[^\p{L}\p{N}%]+/u).filter((t) => t !== '' && !stop.has(t));
  return { tokens, ascii: tokens.map((t) => stripDiacritics(t)), plain };
});

export class IdfTable {
  private readonly df = new Map<string, number>();
  private documents = 0;

  add(set: TokenSet): void {
    this.documents++;
    for (const t of new Set(set.tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  weight(token: string): number {
    return Math.log(1 + this.documents / (1 + (this.df.get(token) ?? 0)));
  }
}

/**
 * Two tokens are the same word when equal, or when their diacritic-free forms are equal
 * (a misplaced tone; wholly the same when the label was typed without any mark), or very close
 * for long words (typos such as "Thông kê" for "Thống kê").
 */
function sameWord(a: string, aAscii: string, b: string, bAscii: string, plain: boolean): number {
  if (a === b) return 1;
  if (aAscii === bAscii) return plain ? 1 : 0.9;
  if (aAscii.length >= 5 && bAscii.length >= 5 && jaroWinkler(aAscii, bAscii) >= 0.94) return 0.8;
  return 0;
}

/** IDF-weighted soft Dice coefficient of two token sets, 0..1. */
export function weightedDice(a: TokenSet, b: TokenSet, idf: IdfTable): number {
  let shared = 0;
  let total = 0;
  const usedB = new Set<number>();
  a.tokens.forEach((t, i) => {
    const w = idf.weight(t);
    total += w;
    let best = 0;
    let bestJ = -1;
    b.tokens.forEach((u, j) => {
      if (usedB.has(j)) return;
      const s = sameWord(t, a.ascii[i]!, u, b.ascii[j]!, a.plain || b.plain);
      if (s > best) {
        best = s;
        bestJ = j;
      }
    });
    if (bestJ >= 0) {
      usedB.add(bestJ);
      shared += best * (w + idf.weight(b.tokens[bestJ]!));
    }
  });
  for (const u of b.tokens) total += idf.weight(u);
  return total === 0 ? 0 : shared / total;
}
