/**
 * diffDocuments as a plain function: two reports on different template versions (seed 000,
 * Khánh Hòa's adaptation "khanhhoa-2022", continuous numbering; seed 001, "bnv-2022", numbering
 * per area) are aligned by indicator ID, not by STT or wording; and hand-made rows for the
 * change rules. The two seeds are two units: the function does not care, the CLI does.
 */
import { describe, expect, it } from 'vitest';
import type { ProcessedDocument } from '../../src/pipeline/types.js';
import { diffDocuments, type DiffDocument, type DiffInput } from '../../src/report/diff.js';
import type { ObservationRecord } from '../../src/store/queries.js';
import { processSeed } from '../helpers/process-seed.js';
import { CELL, seedCell } from './seed-edits.js';

/** The rows the store's `observations` view would give for a processed document. */
function asStored(doc: ProcessedDocument, id: number): DiffInput {
  const rows: ObservationRecord[] = doc.rows
    .filter((r) => r.match.indicatorId && (!r.match.isGroup || r.value.kind !== 'empty'))
    .map((r) => ({
      document_id: id, row_index: r.row.index, indicator_id: r.match.indicatorId!, area: r.row.area, stt: r.row.stt, label: r.row.label,
      value_kind: r.value.kind, value_number: r.value.number, value_text: r.value.text, value_raw: r.value.raw, unit_cell: r.row.unit,
      note: r.row.note, page: r.row.position.page ?? null, line: r.row.position.line, table_no: null, row_no: null,
      confidence: r.match.confidence, match_method: r.match.method,
    }));
  const document: DiffDocument = { id, source_file: doc.file, period: doc.metadata.period, template_version: doc.templateVersion, report_date: doc.metadata.reportDate ?? null };
  return { document, rows };
}

describe('two template versions', () => {
  const from = processSeed('000');
  const to = processSeed('001');
  const diff = diffDocuments(asStored(from, 1), asStored(to, 2));
  const row = (id: string) => diff.rows.find((r) => r.indicator_id === id)!;

  it('are two template versions', () => {
    expect([from.templateVersion, to.templateVersion]).toEqual(['khanhhoa-2022', 'bnv-2022']);
  });

  it('align a renumbered row by its indicator ID (000 L153 "1.2." with 001 L185 "1")', () => {
    const r = row('chidao.van_ban_chi_dao');
    expect(r.from).toMatchObject({ stt: seedCell('000', 153, CELL.stt), line: 153, value_raw: seedCell('000', 153, CELL.value) });
    expect(r.to).toMatchObject({ stt: seedCell('001', 185, CELL.stt), line: 185, value_raw: seedCell('001', 185, CELL.value) });
    expect(r.from!.stt).not.toBe(r.to!.stt);
    expect(r.change).toBe(Number(seedCell('001', 185, CELL.value)) - Number(seedCell('000', 153, CELL.value)));
  });

  it('align a reworded row (001 L229 "(điều chỉnh thành ...)") and a row without STT (000 L151)', () => {
    const reworded = row('thche.ra_soat.da_ra_soat');
    expect(reworded.from!.line).toBe(177);
    expect(reworded.to!.line).toBe(229);
    expect(reworded.to!.label).toContain('điều chỉnh thành');
    expect(reworded.status).toBe('same');
    const planned = row('chidao.ke_hoach.so_nhiem_vu_de_ra');
    expect(planned.from).toMatchObject({ stt: '', line: 151, value: seedCell('000', 151, CELL.value) });
    expect(planned.to).toMatchObject({ stt: '2.1', line: 187, value: seedCell('001', 187, CELL.value) });
  });

  it('list every indicator of either report once, those of one report as such', () => {
    const ids = (doc: ProcessedDocument) => new Set(asStored(doc, 0).rows.map((r) => r.indicator_id));
    const left = ids(from);
    const right = ids(to);
    expect(new Set(diff.rows.map((r) => r.indicator_id))).toEqual(new Set([...left, ...right]));
    for (const r of diff.rows) {
      const expected = left.has(r.indicator_id) && right.has(r.indicator_id) ? ['same', 'changed'] : left.has(r.indicator_id) ? ['only-from'] : ['only-to'];
      expect(expected, r.indicator_id).toContain(r.status);
    }
    expect(diff.counts['only-from'] + diff.counts['only-to']).toBeGreaterThan(0);
  });
});

describe('change rules', () => {
  const doc = (id: number): DiffDocument => ({ id, source_file: `${id}.txt`, period: null, template_version: null, report_date: null });
  let rowIndex = 0;
  const obs = (indicator_id: string, value_kind: string, value_number: number | null, value_raw: string, value_text: string | null = null): ObservationRecord => ({
    document_id: 0, row_index: rowIndex++, indicator_id, area: 1, stt: '', label: indicator_id, value_kind, value_number, value_text, value_raw,
    unit_cell: '', note: '', page: null, line: rowIndex, table_no: null, row_no: null, confidence: 1, match_method: 'exact',
  });
  const run = (a: ObservationRecord[], b: ObservationRecord[], order?: Map<string, number>) => diffDocuments({ document: doc(1), rows: a }, { document: doc(2), rows: b }, { order });

  it('gives no relative change from zero, and none for codes or yes/no answers', () => {
    const d = run(
      [obs('a.count', 'number', 0, '0'), obs('a.code', 'code', 1, '1'), obs('a.yes', 'boolean', 0, 'Không')],
      [obs('a.count', 'number', 5, '05'), obs('a.code', 'code', 2, '2'), obs('a.yes', 'boolean', 1, 'Có')],
    );
    expect(d.rows.map((r) => [r.indicator_id, r.status, r.change, r.relative])).toEqual([
      ['a.code', 'changed', null, null],
      ['a.count', 'changed', 5, null],
      ['a.yes', 'changed', null, null],
    ]);
  });

  it('calls two printings of one number the same and keeps both as printed', () => {
    const d = run([obs('b', 'number', 2028, '2.028')], [obs('b', 'number', 2028, '2028')]);
    expect(d.rows[0]).toMatchObject({ status: 'same', change: 0, relative: 0 });
    expect([d.rows[0]!.from!.value_raw, d.rows[0]!.to!.value_raw]).toEqual(['2.028', '2028']);
  });

  it('rounds away floating-point noise and compares text answers as text', () => {
    const d = run([obs('c', 'percent', 0.1 + 0.2, '0,3%'), obs('t', 'text', null, 'Đã ban hành', 'Đã ban hành')], [obs('c', 'percent', 0.3, '0,3%'), obs('t', 'text', null, 'Chưa', 'Chưa')]);
    expect(d.rows.find((r) => r.indicator_id === 'c')).toMatchObject({ status: 'same', change: 0 });
    expect(d.rows.find((r) => r.indicator_id === 't')).toMatchObject({ status: 'changed', change: null });
  });

  it('pairs a second row with the same ID with the other report\'s second row', () => {
    const d = run([obs('d', 'number', 1, '1'), obs('d', 'number', 2, '2')], [obs('d', 'number', 1, '1')]);
    expect(d.rows.map((r) => [r.occurrence, r.status])).toEqual([[1, 'same'], [2, 'only-from']]);
  });

  it('follows the catalog order given, unknown IDs last', () => {
    const d = run([obs('z', 'empty', null, ''), obs('y', 'empty', null, ''), obs('x.unknown', 'empty', null, '')], [], new Map([['z', 0], ['y', 1]]));
    expect(d.rows.map((r) => r.indicator_id)).toEqual(['z', 'y', 'x.unknown']);
  });
});
