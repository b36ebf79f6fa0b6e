/**
 * Text adapter: `.txt`/`.md` reports, where table rows are tab-separated lines (the form of the
 * seed reports). A maximal run of tab lines is one IR table; blank lines end it, because a blank
 * line is where the original had a page break. Joining tables cut at page breaks is the
 * recogniser's job, the same as for DOCX and PDF; a row cut by a line break inside a cell is
 * joined here (text-rows.ts).
 */
import { createHash } from 'node:crypto';
import { cleanText } from './cell-text.js';
import { decodeText } from './decode-text.js';
import { joinBrokenRows } from './text-rows.js';
import {
  message,
  paragraph,
  table,
  tableCell,
  tableRow,
  type Block,
  type DocumentIR,
  type Message,
  type TableRow,
} from './ir.js';

/** Markdown block markers that carry no content: heading hashes, quote marks. */
const MD_BLOCK_PREFIX = /^\s{0,3}(#{1,6}\s+|>\s?)/;

export function readText(bytes: Uint8Array, file: string): DocumentIR {
  const decoded = decodeText(bytes);
  const messages: Message[] = [...decoded.messages];
  if (decoded.replacements > 0) {
    messages.push(
      message('warning', 'text/invalid-utf8', `${decoded.replacements} byte sequence(s) are not valid ${decoded.encoding}; they were replaced by U+FFFD.`),
    );
  }
  const lines = decoded.text.split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  let rows: TableRow[] = [];

  const closeTable = () => {
    if (rows.length > 0) blocks.push(table(joinBrokenRows(rows, messages), rows[0]!.position));
    rows = [];
  };

  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const position = { file, line };
    if (rawLine.includes('\t')) {
      const cells = rawLine.split('\t').map((cellRaw, c) => {
        const cleaned = cleanText(cellRaw);
        return tableCell(cleaned.text, { file, line, cell: c + 1 }, { bold: cleaned.bold, italic: cleaned.italic });
      });
      rows.push(tableRow(cells, position));
      return;
    }
    closeTable();
    const cleaned = cleanText(rawLine.replace(MD_BLOCK_PREFIX, ''));
    if (cleaned.text !== '') blocks.push(paragraph(cleaned.text, position, cleaned.bold));
  });
  closeTable();

  return {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: 'text',
    blocks,
    messages,
    info: decoded.conversions.length > 0 ? { encoding: decoded.encoding, conversions: decoded.conversions } : { encoding: decoded.encoding },
  };
}
