import { describe, expect, it } from 'vitest';
import { areaName, areaOfHeading, areaOfRoman, templateAreas, type AreaNumber } from '../../common/areas.js';

/** Every area heading printed in the four seeds (fixtures/seeds/*.txt), as printed, with its area. */
const SEED_HEADINGS: ReadonlyArray<readonly [string, AreaNumber]> = [
  ['Công tác chỉ đạo điều hành CCHC', 1],
  ['Công tác chỉ đạo điều hành cải cách hành chính', 1],
  ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 1],
  ['1. Công tác chỉ đạo, điều hành:', 1],
  ['2. Công tác chỉ đạo, điều hành', 1],
  ['Cải cách thể chế', 2],
  ['1. Cải cách thể chế', 2],
  ['Cải cách thủ tục hành chính', 3],
  ['2. Cải cách thủ tục hành chính', 3],
  ['2. Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông', 3],
  ['Cải cách tổ chức bộ máy hành chính nhà nước', 4],
  ['3. Cải cách tổ chức bộ máy hành chính nhà nước', 4],
  ['Cải cách tổ chức bộ máy', 4],
  ['3. Cải cách tổ chức bộ máy', 4],
  ['Cải cách chế độ công vụ', 5],
  ['4. Cải cách chế độ công vụ:', 5],
  ['Cải cách tài chính công', 6],
  ['5. Cải cách tài chính công', 6],
  ['Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 7],
  ['Xây dựng và phát triển Chính phủ điện tử, Chính phủ số (điều chỉnh lại thành “Xây dựng và phát triển Chính quyền điện tử, Chính quyền số”)', 7],
  ['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 7],
  ['6. Xây dựng và phát triển chính quyền điện tử, chính quyền số', 7],
  ['6. Xây dựng và phát triển chính quyền điện tử', 7],
];

/** Older headings the catalog's area files listed before the names moved to areas.json. */
const OLDER_HEADINGS: ReadonlyArray<readonly [string, AreaNumber]> = [
  ['Chỉ đạo, điều hành cải cách hành chính', 1],
  ['Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 5],
  ['Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức', 5],
  ['Xây dựng Chính quyền điện tử', 7],
  ['Xây dựng Chính phủ điện tử', 7],
  ['Hiện đại hóa hành chính', 7],
  ['Hiện đại hóa nền hành chính', 7],
  ['VII. Chuyển đổi số', 7],
];

describe('areaOfHeading', () => {
  it.each([...SEED_HEADINGS, ...OLDER_HEADINGS])('%s → area %i', (heading, area) => {
    expect(areaOfHeading(heading)).toBe(area);
  });

  it('takes every phrase of areas.json, and each area name, to its area', () => {
    for (const a of templateAreas()) {
      for (const phrase of [a.name, ...a.headings.flatMap((h) => h.phrases)]) {
        expect(areaOfHeading(phrase), phrase).toBe(a.area);
        expect(areaOfHeading(phrase.toUpperCase()), phrase).toBe(a.area);
        expect(areaOfHeading(`${a.roman}. ${phrase}`), phrase).toBe(a.area);
      }
    }
  });

  it('survives text typed without marks or with the old tone placement', () => {
    expect(areaOfHeading('CAI CACH THU TUC HANH CHINH')).toBe(3);
    expect(areaOfHeading('Hiện đại hoá nền hành chính')).toBe(7);
  });

  it('is null for rows that only mention an area, a phrase cut short or run into a word', () => {
    for (const text of ['Kết quả giải quyết thủ tục hành chính', 'Số văn bản chỉ đạo, điều hành', 'Cải cách thể chếx', 'Công tác chỉ đạo', '', 'II.']) {
      expect(areaOfHeading(text), text).toBeNull();
    }
  });
});

describe('areaOfRoman', () => {
  it('reads I to VII in either case, with or without a full stop', () => {
    expect(['I', 'ii.', 'III.', 'iv', 'V.', 'VI', 'vii.'].map(areaOfRoman)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is null for other numerals and STTs', () => {
    for (const stt of ['VIII', 'IIII', '1', 'I)', '(II)', '', 'a.']) expect(areaOfRoman(stt), stt).toBeNull();
  });
});

describe('areaName', () => {
  it('is the newest heading in full', () => {
    expect(areaName(1)).toBe('Công tác chỉ đạo, điều hành cải cách hành chính');
    expect(areaName(5)).toBe('Cải cách chế độ công vụ');
    expect(areaName(7)).toBe('Xây dựng và phát triển Chính quyền điện tử, Chính quyền số');
  });
});
