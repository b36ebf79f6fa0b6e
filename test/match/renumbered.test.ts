/** A seed with its sections reordered and its numbering rewritten maps to the same IDs. */
import { describe, expect, it } from 'vitest';
import { idsByLine, processSeed, processText } from '../helpers/process-seed.js';
import { rewriteSeed } from '../helpers/rewrite-seed.js';
import { seedBytes } from '../helpers/seeds.js';

describe.each(['000', '001', '002', '003'])('seed %s renumbered and reordered', (prefix) => {
  const original = idsByLine(processSeed(prefix));
  const rewritten = rewriteSeed(seedBytes(prefix).toString('utf8'));

  it('really was rewritten', () => {
    expect(rewritten.text).not.toBe(seedBytes(prefix).toString('utf8'));
    expect(rewritten.originalLine.slice(0, 300)).not.toEqual([...rewritten.originalLine.slice(0, 300)].sort((a, b) => a - b));
  });

  it('maps every row to the ID it had in the original', () => {
    const doc = processText(Buffer.from(rewritten.text), `${prefix}-rewritten.txt`);
    const moved = new Map([...idsByLine(doc)].map(([line, id]) => [rewritten.originalLine[line - 1]!, id]));
    expect(moved.size).toBeGreaterThan(original.size * 0.95);
    expect(Object.fromEntries(moved)).toEqual(Object.fromEntries(original));
  });
});
