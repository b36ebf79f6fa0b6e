/**
 * A file-system error in words a user can act on: the raw errno code ("EACCES") says nothing to
 * an analyst at a home-affairs office. The code stays in brackets for whoever reports a problem.
 */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'you are not allowed to read it: ask for read access, or copy it somewhere you can read',
  EPERM: 'you are not allowed to read it: ask for read access, or copy it somewhere you can read',
  ELOOP: 'it is a link that leads back to itself: point the link at the real file',
  EIO: 'the disk reported a read error: copy the file again from a good copy',
  ENAMETOOLONG: 'its path is too long for this system: move it to a shorter path',
  EMFILE: 'too many files are open at once: close other programs, or import fewer folders at once',
  ENFILE: 'too many files are open at once: close other programs, or import fewer folders at once',
  EBUSY: 'another program holds it: close that program and import again',
  ENOTDIR: 'a part of its path is a file, not a folder: check the path',
};

/** "cannot be read: <reason> (EACCES)"; `what` says what could not be done (not said of a missing file). */
export function describeFileError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  if (code === 'ENOENT') return 'does not exist (any more?): check the path — a folder moved, a name mistyped — and import again';
  const reason = REASONS[code] ?? `the system refused (${(error as Error)?.message ?? error})`;
  return `${what}: ${reason}${code ? ` (${code})` : ''}`;
}
