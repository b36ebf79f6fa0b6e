/**
 * One convention for every command (issue #13 item 3): the shared row options and filters, one
 * `Error: ...` line with exit 2 for wrong usage (commander's own errors too), a closed pipe
 * ending quietly with 0, and `chitieu warnings`. The real binary on a temporary database of the
 * four seeds; expected values read from the seeds by hand.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, chitieu, tempDir } from '../helpers/cli.js';

const work = tempDir();
const db = join(work, 'seeds.sqlite');
const BIN = join(REPO, 'dist/src/cli/main.js');
let someRow = 0;

beforeAll(() => {
  expect(chitieu(['import', join(REPO, 'fixtures/seeds'), '--db', db, '--jobs', '1']).status).toBe(0);
  const sqlite = new Database(db, { readonly: true });
  someRow = sqlite.prepare("SELECT id FROM appendix_rows WHERE match_method = 'exact' LIMIT 1").pluck().get() as number;
  sqlite.close();
});

/** A real shell pipe: `chitieu ... | head -1`, with the pipeline failing when chitieu does. */
function piped(args: string[], reader = 'head -1'): { status: number | null; stdout: string; stderr: string } {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const run = spawnSync('bash', ['-c', `set -o pipefail; '${process.execPath}' '${BIN}' ${quoted} | ${reader}`], { encoding: 'utf8', cwd: work });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a closed pipe ends quietly with 0', () => {
  const rowCommands = (): string[][] => [
    ['indicators'],
    ['export', '--db', db],
    ['units', '--db', db],
    ['diff', '--db', db, '--unit', 'gia-lai/ban-dân-tộc', '--from', '2023', '--to', '2024-Q1', '--to-unit', 'khánh-hòa/ban-dân-tộc'],
    ['unmatched', '--db', db],
    ['explain', String(someRow), '--db', db],
    ['catalog', 'suggest', '--db', db],
    ['catalog', 'added', '--db', db],
    ['warnings', '--db', db],
  ];

  it.each(['json', 'jsonl', 'csv', 'table'])('every row command with --format %s | head -1', (format) => {
    for (const args of rowCommands()) {
      const run = piped([...args, '--format', format]);
      expect({ args, status: run.status, stack: run.stderr.match(/EPIPE|\n\s+at /)?.[0] ?? null }).toEqual({ args, status: 0, stack: null });
      // One line (none for jsonl of an empty list: catalog added on a fresh database).
      expect(run.stdout.split('\n').length).toBeLessThanOrEqual(2);
    }
  });

  it('also when the reader reads nothing at all (chitieu export | true: the whole output meets a closed pipe)', () => {
    const run = piped(['export', '--db', db, '--format', 'json'], 'true');
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/Error|EPIPE/);
  });
});

describe('wrong usage: one Error line, exit 2', () => {
  it.each([
    [['export', '--format', 'nope'], "Error: option '--format <format>' argument 'nope' is invalid. Allowed choices are table, csv, tsv, json, jsonl, long, wide.\n"],
    [['frobnicate'], "Error: unknown command 'frobnicate'\n"],
    [['units', '--frob'], "Error: unknown option '--frob'\n"],
    [['diff', '--unit', 'x'], "Error: required option '--from <period>' not specified\n"],
    [['export', '--unit', ''], 'Error: --unit needs a value, not an empty text\n'],
    [['warnings', '--code', '  '], 'Error: --code needs a value, not an empty text\n'],
    [['import', '', '--db', 'x.sqlite'], 'Error: import: an argument is empty\n'],
    [['indicators', '--area', '9'], 'Error: --area 9: give an area number from 1 to 7\n'],
  ])('chitieu %j', (args, message) => {
    const run = chitieu([...args, ...(args[0] === 'import' || args[0] === 'indicators' ? [] : ['--db', db])], { cwd: work });
    expect(run.stderr).toBe(message);
    expect(run.status).toBe(2);
  });

  it('an unknown unit or indicator suggests the closest', () => {
    const unit = chitieu(['export', '--db', db, '--unit', 'Ban Dan tocc']);
    expect(unit.stderr).toBe("Error: no unit matches 'Ban Dan tocc'; did you mean 'Ban Dân tộc'?\n");
    expect(unit.status).toBe(2);
    const indicator = chitieu(['indicators', '--indicator', 'chidao.van_ban_chi_dau']);
    expect(indicator.stderr).toBe("Error: no indicator matches 'chidao.van_ban_chi_dau'; did you mean 'chidao.van_ban_chi_dao'?\n");
    expect(indicator.status).toBe(2);
  });

  it('--help and --version end with 0', () => {
    expect(chitieu(['--version']).status).toBe(0);
    expect(chitieu(['export', '--help']).status).toBe(0);
  });
});

describe('the same filters everywhere', () => {
  const unitsOf = (args: string[]) => (JSON.parse(chitieu(['units', '--db', db, '--format', 'json', ...args]).stdout) as Array<{ key: string }>).map((u) => u.key);

  it('match any part of the name, without case or diacritics; = for the whole name', () => {
    expect(unitsOf(['--unit', 'BAN DAN TOC'])).toEqual(['gia-lai/ban-dân-tộc', 'khánh-hòa/ban-dân-tộc']);
    expect(unitsOf(['--unit', 'nguyen trai'])).toEqual(['kon-tum/ubnd-phường-nguyễn-trãi']);
    expect(unitsOf(['--unit', '=ubnd phuong nguyen trai'])).toEqual(['kon-tum/ubnd-phường-nguyễn-trãi']);
    const none = chitieu(['units', '--db', db, '--unit', '=Nguyễn Trãi']);
    expect(none.stderr).toBe("Error: no unit matches 'Nguyễn Trãi'; did you mean 'UBND phường Nguyễn Trãi'?\n");
    expect(none.status).toBe(2);
    expect(unitsOf(['--province', 'khanh'])).toEqual(['khánh-hòa/ban-dân-tộc']);
    expect(unitsOf(['--period', '2023'])).toEqual(['gia-lai/ban-dân-tộc']);
  });

  it('export: --indicator picks IDs containing the text, =id that ID alone; --section is --area', () => {
    const ids = (args: string[]) => new Set(chitieu(['export', '--db', db, '--format', 'jsonl', ...args]).stdout.trim().split('\n').map((l) => JSON.parse(l).indicator_id));
    expect([...ids(['--indicator', '=chidao.van_ban_chi_dao'])]).toEqual(['chidao.van_ban_chi_dao']);
    const under = ids(['--indicator', 'chidao.nhiem_vu.cap_tren']);
    expect(under.size).toBeGreaterThan(1);
    for (const id of under) expect(id.startsWith('chidao.nhiem_vu.cap_tren')).toBe(true);
    expect(ids(['--section', '1'])).toEqual(ids(['--area', '1']));
  });

  it('the old flags still work: --json, --csv', () => {
    expect(chitieu(['units', '--db', db, '--json']).stdout).toBe(chitieu(['units', '--db', db, '--format', 'json']).stdout);
    expect(chitieu(['units', '--db', db, '--csv']).stdout.split('\n')[0]).toBe('unit_key,unit,province,level,period,documents,current_document_id,current_source_file');
  });

  it('--no-excel-guard leaves a cell starting with - as printed', () => {
    const guarded = chitieu(['export', '--db', db, '--format', 'tsv']).stdout;
    const plain = chitieu(['export', '--db', db, '--format', 'tsv', '--no-excel-guard']).stdout;
    expect(guarded).toContain("\t'- Ban Dân tộc\t");
    expect(plain).toContain('\t- Ban Dân tộc\t');
    expect(plain).not.toContain("'- ");
  });
});

describe('chitieu warnings', () => {
  it('lists what import stored, filtered by code and file', () => {
    const run = chitieu(['warnings', '--db', db, '--code', 'row/unmatched', '--file', '000_', '--format', 'json']);
    expect(run.status).toBe(0);
    const listed = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    // Seed 000 line 150: the plan decision "Quyết định số 02/QĐ-BDT ..." is left for review.
    expect(listed).toEqual([
      expect.objectContaining({ document_id: 1, severity: 'warning', code: 'row/unmatched', place: 'line 150', source_file: expect.stringMatching(/000_9e493d0445893002\.txt$/) }),
    ]);
    const sqlite = new Database(db, { readonly: true });
    const stored = (JSON.parse(sqlite.prepare('SELECT messages FROM documents WHERE id = 1').pluck().get() as string) as unknown[]).length;
    sqlite.close();
    expect(JSON.parse(chitieu(['warnings', '--db', db, '--file', '000_', '--format', 'json']).stdout)).toHaveLength(stored);
  });
});
