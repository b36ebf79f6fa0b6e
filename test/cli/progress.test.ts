/** The import's progress line and summary (src/cli/progress.ts), on made-up counts. */
import { describe, expect, it } from 'vitest';
import { barLine, describeResult, summaryLine } from '../../src/cli/progress.js';
import type { ImportSummary } from '../../src/importer/import-files.js';

const progress = { done: 250, total: 1000, imported: 200, unchanged: 40, failed: 10, skipped: 0, pages: 0, rows: 0, figures: 0, toReview: 0, elapsedMs: 10_000 };

describe('barLine', () => {
  it('shows done/total, a bar, the counts, the rate and the time left', () => {
    expect(barLine(progress, 200)).toBe('250/1000 [=====>              ] imported 200 unchanged 40 failed 10 · 25.0 files/s · ETA 0:30');
  });

  it('shows skipped files only when there are some, and hours when the ETA needs them', () => {
    const slow = { ...progress, skipped: 3, elapsedMs: 1_000_000 };
    expect(barLine(slow, 200)).toMatch(/failed 10 skipped 3 · .* · ETA 50:00$/);
    expect(barLine({ ...slow, elapsedMs: 10_000_000 }, 200)).toMatch(/ETA 8:20:00$/);
  });

  it('gives a percentage instead of the bar when an 80-column terminal has no room for it, the ETA kept', () => {
    const big = { ...progress, done: 1234, total: 10000, imported: 1000, unchanged: 200, failed: 34 };
    const line = barLine(big, 80);
    expect(line.length).toBeLessThanOrEqual(79);
    expect(line).toBe('1234/10000 12% imported 1000 unchanged 200 failed 34 · 123.4 files/s · ETA 1:11');
    expect(barLine(big, 100)).toMatch(/^1234\/10000 \[=+>? +\] imported/);
  });

  it('cuts the line only when even that does not fit', () => {
    const line = barLine(progress, 40);
    expect(line.length).toBeLessThanOrEqual(39);
    expect(line.endsWith('…')).toBe(true);
  });

  it('counts the pages read by OCR, and how far the scans being read are, only once there are some', () => {
    expect(barLine({ ...progress, ocrPages: 52, ocrInFlight: { done: 37, of: 100 } }, 200)).toBe(
      '250/1000 [=====>              ] imported 200 unchanged 40 failed 10 · OCR page 37/100 (52 pages in all) · 25.0 files/s · ETA 0:30',
    );
    expect(barLine({ ...progress, ocrPages: 1, ocrInFlight: null }, 200)).toMatch(/failed 10 · OCR \(1 page in all\) · 25\.0 files\/s/);
    expect(barLine({ ...progress, ocrPages: 0, ocrInFlight: null }, 200)).not.toMatch(/OCR/);
  });

  it('has no ETA before the first file is done', () => {
    expect(barLine({ ...progress, done: 0, imported: 0, unchanged: 0, failed: 0, elapsedMs: 0 }, 200)).toMatch(/ETA --:--$/);
  });
});

describe('summaryLine', () => {
  const summary: ImportSummary = { ...progress, done: 1000, imported: 950, figures: 90_000, toReview: 12, interrupted: false, workersStarted: 2 };

  it('gives the counts per outcome, the rate and the database', () => {
    expect(summaryLine(summary, 'cchc.sqlite')).toBe(
      '1000 files: 950 imported, 40 unchanged, 10 failed; 90000 figures, 12 rows to review (chitieu unmatched) in 10.0 s (100.0 files/s) → cchc.sqlite',
    );
  });

  it('says how to go on after an interruption', () => {
    expect(summaryLine({ ...summary, done: 600, interrupted: true }, 'x.sqlite')).toMatch(/interrupted with 400 files to go; run the same command again to go on$/);
  });
});

describe('describeResult', () => {
  it('names the file, the outcome and, for a failure, the reason and its code', () => {
    expect(describeResult({ path: 'a/b.pdf', outcome: 'failed', code: 'file/timeout', message: 'took longer than 60 s' })).toBe('FAILED     a/b.pdf: took longer than 60 s [file/timeout]');
    expect(describeResult({ path: 'a/c.txt', outcome: 'unchanged' })).toBe('unchanged  a/c.txt');
    expect(describeResult({ path: 'a/d.bin', outcome: 'skipped', message: 'binary content' })).toBe('skipped    a/d.bin: binary content');
  });
});
