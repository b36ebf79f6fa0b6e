/**
 * The scanned fixtures scored once per test file (OCR takes seconds a page): wrong figures none,
 * recall over them all, as docs/ocr.md reports.
 */
import { loadCatalog } from '../../src/match/catalog.js';
import { scoreScan, type ScanScore } from './ocr-score.js';

export async function scoreScans(scans: readonly string[]): Promise<Map<string, ScanScore>> {
  const catalog = loadCatalog();
  const scores = new Map<string, ScanScore>();
  for (const scan of scans) scores.set(scan, await scoreScan(scan, catalog));
  return scores;
}

export function recallOf(scores: Iterable<ScanScore>): { right: number; expected: number } {
  let right = 0;
  let expected = 0;
  for (const s of scores) {
    right += s.right;
    expected += s.expected;
  }
  return { right, expected };
}
