/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / CR) as a formula (CSV injection,
 * OWASP). Labels such as "- Số TTHC cấp tỉnh" are common here, so such cells get a leading
 * apostrophe, which Excel and LibreOffice show as text without the apostrophe. Plain numbers,
 * negative ones included, are left alone. `--no-excel-guard` turns it off for the process (and the
 * export's workers, which are told so): a program reading the CSV wants the cells as printed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

let guard = true;

export function setExcelGuard(on: boolean): void {
  guard = on;
}

export function excelGuardOn(): boolean {
  return guard;
}

export function csvSafe(cell: string): string {
  return guard && FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
