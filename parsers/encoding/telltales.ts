/**
 * How much a text looks like Vietnamese written in one of the 8-bit schemes and then read one
 * byte per character (Latin-1 or Windows-1252): TCVN3 (`B¸o c¸o`), VNI (`Baùo caùo`) or
 * Windows-1258 (`Baìo caìo`: base letters, then the tone as its own byte).
 *
 * A scheme's telltale is a character that scheme uses for a Vietnamese letter and that real
 * Unicode Vietnamese, English and French text do not use inside words. The score is the share of
 * words holding one. Measured on the four seed reports: written in TCVN3 they score 0.38–0.41,
 * in VNI 0.71–0.73, in Windows-1258 0.73–0.77 (nearly every syllable has a tone or a shape mark);
 * as Unicode they score at most 0.01 for any scheme, and one scheme's text at most 0.09 for
 * another. A French sentence packed with `où`, `naïf`, `maître`, `«Bonjour»` scores 0.04.
 */
import { TCVN3_CODES } from './tcvn3.js';
import { VNI_FOREIGN_SINGLES, VNI_PAIRS } from './vni.js';
import { countModernLetters } from './vietnamese.js';

export type ByteScheme = 'tcvn3' | 'vni' | 'windows-1258';

/**
 * Share of words that must carry a telltale, and the least number of such words, before a text
 * is taken for a scheme: midway between the scores above, so that a legacy text diluted by ASCII
 * words (UBND, TTHC, names) still passes and nothing else does.
 */
export const MIN_SHARE = 0.15;
export const MIN_WORDS = 3;

/**
 * TCVN3 codes that are symbols in Latin-1: 0xA1–0xAF (ă â ê ô ơ ư đ and their capitals, `¨ © ª
 * « ¬ ® §`, ư is the soft hyphen U+00AD) and 0xB5–0xBF (the toned a: `µ ¶ · ¸ ¹`, `» ¼ ½ ¾`).
 * Also `×` and `÷` (0xD7 ì, 0xF7 ữ). 0xB0–0xB4 are left out: in VN1 they are the bare tone
 * marks, in Latin-1 `° ± ² ³ ´`, which ordinary text has.
 */
const TCVN3_TELLTALES = new Set([...TCVN3_CODES].filter((ch) => {
  const code = ch.charCodeAt(0);
  return (code >= 0xa1 && code <= 0xaf) || (code >= 0xb5 && code <= 0xbf) || code === 0xd7 || code === 0xf7;
}));

/** Windows-1258 tone bytes seen as Windows-1252: grave Ì, acute ì, hook Ò, tilde Þ, dot below ò. */
const CP1258_TONES = new Set(['\u00cc', '\u00ec', '\u00d2', '\u00de', '\u00f2']);
/** Bytes a tone follows in Windows-1258: the vowels, with â ê ô ă ơ ư seen as Windows-1252. */
const CP1258_VOWELS = new Set([...'aeiouyAEIOUY', ...'âêôãõýÂÊÔÃÕÝ']);

/**
 * VNI pairs and single letters that Western European words also spell: French `où`, `goût`,
 * `naïf`, `héroïque`, `ambiguïté`, `eût`, `maître`; Spanish `año`. They do not count as
 * telltales; a VNI text has plenty of others (`aù`, `aø`, `eâ`, `oä`, `öô`...).
 */
const WESTERN_SPELLINGS = new Set(['où', 'oû', 'aï', 'oï', 'uï', 'eû', 'î', 'ñ'].flatMap((s) => [s, s.toUpperCase()]));
const VNI_TELLTALE_PAIRS = new Set([...VNI_PAIRS].filter((p) => !WESTERN_SPELLINGS.has(p)));
const VNI_TELLTALE_SINGLES = new Set([...VNI_FOREIGN_SINGLES].filter((ch) => !WESTERN_SPELLINGS.has(ch)));

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** A telltale character between letters, or touching one. */
function touchesLetter(word: string, i: number): boolean {
  return isLetter(word[i - 1]) || isLetter(word[i + 1]);
}

const WORD_TESTS: Record<ByteScheme, (word: string) => boolean> = {
  tcvn3: (word) => [...word].some((ch, i) => TCVN3_TELLTALES.has(ch) && touchesLetter(word, i)),
  vni: (word) => {
    for (let i = 0; i < word.length; i++) {
      if (VNI_TELLTALE_PAIRS.has(word.slice(i, i + 2))) return true;
      if (VNI_TELLTALE_SINGLES.has(word[i]!) && touchesLetter(word, i)) return true;
    }
    return false;
  },
  'windows-1258': (word) => {
    for (let i = 1; i < word.length; i++) if (CP1258_TONES.has(word[i]!) && CP1258_VOWELS.has(word[i - 1]!)) return true;
    return false;
  },
};

/**
 * Every character some word test needs: a word holding none of them is no scheme's telltale, and
 * most words are plain ASCII or Unicode Vietnamese, so this one test spares the three.
 */
const ANY_TELLTALE = new RegExp(
  `[${[...new Set([...TCVN3_TELLTALES, ...[...VNI_TELLTALE_PAIRS].join(''), ...VNI_TELLTALE_SINGLES, ...CP1258_TONES])]
    .filter((ch) => ch.charCodeAt(0) > 0x7f)
    .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

export interface SchemeScores {
  /** Words with at least one letter. */
  words: number;
  /** Words holding a telltale of each scheme. */
  telltales: Record<ByteScheme, number>;
  /** Vietnamese letters beyond Latin-1: the text is (at least partly) Unicode already. */
  modern: number;
}

/** Counts telltale words. The text is read as it stands: bytes as Latin-1, or decoded text. */
export function scoreSchemes(text: string): SchemeScores {
  const telltales: Record<ByteScheme, number> = { tcvn3: 0, vni: 0, 'windows-1258': 0 };
  let words = 0;
  for (const word of text.split(/[\s\u00a0]+/)) {
    if (!/\p{L}/u.test(word)) continue;
    words++;
    if (!ANY_TELLTALE.test(word)) continue;
    for (const scheme of Object.keys(WORD_TESTS) as ByteScheme[]) if (WORD_TESTS[scheme](word)) telltales[scheme]++;
  }
  return { words, telltales, modern: countModernLetters(text) };
}

/**
 * The scheme the text is written in, or null: the best-scoring scheme above the thresholds, in a
 * text that is not mostly Unicode Vietnamese already (fewer letters beyond Latin-1 than telltale
 * words: an 8-bit scheme cannot produce those letters at all).
 */
export function pickScheme(scores: SchemeScores, among: readonly ByteScheme[] = ['tcvn3', 'vni', 'windows-1258']): ByteScheme | null {
  let best: ByteScheme | null = null;
  for (const scheme of among) {
    const n = scores.telltales[scheme];
    if (n < MIN_WORDS || n < MIN_SHARE * scores.words || scores.modern >= n) continue;
    if (best === null || n > scores.telltales[best]) best = scheme;
  }
  return best;
}
