/**
 * Crash safety: `chitieu import` of 40 reports killed with SIGKILL at random points, five times
 * over, on one database. After every kill the database must open (integrity_check ok) and every
 * document in it must be whole (row_count = its appendix rows); a last run finishes the job with
 * each report exactly once.
 *
 * Round 1 kills on a timer (100–600 ms: start-up, creating the database, the first files);
 * rounds 2–5 kill after 1–4 more reports were reported imported, plus 0–150 ms, so that the
 * kill lands while files are being parsed and written. The random points come from a seed that
 * the test prints; CHITIEU_KILL_SEED=<n> replays a run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabase, ROWS_WITH_VALUE, runChitieu, startChitieu, tempDir, writeSeedCopies } from './run.js';

const COPIES = 40;
const ROUNDS = 5;

/** A linear congruential generator (Numerical Recipes' constants): enough to pick moments, and seeded. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

interface Kill {
  round: number;
  /** What decided the moment: a delay, or a number of newly imported reports and a delay after them. */
  plan: string;
  signal: NodeJS.Signals | null;
  importedBeforeKill: number;
}

/** Starts an import and SIGKILLs it when `killAt` says so (given the reports imported so far). */
function importUntilKilled(args: string[], killAt: { afterMs: number } | { afterImported: number; thenMs: number }): Promise<Omit<Kill, 'round' | 'plan'>> {
  return new Promise((resolve, reject) => {
    const child = startChitieu([...args, '--json']);
    let imported = 0;
    let pending = '';
    let armed = false;
    const kill = () => child.kill('SIGKILL');
    const arm = (ms: number) => {
      if (armed) return;
      armed = true;
      setTimeout(kill, ms);
    };
    if ('afterMs' in killAt) arm(killAt.afterMs);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.includes('"outcome":"imported"')) imported++;
      if ('afterImported' in killAt && imported >= killAt.afterImported) arm(killAt.thenMs);
    });
    child.stderr!.resume();
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, importedBeforeKill: imported }));
  });
}

describe('an import killed with SIGKILL at random points', () => {
  const work = tempDir();
  const archive = join(work, 'archive');
  const dbPath = join(work, 'kill.sqlite');
  const copies = writeSeedCopies(archive, COPIES);
  const seedOf = new Map(copies.map((c) => [c.path, c.seed]));
  const seed = Number(process.env.CHITIEU_KILL_SEED ?? Date.now() % 1_000_000_007);
  const random = seededRandom(seed);

  function expectWholeDocuments(when: string) {
    const check = checkDatabase(dbPath);
    expect(check.integrity, when).toBe('ok');
    for (const doc of check.documents) {
      expect(doc.status, `${when}: ${doc.path}`).toBe('imported');
      expect(doc.rows, `${when}: ${doc.path}`).toBe(doc.row_count);
      expect(doc.with_value, `${when}: ${doc.path}`).toBe(ROWS_WITH_VALUE[seedOf.get(doc.path)!]);
    }
    expect(new Set(check.documents.map((d) => d.path)).size, when).toBe(check.documents.length);
    return check;
  }

  it(`leaves a database that opens, with whole documents only, after each of ${ROUNDS} kills; a last run imports all ${COPIES} once`, async () => {
    console.log(`kill test seed ${seed} (CHITIEU_KILL_SEED=${seed} replays it)`);
    const kills: Kill[] = [];
    let documents = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const killAt = round === 1 ? { afterMs: 100 + Math.round(random() * 500) } : { afterImported: 1 + Math.floor(random() * 4), thenMs: Math.round(random() * 150) };
      const plan = 'afterMs' in killAt ? `after ${killAt.afterMs} ms` : `${killAt.thenMs} ms after ${killAt.afterImported} more imported`;
      const result = await importUntilKilled(['import', archive, '--db', dbPath], killAt);
      kills.push({ round, plan, ...result });
      // Killed while it still had work: the import never got to finish on its own.
      expect(result.signal, `round ${round} (${plan})`).toBe('SIGKILL');
      if (existsSync(dbPath)) {
        const check = expectWholeDocuments(`after kill ${round} (${plan})`);
        expect(check.documents.length).toBeGreaterThanOrEqual(documents);
        documents = check.documents.length;
      }
    }
    console.log(kills.map((k) => `round ${k.round}: killed ${k.plan} (${k.importedBeforeKill} reported imported)`).join('\n') + `\n${documents} of ${COPIES} documents stored before the last run`);
    expect(documents).toBeLessThan(COPIES);

    const last = runChitieu(['import', archive, '--db', dbPath]);
    expect(last.status, last.stderr).toBe(0);
    const check = expectWholeDocuments('after the last run');
    expect(check.documents.map((d) => d.path).sort()).toEqual(copies.map((c) => c.path).sort());
    expect(new Set(check.documents.map((d) => d.sha256)).size).toBe(COPIES);

    const again = runChitieu(['import', archive, '--db', dbPath]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${COPIES} files: 0 imported, ${COPIES} unchanged, 0 failed`));
  });
});
