/** Jaro-Winkler, by hand from Winkler's examples and the typos the matcher must forgive. */
import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../src/match/jaro-winkler.js';

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    // MARTHA/MARHTA: 6 matches, 1 transposition → jaro 0.9444, prefix 3 → 0.9611.
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    // DWAYNE/DUANE: 4 matches, 0 transpositions → jaro 0.8222, prefix 1 → 0.84.
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
    // DIXON/DICKSONX: 4 matches → jaro 0.7667, prefix 2 → 0.8133.
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal strings and 0 for nothing in common or an empty one', () => {
    expect(jaroWinkler('thong', 'thong')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('keeps a typo such as "thong ke" / "thng ke" above the matcher threshold 0.94', () => {
    expect(jaroWinkler('thong', 'thnog')).toBeGreaterThanOrEqual(0.94);
    expect(jaroWinkler('hoanthanh', 'hoanthanhh')).toBeGreaterThanOrEqual(0.94);
  });
});
