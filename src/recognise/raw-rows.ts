/**
 * Step 1 of recognition: from the document's blocks to the raw data rows of its appendix
 * tables, each with its cells assigned to roles. Header rows (repeated at page breaks or not)
 * are dropped; a row holding only the rest of the previous row's cells after a page break is
 * joined to that row; the form ("Biểu mẫu N") and its subject are tracked from the paragraphs.
 */
import { message, type Block, type DocumentIR, type Message, type Position, type Table, type TableRow } from '../../parsers/ir.js';
import { bodyTexts, isColumnNumberRow } from './header.js';
import { decideRoles, type TableRoles } from './column-roles.js';
import { profileColumns } from './column-profile.js';
import { headerPaths } from './header-paths.js';
import { bodyRows, groupTables, type TableGroup } from './table-groups.js';
import { ocrDoubt, ocrNote, sttBySequence } from './ocr-doubt.js';
import { withholdDoubtful } from './withhold.js';
import { areaOfHeading } from '../../common/areas.js';
import { parseSttPath } from '../../common/numbering.js';
import { rolesByContent } from './headerless.js';
import type { AreaNumber, ValueCell, ValueRole, Withholding } from '../model.js';

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
  /** Header path of the figure's column, as printed. */
  valueColumn: string;
  valueRole: ValueRole;
  otherValues: ValueCell[];
  withheld: Withholding | null;
  /** Read by OCR and doubtful (ocr-doubt.ts): withheld unless a self-check gives a reason first. */
  ocrDoubt: Withholding | null;
  /** Read by OCR: how surely and where the figure was read (ocr-doubt.ts). */
  ocrRead?: string;
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

function rowIsBold(row: TableRow, label: number | undefined): boolean {
  const labelCol = label ?? 1;
  let col = 0;
  for (const cell of row.cells) {
    if (labelCol >= col && labelCol < col + cell.colSpan) return cell.bold && cell.text !== '';
    col += cell.colSpan;
  }
  return false;
}

/** The rest of the previous row's unit, value or note, carried over a page break. */
function isContinuation(raw: RawRow): boolean {
  return raw.stt === '' && raw.label === '' && (raw.unit !== '' || raw.value !== '' || raw.note !== '' || raw.otherValues.some((v) => v.raw !== ''));
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
  let tableCount = 0;
  const { steps, anyHeader } = groupTables(doc);
  // Columns are read from content only in a document whose tables have no header at all: where
  // one has, a table without is something else (a list of tasks, a letterhead).
  const headerless = !anyHeader;
  let roles: TableRoles | null = null;
  let previous: Block | null = null;
  const rolesOfRow = new Map<RawRow, { roles: TableRoles; table: Table }>();

  for (const { block, starts, group } of steps) {
    if (block.kind === 'paragraph') {
      readFormParagraph(block.text, form);
      previous = block;
      continue;
    }
    if (starts) {
      roles = rolesOfGroup(starts, messages);
    } else if (!group && !(previous?.kind === 'table' && roles !== null)) {
      roles = headerless ? headerlessRoles(block) : null;
      if (roles) messages.push(message('warning', 'appendix/no-header', 'a table with no header row (STT | Chỉ tiêu | Đơn vị tính | Số liệu) was read as the appendix, its columns told by what they hold: check the figures', block.position));
    }
    previous = block;
    if (!roles) continue;
    tableCount++;
    const start = rows.length;
    readTableRows(block, roles, form, rows, messages, group?.headerRows ?? new Set());
    for (let i = start; i < rows.length; i++) rolesOfRow.set(rows[i]!, { roles, table: block });
  }
  withholdDoubtful(rows, rolesOfRow, messages);
  return { rows, tableCount, messages };
}

/** Roles of a table with a header: captions as the hint, the body's cells as the evidence. */
function rolesOfGroup(group: TableGroup, messages: Message[]): TableRoles | null {
  const first = group.tables[0]!;
  const roles = decideRoles(headerPaths(group.leading, group.width), profileColumns(bodyRows(group), group.width));
  if (roles && roles.overrides.length > 0) {
    messages.push(message('warning', 'table/roles-from-content', `the header and the cells disagree; the cells were followed: ${roles.overrides.join('; ')}`, first.position));
  }
  if (roles?.doubt) {
    messages.push(message('warning', 'table/roles-doubtful', `the table's column roles are doubtful (${roles.doubt}): its figures are withheld and its rows sent to review`, first.position));
  }
  return roles;
}

function headerlessRoles(table: Table): TableRoles | null {
  const found = rolesByContent(table);
  if (!found || found.label === undefined || found.value === undefined) return null;
  const { value, ...rest } = found;
  return { ...rest, values: [{ col: value, path: '', role: 'actual' }], primary: value, doubt: null, overrides: [] };
}

function readTableRows(table: Table, roles: TableRoles, form: FormState, rows: RawRow[], messages: Message[], headers: ReadonlySet<TableRow>): void {
  for (const row of table.rows) {
    if (headers.has(row) || isColumnNumberRow(row)) continue;
    const texts = bodyTexts(row, roles.label);
    const at = (col: number | undefined) => (col === undefined ? '' : (texts[col] ?? ''));
    const primary = roles.values.find((v) => v.col === roles.primary);
    const settledStt = sttBySequence(row, roles, lastDecimalStt(rows));
    const raw: RawRow = {
      stt: settledStt ?? at(roles.stt),
      label: at(roles.label),
      unit: at(roles.unit),
      value: at(roles.primary),
      note: at(roles.note),
      bold: rowIsBold(row, roles.label),
      form: form.form,
      formArea: form.formArea,
      valueColumn: primary?.path ?? '',
      valueRole: primary?.role ?? 'actual',
      otherValues: roles.values.filter((v) => v.col !== roles.primary).map((v) => ({ column: v.path, role: v.role, raw: at(v.col) })),
      withheld: null,
      ocrDoubt: ocrDoubt(row, roles, settledStt !== null),
      position: row.position,
    };
    const read = ocrNote(row, roles);
    if (read) raw.ocrRead = read;
    if (!raw.stt && !raw.label && !raw.unit && !raw.value && !raw.note && raw.otherValues.every((v) => v.raw === '')) continue;
    const previous = rows[rows.length - 1];
    if (isContinuation(raw) && previous) {
      previous.unit = joinCell(previous.unit, raw.unit);
      previous.value = joinCell(previous.value, raw.value);
      previous.note = joinCell(previous.note, raw.note);
      previous.otherValues.forEach((v, i) => (v.raw = joinCell(v.raw, raw.otherValues[i]?.raw ?? '')));
      previous.ocrDoubt ??= raw.ocrDoubt;
      messages.push(message('info', 'row/joined-continuation', `cells continued from the row at line ${previous.position.line} were joined to it`, row.position));
      continue;
    }
    rows.push(raw);
  }
}

/** The STT of the last row above numbered with a decimal path ("5.1.", "2"), or null. */
function lastDecimalStt(rows: readonly RawRow[]): string | null {
  for (let i = rows.length - 1; i >= 0; i--) if (parseSttPath(rows[i]!.stt)) return rows[i]!.stt;
  return null;
}
