/**
 * Finding the files to import: folders are walked recursively; symlink loops and a folder given
 * twice are visited once (by real path); unreadable entries are reported, not fatal.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isCandidateName } from '../../parsers/detect-format.js';

export interface DiscoveredFile {
  /** The path as the user will recognise it: joined from the argument given. */
  path: string;
}

export interface DiscoveryProblem {
  path: string;
  code: string;
  message: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
}

export function discoverFiles(paths: string[]): Discovery {
  const files: DiscoveredFile[] = [];
  const problems: DiscoveryProblem[] = [];
  const seen = new Set<string>();

  const visit = (path: string, explicit: boolean): void => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ path, code: code === 'ENOENT' ? 'file/not-found' : 'file/unreadable', message: code === 'ENOENT' ? 'does not exist' : `cannot be resolved (${code})` });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let stat;
    try {
      stat = statSync(real);
    } catch (error) {
      problems.push({ path, code: 'file/unreadable', message: `cannot be read (${(error as NodeJS.ErrnoException).code}); check its permissions` });
      return;
    }
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(real).sort((a, b) => a.localeCompare(b));
      } catch (error) {
        problems.push({ path, code: 'file/unreadable', message: `folder cannot be listed (${(error as NodeJS.ErrnoException).code}); check its permissions` });
        return;
      }
      for (const entry of entries) if (isCandidateName(entry)) visit(join(path, entry), false);
      return;
    }
    if (stat.isFile() && (explicit || stat.size >= 0)) files.push({ path });
  };

  for (const path of paths) visit(path, true);
  return { files, problems };
}
