/**
 * Self-checks of one appendix row before its figure is stored (docs/column-roles.md): a value
 * that is a measure word or a sentence, a unit that is a number other than the value, an STT that
 * is running text. A failing row is withheld: it goes to review with its reason.
 */
import { isMeasureWord } from '../../common/column-vocabulary.js';
import type { Withholding } from '../model.js';
import { isBareNumber, isFigure, isSentence, isSttShaped } from './cell-kind.js';

export interface CheckedCells {
  stt: string;
  unit: string;
  value: string;
}

export function checkRow(cells: CheckedCells): Withholding | null {
  const value = cells.value.trim();
  if (value === '') return null;
  if (!isFigure(value) && isMeasureWord(value)) {
    return { code: 'row/value-is-measure-word', reason: `the value cell holds the measure word “${value}”, not a figure: the columns may be read wrong` };
  }
  if (isSentence(value)) return { code: 'row/value-is-text', reason: `the value cell holds running text (“${value.slice(0, 40)}”), not a figure` };
  const unit = cells.unit.trim();
  if (isBareNumber(unit) && isFigure(value) && !sameQuantity(unit, value)) {
    return { code: 'row/unit-is-number', reason: `the unit cell holds the number ${unit} and the value cell ${value}: which is the figure is not clear` };
  }
  const stt = cells.stt.trim();
  if (stt !== '' && !isSttShaped(stt) && !/^\d{1,3}$/.test(stt) && /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(stt)) {
    return { code: 'row/stt-is-text', reason: `the STT cell holds text (“${stt.slice(0, 40)}”): the columns may be read wrong` };
  }
  return null;
}

/** "0" and "0"; "98,87%" beside "264/267": the two cells say one thing, so the figure is clear. */
function sameQuantity(unit: string, value: string): boolean {
  if (unit === value) return true;
  const percent = /^(\d+(?:,\d+)?)\s*%$/.exec(unit);
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  if (!percent || !fraction || Number(fraction[2]) === 0) return false;
  return Math.abs(Number(percent[1]!.replace(',', '.')) - (100 * Number(fraction[1])) / Number(fraction[2])) <= 1;
}
