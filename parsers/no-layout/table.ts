/**
 * Appendix tables in a text copied from a PDF without its layout: every cell on a line of its
 * own, the header captions too (docs/text-without-layout.md). Found by their header, a run of
 * lines that are each a caption (STT / Chỉ tiêu thống kê / Kết quả thống kê / Đơn vị tính /
 * Số liệu / Ghi chú); rebuilt as an IR table with one header row (STT | Chỉ tiêu | Đơn vị tính |
 * Số liệu | Ghi chú) so the recogniser reads it as it reads a tab-separated one. A table that
 * gives no placed figure is refused with `text/no-table-layout`, never read as an empty one.
 */
import { cleanText } from '../cell-text.js';
import { message, table, tableCell, tableRow, type Message, type Table, type TableCell, type TableRow } from '../ir.js';
import { captionRole, classifyLine, isCertainStt, type CaptionRole, type LineKind } from './lines.js';
import { settleNumbering } from './numbering.js';
import { parseRows, type RebuiltRow } from './parse.js';

export interface NoLayoutRegion {
  /** 0-based index of the first header line, and one past the last line of the table. */
  start: number;
  end: number;
  /** The rebuilt table, or null when it was refused (its lines are then read as prose). */
  table: Table | null;
}

const ADVICE = 'import the PDF itself, or a `pdftotext -layout` dump of it, instead of text copied without its layout';

/** Header block at `i`: caption lines, a caption's parenthesis going on over lines included. */
function headerBlock(lines: readonly string[], i: number): { end: number; captions: Map<CaptionRole, number> } | null {
  if (lines[i]!.includes('\t') || captionRole(cleanText(lines[i]!).text) !== 'stt') return null;
  const captions = new Map<CaptionRole, number>();
  let open = 0;
  let j = i;
  for (; j < lines.length; j++) {
    const text = cleanText(lines[j]!).text;
    if (text === '' || lines[j]!.includes('\t')) break;
    const role = open > 0 ? null : captionRole(text);
    if (role === null && open <= 0) break;
    if (role !== null && !captions.has(role)) captions.set(role, j);
    open += (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
  }
  const complete = captions.has('label') && (captions.has('unit') || captions.has('value'));
  return complete ? { end: j, captions } : null;
}

interface Stretch {
  lines: LineKind[];
  orphans: boolean;
}

/**
 * The last page number seen: a number alone on a line of the prose ("14" above the signature in
 * seed 003). Where the text carries page numbers, the next one inside a table is a page number
 * too, not the value of the row above it; it is left out.
 */
export interface PageNumbers {
  last: number | null;
}

/** A page number as a PDF prints it: "14", "- 14 -". */
export const PAGE_NUMBER = /^-?\s*(\d{1,3})\s*-?$/;

interface Stretches {
  end: number;
  stretches: Stretch[];
  /** 1-based lines left out as page numbers. */
  pageLines: number[];
}

/** The table's lines from its header on: stretches between repeated headers, and its end. */
function collectStretches(lines: readonly string[], firstEnd: number, page: PageNumbers): Stretches {
  const stretches: Stretch[] = [{ lines: [], orphans: false }];
  const pageLines: number[] = [];
  let i = firstEnd;
  while (i < lines.length) {
    const raw = lines[i]!;
    if (raw.includes('\t')) break;
    const cleaned = cleanText(raw);
    const pageNumber = PAGE_NUMBER.exec(cleaned.text);
    if (pageNumber && page.last !== null && Number(pageNumber[1]) === page.last + 1) {
      page.last++;
      pageLines.push(i + 1);
      i++;
      continue;
    }
    if (cleaned.text === '') {
      // A blank line is a page break when a repeated header follows; otherwise the table ends.
      let next = i + 1;
      while (next < lines.length && cleanText(lines[next]!).text === '') next++;
      const header = next < lines.length ? headerBlock(lines, next) : null;
      if (!header) break;
      stretches.push({ lines: [], orphans: true });
      i = header.end;
      continue;
    }
    const header = headerBlock(lines, i);
    if (header) {
      stretches.push({ lines: [], orphans: true });
      i = header.end;
      continue;
    }
    stretches[stretches.length - 1]!.lines.push(classifyLine(i + 1, cleaned.text, cleaned.bold, cleaned.italic));
    i++;
  }
  return { end: i, stretches: stretches.filter((s) => s.lines.length > 0 || s === stretches[0]), pageLines };
}

/** Numbers settled as STTs over the whole table: numbering goes on across page breaks. */
function settleStretches(stretches: Stretch[]): void {
  const settled = settleNumbering(stretches.flatMap((s) => s.lines));
  let at = 0;
  for (const s of stretches) {
    s.lines = settled.slice(at, at + s.lines.length);
    at += s.lines.length;
  }
}

function headerRow(lines: readonly string[], start: number, captions: Map<CaptionRole, number>, file: string): TableRow {
  const roles: CaptionRole[] = ['stt', 'label', 'unit', 'value', 'note'];
  const cells = roles.map((role) => {
    const at = captions.get(role);
    return tableCell(at === undefined ? '' : cleanText(lines[at]!).text, { file, line: (at ?? start) + 1 });
  });
  return tableRow(cells, { file, line: start + 1 }, true);
}

const cellOf = (kind: LineKind | null, file: string, line: number): TableCell =>
  kind ? tableCell(kind.text, { file, line: kind.line }, { bold: kind.bold, italic: kind.italic }) : tableCell('', { file, line });

function dataRow(row: RebuiltRow, file: string): TableRow {
  const line = (row.stt ?? row.label[0])!.line;
  const label = row.label.length === 0
    ? tableCell('', { file, line })
    : tableCell(row.label.map((k) => k.text).join(' '), { file, line: row.label[0]!.line }, { bold: row.label.every((k) => k.bold), italic: row.label.every((k) => k.italic) });
  const measure = row.kind === 'placed' ? row.measure : [];
  const unit = measure.length === 0 ? tableCell('', { file, line }) : tableCell(measure.map((k) => k.text).join(' '), { file, line: measure[0]!.line }, { italic: measure.every((k) => k.italic) });
  const value = row.kind === 'placed' ? row.value : null;
  return tableRow([cellOf(row.stt, file, line), label, unit, cellOf(value, file, line), tableCell('', { file, line })], { file, line });
}

function ambiguityMessage(row: RebuiltRow, file: string): Message | null {
  if (row.kind !== 'ambiguous' || row.figures.length === 0) return null;
  const line = (row.stt ?? row.label[0] ?? row.figures[0])!.line;
  const figures = row.figures.map((k) => `"${k.text}" (line ${k.line})`).join(', ');
  return message('info', 'text/row-ambiguous', `line ${line}: ${figures} could not be placed: the lines of this row can be read in more than one way, or a figure has no measure word before it (it may be the unit column's); the row is kept without a value (docs/text-without-layout.md)`, { file, line });
}

/** Rebuilds the no-layout appendix table whose header starts at line index `start`, or null. */
export function readNoLayoutTable(lines: readonly string[], start: number, file: string, messages: Message[], page: PageNumbers): NoLayoutRegion | null {
  const header = headerBlock(lines, start);
  if (!header) return null;
  const { end, stretches, pageLines } = collectStretches(lines, header.end, page);
  if (pageLines.length > 0) {
    messages.push(message('info', 'text/page-number', `line ${start + 1}: the number alone on line(s) ${pageLines.join(', ')} continues the page numbers of the text; read as a page number, not a figure`, { file, line: pageLines[0]! }));
  }
  settleStretches(stretches);
  const rebuilt = stretches.flatMap((s) => (s.lines.length === 0 ? [] : parseRows(s.lines, { orphans: s.orphans })));
  const placed = rebuilt.filter((r) => r.kind === 'placed' && r.value !== null).length;
  const position = { file, line: start + 1 };
  if (placed === 0) {
    const stt = stretches.some((s) => s.lines.some(isCertainStt));
    const why = stt ? 'no row could be rebuilt from its lines with certainty' : 'no STT stands alone on a line below it';
    messages.push(message('warning', 'text/no-table-layout', `line ${start + 1}: the appendix table was copied without its layout (each cell on a line of its own) and ${why}; its figures were not read: ${ADVICE}`, position));
    return { start, end, table: null };
  }
  // A stray figure with neither STT nor label makes no row; its message says where it is.
  const kept = rebuilt.filter((r) => r.stt !== null || r.label.length > 0);
  const rows = [headerRow(lines, start, header.captions, file), ...kept.map((r) => dataRow(r, file))];
  for (const row of rebuilt) {
    const m = ambiguityMessage(row, file);
    if (m) messages.push(m);
  }
  const refused = rebuilt.filter((r) => r.kind === 'ambiguous' && r.figures.length > 0).length;
  if (refused >= placed) {
    // Rows kept, but a table that loses most of its figures is not one to rely on alone.
    messages.push(message('warning', 'text/no-table-layout', `line ${start + 1}: the appendix table was copied without its layout and ${refused} of its ${refused + placed} rows with a figure could not be rebuilt with certainty; only ${placed} figures were read: ${ADVICE}`, position));
  }
  messages.push(message('info', 'text/no-layout-rebuilt', `line ${start + 1}: the appendix table was copied without its layout; ${kept.length} rows were rebuilt from the order of its lines, ${placed} with a figure${refused > 0 ? `, ${refused} left without one because their lines can be read in more than one way` : ''} (docs/text-without-layout.md)`, position));
  return { start, end, table: table(rows, position) };
}

/** Lines that are an STT alone, in a text with no table found: a headerless copy, refused. */
export function headerlessCopyWarning(lines: readonly string[], file: string): Message | null {
  const stts = lines.flatMap((raw, i) => {
    const text = cleanText(raw).text;
    const next = cleanText(lines[i + 1] ?? '').text;
    return !raw.includes('\t') && text !== '' && next !== '' && isCertainStt(classifyLine(i + 1, text, false, false)) && !/^\d/.test(next) ? [i] : [];
  });
  if (stts.length < 5) return null;
  return message('warning', 'text/no-table-layout', `line ${stts[0]! + 1}: ${stts.length} lines hold an STT alone, as an appendix table copied without its layout does, but no table header (STT / Chỉ tiêu thống kê / Đơn vị tính / Số liệu) was found above them; no figures were read: ${ADVICE}`, { file, line: stts[0]! + 1 });
}
