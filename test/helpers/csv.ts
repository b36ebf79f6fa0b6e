import { parseString } from '@fast-csv/parse';

/** A CSV with a header line, parsed by a real CSV parser into one record per row. */
export function csvRecords(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve(rows))
      .on('error', reject);
  });
}
