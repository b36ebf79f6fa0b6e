/**
 * Unit keys on hand-written pairs: names that must share a key (one body written differently)
 * and names that must not (two bodies, however alike). Names are as reports print them
 * (fixtures/seeds, DOMAIN.md) or as `--unit` overrides give them.
 */
import { describe, expect, it } from 'vitest';
import { reconcileUnitKeys, unitKeyOf } from '../../src/pipeline/unit-key.js';

type Unit = [unit: string, province: string | null];
const key = ([unit, province]: Unit) => unitKeyOf({ unit, province });

describe('one body written differently shares a key', () => {
  it.each<[string, Unit[]]>([
    ['province named after a department, or "tỉnh" alone (seed 001 header and appendix)', [
      ['Ban Dân tộc', 'Gia Lai'], ['Ban Dân tộc tỉnh Gia Lai', 'Gia Lai'], ['Ban Dân tộc tỉnh', 'Gia Lai'],
      ['BAN DÂN TỘC', 'Gia Lai'], ['Ban Dân tộc, tỉnh Gia Lai', 'Gia Lai'], ['Ban Dân tộc tỉnh Gia Lai', null],
    ]],
    ['a ward\'s council, full or short, any case (seed 002)', [
      ['UBND phường Nguyễn Trãi', 'Kon Tum'], ['Ủy ban nhân dân phường Nguyễn Trãi', 'Kon Tum'],
      ['ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN TRÃI', 'Kon Tum'], ['Uỷ ban nhân dân phường Nguyễn Trãi', 'Kon Tum'],
    ]],
    ['a ward named with its district, "TP" or "thành phố", province or not', [
      ['UBND phường Nguyễn Trãi, TP Kon Tum', 'Kon Tum'], ['UBND phường Nguyễn Trãi, TP. Kon Tum', 'Kon Tum'],
      ['Ủy ban nhân dân phường Nguyễn Trãi, thành phố Kon Tum, tỉnh Kon Tum', 'Kon Tum'],
    ]],
    ['the province\'s council (seed 003)', [
      ['UBND tỉnh Đắk Nông', 'Đắk Nông'], ['Ủy ban nhân dân tỉnh Đắk Nông', 'Đắk Nông'], ['UBND tỉnh', 'Đắk Nông'],
      ['ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG', null], ['UBND tỉnh Đắc Nông', 'Đắk Nông'],
    ]],
    ['a centrally-run city\'s council', [['UBND thành phố Đà Nẵng', 'Đà Nẵng'], ['UBND TP Đà Nẵng', 'Đà Nẵng'], ['Ủy ban nhân dân thành phố', 'Đà Nẵng']]],
    ['a department, spelt out or by its standard abbreviation, old or new tone placement', [
      ['Sở Văn hóa, Thể thao và Du lịch', 'Khánh Hòa'], ['Sở VHTTDL', 'Khánh Hòa'], ['Sở VH-TT&DL', 'Khánh Hòa'],
      ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Khánh Hòa'], ['Sở Văn hoá - Thể thao và Du lịch tỉnh Khánh Hoà', 'Khánh Hoà'],
      ['Sở VHTT&DL tỉnh Khánh Hòa', 'Khánh Hòa'],
    ]],
    ['Sở Kế hoạch và Đầu tư', [['Sở Kế hoạch và Đầu tư', 'Gia Lai'], ['Sở KH&ĐT', 'Gia Lai'], ['Sở Kế hoạch & Đầu tư', 'Gia Lai'], ['Sở KHĐT tỉnh Gia Lai', null]]],
    ['Sở Lao động - Thương binh và Xã hội ("Xã hội" is no commune)', [
      ['Sở Lao động - Thương binh và Xã hội', 'Gia Lai'], ['Sở LĐ-TB&XH', 'Gia Lai'], ['Sở Lao động, Thương binh và Xã hội tỉnh Gia Lai', 'Gia Lai'],
    ]],
    ['"TP" after "Sở" is Tư pháp', [['Sở Tư pháp', 'Gia Lai'], ['Sở TP', 'Gia Lai'], ['Sở Tư pháp tỉnh Gia Lai', 'Gia Lai']]],
    ['bodies named by their level keep it', [
      ['Văn phòng UBND tỉnh', 'Gia Lai'], ['Văn phòng Ủy ban nhân dân tỉnh Gia Lai', 'Gia Lai'], ['VP UBND tỉnh', 'Gia Lai'],
    ]],
    ['Thanh tra tỉnh', [['Thanh tra tỉnh', 'Gia Lai'], ['Thanh tra tỉnh Gia Lai', 'Gia Lai'], ['THANH TRA TỈNH', 'Gia Lai']]],
    ['NFD and NFC', [['Ban Dân tộc'.normalize('NFD'), 'Khánh Hòa'.normalize('NFD')], ['Ban Dân tộc', 'Khánh Hòa']]],
  ])('%s', (_, units) => {
    const keys = units.map(key);
    expect(keys[0]).not.toBeNull();
    for (const [i, k] of keys.entries()) expect(k, units[i]!.join(' | ')).toBe(keys[0]);
  });

  it('keys read as province/body, in lower-case Vietnamese', () => {
    expect(key(['Ban Dân tộc', 'Khánh Hòa'])).toBe('khánh-hòa/ban-dân-tộc');
    expect(key(['UBND tỉnh Đắk Nông', 'Đắk Nông'])).toBe('đắk-nông/ubnd-tỉnh');
    expect(key(['UBND phường Nguyễn Trãi, TP Kon Tum', 'Kon Tum'])).toBe('kon-tum/ubnd-phường-nguyễn-trãi/thành-phố-kon-tum');
    expect(key(['Sở VHTTDL', 'Bà Rịa - Vũng Tàu'])).toBe('bà-rịa-vũng-tàu/sở-văn-hóa-thể-thao-và-du-lịch');
  });
});

describe('two bodies keep two keys', () => {
  it.each<[string, Unit, Unit]>([
    ['the same department in two provinces (seeds 000 and 001)', ['Ban Dân tộc', 'Khánh Hòa'], ['Ban Dân tộc', 'Gia Lai']],
    ['a renamed body since 2025 is not merged', ['Ban Dân tộc', 'Gia Lai'], ['Sở Dân tộc và Tôn giáo', 'Gia Lai']],
    ['departments merged in 2025', ['Sở Tài nguyên và Môi trường', 'Gia Lai'], ['Sở Nông nghiệp và Môi trường', 'Gia Lai']],
    ['a split department', ['Sở Văn hóa, Thể thao và Du lịch', 'Gia Lai'], ['Sở Văn hóa và Thể thao', 'Gia Lai']],
    ['a council and its office', ['UBND tỉnh Gia Lai', 'Gia Lai'], ['Văn phòng UBND tỉnh Gia Lai', 'Gia Lai']],
    ['the province and a city named like it', ['UBND tỉnh Kon Tum', 'Kon Tum'], ['UBND thành phố Kon Tum', 'Kon Tum']],
    ['a district and a town of one name', ['UBND huyện Krông Pắc', 'Đắk Lắk'], ['UBND thị xã Krông Pắc', 'Đắk Lắk']],
    ['names that differ by a tone mark only', ['UBND xã Tân Hòa', 'Gia Lai'], ['UBND xã Tân Hóa', 'Gia Lai']],
    ['two wards "phường 1" in two cities of one province', ['UBND phường 1, TP Vũng Tàu', 'Bà Rịa - Vũng Tàu'], ['UBND phường 1, TP Bà Rịa', 'Bà Rịa - Vũng Tàu']],
    ['a department named with another province than the report\'s', ['Sở Nội vụ tỉnh Gia Lai', 'Kon Tum'], ['Sở Nội vụ', 'Kon Tum']],
    ['no province known is not any province', ['Ban Dân tộc', null], ['Ban Dân tộc', 'Gia Lai']],
    ['district offices of two districts', ['Phòng Nội vụ huyện Krông Pắc', 'Đắk Lắk'], ['Phòng Nội vụ huyện Cư Kuin', 'Đắk Lắk']],
    ['an unknown abbreviation is not expanded', ['Sở KHĐT', 'Gia Lai'], ['Sở KH', 'Gia Lai']],
  ])('%s', (_, a, b) => {
    expect(key(a)).not.toBeNull();
    expect(key(a)).not.toBe(key(b));
  });

  it('no unit, no key', () => {
    expect(key(['', 'Gia Lai'])).toBeNull();
    expect(unitKeyOf({ unit: null, province: 'Gia Lai' })).toBeNull();
  });
});

describe('reconcileUnitKeys: a commune named without its district', () => {
  const bare = key(['UBND phường Nguyễn Trãi', 'Kon Tum'])!;
  const full = key(['UBND phường Nguyễn Trãi, TP Kon Tum', 'Kon Tum'])!;

  it('takes the key with the district when only one district is seen', () => {
    const map = reconcileUnitKeys([bare, full, 'kon-tum/ban-dân-tộc']);
    expect(map.get(bare)).toBe(full);
    expect(map.get(full)).toBe(full);
    expect(map.get('kon-tum/ban-dân-tộc')).toBe('kon-tum/ban-dân-tộc');
  });

  it('keeps its own key when two districts are seen', () => {
    const vungTau = key(['UBND phường 1, TP Vũng Tàu', 'Bà Rịa - Vũng Tàu'])!;
    const baRia = key(['UBND phường 1, TP Bà Rịa', 'Bà Rịa - Vũng Tàu'])!;
    const alone = key(['UBND phường 1', 'Bà Rịa - Vũng Tàu'])!;
    const map = reconcileUnitKeys([vungTau, baRia, alone]);
    expect(new Set(map.values())).toEqual(new Set([vungTau, baRia, alone]));
  });

  it('keeps the bare key when no district is seen', () => {
    expect(reconcileUnitKeys([bare]).get(bare)).toBe(bare);
  });
});
