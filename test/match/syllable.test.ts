import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../src/match/syllable.js';

describe('isVietnameseSyllable', () => {
  it('words of the language, with or without their marks', () => {
    for (const word of ['hồ', 'cơ', 'quyết', 'nghiêng', 'người', 'khuya', 'giữa', 'thuở', 'tinh', 'nhan', 'Ban']) expect(isVietnameseSyllable(word), word).toBe(true);
  });

  it('abbreviations, which no Vietnamese syllable is shaped like', () => {
    for (const word of ['tthc', 'ubnd', 'pakn', 'bcci', 'hs', 'kh', 'cchc', 'đvsncl', 'DVSNCL', 'lđ', 'qg']) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});
