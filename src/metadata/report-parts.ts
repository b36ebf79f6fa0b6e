/**
 * Where the parts of a report that name its unit, province and period stand (DOMAIN.md, "A report
 * opens with ..."): the agency header, "Số: .../BC-...", the place-date line, the "BÁO CÁO" title,
 * the opening sentence, the closing "Trên đây là ...", the signature block from "Nơi nhận" and the
 * appendix title ("Phụ lục", "BIỂU MẪU THỐNG KÊ ...", "(Kèm theo Báo cáo số ... của ...)").
 */
import type { Block, DocumentIR, Position } from '../../parsers/ir.js';
import { unifyTones } from '../../common/vietnamese-text.js';
import { isUpperCase } from './vietnamese.js';

/** A line of text with the position of the block (or table cell) it came from. */
export interface Piece {
  text: string;
  position: Position;
}

export interface ReportParts {
  /** Agency header before the title: paragraphs and header-table cells. */
  header: Piece[];
  numberLine: Piece | null;
  placeDate: Piece | null;
  /** The title lines after "BÁO CÁO" (or the heading itself when it carries the title). */
  title: Piece[];
  /** The first paragraphs of the body: "Thực hiện ..., <unit> báo cáo ...". */
  opening: Piece[];
  closing: Piece | null;
  signature: Piece[];
  appendixTitle: Piece[];
  /** Every paragraph up to the appendix, then the appendix title: where provinces are counted. */
  prose: Piece[];
}

// Markdown emphasis that the text adapter leaves when a bold span crosses lines ("**TM. ỦY BAN").
const STRAY_MARKUP = /^[*_#\s]+|[*_\s]+$/g;

function piece(text: string, position: Position): Piece {
  return { text: text.normalize('NFC').replace(STRAY_MARKUP, ''), position };
}

interface Indexed extends Piece {
  /** Index of the block in `doc.blocks`. */
  block: number;
}

function paragraphsOf(blocks: readonly Block[]): Indexed[] {
  return blocks.flatMap((b, block) => (b.kind === 'paragraph' ? [{ ...piece(b.text, b.position), block }] : []));
}

const TITLE_HEADING = /^báo\s*cáo(?![\p{L}\p{N}])/iu;
const BODY_START = /^(kính\s*gửi|thực\s*hiện|căn\s*cứ|theo|trên\s*cơ\s*sở|triển\s*khai|nhằm|phần(?![\p{L}\p{N}])|[IVX]+\s*[.\-–]|\d+\s*\.)/iu;
const NUMBER_LINE = /^số\s*:/iu;
/** "Gia Lai, ngày ... tháng 12 năm 2023": the place before the comma. */
export const PLACE_DATE_NAME = /^([^,;:\d]{2,40}),\s*ngày(?![\p{L}\p{N}])/iu;
const RECIPIENTS = /^nơi\s*nhận(?![\p{L}\p{N}])/iu;
const CLOSING = /^trên\s*đây(?![\p{L}\p{N}])/iu;
const APPENDIX_HEADING = /^(phụ\s*lục|biểu\s*mẫu|biểu\s*số)(?![\p{L}\p{N}])/iu;
// "Biểu mẫu 1" starts a form inside the appendix; "BIỂU MẪU THỐNG KÊ ..." is the appendix title.
const FORM_HEADING = /^biểu\s*mẫu\s*(số\s*)?\d+(?![\p{L}\p{N}])/iu;

/** Blocks this far into a report still belong to its opening (header, title, first sentences). */
const OPENING_BLOCKS = 30;
const MAX_TITLE_LINES = 3;
const MAX_APPENDIX_TITLE_LINES = 5;

export function locateParts(doc: DocumentIR): ReportParts {
  const paragraphs = paragraphsOf(doc.blocks);
  const early = paragraphs.filter((p) => p.block < OPENING_BLOCKS);
  const heading = early.find((p) => TITLE_HEADING.test(p.text)) ?? null;
  const title = heading ? titleLines(paragraphs, heading) : [];
  const afterTitle = title.length > 0 ? title[title.length - 1]!.block : (heading?.block ?? -1);
  // The title lines are searched too: a line taken for the title may be the opening sentence.
  const opening = early
    .filter((p) => p.block > (heading?.block ?? -1) && !/^kính\s*gửi/iu.test(p.text))
    .slice(0, heading ? title.length + 3 : 20);
  const recipients = findLast(paragraphs, (p) => RECIPIENTS.test(p.text));
  const appendix = appendixTitle(doc, paragraphs, recipients?.block ?? afterTitle, recipients !== null);
  const appendixStart = appendix[0]?.block ?? Infinity;
  const body = paragraphs.filter((p) => p.block < appendixStart);
  const closing = findLast(body, (p) => CLOSING.test(p.text));
  const signatureFrom = recipients?.block ?? closing?.block ?? Infinity;
  return {
    header: headerPieces(doc, heading?.block ?? opening[0]?.block ?? 0),
    numberLine: early.find((p) => NUMBER_LINE.test(p.text)) ?? null,
    placeDate: early.find((p) => PLACE_DATE_NAME.test(p.text)) ?? null,
    title,
    opening,
    closing,
    signature: body.filter((p) => p.block > signatureFrom),
    appendixTitle: appendix,
    prose: [...body, ...appendix],
  };
}

function findLast<T>(items: readonly T[], test: (t: T) => boolean): T | null {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i]!;
  return null;
}

/**
 * "BÁO CÁO" then its title: the next line, and lines that carry it on ("quý I năm 2024",
 * "(Từ ngày ... đến ngày ...)", a title set in capitals). A heading that carries the title
 * ("BÁO CÁO CÔNG TÁC CCHC 6 THÁNG ĐẦU NĂM 2024") is its first line.
 */
function titleLines(paragraphs: readonly Indexed[], heading: Indexed): Indexed[] {
  const rest = heading.text.replace(TITLE_HEADING, '').trim();
  const lines: Indexed[] = rest ? [heading] : [];
  for (const p of paragraphs) {
    if (p.block <= heading.block) continue;
    const fits = lines.length === 0 ? !BODY_START.test(p.text) && p.text.length <= 300 : continuesTitle(p.text);
    if (lines.length >= MAX_TITLE_LINES || !fits) break;
    lines.push(p);
  }
  return lines;
}

function continuesTitle(text: string): boolean {
  return text.length <= 200 && !/:$/.test(text) && (/^[(\p{Ll}]/u.test(text) || isUpperCase(text)) && !BODY_START.test(text);
}

/**
 * The appendix title: from the first "Phụ lục"/"Biểu mẫu" line after `from` down to the first
 * table or numbered form. Without such a line, the lines just above the first table after the
 * signature; with no signature either, tables may be in the body, so none.
 */
function appendixTitle(doc: DocumentIR, paragraphs: readonly Indexed[], from: number, signed: boolean): Indexed[] {
  const start = paragraphs.find((p) => p.block > from && APPENDIX_HEADING.test(p.text) && p.text.length <= 200);
  const tableAt = doc.blocks.findIndex((b, i) => i > (start?.block ?? from) && b.kind === 'table' && b.rows.length >= 2);
  const end = tableAt === -1 ? doc.blocks.length : tableAt;
  if (start) {
    const lines = paragraphs.filter((p) => p.block >= start.block && p.block < end);
    const form = lines.findIndex((p, i) => i > 0 && FORM_HEADING.test(p.text));
    return lines.slice(0, form === -1 ? MAX_APPENDIX_TITLE_LINES : Math.min(form, MAX_APPENDIX_TITLE_LINES));
  }
  if (tableAt === -1 || !signed) return [];
  return paragraphs.filter((p) => p.block > from && p.block < tableAt).slice(-3);
}

// The national motto beside the agency header names no agency (and "XÃ HỘI" holds a level word).
const MOTTO = /cộng\s*hòa\s*xã\s*hội|độc\s*lập\s*[-–]\s*tự\s*do/iu;

/** Paragraphs and table cells above the title, motto and "Số:" cut off, one piece each. */
function headerPieces(doc: DocumentIR, before: number): Piece[] {
  const pieces: Piece[] = [];
  for (const b of doc.blocks.slice(0, before)) {
    if (b.kind === 'paragraph') pieces.push(piece(b.text, b.position));
    else for (const row of b.rows) for (const cell of row.cells) pieces.push(piece(cell.text, cell.position));
  }
  return pieces
    .map((p) => ({ ...p, text: cutAt(cutAt(unifyTones(p.text), MOTTO), NUMBER_IN_CELL) }))
    .filter((p) => p.text !== '');
}

const NUMBER_IN_CELL = /(?:^|\s)số\s*:/iu;

function cutAt(text: string, re: RegExp): string {
  const m = re.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/** Text of several pieces joined by spaces, and the piece each offset falls in. */
export interface Joined {
  text: string;
  pieces: readonly Piece[];
  starts: number[];
}

export function joinPieces(pieces: readonly Piece[]): Joined {
  const starts: number[] = [];
  let text = '';
  for (const p of pieces) {
    if (text) text += ' ';
    starts.push(text.length);
    text += p.text;
  }
  return { text, pieces, starts };
}

export function pieceAt(joined: Joined, offset: number): Piece | null {
  let found: Piece | null = null;
  joined.starts.forEach((s, i) => {
    if (s <= offset) found = joined.pieces[i]!;
  });
  return found;
}

/**
 * The seed dumps cut long prose lines, sometimes mid-character (U+FFFD). A long paragraph that
 * stops without closing punctuation may have lost its end, so words at its end are not trusted.
 */
export function looksCut(text: string): boolean {
  return text.endsWith('\ufffd') || (text.length >= 150 && !/[.;:!?)\]”"…]$/u.test(text.trimEnd()));
}
