/**
 * Finding the files to import, as a stream: folders are walked recursively, one folder listing in
 * memory at a time, so an archive of any size costs the same memory. Symlink loops and a folder
 * given twice are visited once (by real path); a file named on the command line is not taken a
 * second time from a folder. Unreadable entries are reported, not fatal.
 *
 * Names only weed out what is plainly not a report (hidden files, our own database, images...);
 * whether a file is a report is decided from its first bytes (examine.ts), so a PDF named `.doc`
 * or a Word file without extension is found.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCandidateName } from '../../parsers/detect-format.js';
import { describeFileError } from './file-errors.js';

export interface DiscoveredFile {
  kind: 'file';
  /** The path as the user will recognise it: joined from the argument given. */
  path: string;
  /** Named on the command line rather than found in a folder: always imported, whatever it holds. */
  explicit: boolean;
}

export interface DiscoveryProblem {
  kind: 'problem';
  path: string;
  code: string;
  message: string;
}

export type DiscoveredEntry = DiscoveredFile | DiscoveryProblem;

function problemOf(path: string, error: unknown, what: string): DiscoveryProblem {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  return { kind: 'problem', path, code: missing ? 'file/not-found' : 'file/unreadable', message: describeFileError(error, what) };
}

const byName = (a: Dirent, b: Dirent) => a.name.localeCompare(b.name);

class Walk {
  private readonly seenFolders = new Set<string>();
  private readonly seenFiles = new Set<string>();

  constructor(private readonly explicitFiles: Set<string>) {}

  async *argument(path: string): AsyncGenerator<DiscoveredEntry> {
    let real: string;
    let info;
    try {
      real = await realpath(path);
      info = await stat(real);
    } catch (error) {
      yield problemOf(path, error, 'cannot be read');
      return;
    }
    if (info.isDirectory()) yield* this.folder(path, real);
    else if (info.isFile()) {
      if (this.seenFiles.has(real)) return;
      this.seenFiles.add(real);
      yield { kind: 'file', path, explicit: true };
    } else yield { kind: 'problem', path, code: 'file/not-regular', message: 'is not a regular file or folder (a device, socket or pipe); name the report files instead' };
  }

  private async *folder(path: string, real: string): AsyncGenerator<DiscoveredEntry> {
    if (this.seenFolders.has(real)) return;
    this.seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = (await readdir(path, { withFileTypes: true })).sort(byName);
    } catch (error) {
      yield problemOf(path, error, 'folder cannot be listed');
      return;
    }
    for (const entry of entries) {
      if (!isCandidateName(entry.name)) continue;
      const child = join(path, entry.name);
      const childReal = join(real, entry.name);
      if (entry.isDirectory()) yield* this.folder(child, childReal);
      else if (entry.isFile()) {
        if (!this.explicitFiles.has(childReal)) yield { kind: 'file', path: child, explicit: false };
      } else if (entry.isSymbolicLink()) yield* this.link(child);
    }
  }

  /** A link inside a folder: followed to a folder (loops stop at seenFolders) or a file. */
  private async *link(path: string): AsyncGenerator<DiscoveredEntry> {
    let real: string;
    let info;
    try {
      real = await realpath(path);
      info = await stat(real);
    } catch {
      return; // a dangling link in an archive is not a report
    }
    if (info.isDirectory()) yield* this.folder(path, real);
    else if (info.isFile() && !this.explicitFiles.has(real)) yield { kind: 'file', path, explicit: false };
  }
}

/** Real paths of the arguments that are files, so that folder walks leave them to their argument. */
async function explicitFilesOf(paths: string[]): Promise<Set<string>> {
  const files = new Set<string>();
  for (const path of paths) {
    try {
      const real = await realpath(path);
      if ((await stat(real)).isFile()) files.add(real);
    } catch {
      // reported when the argument is visited
    }
  }
  return files;
}

/** Every file to consider, in argument order and then by name, and every path that could not be read. */
export async function* discoverFiles(paths: string[]): AsyncGenerator<DiscoveredEntry> {
  const walk = new Walk(await explicitFilesOf(paths));
  for (const path of paths) yield* walk.argument(path);
}

/** How many entries `discoverFiles` will give: a walk of the names only, for progress and ETA. */
export async function countFiles(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of discoverFiles(paths)) n++;
  return n;
}
