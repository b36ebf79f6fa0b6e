/**
 * Figures right, wrong and missed on a scan of fixtures/scans/ against the hand-written
 * expectations of the seed it was printed from (fixtures/seeds/expected/): the rows printed on
 * the scanned pages are listed in fixtures/scans/rows.tsv. A figure is matched to the expected row
 * of the same STT whose label start reads the same within a few letters (OCR may misread a
 * letter of a label; the figure is what must be right); a figure with no such row, or another
 * value, is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../parsers/pdf/read-pdf.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import type { ProcessedDocument } from '../../src/pipeline/types.js';
import { readExpectedTsv } from './expected.js';
import { givesFigure, shownValue } from './no-layout-score.js';
import { editDistance } from '../../common/edit-distance.js';

export const SCANS_DIR = join(import.meta.dirname, '../../fixtures/scans');

export interface ScanScore {
  right: number;
  expected: number;
  wrong: string[];
  missed: string[];
  doc: ProcessedDocument;
  seconds: number;
}

interface Expected {
  line: string;
  stt: string;
  label: string;
  value: string | null;
}

/** Letters only, no marks, no case: "Số TTHC" and "So TTHC" alike. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').replace(/^[-+]\s*/, '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

export function expectedOnScan(scan: string): Expected[] {
  const rows = readFileSync(join(SCANS_DIR, 'rows.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.startsWith(`${scan}\t`)).map((l) => l.split('\t'));
  if (rows.length === 0) return [];
  const seed = rows[0]![2]!;
  const values = new Map(readExpectedTsv(`${seed}.tsv`).map((e) => [e.line!, e]));
  const empties = new Map(readExpectedTsv(`${seed}.empty.tsv`).map((e) => [e.line!, e]));
  return rows.map(([, , , line, expects]) => {
    const e = (expects === 'value' ? values : empties).get(line!)!;
    return { line: line!, stt: e.stt ?? '', label: e.label_start ?? '', value: expects === 'value' ? e.value! : null };
  });
}

/**
 * The same row: its label starts as the expected one does, within a few letters. The STT only
 * breaks ties (rows of one label under several parents): a misread STT with the right label and
 * figure is still the row.
 */
const sameRow = (e: Expected, label: string) => {
  const want = fold(e.label);
  const got = fold(label).slice(0, want.length);
  return editDistance(want, got) <= Math.max(2, Math.round(0.2 * want.length));
};

/** A figure as stored or processed: its row's STT and label, and the value as the seed tests show it. */
export interface ReadFigure {
  stt: string;
  label: string;
  value: string;
}

export function scoreFigures(scan: string, figures: readonly ReadFigure[]): Pick<ScanScore, 'right' | 'expected' | 'wrong' | 'missed'> {
  const expected = expectedOnScan(scan);
  const found = new Set<Expected>();
  const wrong: string[] = [];
  for (const f of figures) {
    const candidates = expected.filter((x) => !found.has(x) && sameRow(x, f.label));
    const e = candidates.find((x) => x.stt.replace(/<\/?b>/g, '') === f.stt && x.value === f.value) ?? candidates.find((x) => x.value === f.value) ?? candidates[0];
    if (e && e.value === f.value) found.add(e);
    else wrong.push(`"${f.stt} ${f.label.slice(0, 40)}" = ${f.value}${e ? `, expected ${e.value ?? 'no figure'} (seed line ${e.line})` : ', no such row expected'}`);
  }
  const withValue = expected.filter((e) => e.value !== null);
  const missed = withValue.filter((e) => !found.has(e)).map((e) => `seed line ${e.line} ${e.stt} ${e.label} = ${e.value}`);
  return { right: found.size, expected: withValue.length, wrong, missed };
}

export async function scoreScan(scan: string, catalog = loadCatalog()): Promise<ScanScore> {
  const path = join(SCANS_DIR, `${scan}.pdf`);
  const started = performance.now();
  const doc = processDocument(await readPdf(readFileSync(path), path), { catalog });
  const seconds = (performance.now() - started) / 1000;
  const figures = doc.rows.filter(givesFigure).map((r) => ({ stt: r.row.stt, label: r.row.label, value: shownValue(r) }));
  return { ...scoreFigures(scan, figures), doc, seconds };
}
