/**
 * TCVN3 keeps "ư" at 0xAD, which Unicode calls the soft hyphen: a program that prints a TCVN3
 * document (LibreOffice, a PDF printer) may hide it as a mere hyphenation point, and the PDF then
 * reads "®îc" for "được", "Ph êng" for "Phường". When a whole converted text holds no "ư" at all
 * yet spells rhymes Vietnamese does not have — "ơng", "ơc", "ơu", where only "ương", "ước", "ươu"
 * exist — the hidden ư is put back before them; and into words of two or more letters left with
 * no vowel at all ("nhng" → "nhưng", "th" → "thư"), between a Vietnamese initial and a final ư
 * takes. Lost ư that leave a real word ("cha" for "chưa", "ngời" for "người") or one letter ("T
 * pháp") cannot be told apart and stay lost.
 */

const IMPOSSIBLE_RHYME = /[ơờớởỡợ](?=(?:ng|c|u)(?![\p{L}\p{M}]))/gu;

/** Below this many, a text without ư may just be short, or not Vietnamese prose. */
const MIN_EVIDENCE = 3;

/**
 * A lower-case word with no vowel: an initial consonant cluster, then a final that fits ư. Not
 * before ".", "/" or "-": that is an abbreviation ("tr.đ", "km/h").
 */
const VOWELLESS_WORD = /(?<![\p{L}\p{M}\p{N}])(ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])(ng|[ctnm])?(?![\p{L}\p{M}\p{N}./-])/gu;

export function restoreHiddenU(text: string): { text: string; restored: number } {
  if (text.includes('ư')) return { text, restored: 0 };
  const found = text.match(IMPOSSIBLE_RHYME)?.length ?? 0;
  if (found < MIN_EVIDENCE) return { text, restored: 0 };
  let restored = found;
  const rhymes = text.replace(IMPOSSIBLE_RHYME, (vowel) => `ư${vowel}`);
  const words = rhymes.replace(VOWELLESS_WORD, (word, initial: string, final: string | undefined) => {
    if (word.length < 2) return word;
    restored++;
    return `${initial}ư${final ?? ''}`;
  });
  return { text: words, restored };
}
