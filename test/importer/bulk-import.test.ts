/**
 * Issue "Archive scale": a folder of reports in every format imported by the real binary with
 * parallel workers, checked against the same import with one worker; files picked by content;
 * the --json records; exit codes; an import stopped halfway goes on where it stopped.
 */
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chitieu, tempDir, type CliRun } from '../helpers/cli.js';
import { copyFixture, databaseContent, documentsByName, fixturePath, parseJsonRun, resultFor, writeSeedCopy, type JsonRun } from './archive.js';

describe('a folder of text, DOCX and PDF reports imported in parallel', () => {
  const work = tempDir();
  const archive = join(work, 'archive');
  const names = ['000.txt', '001.txt', '002.txt', '003.txt', 'word/000.docx', 'word/001.docx', 'pdf/002.pdf', 'dump/000-layout.txt', 'pdf/khong-duoi'];
  let parallel: CliRun;
  let parallelJson: JsonRun;
  let single: CliRun;

  beforeAll(() => {
    for (const seed of ['000', '001', '002', '003']) copyFixture('seeds', seed, '.txt', join(archive, `${seed}.txt`));
    copyFixture('docx', '000', '.docx', join(archive, 'word/000.docx'));
    copyFixture('docx', '001', '.docx', join(archive, 'word/001.docx'));
    copyFixture('pdf', '002', '.pdf', join(archive, 'pdf/002.pdf'));
    copyFixture('layout', '000', '.txt', join(archive, 'dump/000-layout.txt'));
    // A PDF without extension: found by its first bytes.
    copyFixture('pdf', '000', '.pdf', join(archive, 'pdf/khong-duoi'));
    parallel = chitieu(['import', archive, '--db', join(work, 'parallel.sqlite'), '--jobs', '2', '--json']);
    parallelJson = parseJsonRun(parallel);
    single = chitieu(['import', archive, '--db', join(work, 'single.sqlite'), '--jobs', '1']);
  });

  it('imports every file and exits with 0', () => {
    expect(parallel.status, parallel.stderr).toBe(0);
    expect(parallelJson.summary).toMatchObject({ files: names.length, imported: names.length, unchanged: 0, failed: 0, skipped: 0, workersStarted: 2 });
    for (const name of names) expect(resultFor(parallelJson, name), name).toMatchObject({ outcome: 'imported' });
    expect(single.status, single.stderr).toBe(0);
    expect(single.stderr).toMatch(new RegExp(`^${names.length} files: ${names.length} imported, 0 unchanged, 0 failed`, 'm'));
  });

  it('stores the same documents and rows as an import with one worker', () => {
    const a = databaseContent(join(work, 'parallel.sqlite'));
    const b = databaseContent(join(work, 'single.sqlite'));
    expect(a.documents).toHaveLength(names.length);
    expect(a.rows.length).toBeGreaterThan(1000);
    expect(a.documents).toEqual(b.documents);
    expect(a.rows).toEqual(b.rows);
  });

  it('reads the PDF without extension as a PDF, with its pages', () => {
    expect(resultFor(parallelJson, 'pdf/khong-duoi')).toMatchObject({ outcome: 'imported', format: 'pdf', pages: 12 });
  });

  it('prints one JSON object per file, then a summary', () => {
    const imported = resultFor(parallelJson, '001.txt')!;
    expect(Object.keys(imported).sort()).toEqual(['documentId', 'format', 'ms', 'observations', 'outcome', 'path', 'rows', 'sha256', 'unmatched', 'warnings'].sort());
    expect(imported).toMatchObject({ format: 'text', observations: 146, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Object.keys(parallelJson.summary).sort()).toEqual(
      ['failed', 'figures', 'files', 'filesPerSecond', 'imported', 'interrupted', 'pages', 'rows', 'seconds', 'skipped', 'toReview', 'unchanged', 'workersStarted'].sort(),
    );
    // Pages of the two PDFs (12 each) and of the layout-text dump (12, cut by form feeds).
    expect(parallelJson.summary).toMatchObject({ interrupted: false, pages: 36 });
  });

  it('finds every file unchanged the second time, without starting a worker', () => {
    const again = chitieu(['import', archive, '--db', join(work, 'parallel.sqlite'), '--json']);
    expect(again.status).toBe(0);
    const run = parseJsonRun(again);
    expect(run.summary).toMatchObject({ imported: 0, unchanged: names.length, failed: 0, workersStarted: 0 });
    for (const file of run.files) expect(Object.keys(file).sort()).toEqual(['outcome', 'path', 'sha256']);
  });
});

describe('files in a folder are picked by content', () => {
  const work = tempDir();
  const archive = join(work, 'archive');
  let run: JsonRun;
  let status: number | null;

  beforeAll(() => {
    mkdirSync(archive);
    copyFileSync(fixturePath('docx', '002', '.docx'), join(archive, 'bao-cao.doc'));
    writeSeedCopy('003', join(archive, 'bao-cao.dat'), 'dat');
    writeFileSync(join(archive, 'anh.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 0, 0]));
    writeFileSync(join(archive, 'anh.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const done = chitieu(['import', archive, '--db', join(work, 'db.sqlite'), '--json']);
    status = done.status;
    run = parseJsonRun(done);
  });

  it('imports a Word file named .doc and a text report named .dat', () => {
    expect(resultFor(run, 'bao-cao.doc')).toMatchObject({ outcome: 'imported', format: 'docx' });
    expect(resultFor(run, 'bao-cao.dat')).toMatchObject({ outcome: 'imported', format: 'text', observations: 96 });
  });

  it('skips binary content under a name that is no report, and says so, without failing', () => {
    expect(resultFor(run, 'anh.bin')).toMatchObject({ outcome: 'skipped', message: expect.stringMatching(/not PDF, DOCX or text/) });
    expect(resultFor(run, 'anh.png')).toBeUndefined();
    expect(run.summary).toMatchObject({ files: 3, imported: 2, skipped: 1, failed: 0 });
    expect(status).toBe(0);
  });
});

describe('exit codes', () => {
  it('is 1 when any file failed, the others imported', () => {
    const work = tempDir();
    writeSeedCopy('000', join(work, 'a/good.txt'), 'good');
    writeFileSync(join(work, 'a/empty.txt'), '');
    const run = chitieu(['import', join(work, 'a'), '--db', join(work, 'db.sqlite'), '--json']);
    expect(run.status).toBe(1);
    const json = parseJsonRun(run);
    expect(resultFor(json, 'empty.txt')).toMatchObject({ outcome: 'failed', code: 'file/empty', message: expect.any(String) });
    expect(resultFor(json, 'good.txt')).toMatchObject({ outcome: 'imported' });
    expect(documentsByName(join(work, 'db.sqlite')).get('empty.txt')).toMatchObject({ status: 'failed', error_code: 'file/empty' });
  });

  it('is 1 for a path that does not exist', () => {
    const work = tempDir();
    const run = chitieu(['import', join(work, 'khong-co'), '--db', join(work, 'db.sqlite')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FAILED .*khong-co: does not exist \(any more\?\): check the path.* \[file\/not-found\]/);
  });

  it.each([
    [['--jobs', '0'], /--jobs 0 is not a positive whole number/],
    [['--jobs', '1.5'], /--jobs 1.5 is not a positive whole number/],
    [['--timeout', 'abc'], /--timeout abc is not a positive number/],
  ])('is 2 for a wrong option value %j', (option, said) => {
    const work = tempDir();
    const run = chitieu(['import', work, '--db', join(work, 'db.sqlite'), ...option]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(said);
  });
});

describe('an import stopped halfway', () => {
  it('goes on where it stopped: the files already imported are unchanged, only the rest is imported', () => {
    const work = tempDir();
    const archive = join(work, 'archive');
    const files = ['000', '001', '002', '003'].map((seed) => writeSeedCopy(seed, join(archive, `bao-cao-${seed}.txt`), seed));
    const db = join(work, 'db.sqlite');
    const first = chitieu(['import', files[0]!, files[1]!, '--db', db, '--json']);
    expect(parseJsonRun(first).summary).toMatchObject({ imported: 2 });
    const rest = parseJsonRun(chitieu(['import', archive, '--db', db, '--json']));
    expect(rest.summary).toMatchObject({ files: 4, imported: 2, unchanged: 2, failed: 0 });
    expect(resultFor(rest, 'bao-cao-000.txt')).toMatchObject({ outcome: 'unchanged' });
    expect(resultFor(rest, 'bao-cao-001.txt')).toMatchObject({ outcome: 'unchanged' });
    expect(resultFor(rest, 'bao-cao-002.txt')).toMatchObject({ outcome: 'imported' });
    expect(resultFor(rest, 'bao-cao-003.txt')).toMatchObject({ outcome: 'imported' });
  });

  it('takes a file named on the command line and inside a folder given with it once', () => {
    const work = tempDir();
    const archive = join(work, 'archive');
    const file = writeSeedCopy('002', join(archive, 'mot.txt'), 'mot');
    writeSeedCopy('003', join(archive, 'hai.txt'), 'hai');
    const run = parseJsonRun(chitieu(['import', file, archive, '--db', join(work, 'db.sqlite'), '--json']));
    expect(run.summary).toMatchObject({ files: 2, imported: 2 });
  });

  it('parses two copies of one content once: the second is unchanged', () => {
    const work = tempDir();
    const archive = join(work, 'archive');
    writeSeedCopy('002', join(archive, 'a.txt'), 'same');
    writeSeedCopy('002', join(archive, 'b.txt'), 'same');
    const run = parseJsonRun(chitieu(['import', archive, '--db', join(work, 'db.sqlite'), '--json', '--jobs', '2']));
    expect(run.summary).toMatchObject({ files: 2, imported: 1, unchanged: 1 });
  });
});

describe('an archive reorganised between imports', () => {
  const work = tempDir();
  const db = join(work, 'db.sqlite');
  const oldPath = join(work, 'archive', 'chua-phan-loai', 'bao-cao.txt');
  const newPath = join(work, 'archive', '2024', 'quy-1', 'bao-cao.txt');
  let moved: JsonRun;

  beforeAll(() => {
    writeSeedCopy('000', oldPath, 'moved');
    expect(chitieu(['import', join(work, 'archive'), '--db', db]).status).toBe(0);
    mkdirSync(join(work, 'archive', '2024', 'quy-1'), { recursive: true });
    renameSync(oldPath, newPath);
    moved = parseJsonRun(chitieu(['import', join(work, 'archive'), '--db', db, '--json']));
  });

  it('finds a moved file unchanged and points its figures to where it is now', () => {
    expect(moved.summary).toMatchObject({ files: 1, imported: 0, unchanged: 1, failed: 0 });
    expect(resultFor(moved, 'quy-1/bao-cao.txt')).toMatchObject({ outcome: 'unchanged', message: `moved from ${oldPath}; its figures now point here` });
    const exported = chitieu(['export', '--db', db]);
    const sources = new Set(exported.stdout.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[1]));
    expect([...sources]).toEqual([newPath]);
  });

  it('keeps the path of a file still in place when a copy of it turns up', () => {
    const copy = join(work, 'archive', 'ban-sao.txt');
    copyFileSync(newPath, copy);
    const run = parseJsonRun(chitieu(['import', copy, '--db', db, '--json']));
    expect(resultFor(run, 'ban-sao.txt')).toMatchObject({ outcome: 'unchanged', message: `same content as ${newPath}, which its figures point to` });
    const plain = chitieu(['import', copy, '--db', db]);
    expect(plain.stderr).toContain(`unchanged  ${copy}: same content as ${newPath}, which its figures point to`);
  });
});

describe('files that finish out of order', () => {
  const work = tempDir();
  const archive = join(work, 'archive');
  // The 12-page PDF first: with two workers the three text reports are parsed while it is.
  const names = ['a-000.pdf', 'b-001.txt', 'c-002.txt', 'd-003.txt'];

  beforeAll(() => {
    copyFixture('pdf', '000', '.pdf', join(archive, names[0]!));
    for (const [i, seed] of ['001', '002', '003'].entries()) copyFixture('seeds', seed, '.txt', join(archive, names[i + 1]!));
  });

  it('are written and reported in the order of the walk, with two workers', () => {
    const run = chitieu(['import', archive, '--db', join(work, 'ordered.sqlite'), '--jobs', '2', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const records = parseJsonRun(run).files;
    expect(records.map((r) => String(r.path).split('/').pop())).toEqual(names);
    expect(records.map((r) => r.documentId)).toEqual([1, 2, 3, 4]);
  });
});
