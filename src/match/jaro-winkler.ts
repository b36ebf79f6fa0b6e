/**
 * Jaro-Winkler similarity (Winkler 1990; https://en.wikipedia.org/wiki/Jaro%E2%80%93Winkler_similarity),
 * 0..1, prefix scale 0.1 over at most 4 characters. It replaces `natural`'s JaroWinklerDistance, the
 * one function used from that package (about 34 MB installed); it computes the same numbers, the
 * same way (a match window of ⌊max length / 2⌋ − 1, transpositions halved), so that scores and
 * therefore matches stay as they were (test/match/jaro-winkler.test.ts compares them).
 */
function jaro(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.floor(Math.max(a.length, b.length) / 2) - 1;
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const end = Math.min(i + window + 1, b.length);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (matchedB[k] || a[i] !== b[k]) continue;
      matchedA[i] = 1;
      matchedB[k] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const t = transpositions / 2;
  return (matches / a.length + matches / b.length + (matches - t) / matches) / 3;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}
