/**
 * The hand-written equivalence table (fixtures/seeds/expected/equivalence.tsv): pairs of rows in
 * the four seeds that must get the same indicator ID, and pairs of alike wording that must not.
 */
import { describe, expect, it } from 'vitest';
import { readExpectedTsv } from '../helpers/expected.js';
import { idsByLine, processSeed } from '../helpers/process-seed.js';

const ids = new Map(['000', '001', '002', '003'].map((p) => [p, idsByLine(processSeed(p))]));

function idOf(ref: string): string | undefined {
  const [seed, line] = ref.split(':');
  return ids.get(seed!)?.get(Number(line));
}

const pairs = readExpectedTsv('equivalence.tsv');

describe('equivalence table', () => {
  it('holds both kinds of pairs', () => {
    expect(pairs.filter((p) => p.relation === 'same').length).toBeGreaterThanOrEqual(60);
    expect(pairs.filter((p) => p.relation === 'different').length).toBeGreaterThanOrEqual(30);
  });

  it('gives the same ID to every "same" pair', () => {
    const wrong = pairs
      .filter((p) => p.relation === 'same')
      .filter((p) => !idOf(p.a!) || idOf(p.a!) !== idOf(p.b!))
      .map((p) => `${p.a} ${idOf(p.a!) ?? '(unmapped)'} ≠ ${p.b} ${idOf(p.b!) ?? '(unmapped)'}: ${p.why}`);
    expect(wrong).toEqual([]);
  });

  it('never gives the same ID to a "different" pair', () => {
    const wrong = pairs
      .filter((p) => p.relation === 'different')
      .filter((p) => idOf(p.a!) !== undefined && idOf(p.a!) === idOf(p.b!))
      .map((p) => `${p.a} = ${p.b} = ${idOf(p.a!)}: ${p.why}`);
    expect(wrong).toEqual([]);
  });
});
