/**
 * The CSV download of a listing: the same columns and cells as the CLI command that prints it
 * (its `RowOutput`, src/cli/row-output.ts), written by the CLI's CSV writer (csv-writer.ts), with
 * its spreadsheet formula guard and a BOM so Excel reads Vietnamese text.
 */
import { csvRow } from '../cli/csv-writer.js';
import type { RowOutput } from '../cli/row-output.js';
import type { Answer } from './server.js';

export function csvAnswer<T>(name: string, output: Pick<RowOutput<T>, 'columns' | 'cells'>, records: readonly T[]): Answer {
  const lines = [csvRow(output.columns), ...records.map((r) => csvRow(output.cells(r)))];
  return {
    type: 'text/csv; charset=utf-8',
    body: `\ufeff${lines.join('\n')}\n`,
    headers: { 'content-disposition': `attachment; filename="${name.replace(/[^\w.-]+/g, '_')}.csv"` },
  };
}

export const wantsCsv = (url: URL) => url.searchParams.get('format') === 'csv';
