/**
 * `--format table|csv|tsv|json|jsonl` and `--out FILE` for commands that print a list of records
 * (catalog suggest, catalog added): a terminal table of a few columns, CSV through the CSV writer
 * (csv-writer.ts), TSV with the same spreadsheet safety and no tabs or line breaks in a cell, a
 * JSON array, or one JSON object a line.
 */
import { writeFileSync } from 'node:fs';
import { writeCsv } from './csv-writer.js';
import { csvSafe } from './csv-safe.js';
import { UsageError } from './errors.js';
import { renderTable } from './table.js';

export const ROW_FORMATS = ['table', 'csv', 'tsv', 'json', 'jsonl'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export function rowFormat(text: string | undefined): RowFormat {
  const format = text ?? 'table';
  if (!(ROW_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format}: give ${ROW_FORMATS.join(', ')}`);
  return format as RowFormat;
}

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

function write(out: string | undefined, text: string): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

/** `bom`: a UTF-8 byte order mark before CSV or TSV, for Excel. */
export async function writeRows<T>(options: { format: RowFormat; out?: string; bom?: boolean }, output: RowOutput<T>, records: readonly T[]): Promise<void> {
  const { format, out, bom } = options;
  if (format === 'csv') return writeCsv({ out, bom }, output.columns, records.map(output.cells));
  if (format === 'json') return write(out, `${JSON.stringify(records.map(output.json), null, 2)}\n`);
  if (format === 'jsonl') return write(out, records.map((r) => `${JSON.stringify(output.json(r))}\n`).join(''));
  if (format === 'tsv') return write(out, (bom ? '\uFEFF' : '') + [output.columns, ...records.map(output.cells)].map((cells) => `${cells.map(tsvCell).join('\t')}\n`).join(''));
  return write(out, renderTable([...output.tableColumns], records.map(output.tableCells), 60));
}
