/**
 * The hand-made template variants of fixtures/variants/ (grouped header, value before unit, plan |
 * actual | ratio), each as DOCX and PDF, give the figures typed by hand in <name>.expected.tsv:
 * every listed row is found with its STT, gives its Thực hiện / Số liệu value, and a row with an
 * empty value gives none. Rows are found in order by STT and the start of the label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/match/catalog.js';
import { processFile } from '../../src/pipeline/process-document.js';
import type { ProcessedRow } from '../../src/pipeline/types.js';
import { foldLabel, givesFigure } from '../../scripts/variants/check.js';
import { REPO } from '../helpers/cli.js';

const DIR = join(REPO, 'fixtures/variants');
const catalog = loadCatalog();

interface HandRow {
  stt: string;
  labelStart: string;
  valueRaw: string;
  value: string;
}

function readHandExpected(name: string): HandRow[] {
  const lines = readFileSync(join(DIR, `${name}.expected.tsv`), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  return lines.slice(1).map((line) => {
    const [stt = '', labelStart = '', valueRaw = '', value = ''] = line.split('\t');
    return { stt, labelStart, valueRaw, value };
  });
}

const plainStt = (stt: string) => stt.replace(/<[^>]*>/g, '').trim().replace(/\.$/, '');

/** What is wrong with the document's rows against the hand-typed ones, one line per problem. */
function problems(rows: ProcessedRow[], expected: HandRow[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const e of expected) {
    const k = rows.findIndex((r, i) => i >= from && plainStt(r.row.stt) === plainStt(e.stt) && foldLabel(r.row.label).startsWith(foldLabel(e.labelStart)));
    if (k < 0) {
      out.push(`${e.stt} "${e.labelStart}": no row with this STT and label`);
      continue;
    }
    from = k + 1;
    const r = rows[k]!;
    const got = givesFigure(r) ? `${r.value.number ?? r.value.raw} (raw "${r.value.raw}")` : 'no figure';
    if (e.value === '') {
      if (givesFigure(r)) out.push(`${e.stt} "${e.labelStart}": got ${got}, expected no figure`);
    } else if (r.value.number !== Number(e.value)) {
      // The value column read wrong: never allowed.
      out.push(`${e.stt} "${e.labelStart}": read ${r.value.number ?? r.value.raw} (raw "${r.value.raw}"), expected ${e.value} (raw "${e.valueRaw}")`);
    } else if (!givesFigure(r) && (r.match.indicatorId !== null || r.match.reasons.length === 0)) {
      // A figure not given must be a row sent to review with its reason.
      out.push(`${e.stt} "${e.labelStart}": got ${got} and the row is not in review`);
    }
  }
  return out;
}

describe.each(['a-grouped-header', 'b-value-before-unit', 'c-plan-actual-ratio'])('%s', (name) => {
  const expected = readHandExpected(name);

  it('has 10 to 15 hand-typed rows', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(expected.length).toBeLessThanOrEqual(15);
  });

  it.each(['docx', 'pdf'])(`as %s reads every hand-typed figure from the right column, gives none where the value is empty, and sends what it does not give to review`, async (format) => {
    const path = join(DIR, `${name}.${format}`);
    const doc = await processFile(readFileSync(path), path, { catalog });
    expect(problems(doc.rows, expected)).toEqual([]);
    // Rows the matcher cannot place without guessing (a level-split label with no level named
    // above it) go to review; at most two of the hand-typed figures may be missed so.
    const given = expected.filter((e) => e.value !== '' && doc.rows.some((r) => givesFigure(r) && plainStt(r.row.stt) === plainStt(e.stt) && r.value.number === Number(e.value)));
    expect(given.length).toBeGreaterThanOrEqual(expected.filter((e) => e.value !== '').length - 2);
  });
});
