/**
 * Small text helpers for reading names out of Vietnamese report prose: case tests and the
 * capitalisation of a name printed in capitals. Tone placement and folding are in
 * common/vietnamese-text.ts (`unifyTones`, `foldName`).
 */

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
