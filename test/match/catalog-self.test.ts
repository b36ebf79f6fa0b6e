/**
 * The catalog against itself: for each template version, every indicator that has an STT there,
 * printed as a report of that version would print it (its STT, its name, its unit, under the
 * area's heading), is mapped to its own ID. A catalog edit that makes two entries collide, or an
 * entry unreachable in its own template, fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/match/catalog.js';
import { processText } from '../helpers/process-seed.js';

const catalog = loadCatalog();
const sttKey = (stt: string) => stt.split('.').map(Number);
function bySttThenArea(a: [number, string], b: [number, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  const [x, y] = [sttKey(a[1]), sttKey(b[1])];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

describe.each(catalog.templates.map((t) => t.id))('template %s printed from the catalog', (template) => {
  it('maps every row with an STT there to its own indicator ID', () => {
    const entries = catalog.indicators
      .filter((i) => /^\d+(\.\d+)*$/.test(i.stt[template] ?? ''))
      .sort((a, b) => bySttThenArea([a.area, a.stt[template]!], [b.area, b.stt[template]!]));
    expect(entries.length).toBeGreaterThan(50);
    const lines = ['BÁO CÁO Kết quả thực hiện công tác cải cách hành chính năm 2023', '', 'STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú'];
    const expected = new Map<number, string>();
    let area = 0;
    entries.forEach((entry, k) => {
      // Each area under its heading, printed bold with no STT (templates numbered per area have none).
      if (entry.area !== area) lines.push(`\t<b>${catalog.areas.find((a) => a.area === entry.area)!.name}</b>\t\t\t`);
      area = entry.area;
      lines.push(`${entry.stt[template]}.\t${entry.name}\t${entry.measureUnit ?? ''}\t${10 + k}\t`);
      expected.set(lines.length, entry.id);
    });
    const doc = processText(Buffer.from(lines.join('\n')), `${template}.txt`);
    const mapped = new Map(doc.rows.map((r) => [r.row.position.line, r.match.indicatorId]));
    const wrong = [...expected].filter(([line, id]) => mapped.get(line) !== id).map(([line, id]) => `${id} → ${mapped.get(line)}`);
    expect(wrong).toEqual([]);
  });
});
