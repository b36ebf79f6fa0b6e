/**
 * Table rows of a tab-separated dump whose cell held a line break. The dump then cuts the row in
 * two lines: "1.1.⇥Số văn bản chỉ đạo" and "CCHC đã ban hành⇥Văn bản⇥43⇥". Where a row has fewer
 * cells than the table's widest, and the next one starts with text that is no STT and holds just
 * the cells missing, the two are one row, the broken cell joined with a space.
 */
import { STT_TOKEN } from './positioned/header-words.js';
import { message, type Message, type TableRow } from './ir.js';

/** Joins rows cut by a line break inside a cell; says so once per joined row. */
export function joinBrokenRows(rows: readonly TableRow[], messages: Message[]): TableRow[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const out: TableRow[] = [];
  for (const row of rows) {
    const previous = out[out.length - 1];
    if (previous && continuesCell(previous, row, width)) {
      out[out.length - 1] = joined(previous, row);
      messages.push(message('info', 'text/cell-line-break', `line ${row.position.line} continues a cell of line ${previous.position.line} (a line break inside the cell); read as one row`, previous.position));
      continue;
    }
    out.push(row);
  }
  return out;
}

function continuesCell(previous: TableRow, row: TableRow, width: number): boolean {
  if (previous.cells.length >= width || previous.cells.length + row.cells.length - 1 !== width) return false;
  const first = row.cells[0]!.text;
  const broken = previous.cells[previous.cells.length - 1]!.text;
  return first !== '' && broken !== '' && !startsRow(first);
}

/**
 * A first cell that starts a row of its own: an STT alone ("1.2.", "-"), or an STT before a
 * capitalised label ("1.2. Kế hoạch"). "3 có phát sinh hồ sơ" is the rest of "… mức độ".
 */
function startsRow(text: string): boolean {
  const [head, next] = text.split(' ', 2);
  return STT_TOKEN.test(head!) && (next === undefined || /^\p{Lu}/u.test(next));
}

function joined(previous: TableRow, row: TableRow): TableRow {
  const [first, ...rest] = row.cells;
  const last = previous.cells[previous.cells.length - 1]!;
  const cells = [...previous.cells.slice(0, -1), { ...last, text: `${last.text} ${first!.text}`, bold: last.bold && first!.bold, italic: last.italic && first!.italic }, ...rest];
  return { ...previous, cells };
}
