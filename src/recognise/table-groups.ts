/**
 * An appendix table as printed can be cut into several IR tables (a page break in a text dump,
 * a Word author who starts a new table per page). A group is a table with a header and the
 * header-less tables that directly follow it: their column roles are decided once, over all
 * their body rows, so a page with few rows does not decide alone.
 */
import type { Block, DocumentIR, Table, TableRow } from '../../parsers/ir.js';
import { continuesHeader, gridTexts, isColumnNumberRow, isHeaderRow } from './header.js';

export interface TableGroup {
  tables: Table[];
  /** Header rows anywhere in the group's tables (repeated at page tops too): never body rows. */
  headerRows: Set<TableRow>;
  /** The header rows at the top of the first table: the header tree. */
  leading: TableRow[];
  width: number;
}

export interface BlockStep {
  block: Block;
  /** The group this table starts, for the first table of a group. */
  starts?: TableGroup;
  /** The group this table belongs to. */
  group?: TableGroup;
}

function headerRowsOf(table: Table): TableRow[] {
  return table.rows.filter((r) => r.isHeader || isHeaderRow(r));
}

/**
 * The header rows at the top of a table: header rows, and the rows of sub-captions that go on
 * with them, up to the first body row (a row of column numbers is skipped).
 */
function leadingRows(table: Table, headers: ReadonlySet<TableRow>): TableRow[] {
  const out: TableRow[] = [];
  for (const row of table.rows) {
    if (headers.has(row) || (out.length > 0 && continuesHeader(row))) out.push(row);
    else if (!isColumnNumberRow(row) || out.length === 0) break;
  }
  return out;
}

const signature = (row: TableRow) => gridTexts(row).map((t) => t.trim()).join('\t');

/** Header rows repeated after a page break, sub-captions included: rows printed like a leading one. */
function repeatedHeaders(tables: readonly Table[], leading: readonly TableRow[], headers: Set<TableRow>): void {
  const printed = new Set(leading.map(signature));
  for (const t of tables) for (const row of t.rows) if (!headers.has(row) && printed.has(signature(row))) headers.add(row);
}

/** The document's blocks in order, each table with the group it belongs to. */
export function groupTables(doc: DocumentIR): { steps: BlockStep[]; anyHeader: boolean } {
  const steps: BlockStep[] = [];
  let open: TableGroup | null = null;
  let previous: Block | null = null;
  let anyHeader = false;
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      const headers = headerRowsOf(block);
      const width = Math.max(0, ...block.rows.map((r) => gridTexts(r).length));
      if (headers.length > 0) {
        anyHeader = true;
        const set = new Set(headers);
        const leading = leadingRows(block, set);
        for (const row of leading) set.add(row);
        repeatedHeaders([block], leading, set);
        open = { tables: [block], headerRows: set, leading, width };
        steps.push({ block, starts: open, group: open });
      } else if (open && previous?.kind === 'table') {
        open.tables.push(block);
        repeatedHeaders([block], open.leading, open.headerRows);
        open.width = Math.max(open.width, width);
        steps.push({ block, group: open });
      } else {
        open = null;
        steps.push({ block });
      }
    } else {
      steps.push({ block });
    }
    previous = block;
  }
  return { steps, anyHeader };
}

/** Body rows of a group: not header rows, not column-number rows. */
export function bodyRows(group: TableGroup): TableRow[] {
  return group.tables.flatMap((t) => t.rows.filter((r) => !group.headerRows.has(r) && !isColumnNumberRow(r)));
}
