/**
 * Finding the header of an appendix table and the role of each grid column.
 * Headers vary: "Chỉ tiêu" / "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo ...)", a one- or two-row
 * header with "Kết quả thống kê" spanning "Đơn vị tính | Số liệu", "Ghi chú" or "Đơn vị thực
 * hiện", sometimes a row of column numbers "(1) (2) (3)".
 */
import type { TableRow } from '../../parsers/ir.js';
import { captionRole, captionYear, type CaptionRole } from '../../common/column-vocabulary.js';
import { isFigure, isSttShaped } from './cell-kind.js';

/** Single-value column roles, as the header-less reader (headerless.ts) tells them. */
export type ColumnRole = 'stt' | 'label' | 'unit' | 'value' | 'note';
export type ColumnRoles = Partial<Record<ColumnRole, number>>;

/** Cell texts of a row laid out on the table grid: a cell spanning k columns fills k slots. */
export function gridTexts(row: TableRow): string[] {
  const out: string[] = [];
  for (const cell of row.cells) {
    out.push(cell.mergedFromAbove ? '' : cell.text);
    for (let k = 1; k < cell.colSpan; k++) out.push(cell.mergedFromAbove ? '' : cell.text);
  }
  return out;
}

const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

/** A row of column numbers "(1) (2) (3) ..." under the header. */
export function isColumnNumberRow(row: TableRow): boolean {
  const texts = gridTexts(row).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t) => COLUMN_NUMBER.test(t));
}

/**
 * A header row: STT with "Chỉ tiêu", or two or more filled slots that are all captions
 * (mappings/template/columns.json), one of them naming a unit, a value or a group of columns.
 */
export function isHeaderRow(row: TableRow): boolean {
  const grid = gridTexts(row);
  const texts = grid.filter((t) => t.trim() !== '');
  if (texts.length === 0) return false;
  const unique = [...new Set(texts)];
  const roles = unique.map((t) => captionRole(t));
  if (roles.includes('stt') && roles.includes('label')) return true;
  const names = (r: CaptionRole | null) => r === 'unit' || r === 'value' || r === 'group';
  if (texts.length >= 2 && roles.every((r) => r !== null) && roles.some(names)) return true;
  // A misprinted or misread STT caption ("SIT", "S TT" read off a scan) in the first column,
  // beside the label caption and a unit, value or group caption: still the header (docs/ocr.md).
  const strange = unique.filter((_, i) => roles[i] === null);
  const first = grid[0]?.trim() ?? '';
  return strange.length === 1 && strange[0]!.trim() === first && isStrangeSttCaption(first) && roles.includes('label') && roles.some(names);
}

/** A few letters, no digit: what an STT caption may look like misprinted, never a row's number. */
const isStrangeSttCaption = (text: string) => /^[\p{L}\s.]{1,5}$/u.test(text.trim());

/**
 * A row under a header row that goes on with the header: sub-captions under a group caption
 * ("Kỳ trước | Kỳ hiện tại", "Năm 2024", "Số liệu quý I năm 2024 | ĐVT"). Short texts only, no
 * figure and no STT, and at least one caption of the vocabulary or a year among them.
 */
export function continuesHeader(row: TableRow): boolean {
  const texts = [...new Set(gridTexts(row).map((t) => t.trim()).filter((t) => t !== ''))];
  if (texts.length === 0 || texts.some((t) => t.split(/\s+/).length > 6 || isFigure(t) || isSttShaped(t))) return false;
  return texts.some((t) => captionRole(t) !== null || captionYear(t) !== null);
}

/**
 * Cell texts of a body row on the table grid. A cell spanning several columns is read once: in
 * the label column when it covers it (a heading merged across the row), else in its first column,
 * so a merged heading never also reads as a value or a unit.
 */
export function bodyTexts(row: TableRow, labelCol: number | undefined): string[] {
  const out: string[] = [];
  for (const cell of row.cells) {
    const text = cell.mergedFromAbove ? '' : cell.text;
    const start = out.length;
    const at = labelCol !== undefined && labelCol >= start && labelCol < start + cell.colSpan ? labelCol : start;
    for (let k = 0; k < Math.max(1, cell.colSpan); k++) out.push(start + k === at ? text : '');
  }
  return out;
}
