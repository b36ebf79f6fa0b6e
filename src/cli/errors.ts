/** Turning a library error into one `Error: ...` line and an exit code (sqlite-utils style). */
export class UsageError extends Error {}

export function reportError(error: unknown): number {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Error: ${text}\n`);
  if (process.env.CHITIEU_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return error instanceof UsageError ? 2 : 1;
}
