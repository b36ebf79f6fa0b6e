import { describe, expect, it } from 'vitest';
import { asciiFold, foldName, foldText, stripDiacritics, TONE_MARKS, unifyTones, vietnameseNfc } from '../../common/vietnamese-text.js';

const nfd = (text: string) => text.normalize('NFD');

describe('vietnameseNfc', () => {
  it('composes NFD text and mends look-alike letters, case and spaces kept', () => {
    expect(vietnameseNfc(nfd('Cải cách hành chính'))).toBe('Cải cách hành chính');
    expect(vietnameseNfc('Ðơn vị  THƢỜNG')).toBe('Đơn vị  THƯỜNG');
  });
});

describe('stripDiacritics', () => {
  it('removes tones and vowel marks, and turns đ into d', () => {
    expect(stripDiacritics('Đắk Nông, Khánh Hòa, Ủy ban, đường')).toBe('Dak Nong, Khanh Hoa, Uy ban, duong');
    expect(stripDiacritics(nfd('Đắk'))).toBe('Dak');
  });

  it('leaves case and spaces alone', () => {
    expect(stripDiacritics('  SỐ  Hồ sơ ')).toBe('  SO  Ho so ');
    expect(stripDiacritics('plain ASCII')).toBe('plain ASCII');
  });
});

describe('foldText', () => {
  it('lower-cases, composes, folds and trims spaces, keeps marks', () => {
    expect(foldText('  Số   LIỆU\t\n')).toBe('số liệu');
    expect(foldText(nfd('Đơn vị tính'))).toBe('đơn vị tính');
    expect(foldText('sổ')).not.toBe(foldText('số'));
  });

  it('keeps tone placement as printed', () => {
    expect(foldText('Khánh Hoà')).toBe('khánh hoà');
  });
});

describe('asciiFold', () => {
  it('is foldText without marks', () => {
    expect(asciiFold('  Cải cách  THỦ TỤC hành chính ')).toBe('cai cach thu tuc hanh chinh');
    expect(asciiFold(nfd('ĐƠN VỊ TÍNH'))).toBe('don vi tinh');
    expect(asciiFold('Khánh Hoà')).toBe(asciiFold('Khánh Hòa'));
  });
});

describe('unifyTones', () => {
  it.each([
    ['Hoà', 'Hòa'],
    ['hoá', 'hóa'],
    ['Thuỷ', 'Thủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['khoẻ', 'khỏe'],
    ['quý', 'quý'],
    ['hoàn thành', 'hoàn thành'],
    ['thuyết', 'thuyết'],
    ['Hòa', 'Hòa'],
    ['luỹ kế', 'lũy kế'],
    ['hoặc', 'hoặc'],
  ])('%s → %s', (text, unified) => {
    expect(unifyTones(text)).toBe(unified);
    expect(unifyTones(nfd(text))).toBe(unified);
  });
});

describe('foldName', () => {
  it('is foldText with one tone placement', () => {
    expect(foldName('  Sở Y tế tỉnh   KHÁNH HOÀ ')).toBe('sở y tế tỉnh khánh hòa');
    expect(foldName(nfd('Uỷ ban nhân dân'))).toBe('ủy ban nhân dân');
  });
});

describe('TONE_MARKS', () => {
  it('are the five marked tones in VNI key order: sắc, huyền, hỏi, ngã, nặng', () => {
    expect(TONE_MARKS.map((mark) => `a${mark}`.normalize('NFC'))).toEqual(['á', 'à', 'ả', 'ã', 'ạ']);
  });
});
