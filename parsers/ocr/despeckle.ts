/**
 * Speckle out of a page's ink mask: specks of dust or toner, a pixel or two, that Tesseract reads
 * as full stops and commas ("0" becomes "0."). A group of touching ink pixels (8 neighbours) no
 * larger than a speck at 200 dpi, scaled to the scan's resolution, is paper. A full stop at
 * 200 dpi is about 3 × 3 pixels, so it stays; larger dots cannot be told from one.
 */

/** Pixels of the largest speck at 200 dpi. */
const SPECK_200 = 2;

/** Clears the specks of `ink` (1 = ink) in place; returns the pixels cleared. */
export function despeckle(ink: Uint8Array, width: number, height: number, dpi: number): number {
  const largest = Math.max(1, Math.round(SPECK_200 * (dpi / 200) ** 2));
  const seen = new Uint8Array(ink.length);
  const stack: number[] = [];
  const group: number[] = [];
  let removed = 0;
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    group.length = 0;
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const p = stack.pop()!;
      group.push(p);
      const x = p % width;
      const y = (p - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (ink[q] && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    if (group.length > largest) continue;
    for (const p of group) ink[p] = 0;
    removed += group.length;
  }
  return removed;
}
