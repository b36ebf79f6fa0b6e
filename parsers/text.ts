/**
 * Text adapter: `.txt`/`.md` reports, where table rows are tab-separated lines (the form of the
 * seed reports) or markdown pipe rows. A maximal run of tab lines is one IR table; blank lines end it, because a blank
 * line is where the original had a page break. Joining tables cut at page breaks is the
 * recogniser's job, the same as for DOCX and PDF; a row cut by a line break inside a cell is
 * joined here (text-rows.ts).
 */
import { sha256Hex } from '../common/hash.js';
import { cleanText } from './cell-text.js';
import { decodeText, invalidBytesMessages, type DecodedText } from './decode-text.js';
import { joinBrokenRows, joinRestOfLastCell, rawCell, type RawRow } from './text-rows.js';
import { headerlessCopyWarning, PAGE_NUMBER, readNoLayoutTable, type PageNumbers } from './no-layout/table.js';
import {
  message,
  paragraph,
  table,
  tableCell,
  tableRow,
  type Block,
  type DocumentIR,
  type Message,
  type ReadOptions,
} from './ir.js';

/** Markdown block markers that carry no content: heading hashes, quote marks. */
const MD_BLOCK_PREFIX = /^\s{0,3}(#{1,6}\s+|>\s?)/;

/** A markdown table row: "| 1.1. | Số văn bản | Văn bản | 43 |". */
const PIPE_ROW = /^\s*\|(.*\|.*)\|\s*$/;
/** The line under a markdown table's header: "|---|:---:|". */
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$/;

/** The cells of a table line — tab-separated, or a markdown pipe row — or null for other text. */
function cellsOfLine(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t');
  const pipe = PIPE_ROW.exec(line);
  return pipe ? pipe[1]!.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|')) : null;
}

/** `decoded`: the bytes already decoded (readDocument decodes once to tell the layout). */
export function readText(bytes: Uint8Array, file: string, options: ReadOptions = {}, decoded: DecodedText = decodeText(bytes)): DocumentIR {
  const messages: Message[] = [...decoded.messages, ...invalidBytesMessages(decoded)];
  const lines = decoded.text.split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  let rows: RawRow[] = [];

  const closeTable = () => {
    if (rows.length === 0) return;
    const tableRows = joinBrokenRows(rows, file, messages).map((row) => {
      const cells = row.cells.map(({ cleaned, line, cell }) => tableCell(cleaned.text, { file, line, cell }, { bold: cleaned.bold, italic: cleaned.italic }));
      return tableRow(cells, { file, line: row.line });
    });
    blocks.push(table(tableRows, tableRows[0]!.position));
    rows = [];
  };

  /** Lines of a no-layout table already rebuilt (skipped), or refused (read as prose). */
  let rebuiltUntil = 0;
  let refusedUntil = 0;
  const page: PageNumbers = { last: null };

  lines.forEach((rawLine, i) => {
    const line = i + 1;
    if (i < rebuiltUntil || PIPE_RULE.test(rawLine)) return;
    // A header whose captions stand each on a line of its own: a table copied from a PDF
    // without its layout (docs/text-without-layout.md). An STT caption is short; most lines are not.
    if (i >= refusedUntil && rows.length === 0 && rawLine.trim().length <= 24 && !rawLine.includes('\t')) {
      const region = readNoLayoutTable(lines, i, file, messages, page);
      if (region?.table) {
        blocks.push(region.table);
        rebuiltUntil = region.end;
        return;
      }
      if (region) refusedUntil = region.end;
    }
    const cells = cellsOfLine(rawLine);
    if (cells) {
      rows.push({ line, cells: cells.map((raw, c) => rawCell(raw, line, c + 1)) });
      return;
    }
    const cleaned = cleanText(rawLine.replace(MD_BLOCK_PREFIX, ''));
    const last = rows[rows.length - 1];
    const next = last ? cellsOfLine(lines[i + 1] ?? '') : null;
    if (last && next && joinRestOfLastCell(last, rawLine, cleaned.text, line, next, file, messages)) return;
    closeTable();
    // A number alone on a prose line is a page number; in a refused table it may be a value.
    const pageNumber = i >= refusedUntil ? PAGE_NUMBER.exec(cleaned.text) : null;
    if (pageNumber) page.last = Number(pageNumber[1]);
    if (cleaned.text !== '') blocks.push(paragraph(cleaned.text, { file, line }, cleaned.bold));
  });
  closeTable();
  if (!blocks.some((b) => b.kind === 'table') && !messages.some((m) => m.code === 'text/no-table-layout')) {
    const headerless = headerlessCopyWarning(lines, file);
    if (headerless) messages.push(headerless);
  }

  return {
    file,
    sha256: options.sha256 ?? sha256Hex(bytes),
    format: 'text',
    blocks,
    messages,
    info: decoded.conversions.length > 0 ? { encoding: decoded.encoding, conversions: decoded.conversions } : { encoding: decoded.encoding },
  };
}
