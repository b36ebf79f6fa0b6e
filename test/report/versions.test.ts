/** The newest of several reports of a unit and period (src/report/versions.ts), on hand-made documents. */
import { describe, expect, it } from 'vitest';
import { compareVersions, currentDocuments, newestVersion, versionsInOrder, type VersionedDocument } from '../../src/report/versions.js';

let nextId = 1;
function doc(report_date: string | null, imported_at: string, extra: Partial<VersionedDocument & { key: string | null }> = {}) {
  return { id: nextId++, period: '2024-Q1', report_date, imported_at, key: 'khánh-hòa/ban-dân-tộc', ...extra };
}

describe('newestVersion', () => {
  it('takes the later report date, whatever the import order', () => {
    const reissue = doc('2024-03-28', '2025-01-01T00:00:00.000Z');
    const first = doc('2024-03-14', '2025-01-02T00:00:00.000Z');
    expect(newestVersion([reissue, first])).toBe(reissue);
    expect(newestVersion([first, reissue])).toBe(reissue);
  });

  it('compares dates only as far as both are printed: a blank day does not lose to a full date', () => {
    const signed = doc('2024-03-20', '2025-01-01T00:00:00.000Z');
    const draft = doc('2024-03', '2025-01-02T00:00:00.000Z');
    expect(newestVersion([signed, draft])).toBe(draft); // same month: the later import
    const april = doc('2024-04', '2025-01-01T00:00:00.000Z');
    expect(newestVersion([april, doc('2024-03-31', '2025-02-01T00:00:00.000Z')])).toBe(april);
    const year = doc('2025', '2025-01-01T00:00:00.000Z');
    expect(newestVersion([year, doc('2024-12-31', '2025-06-01T00:00:00.000Z')])).toBe(year);
  });

  it('falls back on import time, then import order, when a date is missing', () => {
    const dated = doc('2024-03-14', '2025-01-01T00:00:00.000Z');
    const undated = doc(null, '2025-01-02T00:00:00.000Z');
    expect(newestVersion([dated, undated])).toBe(undated);
    const a = doc(null, '2025-01-03T00:00:00.000Z');
    const b = doc(null, '2025-01-03T00:00:00.000Z');
    expect(newestVersion([b, a])).toBe(b);
    expect(compareVersions(a, b)).toBeLessThan(0);
  });
});

describe('versionsInOrder and currentDocuments', () => {
  it('lists versions oldest first, the newest last', () => {
    const v1 = doc('2024-03-14', '2025-01-01T00:00:00.000Z');
    const v2 = doc('2024-03-28', '2025-01-01T00:00:01.000Z');
    const v3 = doc('2024-03-21', '2025-01-01T00:00:02.000Z');
    expect(versionsInOrder([v2, v3, v1])).toEqual([v1, v3, v2]);
  });

  it('keeps the newest report of each unit and period, and every report without a unit or a period', () => {
    const q1 = doc('2024-03-14', '2025-01-01T00:00:00.000Z');
    const q1Reissue = doc('2024-03-28', '2025-01-01T00:00:00.000Z');
    const h1 = doc('2024-06-14', '2025-01-01T00:00:00.000Z', { period: '2024-H1' });
    const otherUnit = doc('2024-03-01', '2025-01-01T00:00:00.000Z', { key: 'gia-lai/ban-dân-tộc' });
    const noUnit = [doc(null, '2025-01-01T00:00:00.000Z', { key: null }), doc(null, '2025-01-01T00:00:00.000Z', { key: null })];
    const noPeriod = [doc(null, '2025-01-01T00:00:00.000Z', { period: null }), doc(null, '2025-01-01T00:00:00.000Z', { period: null })];
    const all = [q1, q1Reissue, h1, otherUnit, ...noUnit, ...noPeriod];
    expect(currentDocuments(all, (d) => d.key)).toEqual([q1Reissue, h1, otherUnit, ...noUnit, ...noPeriod]);
    expect(currentDocuments(all, (d) => d.key, { allVersions: true })).toEqual(all);
  });
});
