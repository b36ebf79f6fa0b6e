/**
 * Two `chitieu import` processes on one new database at the same time, on overlapping folders:
 * both finish with exit code 0 and the database holds each report once. Three rounds, each on a
 * new database, since the moment both processes create the schema is the one that breaks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabase, ROWS_WITH_VALUE, startChitieu, tempDir, writeSeedCopies } from './run.js';

interface Finished {
  code: number | null;
  stderr: string;
}

function importInBackground(args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = startChitieu(args);
    let stderr = '';
    child.stdout!.resume();
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two imports on one database at once', () => {
  const work = tempDir();
  // a: copies 0–5, shared: 6–13, b: 14–19; one process takes a and shared, the other shared and b.
  const a = writeSeedCopies(join(work, 'a'), 6, 0);
  const shared = writeSeedCopies(join(work, 'shared'), 8, 6);
  const b = writeSeedCopies(join(work, 'b'), 6, 14);
  const all = [...a, ...shared, ...b];
  const seedOf = new Map(all.map((c) => [c.path, c.seed]));

  it.each([1, 2, 3])('round %i: both exit 0 and every report is stored once, whole', async (round) => {
    const dbPath = join(work, `together-${round}.sqlite`);
    const [first, second] = await Promise.all([
      importInBackground(['import', join(work, 'a'), join(work, 'shared'), '--db', dbPath]),
      importInBackground(['import', join(work, 'shared'), join(work, 'b'), '--db', dbPath]),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const check = checkDatabase(dbPath);
    expect(check.integrity).toBe('ok');
    expect(check.documents.map((d) => d.path).sort()).toEqual(all.map((c) => c.path).sort());
    for (const doc of check.documents) {
      expect(doc).toMatchObject({ status: 'imported', rows: doc.row_count, with_value: ROWS_WITH_VALUE[seedOf.get(doc.path)!] });
    }
  });
});
