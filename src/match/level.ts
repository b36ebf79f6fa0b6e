/**
 * Which administrative level a piece of label text speaks of. Rows split by level in the
 * province-wide template ("do các sở, ngành / UBND cấp huyện / UBND cấp xã tiếp nhận") say it;
 * a single unit's report often drops the words, and then the reporter's own level applies
 * (DOMAIN.md: a ward's DVC rows are cấp xã figures).
 */
import type { AdminLevel } from '../model.js';
import { memoByText } from './memo.js';
import { stripDiacritics } from '../../common/vietnamese-text.js';

const LEVEL_WORDS: ReadonlyArray<readonly [AdminLevel, RegExp]> = [
  ['xa', /\b(cap xa|ubnd (cac )?(xa|phuong)|uy ban nhan dan (cap )?(xa|phuong)|cap phuong)\b/],
  // A district-level city, town or urban district: for a ward, "UBND thành phố" is its superior
  // level (DOMAIN.md), the cấp huyện row of the template.
  ['huyen', /\b(cap huyen|ubnd (cac )?(huyen|quan|thi xa|thanh pho|tp)|uy ban nhan dan (cap )?(huyen|quan|thi xa|thanh pho)|don vi cap huyen)\b/],
  ['so', /\b(cap so|cac so, nganh|so, nganh|so nganh|co quan chuyen mon cap tinh)\b/],
  ['tinh', /\b(cap tinh|ubnd tinh|uy ban nhan dan tinh)\b/],
];

/** The levels a text names ("UBND cấp huyện đã kết nối với UBND tỉnh" names two). */
export const levelsOfText = memoByText((text: string): AdminLevel[] => {
  const ascii = stripDiacritics(text.toLowerCase());
  return LEVEL_WORDS.filter(([, pattern]) => pattern.test(ascii)).map(([level]) => level);
});

/**
 * A department (sở) is part of the provincial level: its "cấp tỉnh" figures are its own, so the
 * two levels do not contradict each other the way huyện and xã do.
 */
export function levelsCompatible(a: AdminLevel, b: AdminLevel): boolean {
  return a === b || (a !== 'huyen' && a !== 'xa' && b !== 'huyen' && b !== 'xa');
}
