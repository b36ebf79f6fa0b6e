/**
 * Step 1 of recognition: from the document's blocks to the raw data rows of its appendix
 * tables, each with its cells assigned to roles. Header rows (repeated at page breaks or not)
 * are dropped; a row holding only the rest of the previous row's cells after a page break is
 * joined to that row; the form ("Biểu mẫu N") and its subject are tracked from the paragraphs.
 */
import { message, type Block, type DocumentIR, type Message, type Position, type Table, type TableRow } from '../../parsers/ir.js';
import { columnRoles, gridTexts, isColumnNumberRow, isHeaderRow, type ColumnRoles } from './header.js';
import { areaOfHeading } from './areas.js';
import { rolesByContent } from './headerless.js';
import type { AreaNumber } from '../model.js';

export interface RawRow {
  stt: string;
  label: string;
  unit: string;
  value: string;
  note: string;
  bold: boolean;
  form: number | null;
  /** Area named by the form's subject line, when the appendix is split into forms. */
  formArea: AreaNumber | null;
  position: Position;
}

const FORM_TITLE = /^(biểu mẫu|biểu|mẫu)\s*(số\s*)?(\d{1,2})\b[.:]?\s*(.*)$/i;

interface FormState {
  form: number | null;
  formArea: AreaNumber | null;
  /** Paragraphs seen since the form title, searched for the form's subject. */
  awaitingSubject: boolean;
}

function readFormParagraph(text: string, state: FormState): void {
  const m = FORM_TITLE.exec(text.normalize('NFC'));
  if (m) {
    state.form = Number(m[3]);
    state.formArea = m[4] ? areaOfHeading(m[4]) : null;
    state.awaitingSubject = state.formArea === null;
    return;
  }
  if (state.awaitingSubject) {
    const area = areaOfHeading(text);
    if (area) {
      state.formArea = area;
      state.awaitingSubject = false;
    }
  }
}

function cellOf(texts: string[], roles: ColumnRoles, role: keyof ColumnRoles): string {
  const col = roles[role];
  return col === undefined ? '' : (texts[col] ?? '');
}

function rowIsBold(row: TableRow, roles: ColumnRoles): boolean {
  const labelCol = roles.label ?? 1;
  let col = 0;
  for (const cell of row.cells) {
    if (labelCol >= col && labelCol < col + cell.colSpan) return cell.bold && cell.text !== '';
    col += cell.colSpan;
  }
  return false;
}

/** The rest of the previous row's unit, value or note, carried over a page break. */
function isContinuation(raw: RawRow): boolean {
  return raw.stt === '' && raw.label === '' && (raw.unit !== '' || raw.value !== '' || raw.note !== '');
}

function joinCell(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return `${a} ${b}`;
}

export interface RawAppendix {
  rows: RawRow[];
  tableCount: number;
  messages: Message[];
}

export function collectRawRows(doc: DocumentIR): RawAppendix {
  const rows: RawRow[] = [];
  const messages: Message[] = [];
  const form: FormState = { form: null, formArea: null, awaitingSubject: false };
  let roles: ColumnRoles | null = null;
  let tableCount = 0;
  let previousBlock: Block | null = null;
  const headerRowsOf = new Map(doc.blocks.flatMap((b) => (b.kind === 'table' ? [[b, b.rows.filter((r) => r.isHeader || isHeaderRow(r))] as const] : [])));
  // Columns are read from content only in a document whose tables have no header at all: where
  // one has, a table without is something else (a list of tasks, a letterhead).
  const headerless = [...headerRowsOf.values()].every((rows) => rows.length === 0);

  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      readFormParagraph(block.text, form);
      previousBlock = block;
      continue;
    }
    const headerRows = headerRowsOf.get(block)!;
    const continuesTable = previousBlock?.kind === 'table' && roles !== null;
    if (headerRows.length > 0) {
      roles = columnRoles(headerRows, tableWidth(block));
    } else if (!continuesTable) {
      roles = headerless ? rolesByContent(block) : null;
      if (roles) messages.push(message('warning', 'appendix/no-header', 'a table with no header row (STT | Chỉ tiêu | Đơn vị tính | Số liệu) was read as the appendix, its columns told by what they hold: check the figures', block.position));
    }
    previousBlock = block;
    if (!roles) continue;
    tableCount++;
    readTableRows(block, roles, form, rows, messages, new Set(headerRows));
  }
  return { rows, tableCount, messages };
}

function tableWidth(table: Table): number {
  return Math.max(...table.rows.map((r) => gridTexts(r).length));
}

function readTableRows(table: Table, roles: ColumnRoles, form: FormState, rows: RawRow[], messages: Message[], headers: ReadonlySet<TableRow>): void {
  for (const row of table.rows) {
    if (headers.has(row) || isColumnNumberRow(row)) continue;
    const texts = gridTexts(row);
    const raw: RawRow = {
      stt: cellOf(texts, roles, 'stt'),
      label: cellOf(texts, roles, 'label'),
      unit: cellOf(texts, roles, 'unit'),
      value: cellOf(texts, roles, 'value'),
      note: cellOf(texts, roles, 'note'),
      bold: rowIsBold(row, roles),
      form: form.form,
      formArea: form.formArea,
      position: row.position,
    };
    if (!raw.stt && !raw.label && !raw.unit && !raw.value && !raw.note) continue;
    const previous = rows[rows.length - 1];
    if (isContinuation(raw) && previous) {
      previous.unit = joinCell(previous.unit, raw.unit);
      previous.value = joinCell(previous.value, raw.value);
      previous.note = joinCell(previous.note, raw.note);
      messages.push(message('info', 'row/joined-continuation', `cells continued from the row at line ${previous.position.line} were joined to it`, row.position));
      continue;
    }
    rows.push(raw);
  }
}
