/**
 * The files that failed, listed again when `chitieu import` ends, so that a refusal printed among
 * thousands of lines (or above a progress bar) is not lost in the scrollback. Plain: a short
 * block after the summary line. --json: one `{"failures": [...]}` object just before the
 * `{"summary": ...}` line, which stays the last; both only when a file failed.
 */
import type { FileResult } from '../importer/import-files.js';
import type { ProgressView } from './progress.js';

export interface FailedFile {
  path: string;
  code: string;
  message: string;
}

/** Past this many, the block says how many more there are and where to see them all. */
export const MAX_LISTED = 20;

export function failedFile(result: FileResult): FailedFile | null {
  if (result.outcome !== 'failed') return null;
  return { path: result.path, code: result.code ?? 'unknown', message: result.message ?? '' };
}

/** The block: a heading with the count, then `  path: message [code]` per file, in the order they failed. */
export function failureBlock(failures: FailedFile[], max = MAX_LISTED): string {
  if (failures.length === 0) return '';
  const lines = failures.slice(0, max).map((f) => `  ${f.path}: ${f.message} [${f.code}]`);
  if (failures.length > max) lines.push(`  … and ${failures.length - max} more (chitieu import --json lists every file with its outcome)`);
  const heading = failures.length === 1 ? '1 file failed:' : `${failures.length} files failed:`;
  return `\n${heading}\n${lines.join('\n')}\n`;
}

/** Wraps a progress view so that it remembers failures and lists them again at the end. */
export function listingFailures(view: ProgressView, out: { json: boolean; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): ProgressView {
  const failures: FailedFile[] = [];
  return {
    start: (total) => view.start(total),
    file: (result, progress) => {
      const failed = failedFile(result);
      if (failed) failures.push(failed);
      view.file(result, progress);
    },
    ocrPage: (progress) => view.ocrPage(progress),
    finish: (summary, db) => {
      if (out.json && failures.length > 0) out.stdout.write(`${JSON.stringify({ failures })}\n`);
      view.finish(summary, db);
      if (!out.json) out.stderr.write(failureBlock(failures));
    },
    abort: () => view.abort(),
  };
}
