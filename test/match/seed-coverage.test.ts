/** The bar on the seeds: at least 99% of rows with a figure mapped, none twice in a report. */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../helpers/process-seed.js';

const docs = ['000', '001', '002', '003'].map((p) => [p, processSeed(p)] as const);

describe('mapping the seeds with no manual fix', () => {
  it('maps at least 99% of the rows that carry a figure', () => {
    const withValue = docs.flatMap(([, d]) => d.rows.filter((r) => r.row.kind === 'indicator' && r.value.kind !== 'empty'));
    const mapped = withValue.filter((r) => r.match.indicatorId !== null);
    expect(withValue.length).toBe(403);
    expect(mapped.length / withValue.length).toBeGreaterThanOrEqual(0.99);
  });

  it('never gives one indicator ID to two rows of the same report', () => {
    for (const [prefix, doc] of docs) {
      const ids = doc.rows.flatMap((r) => (r.match.indicatorId ? [r.match.indicatorId] : []));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), prefix).toEqual([]);
    }
  });

  it('recognises the template version each seed follows', () => {
    expect(docs.map(([p, d]) => [p, d.templateVersion])).toEqual([
      ['000', 'khanhhoa-2022'], ['001', 'bnv-2022'], ['002', 'bnv-2022'], ['003', 'bnv-2020'],
    ]);
  });
});
