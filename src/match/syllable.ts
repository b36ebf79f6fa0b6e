/**
 * Whether a word has the shape of a Vietnamese syllable: an initial consonant (or none), one to
 * three vowels, a final consonant of the few Vietnamese allows (c, ch, m, n, ng, nh, p, t) or
 * none. "tthc", "ubnd", "pakn", "bcci" do not; "hồ", "cơ", "quyết" do. Tone and vowel marks do not
 * change the shape, so they are set aside.
 */
import { stripDiacritics } from '../../common/vietnamese-text.js';

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(stripDiacritics(word.toLowerCase()));
}
