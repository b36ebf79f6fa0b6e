/**
 * Checks a processed variant against its seed's hand-written figures. Rows are aligned by label,
 * in order: a processed row may align with an expected row whose `label_start` is a prefix of the
 * row's label (both folded: no markup, case, tone marks, spaces or leading "- "/"+ "), and the
 * alignment kept is the one in order with the most pairs (a longest common subsequence), ties
 * going to rows with a unit or value. A greedy forward search within a window was tried first: a
 * section title ("Số người làm việc hưởng lương từ NSNN …", 001:289) took the prefix of a data row
 * 26 rows on (001:315) and the rows between were lost. STT plays no part, so renumbered STTs do
 * not matter, and a row the variant splits or merges shows as lost or as a figure on no row.
 *
 * A row gives a figure iff it is matched to an indicator, its value is not empty and it is not
 * withheld. Counts: right (the expected value: numbers compared as numbers), wrong (another
 * value, a figure on an `.empty.tsv` row, a figure on a row aligned to nothing), missed (expected
 * row present, no figure: withheld, unmatched, or — silently — matched with an empty value), lost
 * (expected row not found; visible only when the document warns with a `table/` or `text/` code).
 */
import type { ProcessedDocument, ProcessedRow } from '../../src/pipeline/types.js';
import type { ExpectedRow, SeedExpectation } from './expected.js';


export interface WrongFigure {
  label: string;
  line: number | null;
  got: string;
  expected: string;
}

export interface VariantCheck {
  expected: number;
  right: number;
  wrong: WrongFigure[];
  missed: { withheld: number; unmatched: number; emptyValue: number };
  lost: number;
  /** Misses and losses that nothing points at: matched with an empty value, or lost with no table/text warning. */
  invisible: string[];
  /** Warning codes starting with `table/` or `text/`. */
  tableWarnings: string[];
  /** Seed line → the indicator its aligned row was mapped to, for the ID-consistency check. */
  ids: Map<number, string>;
}

export function foldLabel(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^[-+•*]+/, '');
}

export function givesFigure(r: ProcessedRow): boolean {
  return r.match.indicatorId !== null && r.value.kind !== 'empty' && r.row.withheld === null;
}

function sameValue(r: ProcessedRow, expected: NonNullable<ExpectedRow['value']>): boolean {
  const want = Number(expected.value);
  if (r.value.number !== null && Number.isFinite(want)) return Math.abs(r.value.number - want) < 1e-9;
  return foldLabel(r.value.raw) === foldLabel(expected.raw);
}

const shown = (r: ProcessedRow) => `${r.value.number ?? r.value.raw} (raw "${r.value.raw}", column "${r.row.valueColumn}")`;

/** Expected row index → processed row, by the longest in-order alignment (see the module comment). */
export function align(rows: ProcessedRow[], expected: string[]): Map<number, ProcessedRow> {
  const labels = rows.map((r) => foldLabel(r.row.label));
  const pairs = (i: number, j: number) => labels[i] !== '' && labels[i]!.startsWith(expected[j]!);
  const weight = (i: number) => 100 + (rows[i]!.row.unit.trim() !== '' || rows[i]!.row.value.trim() !== '' ? 1 : 0);
  const n = rows.length;
  const m = expected.length;
  // best[i][j]: the best score aligning rows[i..] with expected[j..]; a flat array for speed.
  const best = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      let score = Math.max(best[at(i + 1, j)]!, best[at(i, j + 1)]!);
      if (pairs(i, j)) score = Math.max(score, weight(i) + best[at(i + 1, j + 1)]!);
      best[at(i, j)] = score;
    }
  }
  const out = new Map<number, ProcessedRow>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (pairs(i, j) && best[at(i, j)] === weight(i) + best[at(i + 1, j + 1)]!) {
      out.set(j, rows[i]!);
      i++;
      j++;
    } else if (best[at(i, j)] === best[at(i + 1, j)]) i++;
    else j++;
  }
  return out;
}

export function checkVariant(doc: ProcessedDocument, expectation: SeedExpectation, ignoredLines: ReadonlySet<number> = new Set()): VariantCheck {
  const rows = expectation.rows;
  const folded = rows.map((e) => foldLabel(e.labelStart));
  const aligned = align(doc.rows, folded);
  const alignedRows = new Set(aligned.values());
  const wrong: WrongFigure[] = [];
  for (const r of doc.rows) {
    if (!alignedRows.has(r) && givesFigure(r)) wrong.push({ label: r.row.label, line: null, got: shown(r), expected: 'no figure (row aligns to no expected row)' });
  }
  const tableWarnings = [...new Set(doc.messages.filter((m) => /^(table|text)\//.test(m.code)).map((m) => m.code))];
  const check: VariantCheck = { expected: 0, right: 0, wrong, missed: { withheld: 0, unmatched: 0, emptyValue: 0 }, lost: 0, invisible: [], tableWarnings, ids: new Map() };
  rows.forEach((e, k) => {
    if (ignoredLines.has(e.line)) return;
    const r = aligned.get(k);
    if (r?.match.indicatorId) check.ids.set(e.line, r.match.indicatorId);
    if (e.value === null) {
      if (r && givesFigure(r)) wrong.push({ label: r.row.label, line: e.line, got: shown(r), expected: 'no figure (empty value cell)' });
      return;
    }
    check.expected++;
    if (!r) {
      check.lost++;
      if (tableWarnings.length === 0) check.invisible.push(`lost ${e.line} "${e.labelStart}"`);
    } else if (givesFigure(r)) {
      if (sameValue(r, e.value)) check.right++;
      else wrong.push({ label: r.row.label, line: e.line, got: shown(r), expected: `${e.value.value} (raw "${e.value.raw}")` });
    } else if (r.row.withheld) check.missed.withheld++;
    else if (r.match.indicatorId === null) check.missed.unmatched++;
    else {
      check.missed.emptyValue++;
      if (tableWarnings.length === 0) check.invisible.push(`empty value ${e.line} "${e.labelStart}"`);
    }
  });
  return check;
}
