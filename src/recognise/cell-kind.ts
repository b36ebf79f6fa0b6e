/**
 * What one body cell of an appendix table looks like, for telling column roles from content
 * (docs/column-roles.md): an STT, a figure, a measure word, a short text or a sentence.
 */
import { isCodeList, isMeasureWord } from '../../common/column-vocabulary.js';
import { isSttToken, isTrongDoMarker } from '../../common/numbering.js';

export type CellKind = 'empty' | 'stt' | 'figure' | 'measure' | 'text' | 'sentence';


/**
 * Figures as printed in Vietnamese reports: 2.028, 11,7, 98,87%, 264/267, 22 (100%), ≥ 90%, and the
 * answers Có / Không / Đạt / Hoàn thành / x. A dash is "not reported" and reads as a figure cell.
 */
const FIGURE = /^([<>≤≥~]?\s*-?\d[\d.,]*\s*%?(\s*\/\s*\d[\d.,]*\s*%?)?(\s*\(\s*\d[\d.,]*\s*%?\s*\))?|có|không|chưa|đã|đạt|không đạt|hoàn thành|chưa hoàn thành|đang (thực hiện|làm)|x|[-–—]|\.{2,}|…)$/iu;

/**
 * An STT with a shape of its own ("1.", "1.2.3", "(3)", "II.", "a)", "-", "Trong đó"): a bare
 * number ("3") could as well be a figure, so it does not count here.
 */
export function isSttShaped(text: string): boolean {
  return (isSttToken(text) && !/^\d+$/.test(text)) || isTrongDoMarker(text);
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
