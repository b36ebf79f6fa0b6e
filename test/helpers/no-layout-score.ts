/**
 * Figures right, wrong and missed when a seed is imported from a copy without layout
 * (no-layout-copy.ts), against the hand-written expectations in fixtures/seeds/expected/.
 * A row of the copy is aligned to the seed row it was written from (by line), and its label must
 * start as the expected one does: a figure under another row's label is wrong.
 */
import { readText } from '../../parsers/text.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import type { ProcessedDocument, ProcessedRow } from '../../src/pipeline/types.js';
import { readExpectedTsv } from './expected.js';
import { noLayoutCopy, type NoLayoutCopy, type NoLayoutOptions } from './no-layout-copy.js';
import { seedBytes } from './seeds.js';

const catalog = loadCatalog();

export interface Score {
  right: number;
  wrong: string[];
  missed: string[];
  doc: ProcessedDocument;
}

/** The value as the seed tests show it: the number, else the text. */
export function shownValue(row: ProcessedRow): string {
  const v = row.value;
  if (v.number !== null) return String(Number(v.number.toFixed(6)));
  return v.text ?? '';
}

export const givesFigure = (r: ProcessedRow) => r.match.indicatorId !== null && r.value.kind !== 'empty' && r.row.withheld === null;

const fold = (s: string) => s.normalize('NFC').replace(/^[-+]\s*/, '').replace(/\s+/g, ' ').trim();

/** The seed itself (tab-separated) scored the same way: what the pipeline gives with the layout. */
export function scoreSeed(prefix: string): Score {
  return scoreText(prefix, { text: seedBytes(prefix).toString('utf8'), originalLine: [] });
}

export function scoreNoLayoutSeed(prefix: string, options: NoLayoutOptions): Score {
  return scoreText(prefix, noLayoutCopy(seedBytes(prefix).toString('utf8'), options));
}

function scoreText(prefix: string, copy: NoLayoutCopy): Score {
  const doc = processDocument(readText(Buffer.from(copy.text), `${prefix}.txt`), { catalog });
  const expected = new Map(readExpectedTsv(`${prefix}.tsv`).map((e) => [Number(e.line), e]));
  const found = new Set<number>();
  const wrong: string[] = [];
  let right = 0;
  for (const r of doc.rows.filter(givesFigure)) {
    const original = copy.originalLine[r.row.position.line - 1] ?? r.row.position.line;
    const e = expected.get(original);
    const shown = shownValue(r);
    const labelOk = e !== undefined && fold(r.row.label).startsWith(fold(e.label_start).slice(0, 20));
    if (e && labelOk && shown === e.value && !found.has(original)) {
      right++;
      found.add(original);
    } else {
      wrong.push(`copy line ${r.row.position.line} (seed ${original}) "${r.row.label.slice(0, 40)}" = ${shown}${e ? `, expected ${e.value}` : ', expected no figure'}`);
    }
  }
  const missed = [...expected.values()].filter((e) => !found.has(Number(e.line))).map((e) => `seed ${e.line} ${e.label_start} = ${e.value}`);
  return { right, wrong, missed, doc };
}
