/**
 * Copies of a seed report edited line by line, the way a unit's next report or a corrected
 * re-issue differs from it: a figure changed, a row dropped, a row added, another date. Lines
 * are 1-based as in the seed; cells are tab-separated (STT, label, unit, value, note).
 */
import { readFileSync } from 'node:fs';
import { seedPath } from '../helpers/seeds.js';

export const CELL = { stt: 0, label: 1, unit: 2, value: 3, note: 4 } as const;

export function seedLines(prefix: string): string[] {
  return readFileSync(seedPath(prefix), 'utf8').split('\n');
}

/** The cell of a seed's appendix line, as printed. */
export function seedCell(prefix: string, line: number, cell: number): string {
  const text = seedLines(prefix)[line - 1];
  if (text === undefined || !text.includes('\t')) throw new Error(`seed ${prefix} line ${line} is not a table row`);
  return text.split('\t')[cell] ?? '';
}

export interface SeedEdit {
  /** Replace a cell of this line. */
  set?: { line: number; cell: number; text: string };
  /** Replace a text within this line. */
  replace?: { line: number; from: string; to: string };
  drop?: number;
  /** Add a line after this one. */
  insertAfter?: { line: number; text: string };
}

/** The seed's text with the edits applied; line numbers refer to the unedited seed. */
export function editSeed(prefix: string, edits: readonly SeedEdit[]): string {
  const lines = seedLines(prefix).map((text) => [text]);
  for (const e of edits) {
    if (e.set) {
      const cells = lines[e.set.line - 1]![0]!.split('\t');
      cells[e.set.cell] = e.set.text;
      lines[e.set.line - 1]![0] = cells.join('\t');
    }
    if (e.replace) {
      const before = lines[e.replace.line - 1]![0]!;
      if (!before.includes(e.replace.from)) throw new Error(`line ${e.replace.line} has no "${e.replace.from}"`);
      lines[e.replace.line - 1]![0] = before.replace(e.replace.from, e.replace.to);
    }
    if (e.drop) lines[e.drop - 1]!.shift();
    if (e.insertAfter) lines[e.insertAfter.line - 1]!.push(e.insertAfter.text);
  }
  return lines.flat().join('\n');
}
