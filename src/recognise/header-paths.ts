/**
 * A table's header read as a tree: one to three header rows, group captions spanning sub-columns
 * ("Kết quả thống kê" over "Đơn vị tính | Số liệu"), cells merged down. Each grid column gets the
 * path of captions above it, top-down, as printed (docs/column-roles.md).
 */
import type { TableRow } from '../../parsers/ir.js';
import { gridTexts, isColumnNumberRow } from './header.js';

/** Captions of each grid column, top-down, a caption repeated by a span or a merge kept once. */
export function headerPaths(headerRows: readonly TableRow[], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  // A row of column numbers, "(1) (2) (3)", even marked as a header row (Word repeats it), names nothing.
  const captionRows = headerRows.filter((row) => !isColumnNumberRow(row));
  const grids = captionRows.map(gridTexts);
  // Spans are read from the cells where the source has them (Word gridSpan and vMerge); only a
  // header without any is inferred, from the bottom up, a row's spans once the row below has its own.
  const printedSpans = captionRows.some((row) => row.cells.some((c) => c.colSpan > 1 || c.mergedFromAbove));
  if (!printedSpans) for (let r = grids.length - 2; r >= 0; r--) spanOverEmpty(grids[r]!, grids[r + 1]!);
  grids.forEach((texts) => {
    texts.forEach((text, col) => {
      const path = paths[col];
      const caption = text.trim();
      if (!path || caption === '' || path[path.length - 1] === caption) return;
      path.push(caption);
    });
  });
  return paths;
}

/**
 * A text dump has no spans: "Kết quả ⇥ ⇥" over "Đơn vị tính ⇥ Số liệu" is a group caption over
 * both. A caption followed by empty slots spans them while the row below has a caption under each.
 */
function spanOverEmpty(texts: string[], below: readonly string[]): void {
  for (let col = 1; col < texts.length; col++) {
    const left = texts[col - 1]!.trim();
    if (texts[col]!.trim() === '' && left !== '' && (below[col] ?? '').trim() !== '' && (below[col - 1] ?? '').trim() !== '') texts[col] = texts[col - 1]!;
  }
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
