/**
 * Turning a library error into one `Error: ...` line and an exit code (sqlite-utils style):
 * 2 for a usage error (a bad option or argument, commander's own errors included), 1 for a
 * failure of the work itself.
 */
import { LookupError } from '../report/text-query.js';

export class UsageError extends Error {}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function reportError(error: unknown): number {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Error: ${text}\n`);
  if (process.env.CHITIEU_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return error instanceof UsageError || error instanceof LookupError ? EXIT_USAGE : EXIT_FAILURE;
}

/**
 * A reader that went away (`chitieu indicators | head -1`) ends the command quietly with 0,
 * whichever command was writing: Node reports the closed pipe as an EPIPE error on stdout.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.exitCode = reportError(error);
  });
}
