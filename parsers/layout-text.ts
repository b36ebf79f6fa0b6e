/**
 * Layout text adapter: a text dump of a PDF that keeps the page's columns with runs of spaces,
 * as `pdftotext -layout` writes it (pages separated by form feeds). Each line is cut into runs
 * at gaps of two spaces or more, placed at their character column; the runs go through the same
 * reconstruction as a PDF's text (parsers/positioned/), which finds the appendix table by its
 * header, its columns by the gutters below the captions and its rows by the blocks of text in
 * each column. Positions are the page (form feeds) and the line on that page, blank lines
 * counted, with the character column of each cell.
 */
import { sha256Hex } from '../common/hash.js';
import { decodeText, invalidBytesMessages, type DecodedText } from './decode-text.js';
import { message, type DocumentIR, type Message, type ReadOptions } from './ir.js';
import { rebuildPages } from './positioned/rebuild.js';
import { LAYOUT_UNITS, type PositionedPage, type TextRun } from './positioned/types.js';

/** Text between gaps of two spaces or more. */
const CHUNK = /\S+(?: \S+)*/g;
const TAB_STOP = 8;

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(TAB_STOP - (Array.from(out).length % TAB_STOP)) : ch;
  return out;
}

/** Runs of one line: x is the 0-based character column (code points), y the line index. */
function runsOfLine(raw: string, y: number): TextRun[] {
  const line = expandTabs(raw);
  const runs: TextRun[] = [];
  for (const m of line.matchAll(CHUNK)) {
    const x = Array.from(line.slice(0, m.index)).length;
    const width = Array.from(m[0]).length;
    runs.push({ text: m[0], x, width, y, size: 1, bold: false, italic: false, column: x + 1 });
  }
  return runs;
}

function pagesOf(text: string): PositionedPage[] {
  const parts = text.split('\f');
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((part, i) => {
    const lines = part.split(/\r\n|\n|\r/);
    const runs = lines.flatMap((line, y) => runsOfLine(line, y));
    const width = Math.max(0, ...lines.map((l) => Array.from(expandTabs(l)).length));
    return { number: i + 1, width, height: lines.length, runs, rules: [] };
  });
}

/** Lines with text on both sides of a gap of three spaces or more: columns kept by spacing. */
const COLUMN_GAP = /\S {3,}\S/;

/**
 * A text that keeps a PDF's layout: at least five lines (a tenth of the non-blank ones) hold
 * columns separated by three spaces or more, and few lines hold tabs (a tab-separated dump is
 * the plain text adapter's). Two spaces are not enough: typed prose puts two after a full stop.
 */
export function looksLikeLayoutText(text: string): boolean {
  let filled = 0;
  let columned = 0;
  let tabbed = 0;
  for (const line of text.split(/\r\n|\n|\r|\f/)) {
    if (line.trim() === '') continue;
    filled++;
    if (line.includes('\t')) tabbed++;
    else if (COLUMN_GAP.test(line.trim())) columned++;
  }
  return columned >= 5 && columned >= 0.1 * filled && tabbed < columned / 4;
}

/** `decoded`: the bytes already decoded (readDocument decodes once to tell the layout). */
export function readLayoutText(bytes: Uint8Array, file: string, options: ReadOptions = {}, decoded: DecodedText = decodeText(bytes)): DocumentIR {
  const messages = invalidBytesMessages(decoded);
  // NFC first: a character column is one letter with its marks, however the file spells it.
  const pages = pagesOf(decoded.text.replace(/^\uFEFF/, '').normalize('NFC'));
  const rebuilt = rebuildPages(pages, LAYOUT_UNITS, file, 'layout-text');
  return {
    file,
    sha256: options.sha256 ?? sha256Hex(bytes),
    format: 'layout-text',
    blocks: rebuilt.blocks,
    messages: [...messages, ...rebuilt.messages],
    info: { encoding: decoded.encoding, pages: pages.length },
  };
}
