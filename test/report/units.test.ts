/** Units over an archive's documents (src/report/units.ts) and the order of periods (periods.ts). */
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/report/periods.js';
import { findUnits, keyDocuments, resolveUnit, summariseUnits, UnitLookupError } from '../../src/report/units.js';
import type { DocumentRecord } from '../../src/store/queries.js';

let nextId = 1;
function doc(unit: string | null, province: string | null, period: string | null, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  const id = nextId++;
  return {
    id, source_file: `${id}.txt`, format: 'text', unit, unit_key: null, province, period, level: 'so', template_version: null,
    report_date: null, imported_at: `2025-01-01T00:00:${String(id).padStart(2, '0')}.000Z`, row_count: 10, is_current: 1, current_reason: '', same_report_as: null, ...extra,
  };
}

const archive = [
  // Replaced by the re-issue below (the store decides it: src/store/current-versions.ts).
  doc('Ban Dân tộc', 'Khánh Hòa', '2024-Q1', { is_current: 0 }),
  doc('BAN DÂN TỘC', 'Khánh Hòa', '2023'),
  doc('Ban Dân tộc tỉnh Gia Lai', 'Gia Lai', '2023'),
  doc('UBND phường Nguyễn Trãi', 'Kon Tum', '2023-Q3', { level: 'xa' }),
  doc('Ủy ban nhân dân phường Nguyễn Trãi, thành phố Kon Tum', 'Kon Tum', '2024-H1', { level: 'xa' }),
  doc('Ban Dân tộc', 'Khánh Hòa', '2024-Q1', { report_date: '2024-03-28' }),
  doc(null, 'Gia Lai', '2024'),
];

describe('summariseUnits', () => {
  const units = summariseUnits(keyDocuments(archive));

  it('gives one unit per body: the ward named with and without its city is one', () => {
    expect(units.map((u) => u.key)).toEqual(['gia-lai/ban-dân-tộc', 'khánh-hòa/ban-dân-tộc', 'kon-tum/ubnd-phường-nguyễn-trãi/thành-phố-kon-tum']);
    const ward = units[2]!;
    expect(ward.periods.map((p) => p.period)).toEqual(['2023-Q3', '2024-H1']);
    expect(ward.names).toHaveLength(2);
    expect(ward.level).toBe('xa');
  });

  it('counts reports per period in order of time, the re-issue current', () => {
    const khanhHoa = units[1]!;
    expect(khanhHoa.name).toBe('Ban Dân tộc');
    expect(khanhHoa.periods.map((p) => [p.period, p.documents])).toEqual([['2023', 1], ['2024-Q1', 2]]);
    expect(khanhHoa.periods[1]!.versions.map((v) => [v.document_id, v.current])).toEqual([[archive[0]!.id, false], [archive[5]!.id, true]]);
  });

  it('leaves out reports that name no unit', () => {
    expect(units.reduce((n, u) => n + u.documents, 0)).toBe(archive.length - 1);
  });
});

describe('findUnits and resolveUnit', () => {
  const units = summariseUnits(keyDocuments(archive));

  it('finds a unit by key, with or without diacritics', () => {
    expect(findUnits(units, 'khánh-hòa/ban-dân-tộc').map((u) => u.key)).toEqual(['khánh-hòa/ban-dân-tộc']);
    expect(findUnits(units, 'khanh-hoa/ban-dan-toc').map((u) => u.key)).toEqual(['khánh-hòa/ban-dân-tộc']);
    expect(findUnits(units, 'Khanh Hoa/Ban Dan Toc').map((u) => u.key)).toEqual(['khánh-hòa/ban-dân-tộc']);
  });

  it('finds units by a part of a printed name, any case or tone placement', () => {
    expect(findUnits(units, 'nguyễn trãi').map((u) => u.key)).toEqual(['kon-tum/ubnd-phường-nguyễn-trãi/thành-phố-kon-tum']);
    expect(findUnits(units, 'ỦY BAN NHÂN DÂN').map((u) => u.key)).toHaveLength(1);
    expect(findUnits(units, 'ban dan toc')).toHaveLength(2);
  });

  it('refuses a text that picks several units, naming their keys', () => {
    expect(() => resolveUnit(units, 'Ban Dân tộc')).toThrow(UnitLookupError);
    try {
      resolveUnit(units, 'Ban Dân tộc');
    } catch (error) {
      expect((error as UnitLookupError).code).toBe('unit/ambiguous');
      expect((error as Error).message).toContain('gia-lai/ban-dân-tộc');
      expect((error as Error).message).toContain('khánh-hòa/ban-dân-tộc');
    }
    expect(() => resolveUnit(units, 'Sở Nội vụ')).toThrow(/^no unit matches 'Sở Nội vụ'/);
    expect(resolveUnit(units, 'Gia Lai').key).toBe('gia-lai/ban-dân-tộc');
  });
});

describe('comparePeriods', () => {
  it('orders periods by the month they end, the shorter first, phases by their last year', () => {
    const periods = ['2024', '2024-H2', '2024-Q4', '2024-9M', '2024-Q3', '2024-H1', '2024-Q2', '2024-Q1', '2023', '2021-2025', null, 'odd'];
    expect([...periods].sort(comparePeriods)).toEqual(['2023', '2024-Q1', '2024-Q2', '2024-H1', '2024-Q3', '2024-9M', '2024-Q4', '2024-H2', '2024', '2021-2025', 'odd', null]);
  });
});
