import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/match/memo.js';
import { normaliseLabel } from '../../src/match/normalise-label.js';

describe('memoByText', () => {
  it('computes a text once, and again only after the cache was cleared for being full', () => {
    const seen: string[] = [];
    const upper = memoByText((t) => {
      seen.push(t);
      return { text: t.toUpperCase() };
    }, 2);
    expect(upper('a').text).toBe('A');
    expect(upper('a').text).toBe('A');
    expect(seen).toEqual(['a']);
    upper('b');
    upper('c'); // full at two entries: cleared, then c kept
    upper('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('hands out frozen results, so that no caller changes them for the next row', () => {
    const label = normaliseLabel('Số TTHC được cập nhật, công khai (điều chỉnh thành “Số TTHC đã công khai”)');
    expect(Object.isFrozen(label)).toBe(true);
    expect(Object.isFrozen(label.tokens)).toBe(true);
    expect(() => (label.tokens as string[]).push('x')).toThrow(TypeError);
    expect(normaliseLabel('Số TTHC được cập nhật, công khai (điều chỉnh thành “Số TTHC đã công khai”)')).toBe(label);
    expect(label.newerWording).toBe('số thủ tục hành chính đã công khai');
  });
});
