/**
 * `--format table|csv|tsv|json|jsonl`, `--out FILE` and `--bom` for every command that prints a
 * list of records (row-options.ts has the options): a terminal table of a few columns, CSV through the CSV writer
 * (csv-writer.ts), TSV with the same spreadsheet safety and no tabs or line breaks in a cell, a
 * JSON array, or one JSON object a line.
 */
import { writeFileSync } from 'node:fs';
import { writeCsv } from './csv-writer.js';
import { csvSafe } from './csv-safe.js';
import { renderTable } from './table.js';

export const ROW_FORMATS = ['table', 'csv', 'tsv', 'json', 'jsonl'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];


export interface RowOutput<T> {
  /** Columns of CSV and TSV, and the cells of one record. */
  columns: readonly string[];
  cells: (record: T) => string[];
  /** Columns of the terminal table, and their cells (long cells are cut). */
  tableColumns: readonly string[];
  tableCells: (record: T) => string[];
  /** The record as JSON. */
  json: (record: T) => unknown;
}

const tsvCell = (cell: string) => csvSafe(cell.replace(/[\t\r\n]+/g, ' '));

/** Text to `--out` or stdout. */
export function writeText(out: string | undefined, text: string): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

export interface WriteRowsOptions {
  format: RowFormat;
  out?: string;
  bom?: boolean;
}

export async function writeRows<T>(options: WriteRowsOptions, output: RowOutput<T>, records: readonly T[]): Promise<void> {
  const { format, out } = options;
  const bom = options.bom ? '\ufeff' : '';
  if (format === 'csv') return writeCsv({ out, bom: options.bom }, output.columns, records.map(output.cells));
  if (format === 'json') return writeText(out, `${JSON.stringify(records.map(output.json), null, 2)}\n`);
  if (format === 'jsonl') return writeText(out, records.map((r) => `${JSON.stringify(output.json(r))}\n`).join(''));
  if (format === 'tsv') return writeText(out, bom + [output.columns, ...records.map(output.cells)].map((cells) => `${cells.map(tsvCell).join('\t')}\n`).join(''));
  return writeText(out, renderTable([...output.tableColumns], records.map(output.tableCells), 60));
}

/** The same columns for every format: cells as CSV, the table and JSON objects keyed by column. */
export function plainOutput(columns: readonly string[], tableColumns: readonly string[] = columns): RowOutput<readonly string[]> {
  const at = tableColumns.map((c) => columns.indexOf(c));
  return {
    columns,
    cells: (r) => [...r],
    tableColumns,
    tableCells: (r) => at.map((i) => r[i] ?? ''),
    json: (r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])),
  };
}
