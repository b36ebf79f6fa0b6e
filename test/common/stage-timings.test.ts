/** Time by stage (common/stage-timings.ts) and the one SHA-256 (common/hash.ts). */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../common/hash.js';
import { addTimings, timed, timedAsync, type StageTimings } from '../../common/stage-timings.js';

describe('stage timings', () => {
  it('adds each run of a stage to its total and returns what the work returns', async () => {
    const timings: StageTimings = {};
    expect(timed(timings, 'rebuild', () => 'blocks')).toBe('blocks');
    expect(await timedAsync(timings, 'text', () => new Promise((resolve) => setTimeout(() => resolve('runs'), 20)))).toBe('runs');
    expect(timings.text).toBeGreaterThanOrEqual(15);
    expect(timings.rebuild).toBeGreaterThanOrEqual(0);
    expect(Object.keys(timings).sort()).toEqual(['rebuild', 'text']);
  });

  it('counts the time of work that throws, and times nothing without a collector', () => {
    const timings: StageTimings = {};
    expect(() => timed(timings, 'match', () => { throw new Error('bug'); })).toThrow('bug');
    expect(timings.match).toBeGreaterThanOrEqual(0);
    expect(timed(undefined, 'match', () => 7)).toBe(7);
  });

  it('sums the stages of several files', () => {
    const total: StageTimings = { text: 10 };
    addTimings(total, { text: 5, store: 2 });
    addTimings(total, { operators: 1 });
    expect(total).toEqual({ text: 15, store: 2, operators: 1 });
  });
});

describe('sha256Hex', () => {
  // FIPS 180-2, appendix B.1 and B.2 (one-block and two-block messages).
  it('gives the standard digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });
});
