/**
 * Issue "Bad input and faults": fixtures/faults/ mixed with good reports, imported by the real
 * binary into a temporary database. Every file is either imported whole or refused by name with
 * its code, a reason in plain words and what to do; nothing of a refused file is stored.
 *
 * Besides the committed faults, the folder gets what git cannot hold: a file nobody may read
 * (chmod 000), two symlink loops, and a good report whose name has Vietnamese letters, spaces
 * and quotes. It is given twice on the command line. As root, chitieu runs as `nobody` so that
 * chmod 000 really blocks reading (root reads any file).
 */
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { checkDatabase, copySeed, runChitieu, runningAsRoot, ROWS_WITH_VALUE, sharedTempDir, STACK_LINE, type DatabaseCheck } from './run.js';

/** What the user is told for each refused file: its code, and words from the "what to do" part. */
const REFUSED: Record<string, { code: string; todo: RegExp }> = {
  'empty.txt': { code: 'file/empty', todo: /copy or download the report again/ },
  'garbage.txt': { code: 'file/binary', todo: /check that it is the right file/ },
  'truncated.pdf': { code: 'pdf/corrupt', todo: /get the file again/ },
  'corrupt.pdf': { code: 'pdf/corrupt', todo: /get the file again/ },
  'encrypted.pdf': { code: 'pdf/encrypted', todo: /open it with the password, save or print it as an unprotected PDF/ },
  'scan.pdf': { code: 'pdf/no-text-layer', todo: /run it through OCR/ },
  'cut-off.docx': { code: 'docx/not-a-zip', todo: /get the file again/ },
  'word-97.docx': { code: 'docx/not-a-zip', todo: /save it as an unprotected \.docx/ },
  'not-word.docx': { code: 'docx/not-word', todo: /import the report itself/ },
  'zip-bomb.docx': { code: 'docx/zip-too-large', todo: /not unpacked .*open it in Word or LibreOffice and save it again/ },
  'khong-doc-duoc.txt': { code: 'file/unreadable', todo: /you are not allowed to read it: ask for read access, or copy it somewhere you can read \(EACCES\)/ },
};

/** Good reports and the rows with a value each must bring. */
const VIETNAMESE_NAME = 'Báo cáo "quý I" 2024.txt';
const IMPORTED: Record<string, number> = {
  '000_seed.txt': ROWS_WITH_VALUE[0]!,
  '001_seed.txt': ROWS_WITH_VALUE[1]!,
  '002_seed.txt': ROWS_WITH_VALUE[2]!,
  '003_seed.txt': ROWS_WITH_VALUE[3]!,
  [VIETNAMESE_NAME]: ROWS_WITH_VALUE[0]!,
  'no-appendix.txt': 0,
};

const work = sharedTempDir();
const archive = join(work, 'archive');
const dbPath = join(work, 'db', 'faults.sqlite');
const at = (name: string) => join(archive, name);
let run: ReturnType<typeof runChitieu>;
let stored: DatabaseCheck;

function buildArchive(): void {
  mkdirSync(archive);
  chmodSync(archive, 0o755);
  for (const name of readdirSync(join(REPO, 'fixtures/faults'))) copyFileSync(join(REPO, 'fixtures/faults', name), at(name));
  for (let i = 0; i < 4; i++) copySeed(i, at(`00${i}_seed.txt`));
  // Seed 000 is the quarter I 2024 report; a line more makes it a document of its own.
  writeFileSync(at(VIETNAMESE_NAME), `${readFileSync(at('000_seed.txt'), 'utf8')}\nBản lưu.\n`);
  writeFileSync(at('khong-doc-duoc.txt'), `${readFileSync(at('001_seed.txt'), 'utf8')}\nBản lưu.\n`);
  chmodSync(at('khong-doc-duoc.txt'), 0o000);
  symlinkSync('.', at('vong-lap'));
  mkdirSync(at('thu-muc-con'));
  symlinkSync('..', at('thu-muc-con/ve-goc'));
  mkdirSync(join(work, 'db'));
  chmodSync(join(work, 'db'), 0o777);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function storedDocument(name: string) {
  return stored.documents.filter((d) => d.path.endsWith(`/${name}`));
}

/** The per-file line of the plain output for a file: `[n/total] OUTCOME  path...`. */
function linesFor(output: string, name: string): string[] {
  return output.split('\n').filter((l) => /^\[\d+\/\d+\]/.test(l) && l.includes(` ${at(name)}`));
}

beforeAll(() => {
  buildArchive();
  if (runningAsRoot) console.log('running as root: chitieu is run as uid 65534 (nobody) so that the chmod 000 file really cannot be read');
  // The same folder twice, once with a trailing slash.
  run = runChitieu(['import', archive, `${archive}/`, '--db', dbPath], { asUser: true });
  stored = checkDatabase(dbPath);
});

describe('a folder of broken files mixed with good reports', () => {
  it('exits with 1 and no stack trace', () => {
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.status).toBe(1);
  });

  it('reports every file once, although the folder is given twice and holds two symlink loops', () => {
    for (const name of [...Object.keys(REFUSED), ...Object.keys(IMPORTED)]) expect(linesFor(run.stderr, name), name).toHaveLength(1);
    const files = Object.keys(REFUSED).length + Object.keys(IMPORTED).length;
    expect(run.stderr).toMatch(new RegExp(`^${files} files: ${Object.keys(IMPORTED).length} imported, 0 unchanged, ${Object.keys(REFUSED).length} failed`, 'm'));
  });

  it.each(Object.entries(REFUSED))('refuses %s by name, with its code, the reason and what to do', (name, { code, todo }) => {
    const [line] = linesFor(run.stderr, name);
    expect(line).toMatch(/FAILED/);
    const said = new RegExp(`${escape(at(name))}: (.+) \\[${code}\\]$`).exec(line!);
    expect(said, line).not.toBeNull();
    const message = said![1]!;
    // What is wrong, then what to do, in plain words.
    expect(message).toMatch(/^(is|has|would|declares|cannot) /);
    expect(message).toMatch(todo);
  });

  it('stores each refusal with its code and message, and not one appendix row of it', () => {
    for (const [name, { code }] of Object.entries(REFUSED)) {
      if (code === 'file/unreadable') continue; // nothing was read, so there is no content hash to key it by
      const [doc, ...more] = storedDocument(name);
      expect(more, name).toEqual([]);
      expect(doc, name).toMatchObject({ status: 'failed', error_code: code, row_count: 0, rows: 0 });
      const [stored] = JSON.parse(doc!.messages) as { code: string; message: string }[];
      expect(stored, name).toMatchObject({ severity: 'error', code });
      expect(run.stderr).toContain(`${at(name)}: ${stored!.message} [${code}]`);
    }
    expect(storedDocument('khong-doc-duoc.txt')).toEqual([]);
  });

  it('imports every good report whole, the one with quotes and Vietnamese letters in its name too', () => {
    for (const [name, withValue] of Object.entries(IMPORTED)) {
      const [doc, ...more] = storedDocument(name);
      expect(more, name).toEqual([]);
      expect(doc, name).toMatchObject({ status: 'imported', with_value: withValue });
      expect(doc!.rows, name).toBe(doc!.row_count);
      expect(linesFor(run.stderr, name)[0], name).toMatch(/ imported /);
    }
    expect(storedDocument(VIETNAMESE_NAME)[0]!.path).toBe(at(VIETNAMESE_NAME));
  });

  it('imports a report with no appendix with no figures and an appendix/not-found warning', () => {
    const [doc] = storedDocument('no-appendix.txt');
    expect(doc).toMatchObject({ status: 'imported', row_count: 0, rows: 0 });
    expect(JSON.parse(doc!.messages)).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'appendix/not-found' }));
  });

  it('lists the refused files again at the end, after the summary line', () => {
    const end = run.stderr.slice(run.stderr.lastIndexOf('\n' + `${Object.keys(REFUSED).length} files failed:`));
    for (const [name, { code }] of Object.entries(REFUSED)) expect(end, name).toMatch(new RegExp(`^  ${escape(at(name))}: .+ \\[${code}\\]$`, 'm'));
    expect(end.trim().split('\n')).toHaveLength(Object.keys(REFUSED).length + 1);
  });

  it('leaves a database that is whole, with nothing but these documents', () => {
    expect(stored.integrity).toBe('ok');
    expect(stored.documents).toHaveLength(Object.keys(IMPORTED).length + Object.keys(REFUSED).length - 1);
    expect(new Set(stored.documents.map((d) => d.path)).size).toBe(stored.documents.length);
  });
});

describe('the same folder imported again, with --json', () => {
  it('leaves the imported files unchanged, refuses the bad ones again with the same codes, and stores nothing twice', () => {
    const again = runChitieu(['import', archive, '--db', dbPath, '--json'], { asUser: true });
    expect(again.status).toBe(1);
    const results = again.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path?: string; outcome?: string; code?: string; summary?: unknown });
    const byName = new Map(results.filter((r) => r.path).map((r) => [r.path!.slice(archive.length + 1), r]));
    for (const name of Object.keys(IMPORTED)) expect(byName.get(name), name).toMatchObject({ outcome: 'unchanged' });
    for (const [name, { code }] of Object.entries(REFUSED)) expect(byName.get(name), name).toMatchObject({ outcome: 'failed', code, message: expect.any(String) });
    expect(results.at(-1)).toMatchObject({ summary: { imported: 0, unchanged: Object.keys(IMPORTED).length, failed: Object.keys(REFUSED).length } });
    // The failures again, as one object just before the summary.
    const listed = (results.at(-2) as unknown as { failures: { path: string; code: string }[] }).failures;
    expect(Object.fromEntries(listed.map((f) => [f.path.slice(archive.length + 1), f.code]))).toEqual(Object.fromEntries(Object.entries(REFUSED).map(([name, r]) => [name, r.code])));
    const after = checkDatabase(dbPath);
    expect(after.documents.map((d) => [d.path, d.status, d.rows])).toEqual(stored.documents.map((d) => [d.path, d.status, d.rows]));
  });
});
