/**
 * Finding the header of an appendix table and the role of each grid column.
 * Headers vary: "Chỉ tiêu" / "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo ...)", a one- or two-row
 * header with "Kết quả thống kê" spanning "Đơn vị tính | Số liệu", "Ghi chú" or "Đơn vị thực
 * hiện", sometimes a row of column numbers "(1) (2) (3)".
 */
import type { TableRow } from '../../parsers/ir.js';
import { foldText } from './fold.js';

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

/** Specific header words first: "Đơn vị tính" must win over the "Đơn vị" of "Đơn vị thực hiện". */
const ROLE_WORDS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['stt', /^(stt|tt|số tt|số thứ tự)$/],
  ['unit', /^(đơn vị tính|đvt|đơn vị đo)\b/],
  ['value', /^(số liệu|giá trị|kết quả thực hiện|số lượng|kết quả)(?![\p{L}\p{N}])/u],
  ['label', /^(chỉ tiêu|nội dung|tên chỉ tiêu)/],
  ['note', /^(ghi chú|đơn vị thực hiện|đơn vị chủ trì|cơ quan thực hiện)/],
];

/** Header texts that span several columns and say nothing about one column on their own. */
const SPANNING_HEADER = /^kết quả thống kê/;

function roleOf(text: string): ColumnRole | null {
  const t = foldText(text);
  if (SPANNING_HEADER.test(t)) return null;
  for (const [role, pattern] of ROLE_WORDS) if (pattern.test(t)) return role;
  return null;
}

const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

/** A row of column numbers "(1) (2) (3) ..." under the header. */
export function isColumnNumberRow(row: TableRow): boolean {
  const texts = gridTexts(row).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t) => COLUMN_NUMBER.test(t));
}

/** A header row: STT with "Chỉ tiêu", or a row whose every filled cell is a header word. */
export function isHeaderRow(row: TableRow): boolean {
  const texts = gridTexts(row).map(foldText).filter((t) => t !== '');
  if (texts.length === 0) return false;
  const roles = texts.map((t) => (SPANNING_HEADER.test(t) ? 'span' : roleOf(t)));
  if (roles.includes('stt') && roles.includes('label')) return true;
  return roles.every((r) => r !== null) && roles.some((r) => r === 'unit' || r === 'value' || r === 'span');
}

/**
 * Column roles from the header rows of a table. Where the header does not name a column,
 * fall back to the template's order STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú.
 */
export function columnRoles(headerRows: TableRow[], width: number): ColumnRoles {
  const roles: ColumnRoles = {};
  for (const row of headerRows) {
    gridTexts(row).forEach((text, col) => {
      const role = roleOf(text);
      if (role && roles[role] === undefined && !Object.values(roles).includes(col)) roles[role] = col;
    });
  }
  const order: ColumnRole[] = ['stt', 'label', 'unit', 'value', 'note'];
  order.forEach((role, col) => {
    if (roles[role] === undefined && col < width && !Object.values(roles).includes(col)) roles[role] = col;
  });
  return roles;
}
