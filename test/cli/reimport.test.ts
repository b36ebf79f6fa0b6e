/**
 * Reading files again: `import --force` replaces a file's stored rows (here to apply another
 * --unit, which a plain re-import leaves unchanged), and `reimport --outdated` re-reads the files
 * read by an earlier parser version from their stored paths, skipping a file that is gone.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../../src/pipeline/parser-version.js';
import { chitieu, tempDir } from '../helpers/cli.js';
import { seedPath } from '../helpers/seeds.js';

const work = tempDir();
const db = join(work, 'r.sqlite');
const a = join(work, 'a', '000.txt');
const b = join(work, 'a', '001.txt');

function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(db, { readonly: true });
  const rows = sqlite.prepare(sql).all(...params) as T[];
  sqlite.close();
  return rows;
}

beforeAll(() => {
  mkdirSync(join(work, 'a'));
  copyFileSync(seedPath('000'), a);
  copyFileSync(seedPath('001'), b);
  expect(chitieu(['import', a, b, '--db', db, '--jobs', '1']).status).toBe(0);
});

describe('import --force', () => {
  it('re-reads a file already imported, replacing its rows rather than adding to them', () => {
    const [before] = query<{ unit: string; rows: number }>('SELECT d.unit, (SELECT count(*) FROM appendix_rows r WHERE r.document_id = d.id) AS rows FROM documents d WHERE path = ?', a);
    expect(before!.unit).toBe('Ban Dân tộc');
    const plain = chitieu(['import', a, '--db', db, '--unit', 'Sở Nội vụ', '--json']);
    expect(JSON.parse(plain.stdout.trim().split('\n').at(-1)!).summary).toMatchObject({ imported: 0, unchanged: 1 });
    const forced = chitieu(['import', a, '--db', db, '--unit', 'Sở Nội vụ', '--force', '--json']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout.trim().split('\n').at(-1)!).summary).toMatchObject({ imported: 1, unchanged: 0 });
    const after = query<{ unit: string; rows: number }>('SELECT d.unit, (SELECT count(*) FROM appendix_rows r WHERE r.document_id = d.id) AS rows FROM documents d WHERE path = ?', a);
    expect(after).toEqual([{ unit: 'Sở Nội vụ', rows: before!.rows }]);
    expect(query('SELECT id FROM documents')).toHaveLength(2);
  });
});

describe('reimport --outdated', () => {
  it('stores the parser version with each document', () => {
    expect(query('SELECT DISTINCT parser_version AS v FROM documents')).toEqual([{ v: PARSER_VERSION }]);
  });

  it('re-reads the files of an older version from their paths and reports a file that is gone', () => {
    const sqlite = new Database(db);
    sqlite.prepare('UPDATE documents SET parser_version = NULL').run();
    sqlite.close();
    rmSync(b);
    const run = chitieu(['reimport', '--outdated', '--db', db, '--jobs', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`missing: ${b} (document 2, read by version unknown); skipped\n`);
    expect(run.stderr).toContain(`2 report(s) read by a version before ${PARSER_VERSION}; 1 to read again, 1 missing\n`);
    expect(query('SELECT path, parser_version AS v FROM documents ORDER BY path')).toEqual([
      { path: a, v: PARSER_VERSION },
      { path: b, v: null },
    ]);
    expect(chitieu(['reimport', '--db', db]).status).toBe(2);
  });
});
