/**
 * Acronyms misread by OCR: Tesseract's Vietnamese model reads the "C" of TTHC as "G" or "GC"
 * ("TTHG", "TTHGC"), which costs the matcher the row. A word in capitals that is not one of the
 * template's acronyms (the first column of mappings/abbreviations.tsv: TTHC, VBQPPL, ĐVSNCL,
 * UBND …) but is one letter off one of them (two for five letters or more), and nearer to it than
 * to any other, is read as that acronym. Only label text is repaired; figures and STTs never are.
 */
import { packageAbbreviations } from '../../common/abbreviations.js';
import { editDistance } from '../../common/edit-distance.js';

let known: string[] | null = null;

/** The table's acronyms: its printed forms written in capitals only. */
function acronyms(): string[] {
  known ??= [...packageAbbreviations().keys()].filter((a) => /^\p{Lu}{3,}$/u.test(a));
  return known;
}

function repairWord(word: string): string {
  const list = acronyms();
  if (list.includes(word)) return word;
  const reach = word.length >= 5 ? 2 : 1;
  const scored = list.map((a) => ({ a, d: editDistance(a, word) })).filter((s) => s.d <= reach);
  const nearest = Math.min(...scored.map((s) => s.d));
  const best = scored.filter((s) => s.d === nearest);
  return best.length === 1 ? best[0]!.a : word;
}

/** Label text with its misread acronyms put right. */
export function repairAcronyms(text: string): string {
  // "Tỷ lệĐVSNCL": the space before an acronym is often lost.
  return text.replace(/(\p{Ll})(\p{Lu}{3,})/gu, '$1 $2').replace(/(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu, repairWord);
}
