/**
 * A table's header read as a tree: one to three header rows, group captions spanning sub-columns
 * ("Kết quả thống kê" over "Đơn vị tính | Số liệu"), cells merged down. Each grid column gets the
 * path of captions above it, top-down, as printed (docs/column-roles.md).
 */
import type { TableRow } from '../../parsers/ir.js';
import { gridTexts } from './header.js';

/** Captions of each grid column, top-down, a caption repeated by a span or a merge kept once. */
export function headerPaths(headerRows: readonly TableRow[], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (const row of headerRows) {
    gridTexts(row).forEach((text, col) => {
      const path = paths[col];
      const caption = text.trim();
      if (!path || caption === '' || path[path.length - 1] === caption) return;
      path.push(caption);
    });
  }
  return paths;
}

/** The header rows at the top of a table (a repeated header further down is not part of the tree). */
export function leadingHeaderRows(rows: readonly TableRow[], isHeader: (row: TableRow) => boolean): TableRow[] {
  const out: TableRow[] = [];
  for (const row of rows) {
    if (!isHeader(row)) break;
    out.push(row);
  }
  return out;
}

/** A header path as printed, for messages and the `value_column` field. */
export function printPath(path: readonly string[]): string {
  return path.join(' › ');
}
