/**
 * A variant as a text dump like the seeds: prose lines with blank lines between, table rows as
 * tab-separated cells (`<b>`/`<i>` kept), a spanning caption followed by empty cells, a merged
 * cell's continuation empty. `pages`: a blank line and the header again where the page broke (as
 * the seeds' dumps do); `tables`: a "(tiếp theo)" line and a new table with its own header.
 */
import type { SeedBlock, SeedRow } from '../seed-tables.js';
import type { VariantSpec } from './spec.js';
import type { VariantTable } from './layout.js';

function rowLine(row: SeedRow): string {
  const cells: string[] = [];
  for (const cell of row.cells) {
    cells.push(cell.vMerge === 'continue' ? '' : cell.raw.replace(/\n/g, ' '));
    for (let k = 1; k < cell.gridSpan; k++) cells.push('');
  }
  return cells.join('\t');
}

function tableLines(table: VariantTable, spec: VariantSpec): string[] {
  const header = table.header.map(rowLine);
  const out = [...header];
  table.rows.forEach((row, i) => {
    if (table.pieceStarts.includes(i)) out.push('', ...(spec.split === 'tables' ? ['(tiếp theo)', ''] : []), ...header);
    out.push(rowLine(row));
  });
  return out;
}

export function writeText(blocks: SeedBlock[], spec: VariantSpec): Buffer {
  const parts = blocks.map((b) => (b.kind === 'paragraph' ? b.raw : tableLines(b as VariantTable, spec).join('\n')));
  return Buffer.from(parts.join('\n\n') + '\n', 'utf8');
}
