/**
 * The template's seven areas (Bộ Nội vụ reporting template) and the headings they have carried.
 * Matched on diacritic-free text because headings come in many casings and tone placements.
 * A heading must START with one of these phrases: "Kết quả giải quyết thủ tục hành chính" is a
 * row of area 3, not its heading.
 */
import type { AreaNumber } from '../model.js';
import { HEADING_NUMBER } from '../../common/numbering.js';
import { asciiFold } from '../../common/vietnamese-text.js';

const AREA_HEADINGS: ReadonlyArray<readonly [AreaNumber, RegExp]> = [
  [1, /^(cong tac )?chi dao,? dieu hanh( (cai cach hanh chinh|cchc))?\b/],
  [2, /^cai cach the che\b/],
  [3, /^cai cach (thu tuc hanh chinh|tthc)\b/],
  [4, /^cai cach (to chuc )?bo may\b/],
  [5, /^(cai cach che do cong vu|xay dung va nang cao chat luong doi ngu)\b/],
  [6, /^cai cach tai chinh cong\b/],
  [7, /^(xay dung(,| va) phat trien chinh (phu|quyen) (dien tu|so)|xay dung chinh (phu|quyen) (dien tu|so)|hien dai hoa (nen )?hanh chinh|chuyen doi so)\b/],
];

/** Roman numerals used for area headings in some templates ("I. Công tác chỉ đạo..."). */
const ROMAN: Record<string, AreaNumber> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7 };

/** The area a heading names, or null. Leading numbering ("1.", "II.") is ignored. */
export function areaOfHeading(label: string): AreaNumber | null {
  const text = asciiFold(label).replace(HEADING_NUMBER, '');
  for (const [area, pattern] of AREA_HEADINGS) if (pattern.test(text)) return area;
  return null;
}

export function areaOfRoman(stt: string): AreaNumber | null {
  return ROMAN[stt.toLowerCase().replace(/\.$/, '')] ?? null;
}
