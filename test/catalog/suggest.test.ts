/**
 * Grouping rows in review into suggestions, on rows written by hand: what folds together, what
 * stays apart, the ID proposed, the value type guessed, the examples picked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freeId, groupReviewRows, filterSuggestions } from '../../src/catalog/suggest.js';
import { loadCatalog, type Catalog } from '../../src/match/catalog.js';
import type { ReviewRowRecord } from '../../src/store/stored-rows.js';

let catalog: Catalog;
beforeAll(() => {
  catalog = loadCatalog();
});

let nextId = 1;
function row(fields: Partial<ReviewRowRecord>): ReviewRowRecord {
  const id = nextId++;
  return {
    id, document_id: 1, source_file: 'a.txt', period: '2024-Q1', page: null, line: id, table_no: null, row_no: null, area: 1, stt: '', label: '',
    unit: '', value_raw: '1', value_kind: 'number', parent_labels: '[]', parent_indicator_id: null, has_children: 0, ...fields,
  };
}

describe('groupReviewRows', () => {
  it('folds case, tone marks, spacing, list markers, a glued STT and abbreviations; parent and unit keep groups apart', () => {
    const rows = [
      row({ document_id: 1, label: 'Số cuộc họp giao ban CCHC', unit: 'Cuộc' }),
      row({ document_id: 2, label: '- số  cuộc họp giao ban cải cách hành chính', unit: 'cuộc' }),
      row({ document_id: 3, label: '1.2. So cuoc hop giao ban CCHC', unit: 'Cuoc' }),
      // Another unit, another parent: other groups.
      row({ document_id: 1, label: 'Số cuộc họp giao ban CCHC', unit: 'Buổi' }),
      row({ document_id: 1, label: 'Số cuộc họp giao ban CCHC', unit: 'Cuộc', parent_labels: '["Họp trực tuyến"]' }),
      // No words: a cell split off by a layout, no entry to propose.
      row({ document_id: 1, label: '', unit: 'Cuộc' }),
      row({ document_id: 1, label: ' - ', unit: 'Cuộc' }),
    ];
    const groups = groupReviewRows(rows, catalog);
    expect(groups.map((g) => [g.name, g.measureUnit, g.parentLabel, g.reports, g.rows])).toEqual([
      ['Số cuộc họp giao ban CCHC', 'Cuộc', '', 3, 3],
      ['Số cuộc họp giao ban CCHC', 'Buổi', '', 1, 1],
      ['Số cuộc họp giao ban CCHC', 'Cuộc', 'Họp trực tuyến', 1, 1],
    ]);
    expect(groups[0]!.labels).toEqual(['Số cuộc họp giao ban CCHC', '- số  cuộc họp giao ban cải cách hành chính', '1.2. So cuoc hop giao ban CCHC']);
    // Two groups would take the same ID: the later one gets the next free number.
    expect(groups.map((g) => g.id)).toEqual(['chidao.so_cuoc_hop_giao_ban_cchc', 'chidao.so_cuoc_hop_giao_ban_cchc_2', 'chidao.so_cuoc_hop_giao_ban_cchc_3']);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });

  it('guesses the value type from the figures and the unit', () => {
    const type = (fields: Partial<ReviewRowRecord>) => groupReviewRows([row(fields)], catalog)[0]!.valueType;
    expect(type({ label: 'Tỷ lệ a', unit: '%', value_kind: 'number' })).toBe('percent');
    expect(type({ label: 'Tỷ lệ b', value_kind: 'fraction', value_raw: '3/4' })).toBe('percent');
    expect(type({ label: 'Kinh phí', unit: 'Triệu đồng', value_kind: 'number' })).toBe('money');
    expect(type({ label: 'Đã kết nối', unit: 'Đã kết nối = 1 Chưa kết nối = 2', value_kind: 'code' })).toBe('code');
    expect(type({ label: 'Hình thức', value_kind: 'text', value_raw: 'Trực tuyến' })).toBe('text');
    expect(type({ label: 'Nhóm mới', value_kind: 'empty', value_raw: '', has_children: 1 })).toBe('group');
  });

  it('takes the area and the parent from the rows, and the parent only in the same area', () => {
    const [under] = groupReviewRows([row({ label: 'Số nhiệm vụ đã báo cáo', parent_indicator_id: 'chidao.nhiem_vu.cap_tren', parent_labels: '["Thực hiện nhiệm vụ UBND tỉnh giao"]' })], catalog);
    expect(under).toMatchObject({ area: 1, parent: 'chidao.nhiem_vu.cap_tren', id: 'chidao.nhiem_vu.cap_tren.so_nhiem_vu_da_bao_cao' });
    const [elsewhere] = groupReviewRows([row({ label: 'Số nhiệm vụ đã báo cáo', area: 2, parent_indicator_id: 'chidao.nhiem_vu.cap_tren' })], catalog);
    expect(elsewhere).toMatchObject({ area: 2, parent: null, id: 'thche.so_nhiem_vu_da_bao_cao' });
    const [nowhere] = groupReviewRows([row({ label: 'Ghi chú', area: null })], catalog);
    expect(nowhere).toMatchObject({ area: null, id: null });
  });

  it('picks examples with a figure from different reports first, then the empty rows', () => {
    const rows = [
      row({ document_id: 1, label: 'Số x', value_kind: 'empty', value_raw: '', line: 10 }),
      row({ document_id: 1, label: 'Số x', line: 11 }),
      row({ document_id: 1, label: 'Số x', line: 12 }),
      row({ document_id: 2, label: 'Số x', line: 13 }),
    ];
    const [group] = groupReviewRows(rows, catalog);
    expect(group!.examples.map((e) => [e.documentId, e.line, e.empty])).toEqual([[1, 11, false], [2, 13, false], [1, 12, false]]);
    expect(group).toMatchObject({ rows: 4, rowsWithValue: 3, rowsEmpty: 1, reports: 2 });
  });
});

describe('filterSuggestions', () => {
  it('leaves out groups of empty rows unless asked, and filters by reports and area', () => {
    const groups = groupReviewRows([
      row({ document_id: 1, label: 'Số a' }), row({ document_id: 2, label: 'Số a' }),
      row({ document_id: 1, label: 'Số b', area: 2 }),
      row({ document_id: 1, label: 'Dự kiến quý IV', value_kind: 'empty', value_raw: '' }),
    ], catalog);
    expect(filterSuggestions(groups, {}).map((g) => g.name)).toEqual(['Số a', 'Số b']);
    expect(filterSuggestions(groups, { includeEmpty: true }).map((g) => g.name)).toEqual(['Số a', 'Số b', 'Dự kiến quý IV']);
    expect(filterSuggestions(groups, { minReports: 2 }).map((g) => g.name)).toEqual(['Số a']);
    expect(filterSuggestions(groups, { area: 2 }).map((g) => g.name)).toEqual(['Số b']);
  });
});

describe('freeId', () => {
  it('keeps within 60 characters at a word boundary, and numbers a taken ID', () => {
    const long = freeId('chidao.nhiem_vu.cap_tren', 'Số nhiệm vụ được giao đã báo cáo đúng hạn (lũy kế)', new Set());
    expect(long).toBe('chidao.nhiem_vu.cap_tren.so_nhiem_vu_duoc_giao_da_bao_cao');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(freeId('chidao', 'Số cuộc họp', new Set(['chidao.so_cuoc_hop', 'chidao.so_cuoc_hop_2']))).toBe('chidao.so_cuoc_hop_3');
    expect(freeId('chidao', '—', new Set())).toBe('chidao.moi_1');
  });
});
