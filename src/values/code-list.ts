/**
 * Code lists printed in the unit cell of coded rows ("Chưa = 0 Hoàn thành = 1").
 *
 * The template gives no single list: "Chưa = 0 Hoàn thành = 1", "Đã kết nối = 1 Chưa kết nối = 2",
 * "Chưa = 0 Đang làm = 1 Hoàn thành = 2" answer the same kind of question (DOMAIN.md), entries may
 * be split by spaces, `;` or `,`, spaces around `=` may be missing ("Hoàn thành=1"), labels may
 * start with a digit ("Chưa có = 0 2 cấp = 1 3 cấp = 2"), and a page break can leave only part of
 * a list in a row's unit cell ("Chưa = 0", its "Có = 1" on the next page).
 */
import { foldText } from '../../common/vietnamese-text.js';

export interface CodeEntry {
  label: string;
  code: number;
}

// A label runs to the next `=`; the code is an integer that ends at a separator or the cell's end.
const ENTRY = /\s*([^=;,]*?\p{L}[^=;,]*?)\s*=\s*(\d+)(?=[\s;,.]|$)[\s;,.]*/uy;

/**
 * The entries of a unit cell that is a code list and nothing else; null for any other unit
 * ("Người", "%", "Tỷ lệ = a / b"). Every label must hold a letter, so `1 = 1` is no list.
 */
export function parseCodeList(unit: string): CodeEntry[] | null {
  const text = unit.normalize('NFC').trim();
  if (!text.includes('=')) return null;
  const entries: CodeEntry[] = [];
  ENTRY.lastIndex = 0;
  while (ENTRY.lastIndex < text.length) {
    const m = ENTRY.exec(text);
    if (!m) return null;
    entries.push({ label: m[1]!, code: Number(m[2]) });
  }
  return entries.length > 0 ? entries : null;
}

export function entryByCode(entries: CodeEntry[], code: number): CodeEntry | undefined {
  return entries.find((e) => e.code === code);
}

/** The entry whose label is the whole cell ("Hoàn thành" against "Chưa = 0 Hoàn thành = 1"). */
export function entryByLabel(entries: CodeEntry[], text: string): CodeEntry | undefined {
  const folded = foldText(text);
  return entries.find((e) => foldText(e.label) === folded);
}
