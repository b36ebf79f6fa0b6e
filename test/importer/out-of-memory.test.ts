/**
 * A parse worker that runs out of memory fails only its file (file/out-of-memory); the library is
 * called directly here so that the worker heap can be made small (heapMb). The allocation is a
 * test-only hook of src/importer/worker.ts (CHITIEU_TEST_OOM_ON).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths, type FileResult, type ImportSummary } from '../../src/importer/import-files.js';
import { openDatabase } from '../../src/store/db.js';
import { tempDir } from '../helpers/cli.js';
import { writeSeedCopy } from './archive.js';

describe('a parse worker out of memory', () => {
  const results: FileResult[] = [];
  let summary: ImportSummary;

  beforeAll(async () => {
    const work = tempDir();
    const archive = join(work, 'archive');
    writeSeedCopy('000', join(archive, 'a.txt'), 'a');
    writeSeedCopy('002', join(archive, 'b-day.txt'), 'b');
    writeSeedCopy('003', join(archive, 'c.txt'), 'c');
    process.env.CHITIEU_TEST_OOM_ON = 'b-day';
    const db = openDatabase(join(work, 'db.sqlite'));
    try {
      summary = await importPaths([archive], { db, jobs: 1, heapMb: 64, onFile: (result) => results.push(result) });
    } finally {
      db.close();
    }
  });

  afterAll(() => {
    delete process.env.CHITIEU_TEST_OOM_ON;
  });

  it('fails that file with file/out-of-memory and imports the others with a new worker', () => {
    expect(results.find((r) => r.path.endsWith('b-day.txt'))).toMatchObject({ outcome: 'failed', code: 'file/out-of-memory', message: expect.stringMatching(/more memory than a parse worker may use/) });
    expect(results.filter((r) => r.outcome === 'imported').map((r) => r.path.split('/').pop())).toEqual(['a.txt', 'c.txt']);
    expect(summary).toMatchObject({ done: 3, imported: 2, failed: 1, workersStarted: 2, interrupted: false });
  });
});
