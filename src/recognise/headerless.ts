/**
 * An appendix table printed or dumped without its header row: the column roles read from what
 * the columns hold. The first column is mostly STTs ("1.", "1.2.", "-", "a)"), one column mostly
 * figures ("84", "98,87%", "264/267", "Có"), the label column the longest texts left of the
 * figures, the unit the short texts between them, the note what follows the figures. A table
 * that does not look so is not taken: a list of tasks or a letterhead has no such columns.
 */
import type { Table } from '../../parsers/ir.js';
import { isFigure } from './cell-kind.js';
import { gridTexts, type ColumnRoles } from './header.js';

// Here a bare number in the first column counts as an STT (cell-kind.ts leaves it to the figures):
// with no header, the first column's numbering is what marks the table as an appendix.
const STT_CELL = /^(\(?\d{1,3}(\.\d{1,3}){0,4}[.)]?|[IVX]{1,5}\.?|[a-zđ]\)|[-+•]|trong( đó)?|đó)$/iu;

/** Rows and filled STT and figure cells a table needs before its columns are guessed. */
const MIN_ROWS = 3;
const MIN_HITS = 3;
/** Share of a column's filled cells that must look like STTs, or like figures. */
const MIN_SHARE = 0.6;

interface ColumnStats {
  filled: number;
  stt: number;
  figures: number;
  meanLength: number;
}

function statsOf(table: Table, width: number): ColumnStats[] {
  const columns = Array.from({ length: width }, () => ({ filled: 0, stt: 0, figures: 0, length: 0 }));
  for (const row of table.rows) {
    gridTexts(row).forEach((raw, col) => {
      const text = raw.trim();
      const column = columns[col];
      if (!column || text === '') return;
      column.filled++;
      column.length += text.length;
      if (STT_CELL.test(text)) column.stt++;
      if (isFigure(text)) column.figures++;
    });
  }
  return columns.map((c) => ({ filled: c.filled, stt: c.stt, figures: c.figures, meanLength: c.filled > 0 ? c.length / c.filled : 0 }));
}

const share = (hits: number, filled: number) => (filled > 0 ? hits / filled : 0);

/** Column roles guessed from a header-less table's content, or null when it is no appendix table. */
export function rolesByContent(table: Table): ColumnRoles | null {
  const width = Math.max(0, ...table.rows.map((r) => gridTexts(r).length));
  if (width < 3 || table.rows.length < MIN_ROWS) return null;
  const stats = statsOf(table, width);
  const stt = stats[0]!;
  if (stt.stt < MIN_HITS || share(stt.stt, stt.filled) < MIN_SHARE) return null;
  let value = -1;
  stats.forEach((s, col) => {
    if (col < 2 || s.figures < MIN_HITS || share(s.figures, s.filled) < MIN_SHARE) return;
    if (value < 0 || s.figures > stats[value]!.figures) value = col;
  });
  if (value < 0) return null;
  let label = 1;
  for (let col = 2; col < value; col++) if (stats[col]!.meanLength > stats[label]!.meanLength) label = col;
  const roles: ColumnRoles = { stt: 0, label, value };
  if (value - label >= 2) roles.unit = value - 1;
  if (value + 1 < width) roles.note = value + 1;
  return roles;
}
