/**
 * What one body cell of an appendix table looks like, for telling column roles from content
 * (docs/column-roles.md): an STT, a figure, a measure word, a short text or a sentence.
 */
import { isCodeList, isMeasureWord } from '../../common/column-vocabulary.js';
import { isTrongDoMarker } from './stt.js';

export type CellKind = 'empty' | 'stt' | 'figure' | 'measure' | 'text' | 'sentence';

/** STTs with a shape of their own: "1.", "1.2.3", "(3)", "1)", "II.", "a)", "Trong đó", a dash. */
const STT_SHAPED = /^(\(?\d{1,3}(\.\d{1,3}){0,5}[.)]|\d{1,3}(\.\d{1,3}){1,5}|\(\d{1,3}\)|\(?[IVXLC]{1,6}[.)]?|\(?[a-zđ][.)]|[-+*•–])$/u;

/**
 * Figures as printed in Vietnamese reports: 2.028, 11,7, 98,87%, 264/267, 22 (100%), ≥ 90%, and the
 * answers Có / Không / Đạt / Hoàn thành / x. A dash is "not reported" and reads as a figure cell.
 */
const FIGURE = /^([<>≤≥~]?\s*-?\d[\d.,]*\s*%?(\s*\/\s*\d[\d.,]*\s*%?)?(\s*\(\s*\d[\d.,]*\s*%?\s*\))?|có|không|chưa|đã|đạt|không đạt|hoàn thành|chưa hoàn thành|đang (thực hiện|làm)|x|[-–—]|\.{2,}|…)$/iu;

export function isSttShaped(text: string): boolean {
  return STT_SHAPED.test(text) || isTrongDoMarker(text);
}

export function isFigure(text: string): boolean {
  return FIGURE.test(text.normalize('NFC').trim());
}

/** A plain number with nothing else: what a unit cell must not be. */
export function isBareNumber(text: string): boolean {
  return /^-?\d[\d.,]*\s*%?$/.test(text.trim());
}

/** Four words or more of running text: a label or a note, never a figure. */
export function isSentence(text: string): boolean {
  return text.trim().split(/\s+/).length >= 4 && !isFigure(text) && !isCodeList(text);
}

export function cellKind(raw: string): CellKind {
  const text = raw.normalize('NFC').trim();
  if (text === '') return 'empty';
  if (isSttShaped(text)) return 'stt';
  if (isFigure(text)) return 'figure';
  if (isMeasureWord(text)) return 'measure';
  return isSentence(text) ? 'sentence' : 'text';
}
