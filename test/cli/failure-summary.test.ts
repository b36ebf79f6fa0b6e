/** Failures listed again at the end of an import (src/cli/failure-summary.ts), on made-up results. */
import { describe, expect, it } from 'vitest';
import { failureBlock, listingFailures, type FailedFile } from '../../src/cli/failure-summary.js';
import type { ProgressView } from '../../src/cli/progress.js';
import type { FileResult, ImportSummary } from '../../src/importer/import-files.js';

const empty: FailedFile = { path: 'luu-tru/rong.txt', code: 'file/empty', message: 'is empty (0 bytes), so there is nothing to import: copy or download the report again, or leave this file out' };
const scan: FailedFile = { path: 'luu-tru/Báo cáo "quý I".pdf', code: 'pdf/no-text-layer', message: 'has no text layer: run it through OCR' };

describe('failureBlock', () => {
  it('is empty when nothing failed', () => {
    expect(failureBlock([])).toBe('');
  });

  it('lists each failed file with its reason and code under a count', () => {
    expect(failureBlock([empty, scan])).toBe(
      '\n2 files failed:\n' +
        '  luu-tru/rong.txt: is empty (0 bytes), so there is nothing to import: copy or download the report again, or leave this file out [file/empty]\n' +
        '  luu-tru/Báo cáo "quý I".pdf: has no text layer: run it through OCR [pdf/no-text-layer]\n',
    );
    expect(failureBlock([scan])).toMatch(/^\n1 file failed:\n/);
  });

  it('stays short: past the limit it says how many more and where to see them', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...empty, path: `luu-tru/${i}.txt` }));
    const lines = failureBlock(many, 20).trim().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('  … and 5 more (chitieu import --json lists every file with its outcome)');
  });
});

describe('listingFailures', () => {
  const summary = { done: 3, failed: 2 } as ImportSummary;
  const progress = { done: 1 } as ImportSummary;
  const results: FileResult[] = [
    { path: empty.path, outcome: 'failed', code: empty.code, message: empty.message },
    { path: 'luu-tru/tot.txt', outcome: 'imported' },
    { path: scan.path, outcome: 'failed', code: scan.code, message: scan.message },
  ];

  function run(json: boolean) {
    const written: string[] = [];
    const stream = (name: string) => ({ write: (text: string) => written.push(`${name}:${text}`) }) as unknown as NodeJS.WritableStream;
    const inner: ProgressView = {
      start: () => written.push('start'),
      file: (r) => written.push(`file:${r.path}`),
      ocrPage: () => written.push('ocr-page'),
      finish: () => written.push('summary'),
      abort: () => written.push('abort'),
    };
    const view = listingFailures(inner, { json, stdout: stream('stdout'), stderr: stream('stderr') });
    view.start(3);
    for (const r of results) view.file(r, progress);
    view.finish(summary, 'x.sqlite');
    return written;
  }

  it('passes every file on, then prints the block after the summary line', () => {
    expect(run(false)).toEqual(['start', `file:${empty.path}`, 'file:luu-tru/tot.txt', `file:${scan.path}`, 'summary', `stderr:${failureBlock([empty, scan])}`]);
  });

  it('with --json, prints the failures as one object just before the summary, which stays last', () => {
    const written = run(true);
    expect(written.slice(-2)).toEqual([`stdout:${JSON.stringify({ failures: [empty, scan] })}\n`, 'summary']);
  });
});
