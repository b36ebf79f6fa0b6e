/**
 * What an import remembers of each unit and period between its saves (src/store/version-cache.ts):
 * copies share one figure array, another connection's commit makes it forget; and an import of
 * copies and a re-issue stores the decisions the rule gives (src/report/versions.ts), written here
 * by hand, the same as deciding every group again from the database.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideAllVersions } from '../../src/store/current-versions.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { VersionCache } from '../../src/store/version-cache.js';
import { chitieu, tempDir } from '../helpers/cli.js';
import { csvRecords } from '../helpers/csv.js';
import { seedPath } from '../helpers/seeds.js';

describe('VersionCache', () => {
  const path = join(tempDir(), 'cache.sqlite');
  let mine: Db;
  let other: Db;
  beforeAll(() => {
    mine = openDatabase(path);
    other = openDatabase(path);
  });
  afterAll(() => {
    mine.close();
    other.close();
  });

  it('forgets everything past 2,000 documents, and reads them again', () => {
    const cache = new VersionCache();
    cache.check(mine);
    let reads = 0;
    const read = () => (reads++, ['a']);
    for (let id = 1; id <= 2_000; id++) cache.figures(id, `h${id}`, read);
    cache.figures(1, 'h1', read);
    expect(reads).toBe(2_000);
    cache.figures(2_001, 'h2001', read);
    cache.figures(1, 'h1', read);
    expect(reads).toBe(2_002);
  });

  it('reads a document figures once, and gives equal lists as one array', () => {
    const cache = new VersionCache();
    cache.check(mine);
    let reads = 0;
    const read = (figures: string[]) => () => (reads++, [...figures]);
    const first = cache.figures(1, 'aa', read(['b', 'a', 'a']));
    expect(first).toEqual(['b', 'a', 'a']);
    expect(cache.figures(1, 'aa', read(['x']))).toBe(first);
    expect(cache.figures(2, 'bb', read(['b', 'a', 'a']))).toBe(first);
    // The same figures in another order: their order decides the order of disagreement messages.
    expect(cache.figures(3, 'dd', read(['a', 'b', 'a']))).not.toBe(first);
    expect(reads).toBe(3);
    // Another content under a reused id is read again.
    expect(cache.figures(1, 'cc', read(['c']))).toEqual(['c']);
    expect(reads).toBe(4);
  });

  it('forgets everything when another connection commits, not when its own does', () => {
    const cache = new VersionCache();
    cache.check(mine);
    let reads = 0;
    const read = () => (reads++, ['a']);
    cache.figures(1, 'aa', read);
    mine.exec("INSERT INTO migrations (name, applied_at) VALUES ('test-own', 'now')");
    cache.check(mine);
    cache.figures(1, 'aa', read);
    expect(reads).toBe(1);
    other.exec("INSERT INTO migrations (name, applied_at) VALUES ('test-other', 'now')");
    cache.check(mine);
    cache.figures(1, 'aa', read);
    expect(reads).toBe(2);
  });
});

describe('an import of copies of a report and its re-issue, one unit and period', () => {
  const work = tempDir();
  const archive = join(work, 'archive');
  const db = join(work, 'versions.sqlite');
  const seed = readFileSync(seedPath('000'), 'utf8');
  let documents: Record<string, string>[];

  beforeAll(async () => {
    mkdirSync(archive);
    writeFileSync(join(archive, 'a.txt'), seed);
    writeFileSync(join(archive, 'b.txt'), `${seed.trimEnd()}\n\nBản sao 1.\n`);
    writeFileSync(join(archive, 'c.txt'), `${seed.trimEnd()}\n\nBản sao 2.\n`);
    // Line 151 of the seed: "- Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 31": 32 in the re-issue.
    const reissue = seed.split('\n');
    reissue[150] = reissue[150]!.replace('\t31\t', '\t32\t');
    writeFileSync(join(archive, 'd.txt'), reissue.join('\n'));
    const run = chitieu(['import', archive, '--db', db, '--jobs', '2']);
    expect(run.status, run.stderr).toBe(0);
    const out = chitieu(['documents', '--db', db, '--format', 'csv']);
    documents = await csvRecords(out.stdout);
  });

  it('keeps the copies as other sources of the first and makes the re-issue current', () => {
    expect(documents.map((d) => [d.document_id, d.source_file.split('/').pop(), d.current, d.same_report_as])).toEqual([
      ['1', 'a.txt', 'no', ''],
      ['2', 'b.txt', 'no', '1'],
      ['3', 'c.txt', 'no', '1'],
      ['4', 'd.txt', 'yes', ''],
    ]);
    expect(documents[3]!.current_reason).toBe('newest report (by import time); replaces document 1');
    expect(documents[1]!.current_reason).toMatch(/^same report as document 1 \(.*a\.txt\), which has the same figures: another source$/);
  });

  it('stores what deciding every group again from the database gives', () => {
    const conn = openDatabase(db, { readonly: true });
    try {
      const decided = decideAllVersions(conn, { write: false });
      for (const d of documents) {
        const fresh = decided.get(Number(d.document_id))!;
        expect([d.current, d.current_reason, d.same_report_as]).toEqual([fresh.current ? 'yes' : 'no', fresh.why, fresh.sameReportAs === null ? '' : String(fresh.sameReportAs)]);
      }
    } finally {
      conn.close();
    }
  });
});
