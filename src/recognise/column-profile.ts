/** What each grid column of a table body holds: counts of cell kinds and the mean text length. */
import type { TableRow } from '../../parsers/ir.js';
import { cellKind, type CellKind } from './cell-kind.js';
import { bodyTexts } from './header.js';

export interface ColumnProfile {
  filled: number;
  kinds: Record<Exclude<CellKind, 'empty'>, number>;
  meanLength: number;
}

export function profileColumns(rows: readonly TableRow[], width: number): ColumnProfile[] {
  const acc = Array.from({ length: width }, () => ({ filled: 0, length: 0, kinds: { stt: 0, figure: 0, measure: 0, text: 0, sentence: 0 } }));
  for (const row of rows) {
    bodyTexts(row, undefined).forEach((text, col) => {
      const column = acc[col];
      if (!column) return;
      const kind = cellKind(text);
      if (kind === 'empty') return;
      column.filled++;
      column.length += text.trim().length;
      column.kinds[kind]++;
    });
  }
  return acc.map((c) => ({ filled: c.filled, kinds: c.kinds, meanLength: c.filled > 0 ? c.length / c.filled : 0 }));
}

/** Share of a column's filled cells of one kind (0 for an empty column). */
export function shareOf(profile: ColumnProfile, ...kinds: Array<Exclude<CellKind, 'empty'>>): number {
  if (profile.filled === 0) return 0;
  return kinds.reduce((n, k) => n + profile.kinds[k], 0) / profile.filled;
}
