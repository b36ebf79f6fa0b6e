/**
 * `chitieu map` with an install folder it cannot write: the built CLI and its mappings copied to
 * a temporary folder and made read-only (chmod -R a-w), run from there. Tests run as root, where
 * chmod stops no write, so the check is that no file under the install's mappings/ changed or
 * appeared, that the decision is in the database and used by a later import into it, and that
 * another database does not get it.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/cli.js';
import { seedPath } from '../helpers/seeds.js';

const work = tempDir();
const install = join(work, 'install');
const db = join(work, 'own.sqlite');
const other = join(work, 'other.sqlite');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.CHITIEU_MAPPINGS;
  const r = spawnSync(process.execPath, [join(install, 'dist/src/cli/main.js'), ...args], { cwd: work, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

function chmodTree(path: string, mode: (m: number) => number): void {
  const stat = statSync(path);
  if (stat.isDirectory()) for (const name of readdirSync(path)) chmodTree(join(path, name), mode);
  chmodSync(path, mode(stat.mode));
}

function line150(database: string, file: string): unknown {
  const sqlite = new Database(database, { readonly: true });
  const found = sqlite
    .prepare('SELECT r.indicator_id, r.match_method FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path = ? AND r.line = 150')
    .get(file);
  sqlite.close();
  return found;
}

beforeAll(() => {
  mkdirSync(install);
  cpSync(join(REPO, 'dist'), join(install, 'dist'), { recursive: true });
  cpSync(join(REPO, 'mappings'), join(install, 'mappings'), { recursive: true });
  cpSync(join(REPO, 'package.json'), join(install, 'package.json'));
  symlinkSync(join(REPO, 'node_modules'), join(install, 'node_modules'));
  chmodTree(join(install, 'dist'), (m) => m & ~0o222);
  chmodTree(join(install, 'mappings'), (m) => m & ~0o222);
  mkdirSync(join(work, 'a'));
  mkdirSync(join(work, 'b'));
  writeFileSync(join(work, 'a', '000.txt'), readFileSync(seedPath('000')));
  writeFileSync(join(work, 'b', '000-copy.txt'), `${readFileSync(seedPath('000'), 'utf8')}\n`);
});

describe('map with a read-only install folder', () => {
  it('keeps the decision in the database only, and later imports into that database use it', () => {
    const before = hashes(join(install, 'mappings'));
    expect(run(['import', join(work, 'a'), '--db', db, '--jobs', '1']).status).toBe(0);
    const [row] = JSON.parse(run(['unmatched', '--db', db, '--with-value', '--format', 'json']).stdout) as Array<{ row: number; line: number }>;
    expect(row!.line).toBe(150);
    const mapped = run(['map', String(row!.row), 'chidao.van_ban_chi_dao', '--db', db]);
    expect(mapped.stderr).toMatch(/the decision is kept in .*own\.sqlite for later imports into it\n$/);
    expect(mapped.status).toBe(0);
    expect(hashes(join(install, 'mappings'))).toEqual(before);

    expect(run(['import', join(work, 'b'), '--db', db, '--jobs', '1']).status).toBe(0);
    expect(line150(db, join(work, 'b', '000-copy.txt'))).toEqual({ indicator_id: 'chidao.van_ban_chi_dao', match_method: 'user' });
    expect(run(['import', join(work, 'b'), '--db', other, '--jobs', '1']).status).toBe(0);
    expect(line150(other, join(work, 'b', '000-copy.txt'))).toEqual({ indicator_id: null, match_method: 'none' });
    expect(hashes(join(install, 'mappings'))).toEqual(before);
  });
});
