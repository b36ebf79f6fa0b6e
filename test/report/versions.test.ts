/** The newest of several reports of a unit and period (src/report/versions.ts), on hand-made documents. */
import { describe, expect, it } from 'vitest';
import {
  compareVersions, decideVersions, figureKey, newestVersion, versionsInOrder, type VersionCandidate, type VersionedDocument,
} from '../../src/report/versions.js';

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

describe('versionsInOrder', () => {
  it('lists versions oldest first, the newest last', () => {
    const v1 = doc('2024-03-14', '2025-01-01T00:00:00.000Z');
    const v2 = doc('2024-03-28', '2025-01-01T00:00:01.000Z');
    const v3 = doc('2024-03-21', '2025-01-01T00:00:02.000Z');
    expect(versionsInOrder([v2, v3, v1])).toEqual([v1, v3, v2]);
  });
});

describe('decideVersions: one report, several sources', () => {
  const figures = (n: number, change: Record<number, string> = {}) =>
    Array.from({ length: n }, (_, i) => figureKey(`chidao.x${i}`, 'actual', change[i] ?? String(i + 1)));
  const candidate = (id: number, format: string, report_date: string | null, imported_at: string, figs: string[]): VersionCandidate => ({
    id, period: '2024-Q1', report_date, imported_at, source_file: `${id}.${format}`, format, figures: figs,
  });

  it('a later document without figures does not replace one with figures', () => {
    const { decisions } = decideVersions([candidate(1, 'text', '2024-03-14', 't1', figures(64)), candidate(2, 'text', null, 't2', [])]);
    expect(decisions.map((d) => [d.id, d.current, d.reason])).toEqual([[1, true, 'only-report'], [2, false, 'no-figures']]);
    expect(decisions[1]!.why).toBe('has no figures: does not replace document 1 (1.text)');
  });

  it('the same figures in text, DOCX and PDF: one report, read from the DOCX on a tie', () => {
    const { decisions, disagreements } = decideVersions([
      candidate(1, 'text', '2024-03-14', 't1', figures(64)),
      candidate(2, 'pdf', '2024-03-14', 't2', figures(64)),
      candidate(3, 'docx', '2024-03-14', 't3', figures(64)),
    ]);
    expect(decisions.map((d) => [d.id, d.current, d.sameReportAs])).toEqual([[1, false, 3], [2, false, 3], [3, true, null]]);
    expect(decisions[2]!.reason).toBe('most-complete-source');
    expect(disagreements).toEqual([]);
  });

  it('a later copy that lost a figure is another source: the complete one stays current, with a warning', () => {
    const { decisions, disagreements } = decideVersions([candidate(1, 'text', null, 't1', figures(64)), candidate(2, 'pdf', null, 't2', figures(63))]);
    expect(decisions.map((d) => [d.id, d.current])).toEqual([[1, true], [2, false]]);
    expect(disagreements.map((d) => d.message)).toEqual(['chidao.x63: 64 in document 1 (1.text), missing in document 2 (2.pdf)']);
  });

  it('a cell misread in another format (1 of 64 figures, same report date) is the same report', () => {
    const { decisions, disagreements } = decideVersions([candidate(1, 'text', '2024-03-14', 't1', figures(64)), candidate(2, 'pdf', '2024-03-14', 't2', figures(64, { 5: '7' }))]);
    expect(decisions.map((d) => [d.id, d.current])).toEqual([[1, true], [2, false]]);
    expect(disagreements.map((d) => d.message)).toEqual(['chidao.x5: 6 in document 1 (1.text), 7 in document 2 (2.pdf)']);
  });

  it('a later file of the same format with another figure is a re-issue and replaces the first', () => {
    const { decisions } = decideVersions([candidate(1, 'text', '2024-03-14', 't1', figures(64)), candidate(2, 'text', '2024-03-14', 't2', figures(64, { 5: '7' }))]);
    expect(decisions.map((d) => [d.id, d.current, d.reason])).toEqual([[1, false, 'replaced'], [2, true, 'newest-report']]);
    expect(decisions[1]!.why).toBe('newest report (by import time); replaces document 1');
  });

  it('a copy of the older report imported after the re-issue does not make it current again', () => {
    const { decisions } = decideVersions([
      candidate(1, 'text', '2024-03-14', 't1', figures(64)),
      candidate(2, 'text', '2024-03-28', 't2', figures(64, { 5: '7' })),
      candidate(3, 'pdf', '2024-03-14', 't3', figures(64)),
    ]);
    expect(decisions.map((d) => [d.id, d.current])).toEqual([[1, false], [2, true], [3, false]]);
    expect(decisions[0]!.why).toBe('replaced by document 2 (2.text), a newer report (by report date)');
  });
});
