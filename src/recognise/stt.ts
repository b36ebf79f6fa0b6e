/** Reading the STT (số thứ tự) cell. */

/** "1.2.3." / "1.2.3" / "1.2.3)" / "(3)" → [1,2,3] or [3]; anything else → null. */
export function parseSttPath(stt: string): number[] | null {
  const m = /^\(?(\d{1,3}(?:\.\d{1,3})*)[.)]?$/.exec(stt.trim());
  if (!m) return null;
  return m[1]!.split('.').map(Number);
}

/**
 * "Trong đó" ("of which") is sometimes printed in the STT column, and in text dumps split over
 * two rows ("Trong" / "đó") by a page break, or broken inside a narrow column ("Tron g đó"). It
 * marks the following rows as parts of the row above; it is not a number.
 */
export function isTrongDoMarker(stt: string): boolean {
  // Spaces aside: a narrow column breaks the words anywhere ("Tron" / "g đó").
  return /^(trong(đó)?|đó)[:.]?$/i.test(stt.normalize('NFC').replace(/\s+/g, ''));
}
