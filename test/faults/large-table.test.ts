/**
 * A report with a 30,000-row appendix (made here: about 3 MB, too big for git), from seed 003's
 * rows (scripts/build-fault-fixtures.ts `largeTableReport`).
 *
 * - Killed with SIGKILL while its rows are being written, it leaves nothing of itself: the write
 *   is one transaction. The kill is timed by the WAL file growing (the rows go there before the
 *   commit); the transaction lasts some 80 ms, so a late kill is possible and is tried again on a
 *   new database, up to three times.
 * - Imported, it is whole, and the process's peak resident memory (worker threads included,
 *   measured by a preloaded module from `process.resourceUsage().maxRSS`) stays under 450 MB.
 *   Measured here: 270–355 MB, of which some 140 MB is the empty process with its worker.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeTableReport } from '../../scripts/build-fault-fixtures.js';
import { REPO } from '../helpers/cli.js';
import { checkDatabase, runChitieu, SEED_FILES, startChitieu, tempDir } from './run.js';

const ROWS = 30_000;
const MAX_RSS_MB = 450;

const work = tempDir();
const report = join(work, 'bang-lon.txt');

beforeAll(() => {
  writeFileSync(report, largeTableReport(readFileSync(join(REPO, 'fixtures/seeds', `${SEED_FILES[3]}.txt`), 'utf8'), ROWS));
});

/** Runs an import of the large report and kills it once the WAL has grown by `walBytes`. */
function killWhileWriting(dbPath: string, walBytes: number): Promise<{ signal: NodeJS.Signals | null; walAtKill: number; reportedImported: boolean }> {
  return new Promise((resolve, reject) => {
    const child = startChitieu(['import', report, '--db', dbPath, '--json']);
    const wal = `${dbPath}-wal`;
    let baseline: number | null = null;
    let walAtKill = 0;
    let out = '';
    const size = () => (existsSync(wal) ? statSync(wal).size : 0);
    const poll = setInterval(() => {
      const now = size();
      baseline ??= now > 0 ? now : null;
      if (baseline !== null && now - baseline > walBytes) {
        walAtKill = now;
        child.kill('SIGKILL');
        clearInterval(poll);
      }
    }, 2);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr!.resume();
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, walAtKill, reportedImported: out.includes('"outcome":"imported"') });
    });
  });
}

describe(`a report with a ${ROWS}-row appendix`, () => {
  it('killed while its rows are written, leaves a database that opens and holds nothing of it', async () => {
    const attempts: string[] = [];
    let landed = false;
    for (let attempt = 1; attempt <= 3 && !landed; attempt++) {
      const dbPath = join(work, `kill-${attempt}.sqlite`);
      const result = await killWhileWriting(dbPath, 512 * 1024);
      expect(result.signal).toBe('SIGKILL');
      const check = checkDatabase(dbPath);
      expect(check.integrity).toBe('ok');
      // Whatever the moment, no document is ever partly there.
      for (const doc of check.documents) expect(doc.rows).toBe(doc.row_count);
      landed = check.documents.length === 0 && !result.reportedImported;
      attempts.push(`attempt ${attempt}: killed with ${result.walAtKill} bytes in the WAL; ${check.documents.length} documents after recovery`);
    }
    console.log(attempts.join('\n'));
    expect(landed, 'the kill never landed inside the write transaction').toBe(true);
  });

  it(`is imported whole, with its ${ROWS} rows, in under ${MAX_RSS_MB} MB of memory`, () => {
    const rssFile = join(work, 'max-rss');
    const preload = join(work, 'max-rss.mjs');
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs';
       import { isMainThread } from 'node:worker_threads';
       if (isMainThread) process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
    );
    const dbPath = join(work, 'large.sqlite');
    const run = runChitieu(['import', report, '--db', dbPath], { nodeArgs: ['--import', preload] });
    expect(run.status, run.stderr).toBe(0);
    const [doc, ...more] = checkDatabase(dbPath).documents;
    expect(more).toEqual([]);
    expect(doc).toMatchObject({ status: 'imported', row_count: ROWS, rows: ROWS, with_value: ROWS });
    const maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    console.log(`peak resident memory importing ${ROWS} rows: ${maxRssMb.toFixed(0)} MB`);
    expect(maxRssMb).toBeGreaterThan(0);
    expect(maxRssMb).toBeLessThan(MAX_RSS_MB);
  });
});
