/** Header captions looked up in the template's vocabulary (common/column-vocabulary.ts, mappings/template/columns.json). */
import { describe, expect, it } from 'vitest';
import { captionRole, captionYear } from '../../common/column-vocabulary.js';

describe('captionRole', () => {
  it('knows the captions of each role as printed, in any case', () => {
    expect(captionRole('STT')).toBe('stt');
    expect(captionRole('Nội dung')).toBe('label');
    expect(captionRole('ĐVT')).toBe('unit');
    expect(captionRole('SỐ LIỆU')).toBe('value');
    expect(captionRole('Ghi chú')).toBe('note');
  });

  it('reads a caption that ends with the period it reports on as its head caption', () => {
    expect(captionRole('Số liệu quý III năm 2023')).toBe('value');
    expect(captionRole('số liệu quý iii năm 2023')).toBe('value');
    expect(captionRole('Kết quả 6 tháng đầu năm 2024')).toBe('value');
    expect(captionRole('Đơn vị tính năm 2024')).toBe('unit');
  });

  it('does not take a sentence that merely starts like a caption', () => {
    expect(captionRole('Số liệu về trao đổi văn bản điện tử giữa các cơ quan')).toBeNull();
  });
});

describe('captionYear', () => {
  it('reads the year of a period column', () => {
    expect(captionYear('Năm 2024')).toBe(2024);
    expect(captionYear('Quý I/2024')).toBe(2024);
    expect(captionYear('6 tháng đầu năm 2023')).toBe(2023);
    expect(captionYear('Số liệu')).toBeNull();
  });
});
