/**
 * Scans in a batch (issue #14, speed): the parse worker tells the importer of each page it reads
 * by OCR, so the progress bar moves within a long scan, and keeps one OCR engine for all its files
 * (parsers/ocr/engine.ts keptEngine): the scan it reads second, with the engine the first one
 * started, still gives only the hand-written figures.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPaths, type ImportProgress, type ImportSummary } from '../../src/importer/import-files.js';
import { openDatabase } from '../../src/store/db.js';
import { chitieu, tempDir } from '../helpers/cli.js';
import { SCANS_DIR, scoreFigures } from '../helpers/ocr-score.js';

const work = tempDir();
const db = join(work, 'scans.sqlite');
const seen: ImportProgress[] = [];
let summary: ImportSummary;

beforeAll(async () => {
  const archive = join(work, 'archive');
  mkdirSync(archive);
  // Read in this order by one worker: the title page without a table, then the table page.
  copyFileSync(join(SCANS_DIR, '000-200dpi-mono-no-table.pdf'), join(archive, 'a.pdf'));
  copyFileSync(join(SCANS_DIR, '002-200dpi-mono.pdf'), join(archive, 'b.pdf'));
  const store = openDatabase(db);
  try {
    summary = await importPaths([archive], { db: store, jobs: 1, onOcrPage: (p) => seen.push(p) });
  } finally {
    store.close();
  }
}, 180_000);

describe('a batch of two one-page scans read by one worker', () => {
  it('imports both', () => {
    expect(summary).toMatchObject({ done: 2, imported: 2, failed: 0 });
  });

  it('counts each page read by OCR as it is read, with how far its file is', () => {
    expect(seen.map((p) => [p.ocrPages, p.ocrInFlight])).toEqual([
      [1, { done: 1, of: 1 }],
      [2, { done: 1, of: 1 }],
    ]);
    expect(seen.map((p) => p.done)).toEqual([0, 1]);
  });

  it('reads the second scan with the kept engine as a new one would: only hand-written figures', () => {
    const figures = (JSON.parse(chitieu(['export', '--db', db, '--format', 'json']).stdout) as { stt: string; label: string; value: string }[])
      .filter((f) => f.value !== '')
      .map((f) => ({ stt: f.stt, label: f.label, value: String(Number(f.value)) }));
    const score = scoreFigures('002-200dpi-mono', figures);
    expect(score.wrong).toEqual([]);
    // 6 of 6 when read alone (docs/ocr.md).
    expect(score.right).toBe(6);
  });
});
