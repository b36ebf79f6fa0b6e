/**
 * A count of the figures' glyphs in a cell's ink, to check a read against (issue #14: the two
 * reads of one engine over one image fail together, "80" read as "860" and "11" as "1" at 94 %).
 * In print each digit, bracket and slash is one separate blot of ink of about the full height;
 * full stops, commas and the rings of "%" are small. So the tall connected blots (8 neighbours)
 * are counted and the read must give as many. Digits that touch, or one broken in two, make the
 * counts differ too: the row goes to review, never a wrong figure.
 */

/** A blot at least this share of the tallest one's height is a glyph, not a dot or a ring. */
const TALL = 0.6;

/** Tall blots of a cell's ink mask (1 = ink), `w` pixels wide. */
export function countTallBlots(cell: Uint8Array, w: number, h: number): number {
  const seen = new Uint8Array(cell.length);
  const heights: number[] = [];
  const stack: number[] = [];
  for (let start = 0; start < cell.length; start++) {
    if (!cell[start] || seen[start]) continue;
    let top = h;
    let bottom = -1;
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const p = stack.pop()!;
      const x = p % w;
      const y = (p - x) / w;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (cell[q] && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    heights.push(bottom - top + 1);
  }
  const tallest = Math.max(0, ...heights);
  return heights.filter((v) => v >= TALL * tallest).length;
}

/**
 * How many tall glyphs a figure read as `text` has: [least, most]. A "%" is one tall slash
 * and two rings that may or may not reach the height. Null when the text has letters (Có,
 * Không: accents are blots of their own) and cannot be checked so.
 */
export function tallGlyphsOf(text: string): [number, number] | null {
  if (/\p{L}/u.test(text)) return null;
  const base = (text.match(/[\d()/]/g) ?? []).length;
  const percents = (text.match(/%/g) ?? []).length;
  return [base + percents, base + 3 * percents];
}
