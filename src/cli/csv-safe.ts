/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / CR) as a formula (CSV injection,
 * OWASP). Labels such as "- Số TTHC cấp tỉnh" are common here, so such cells get a leading
 * apostrophe, which Excel and LibreOffice show as text without the apostrophe. Plain numbers,
 * negative ones included, are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvSafe(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
