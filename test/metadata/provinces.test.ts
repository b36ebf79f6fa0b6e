import { describe, expect, it } from 'vitest';
import { ALL_PROVINCES, canonicalProvince, findProvince, matchProvinceWords } from '../../src/metadata/provinces.js';
import { unifyTones } from '../../common/vietnamese-text.js';

describe('the province list', () => {
  it('holds the 63 units in force until 2025, Huế counted once as a city', () => {
    // 58 provinces + 5 centrally-run cities; Huế is listed as its own city (centrally run since 2025).
    expect(ALL_PROVINCES.filter((p) => p.name !== 'Huế')).toHaveLength(63);
    expect(ALL_PROVINCES.filter((p) => p.centrallyRun).map((p) => p.name)).toEqual(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);
  });

  it('maps every unit to one of the 34 of Nghị quyết 202/2025/QH15', () => {
    const merged = new Set(ALL_PROVINCES.map((p) => p.mergedInto));
    expect(merged.size).toBe(34);
    for (const name of merged) expect(findProvince(name)?.name).toBe(name);
    expect(findProvince('Đắk Nông')?.mergedInto).toBe('Lâm Đồng');
    expect(findProvince('Kon Tum')?.mergedInto).toBe('Quảng Ngãi');
  });

  it('spells names in NFC with one tone placement', () => {
    for (const p of ALL_PROVINCES) expect(p.name).toBe(unifyTones(p.name));
  });
});

describe('findProvince / canonicalProvince', () => {
  it.each([
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Khánh Hòa', 'Khánh Hòa'],
    ['KHÁNH HÒA', 'Khánh Hòa'],
    ['ĐẮK NÔNG', 'Đắk Nông'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Kontum', 'Kon Tum'],
    ['tỉnh Gia Lai', 'Gia Lai'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['BÀ RỊA VŨNG TÀU', 'Bà Rịa - Vũng Tàu'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['thành phố Đà Nẵng', 'Đà Nẵng'],
    ['Gia Lai'.normalize('NFD'), 'Gia Lai'],
  ])('%s → %s', (name, canonical) => {
    expect(findProvince(name)?.name).toBe(canonical);
    expect(canonicalProvince(name)).toBe(canonical);
  });

  it('finds no province in a district or ward name', () => {
    expect(findProvince('Phường Nguyễn Trãi')).toBeNull();
    expect(findProvince('Pleiku')).toBeNull();
    expect(canonicalProvince('Thuỷ  Nguyên')).toBe('Thủy Nguyên');
  });

  it('matches the longest name at the start of a word list', () => {
    expect(matchProvinceWords(['Thừa', 'Thiên', 'Huế', 'năm'])).toMatchObject({ province: { name: 'Thừa Thiên Huế' }, words: 3 });
    expect(matchProvinceWords(['Gia', 'Lai', 'ban', 'hành'])).toMatchObject({ province: { name: 'Gia Lai' }, words: 2 });
    expect(matchProvinceWords(['về', 'việc'])).toBeNull();
  });
});
