/**
 * Table rows of a text dump whose cell held a line break. The dump then cuts the row in two
 * lines: "1.1.⇥Số văn bản chỉ đạo" and "CCHC đã ban hành⇥Văn bản⇥43⇥". Where a row has fewer cells
 * than the table's widest, and the next one starts with text that is no STT and holds just the
 * cells missing, the two are one row, the broken cell joined with a space. Cells are joined as
 * written, markup included, so that "<b>Thực hiện nhiệm vụ UBND," and "Chủ tịch UBND tỉnh
 * giao</b>" are one bold cell.
 *
 * A dump that drops a row's empty cells at its end makes short rows of its own ("7.6.1.⇥Thực
 * hiện kết nối …" above "Trong đó⇥Tỷ lệ …⇥%⇥100%"); there the next line must start in lower case
 * or with a digit, as only the rest of a sentence does.
 */
import { cleanText, type CleanText } from './cell-text.js';
import { message, type Message } from './ir.js';
import { headerRole } from './positioned/header-words.js';
import { STT_TOKEN } from '../common/numbering.js';

/** A cell as the dump wrote it, cleaned once, with where it starts. */
export interface RawCell {
  raw: string;
  cleaned: CleanText;
  line: number;
  /** 1-based index of the cell on its line. */
  cell: number;
}

export interface RawRow {
  line: number;
  cells: RawCell[];
}

const textOf = (cell: RawCell) => cell.cleaned.text;

/** A cell as written; cleaned here, and again only when a broken cell is joined. */
export function rawCell(raw: string, line: number, cell: number): RawCell {
  return { raw, cleaned: cleanText(raw), line, cell };
}

/** Joins rows cut by a line break inside a cell; says so once per joined row. */
export function joinBrokenRows(rows: readonly RawRow[], file: string, messages: Message[]): RawRow[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const keepsEmptyEnds = rows.some((r) => r.cells.length === width && textOf(r.cells[width - 1]!) === '');
  const out: RawRow[] = [];
  for (const row of rows) {
    const previous = out[out.length - 1];
    if (previous && continuesCell(previous, row, width, keepsEmptyEnds)) {
      out[out.length - 1] = joined(previous, row);
      messages.push(message('info', 'text/cell-line-break', `line ${row.line} continues a cell of line ${previous.line} (a line break inside the cell); read as one row`, { file, line: previous.line }));
      continue;
    }
    out.push(row);
  }
  return out;
}

function continuesCell(previous: RawRow, row: RawRow, width: number, keepsEmptyEnds: boolean): boolean {
  const together = previous.cells.length + row.cells.length - 1;
  if (previous.cells.length >= width || (keepsEmptyEnds ? together !== width : together > width)) return false;
  const first = textOf(row.cells[0]!);
  if (!keepsEmptyEnds && !/^[\p{Ll}\d]/u.test(first)) return false;
  return first !== '' && textOf(previous.cells[previous.cells.length - 1]!) !== '' && !startsRow(first);
}

function joined(previous: RawRow, row: RawRow): RawRow {
  const [first, ...rest] = row.cells;
  const last = previous.cells[previous.cells.length - 1]!;
  return { ...previous, cells: [...previous.cells.slice(0, -1), rawCell(`${last.raw} ${first!.raw}`, last.line, last.cell), ...rest] };
}

/**
 * A first cell that starts a row of its own: an STT alone ("1.2.", "-"), or an STT before a
 * capitalised label ("1.2. Kế hoạch"). "3 có phát sinh hồ sơ" is the rest of "… mức độ".
 */
function startsRow(text: string): boolean {
  const [head, next] = text.split(' ', 2);
  return STT_TOKEN.test(head!) && (next === undefined || /^\p{Lu}/u.test(next));
}

/** Lines that name a form or an appendix: a title between two tables, not the rest of a cell. */
const TITLE = /^(biểu|phụ lục|bảng|mẫu|phần|chương)(?![\p{L}\p{N}])/iu;

/**
 * A line without tabs between two table lines, when a cell's line break fell in the last cell
 * ("… ⇥Ban Dân tộc phối hợp" / "thực hiện"): added to that cell, and true. Not a form's title
 * ("Biểu mẫu 2"), a numbered heading, or a line above a header row.
 */
export function joinRestOfLastCell(row: RawRow, raw: string, text: string, line: number, next: readonly string[], file: string, messages: Message[]): boolean {
  const last = row.cells[row.cells.length - 1]!;
  if (textOf(last) === '' || text === '' || TITLE.test(text) || startsRow(text)) return false;
  if (next.some((cell) => headerRole(cell) !== null)) return false;
  row.cells[row.cells.length - 1] = rawCell(`${last.raw} ${raw.trim()}`, last.line, last.cell);
  messages.push(message('info', 'text/cell-line-break', `line ${line} continues the last cell of line ${row.line} (a line break inside the cell); read as part of it`, { file, line: row.line }));
  return true;
}
