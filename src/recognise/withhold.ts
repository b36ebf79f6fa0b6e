/**
 * Withholding rather than guessing (docs/column-roles.md): each row is checked on its own
 * (row-checks.ts); a table whose roles stayed doubtful, or in which several rows fail, is withheld
 * whole. A withheld row keeps its cells for review; no figure of it is stored.
 */
import { message, type Message, type Table } from '../../parsers/ir.js';
import type { TableRoles } from './column-roles.js';
import type { RawRow } from './raw-rows.js';
import { checkRow } from './row-checks.js';

/** Failing rows that make a whole table doubtful: at least this many, and this share of its figures. */
const DOUBTFUL_ROWS = 3;
const DOUBTFUL_SHARE = 0.1;

const hasFigure = (row: RawRow) => row.value.trim() !== '' || row.otherValues.some((v) => v.raw.trim() !== '');

export function withholdDoubtful(rows: readonly RawRow[], rolesOfRow: ReadonlyMap<RawRow, { roles: TableRoles; table: Table }>, messages: Message[]): void {
  const byRoles = new Map<TableRoles, { rows: RawRow[]; table: Table }>();
  for (const row of rows) {
    const owner = rolesOfRow.get(row);
    if (!owner) continue;
    const group = byRoles.get(owner.roles) ?? { rows: [], table: owner.table };
    group.rows.push(row);
    byRoles.set(owner.roles, group);
  }
  for (const [roles, group] of byRoles) withholdTable(roles, group.rows, group.table, messages);
}

function withholdTable(roles: TableRoles, rows: RawRow[], table: Table, messages: Message[]): void {
  let failing = 0;
  for (const row of rows) {
    const checked = checkRow(row);
    if (checked) failing++;
    // An OCR doubt is about the reading, not the table's columns: it does not count towards doubt.
    // A heading row with no figure has nothing to withhold: it would only crowd the review.
    row.withheld = checked ?? (hasFigure(row) ? row.ocrDoubt : null);
  }
  const valued = rows.filter(hasFigure).length;
  let doubt = roles.doubt;
  if (!doubt && failing >= DOUBTFUL_ROWS && failing >= DOUBTFUL_SHARE * valued) {
    doubt = `${failing} of its ${valued} rows with a figure fail the self-checks`;
    messages.push(message('warning', 'table/roles-doubtful', `the table's column roles are doubtful (${doubt}): its figures are withheld and its rows sent to review`, table.position));
  }
  if (doubt) {
    for (const row of rows) if (hasFigure(row)) row.withheld = { code: 'table/roles-doubtful', reason: `the table's column roles are doubtful: ${doubt}` };
    return;
  }
  for (const row of rows) {
    if (row.withheld) messages.push(message('warning', row.withheld.code, `${row.withheld.reason}; the row is sent to review`, row.position));
  }
}
