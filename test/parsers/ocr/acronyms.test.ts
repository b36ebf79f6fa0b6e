import { describe, expect, it } from 'vitest';
import { repairAcronyms } from '../../../parsers/ocr/acronyms.js';

describe('acronyms misread by OCR', () => {
  it('puts right the misreadings of TTHC and ĐVSNCL met on the fixture scans', () => {
    expect(repairAcronyms('Số TTHG được tích hợp lên Cổng DVC')).toBe('Số TTHC được tích hợp lên Cổng DVC');
    expect(repairAcronyms('Tổng số hồ sơ TTHGC đã giải quyết xong')).toBe('Tổng số hồ sơ TTHC đã giải quyết xong');
    expect(repairAcronyms('Số ĐVSNGL thuộc UBND cấp huyện')).toBe('Số ĐVSNCL thuộc UBND cấp huyện');
    expect(repairAcronyms('Tổng số hồ sơ TTHƠG đã giải quyết xong')).toBe('Tổng số hồ sơ TTHC đã giải quyết xong');
    expect(repairAcronyms('Tỷ lệĐVSNGL đã cắt giảm')).toBe('Tỷ lệ ĐVSNCL đã cắt giảm');
  });

  it('leaves the template acronyms, short words and words far from any acronym alone', () => {
    expect(repairAcronyms('Số VBQPPL do HĐND, UBND ban hành')).toBe('Số VBQPPL do HĐND, UBND ban hành');
    expect(repairAcronyms('KẾT QUẢ THỐNG KÊ')).toBe('KẾT QUẢ THỐNG KÊ');
    expect(repairAcronyms('Số tiền (VNĐ)')).toBe('Số tiền (VNĐ)');
  });
});
