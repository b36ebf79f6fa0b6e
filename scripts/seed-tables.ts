/**
 * Reads a seed report (`fixtures/seeds/*.txt`) back into the document it was dumped from:
 * prose paragraphs and appendix tables, with the page-break artefacts of the text dump undone.
 *
 * The dump repeats the two header rows after every page break and cuts a cell whose text ran
 * over the break into two rows. The rules here are generic (they look at cell shapes, never at
 * line numbers or wording):
 * - a run of tab lines that follows a table with only blank lines between continues that table
 *   (a page break); its repeated header rows are dropped and the place is kept as a piece start;
 * - the first data row after a page break whose STT and label cells are empty but which has text
 *   in another cell is the tail of the row before the break: its cells are appended to that row;
 * - when that row's STT is a word (not a number) and so was the STT before the break, the two are
 *   one cell cut in two ("Trong" / "đó"): the word is appended to the STT before the break;
 * - an STT that is a word ("Trong đó") followed by rows with an empty STT is one cell merged
 *   vertically over those rows (w:vMerge);
 * - in the two header rows, a caption with empty cells to its right over captioned cells in the
 *   second row spans them (w:gridSpan); a caption over an empty cell is merged down (w:vMerge).
 */
import { cleanText } from '../parsers/cell-text.js';

export type VMerge = 'restart' | 'continue';

export interface SeedCell {
  /** Cell text with the dump's inline markup (`<b>`, `<i>`, `**`); `\n` is a line break. */
  raw: string;
  gridSpan: number;
  vMerge?: VMerge;
}

export interface SeedRow {
  cells: SeedCell[];
  /** Line of the seed the row was read from. */
  line: number;
}

export interface SeedTable {
  kind: 'table';
  header: SeedRow[];
  rows: SeedRow[];
  /** Indices into `rows` where the dump had a page break (and repeated the header). */
  pieceStarts: number[];
  /** Grid columns. */
  width: number;
}

export interface SeedParagraph {
  kind: 'paragraph';
  raw: string;
  line: number;
}

export type SeedBlock = SeedParagraph | SeedTable;

/** A page-break artefact that was undone, for the builder's log. */
export interface SeedJoin {
  line: number;
  into: number;
  what: 'row-tail' | 'stt-word';
}

export interface Seed {
  blocks: SeedBlock[];
  joins: SeedJoin[];
}

const plain = (raw: string) => cleanText(raw).text;

/** STT numbering: 1. / 1.2.3 / 3.4.7.4 / IV. / a) — anything else with letters is a word. */
const STT_NUMBERING = /^(\d+|[IVXLC]+|[a-zđ])([.)]\d*)*[.)]?$/iu;
function isSttWord(raw: string): boolean {
  const text = plain(raw);
  return text !== '' && !STT_NUMBERING.test(text) && /\p{L}{2,}/u.test(text);
}

function isHeaderStart(cells: string[]): boolean {
  return plain(cells[0] ?? '') === 'STT';
}

/** The second header row: STT and label empty, captions under "Kết quả thống kê". */
function isHeaderSecond(cells: string[]): boolean {
  return plain(cells[0] ?? '') === '' && plain(cells[1] ?? '') === '' && cells.slice(2).some((c) => /\p{L}/u.test(plain(c)))
    && cells.every((c) => !/\d/.test(plain(c)));
}

/** Joins a cell's tail to its head: a space inside a sentence, a line break between items. */
function joinCellText(head: string, tail: string): string {
  if (plain(head) === '') return tail;
  if (plain(tail) === '') return head;
  const sentenceGoesOn = !/[.;:!?]$/.test(plain(head)) && /^\p{Ll}/u.test(plain(tail));
  return head + (sentenceGoesOn ? ' ' : '\n') + tail;
}

function toRow(cells: string[], width: number, line: number): SeedRow {
  const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return { cells: padded.map((raw) => ({ raw, gridSpan: 1 })), line };
}

/** Header merges (see the module comment): gridSpan along row 1, vMerge down to row 2. */
function mergeHeader(header: SeedRow[]): void {
  const [first, second] = header;
  if (!first || !second) return;
  const width = first.cells.length;
  const merged: SeedCell[] = [];
  for (let g = 0; g < width; ) {
    const top = first.cells[g]!;
    const below = second.cells[g]!;
    let span = 1;
    if (plain(top.raw) !== '' && plain(below.raw) !== '') {
      while (g + span < width && plain(first.cells[g + span]!.raw) === '' && plain(second.cells[g + span]!.raw) !== '') span++;
    }
    top.gridSpan = span;
    if (span === 1 && plain(top.raw) !== '' && plain(below.raw) === '') {
      top.vMerge = 'restart';
      below.vMerge = 'continue';
    }
    merged.push(top);
    g += span;
  }
  first.cells = merged;
}

/** Undo the page-break artefacts at the start of a continuation piece. */
function joinAcrossBreak(table: SeedTable, first: SeedRow, joins: SeedJoin[]): boolean {
  const prev = table.rows[table.rows.length - 1];
  if (!prev) return false;
  const [stt, label] = first.cells;
  const hasOther = first.cells.slice(2).some((c) => plain(c.raw) !== '');
  if (plain(stt!.raw) === '' && plain(label!.raw) === '' && hasOther) {
    first.cells.forEach((cell, i) => {
      prev.cells[i]!.raw = joinCellText(prev.cells[i]!.raw, cell.raw);
    });
    joins.push({ line: first.line, into: prev.line, what: 'row-tail' });
    return true;
  }
  if (isSttWord(stt!.raw) && isSttWord(prev.cells[0]!.raw)) {
    prev.cells[0]!.raw = joinCellText(prev.cells[0]!.raw, stt!.raw);
    stt!.raw = '';
    joins.push({ line: first.line, into: prev.line, what: 'stt-word' });
  }
  return false;
}

/** "Trong đó" STT cells merged down over the rows with an empty STT below them. */
function mergeSttWords(table: SeedTable): void {
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r]!.cells[0]!;
    if (!isSttWord(cell.raw)) continue;
    let end = r + 1;
    while (end < rows.length && plain(rows[end]!.cells[0]!.raw) === '') end++;
    if (end === r + 1) continue;
    cell.vMerge = 'restart';
    for (let k = r + 1; k < end; k++) rows[k]!.cells[0]!.vMerge = 'continue';
    r = end - 1;
  }
}

export function readSeed(text: string): Seed {
  const lines = text.split(/\r\n|\n|\r/);
  const blocks: SeedBlock[] = [];
  const joins: SeedJoin[] = [];
  let open: SeedTable | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.includes('\t')) {
      if (line.trim() !== '') {
        open = undefined;
        blocks.push({ kind: 'paragraph', raw: line, line: i + 1 });
      }
      i++;
      continue;
    }
    const group: { cells: string[]; line: number }[] = [];
    while (i < lines.length && lines[i]!.includes('\t')) {
      group.push({ cells: lines[i]!.split('\t'), line: i + 1 });
      i++;
    }
    let header: { cells: string[]; line: number }[] = [];
    if (isHeaderStart(group[0]!.cells)) {
      header = group.slice(0, group[1] && isHeaderSecond(group[1].cells) ? 2 : 1);
    }
    const width = open ? open.width : Math.max(...group.map((g) => g.cells.length));
    const data = group.slice(header.length).map((g) => toRow(g.cells, width, g.line));
    if (open) {
      open.pieceStarts.push(open.rows.length);
      if (data[0] && joinAcrossBreak(open, data[0], joins)) data.shift();
      open.rows.push(...data);
      continue;
    }
    const table: SeedTable = {
      kind: 'table',
      header: header.map((g) => toRow(g.cells, width, g.line)),
      rows: data,
      pieceStarts: [],
      width,
    };
    mergeHeader(table.header);
    blocks.push(table);
    open = table;
  }
  for (const block of blocks) if (block.kind === 'table') mergeSttWords(block);
  return { blocks, joins };
}
