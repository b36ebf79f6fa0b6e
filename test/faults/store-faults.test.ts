/**
 * Faults of the database rather than of a report: a read-only database file, a database on a
 * read-only disk, a disk that fills up during the import. Each must give one `Error: ...` line
 * that names the database and says what to do, a non-zero exit code and no stack trace; what was
 * imported before stays whole, and no report is blamed for the disk.
 *
 * The disks are real: a small tmpfs mounted in a private mount namespace (`unshare --mount`, with
 * `--user --map-root-user` when not root), so that the mount is gone when the test's shell exits
 * and nothing of it is seen outside. The full disk is that tmpfs filled up to 96 KiB by a filler
 * file after a first import, so SQLite meets ENOSPC (SQLITE_FULL) when the WAL grows.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { BIN, checkDatabase, copySeed, runChitieu, runningAsRoot, sharedTempDir, STACK_LINE, type DatabaseCheck } from './run.js';

function theErrorLine(stderr: string): string {
  expect(stderr).not.toMatch(STACK_LINE);
  const errors = stderr.split('\n').filter((l) => l.startsWith('Error: '));
  expect(errors, stderr).toHaveLength(1);
  return errors[0]!;
}

/** Every imported document has all its rows; nothing failed. */
function expectWhole(check: DatabaseCheck, documents: number): void {
  expect(check.integrity).toBe('ok');
  expect(check.documents.map((d) => d.status)).toEqual(Array(documents).fill('imported'));
  for (const d of check.documents) expect(d.rows, d.path).toBe(d.row_count);
}

/** A folder with seed 000 alone and one with seeds 001–003. */
function seedFolders(work: string): { first: string; rest: string } {
  const first = join(work, 'first');
  const rest = join(work, 'rest');
  mkdirSync(first);
  mkdirSync(rest);
  copySeed(0, join(first, '000.txt'));
  for (const i of [1, 2, 3]) copySeed(i, join(rest, `00${i}.txt`));
  return { first, rest };
}

/** Runs `script` with sh in a private mount namespace; $BIN, $NODE and the given variables are set. */
function inMountNamespace(script: string, vars: Record<string, string>): void {
  const namespace = runningAsRoot ? ['--mount'] : ['--user', '--map-root-user', '--mount'];
  const run = spawnSync('unshare', [...namespace, 'sh', '-euc', script], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, BIN, NODE: process.execPath, ...vars },
  });
  expect(run.error ?? null, 'unshare (util-linux) is needed to mount a small disk for this test').toBeNull();
  expect(run.status, `the namespace script failed: ${run.stderr}`).toBe(0);
}

const read = (path: string) => readFileSync(path, 'utf8');

describe('a database that cannot be written', () => {
  it('read-only file (chmod 444): one Error line, exit 1, the database unchanged', () => {
    const work = sharedTempDir();
    const { first, rest } = seedFolders(work);
    const db = join(work, 'ro.sqlite');
    expect(runChitieu(['import', first, '--db', db]).status).toBe(0);
    // Root writes a chmod 444 file all the same: the import runs as nobody, owning the file.
    if (runningAsRoot) chownSync(db, 65534, 65534);
    chmodSync(db, 0o444);
    const run = runChitieu(['import', rest, '--db', db], { asUser: true });
    expect(run.status).toBe(1);
    expect(theErrorLine(run.stderr)).toMatch(new RegExp(`^Error: cannot write to the database ${db}: the file or its disk is read-only\\. Give yourself write access`));
    // Refused at open, before any file is looked at.
    expect(run.stderr).not.toMatch(/^\[\d+\/\d+\]/m);
    expectWhole(checkDatabase(db), 1);
  });

  it('database on a read-only disk: one Error line naming the folder, exit 1', () => {
    const work = sharedTempDir();
    const { first, rest } = seedFolders(work);
    const disk = join(work, 'disk');
    const out = join(work, 'out');
    mkdirSync(disk);
    mkdirSync(out);
    inMountNamespace(
      `mount -t tmpfs -o size=4m chitieu-ro "$DISK"
       "$NODE" "$BIN" import "$FIRST" --db "$DISK/db.sqlite" > /dev/null 2>&1
       mount -o remount,ro "$DISK"
       set +e
       "$NODE" "$BIN" import "$REST" --db "$DISK/db.sqlite" > "$OUT/stdout" 2> "$OUT/stderr"
       echo $? > "$OUT/status"
       set -e
       cp "$DISK"/db.sqlite "$OUT/"`,
      { DISK: disk, FIRST: first, REST: rest, OUT: out },
    );
    expect(read(join(out, 'status')).trim()).toBe('1');
    expect(theErrorLine(read(join(out, 'stderr')))).toMatch(
      new RegExp(`^Error: cannot open the database ${disk}/db.sqlite: its folder ${disk} is read-only for you.*Choose a folder you may write to with --db`),
    );
    expectWhole(checkDatabase(join(out, 'db.sqlite')), 1);
  });
});

describe('a disk that fills up during an import', () => {
  const work = sharedTempDir();
  const { first, rest } = seedFolders(work);
  const disk = join(work, 'disk');
  const full = join(work, 'when-full');
  const freed = join(work, 'when-freed');
  for (const dir of [disk, full, freed]) mkdirSync(dir);
  inMountNamespace(
    `mount -t tmpfs -o size=4m chitieu-full "$DISK"
     "$NODE" "$BIN" import "$FIRST" --db "$DISK/db.sqlite" > /dev/null 2>&1
     free=$(df --output=avail -B1 "$DISK" | tail -n 1)
     head -c $((free - 96 * 1024)) /dev/zero > "$DISK/filler"
     set +e
     "$NODE" "$BIN" import "$REST" --db "$DISK/db.sqlite" > "$FULL/stdout" 2> "$FULL/stderr"
     echo $? > "$FULL/status"
     set -e
     cp "$DISK"/db.sqlite* "$FULL/"
     rm "$DISK/filler"
     set +e
     "$NODE" "$BIN" import "$REST" --db "$DISK/db.sqlite" > "$FREED/stdout" 2> "$FREED/stderr"
     echo $? > "$FREED/status"
     set -e
     cp "$DISK"/db.sqlite* "$FREED/"`,
    { DISK: disk, FIRST: first, REST: rest, FULL: full, FREED: freed },
  );

  it('stops with one Error line saying the disk is full and what to do, exit 1', () => {
    expect(read(join(full, 'status')).trim()).toBe('1');
    const stderr = read(join(full, 'stderr'));
    expect(theErrorLine(stderr)).toMatch(new RegExp(`^Error: cannot write to the database ${disk}/db.sqlite: the disk is full\\. Free some space and run the same command again`));
    // The disk is not the reports' fault: none of them is listed as failed.
    expect(stderr).not.toMatch(/FAILED/);
  });

  it('keeps what was imported before, whole, and records no failure', () => {
    const check = checkDatabase(join(full, 'db.sqlite'));
    expect(check.integrity).toBe('ok');
    expect(check.documents.filter((d) => d.status !== 'imported')).toEqual([]);
    expect(check.documents.map((d) => d.path)).toContain(join(first, '000.txt'));
    for (const d of check.documents) expect(d.rows, d.path).toBe(d.row_count);
  });

  it('imports the rest when run again after space is freed', () => {
    expect(read(join(freed, 'status')).trim()).toBe('0');
    expectWhole(checkDatabase(join(freed, 'db.sqlite')), 4);
  });
});
