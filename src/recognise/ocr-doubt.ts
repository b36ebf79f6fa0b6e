/**
 * Rows read by OCR (parsers/ocr/) are checked for what OCR gets wrong before any figure of them
 * is stored (issue #14): a figure or STT the engine was unsure of, a figure whose two reads
 * (as text, as digits only) disagree, a letter inside a number ("1O", "2l"), a label read as
 * noise. Such a row is withheld and sent to review with its reason and the cell's page and box,
 * so a person can look (`chitieu explain`). Rows of digital documents carry no OCR evidence and
 * pass untouched. docs/ocr.md gives the thresholds and their reasons.
 */
import { parseSttPath } from '../../common/numbering.js';
import type { OcrEvidence, TableCell, TableRow } from '../../parsers/ir.js';
import type { Withholding } from '../model.js';
import type { TableRoles } from './column-roles.js';

/**
 * Tesseract's lowest word confidence under which a figure or an STT is not taken (0–100), even
 * when both reads agree: a lone digit read right scores 70–80, a misread one seldom above 60.
 */
export const MIN_FIGURE_CONFIDENCE = 70;
/**
 * An STT's digits are read with less confidence than a figure's (small, with dots between), and
 * a misread one is caught twice more: by the outline (row/stt-out-of-sequence) and because it
 * only places the row, whose own label is matched.
 */
export const MIN_STT_CONFIDENCE = 60;
/** A label read with less than this is mostly noise: it could match another indicator. */
export const MIN_LABEL_CONFIDENCE = 50;

const LETTER_IN_NUMBER = /\d[\p{L}]|[\p{L}]\d/u;
/**
 * A mark no figure is written with ("40 }", "57. |", "` Z 1.57": a stamp's ring or a fold read
 * as a character) beside digits. Figures, codes and notes use letters, digits and these only.
 */
const STRAY_MARK = /^(?=.*\d).*[^\p{L}\p{M}\d\s.,/%()\-–=:+]/u;

/** The cell covering grid column `col` (cells span columns: DOCX gridSpan, merged borders). */
function cellAt(row: TableRow, col: number | undefined): TableCell | null {
  if (col === undefined) return null;
  let start = 0;
  for (const cell of row.cells) {
    if (col >= start && col < start + cell.colSpan) return cell.mergedFromAbove ? null : cell;
    start += cell.colSpan;
  }
  return null;
}

export function whereRead(ocr: OcrEvidence): string {
  const b = ocr.box;
  return `page ${b.page}, box x ${Math.round(b.x)} y ${Math.round(b.y)} w ${Math.round(b.w)} h ${Math.round(b.h)} pt`;
}

function figureDoubt(cell: TableCell, what: string, least: number): Withholding | null {
  const ocr = cell.ocr;
  const text = cell.text.trim();
  if (!ocr || text === '') return null;
  if (ocr.disagreement !== undefined) {
    return { code: 'ocr/reads-disagree', reason: `OCR read the ${what} cell as “${text}” and, as digits only, as “${ocr.disagreement}” (${whereRead(ocr)})` };
  }
  if (ocr.blots !== undefined) {
    return { code: 'ocr/glyph-count', reason: `OCR read the ${what} cell as “${text}”, but its ink holds ${ocr.blots} glyph(s) of figure height (${whereRead(ocr)})` };
  }
  if (STRAY_MARK.test(text)) {
    return { code: 'ocr/stray-mark', reason: `OCR read the ${what} cell as “${text}”: a mark no figure is written with (${whereRead(ocr)})` };
  }
  if (LETTER_IN_NUMBER.test(text) && !/^(có|không)$/iu.test(text)) {
    return { code: 'ocr/letter-in-number', reason: `OCR read the ${what} cell as “${text}”: a letter inside a number (${whereRead(ocr)})` };
  }
  if (ocr.confidence < least) {
    return { code: 'ocr/unsure', reason: `OCR is unsure of the ${what} cell “${text}” (confidence ${ocr.confidence} %, ${least} needed; ${whereRead(ocr)})` };
  }
  return null;
}

/**
 * `path` continues the numbering after `previous`: its first child (5.1 → 5.1.1) or the next
 * number at its own level or one above (5.1.1 → 5.1.2, 5.2, 6).
 */
function follows(previous: number[], path: number[]): boolean {
  if (path.length === previous.length + 1) return previous.every((n, i) => path[i] === n) && path[path.length - 1] === 1;
  if (path.length > previous.length || path.length === 0) return false;
  const k = path.length - 1;
  return path.slice(0, k).every((n, i) => previous[i] === n) && path[k] === previous[k]! + 1;
}

/**
 * An STT cell whose two OCR reads disagree ("21." as text, "2.1." as digits only), settled by
 * the numbering above it: the read that continues the last decimal STT before the row, when only
 * one of the two does (docs/ocr.md, "Two models"). Null when the cell was read one way, or when
 * the numbering does not tell.
 */
export function sttBySequence(row: TableRow, roles: TableRoles, previousStt: string | null): string | null {
  const cell = cellAt(row, roles.stt);
  const other = cell?.ocr?.disagreement;
  const previous = previousStt === null ? null : parseSttPath(previousStt);
  if (!cell || other === undefined || !previous) return null;
  const fitting = [cell.text.trim(), other.trim()].filter((read) => {
    const path = parseSttPath(read);
    return path !== null && follows(previous, path);
  });
  return fitting.length === 1 ? fitting[0]! : null;
}

/**
 * Why an OCR'd row must not give a figure, or null (also for rows not read by OCR).
 * `sttSettled`: the STT's two reads were settled by the numbering (sttBySequence), so their
 * disagreement and the lower confidence of the two are no doubt on the row.
 */
export function ocrDoubt(row: TableRow, roles: TableRoles, sttSettled = false): Withholding | null {
  if (!row.cells.some((c) => c.ocr)) return null;
  for (const value of roles.values) {
    const cell = cellAt(row, value.col);
    const doubt = cell && figureDoubt(cell, 'value', MIN_FIGURE_CONFIDENCE);
    if (doubt) return doubt;
  }
  const stt = sttSettled ? null : cellAt(row, roles.stt);
  const sttDoubt = stt && figureDoubt(stt, 'STT', MIN_STT_CONFIDENCE);
  if (sttDoubt) return sttDoubt;
  const label = cellAt(row, roles.label);
  if (label?.ocr && label.text.trim() !== '' && label.ocr.confidence < MIN_LABEL_CONFIDENCE) {
    return { code: 'ocr/unsure', reason: `OCR is unsure of the label “${label.text.slice(0, 40)}” (confidence ${label.ocr.confidence} %, ${MIN_LABEL_CONFIDENCE} needed; ${whereRead(label.ocr)})` };
  }
  return null;
}

/** Where and how surely an OCR'd row's figure was read, for `chitieu explain`; null for other rows. */
export function ocrNote(row: TableRow, roles: TableRoles): string | null {
  const cell = cellAt(row, roles.primary);
  if (!cell?.ocr || cell.text.trim() === '') return null;
  return `read by OCR: value “${cell.text.trim()}” at ${cell.ocr.confidence} % confidence (${whereRead(cell.ocr)})`;
}
