/**
 * The family × format table the team lead reads: for each dimension value (and the baselines),
 * per format, variants, recall (right / expected), wrong figures, missed (to review) and lost rows.
 */
import { DIMENSIONS, type VariantFormat } from './spec.js';
import type { VariantOutcome } from './run.js';

interface Tally {
  variants: number;
  expected: number;
  right: number;
  wrong: number;
  missed: number;
  lost: number;
  invisible: number;
}

const FORMATS: VariantFormat[] = ['text', 'docx', 'pdf'];

function tally(outcomes: VariantOutcome[]): Tally {
  const t: Tally = { variants: 0, expected: 0, right: 0, wrong: 0, missed: 0, lost: 0, invisible: 0 };
  for (const { check } of outcomes) {
    t.variants++;
    t.expected += check.expected;
    t.right += check.right;
    t.wrong += check.wrong.length;
    t.missed += check.missed.withheld + check.missed.unmatched + check.missed.emptyValue;
    t.lost += check.lost;
    t.invisible += check.invisible.length;
  }
  return t;
}

const cell = (t: Tally) => (t.variants === 0 ? '-' : `${t.variants} ${((100 * t.right) / Math.max(1, t.expected)).toFixed(1)}% w${t.wrong} m${t.missed} l${t.lost} s${t.invisible}`);

/** Rows "dimension=value", columns per format and all: "n recall% wN mN lN sN" (variants, recall, wrong, missed, lost, silent). */
export function familyTable(outcomes: VariantOutcome[]): string {
  const rows: string[][] = [['family', ...FORMATS, 'all']];
  const add = (name: string, pick: (o: VariantOutcome) => boolean) => {
    const chosen = outcomes.filter(pick);
    rows.push([name, ...FORMATS.map((f) => cell(tally(chosen.filter((o) => o.spec.format === f)))), cell(tally(chosen))]);
  };
  add('all', () => true);
  for (const [dimension, valueOf] of Object.entries(DIMENSIONS)) {
    const values = [...new Set(outcomes.map((o) => valueOf(o.spec)))].sort();
    for (const value of values) add(`${dimension}=${value}`, (o) => valueOf(o.spec) === value);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-|-'));
  return `${lines.join('\n')}\n(each cell: variants, recall = right / expected, w wrong figures, m missed (withheld, unmatched or empty value), l lost rows, s misses and losses nothing points at)`;
}

/** Totals and the slowest steps, for the test's log. */
export function timingLine(outcomes: VariantOutcome[]): string {
  const by = (f: VariantFormat, k: 'writeMs' | 'readMs') => outcomes.filter((o) => o.spec.format === f).reduce((a, o) => a + o[k], 0) / 1000;
  return FORMATS.map((f) => `${f}: write ${by(f, 'writeMs').toFixed(1)} s, read+process ${by(f, 'readMs').toFixed(1)} s`).join('; ');
}

export function wrongList(outcomes: VariantOutcome[], limit = 200): string {
  const lines = outcomes.flatMap((o) => o.check.wrong.map((w) => `${o.spec.name}: line ${w.line ?? '-'} "${w.label.slice(0, 60)}" got ${w.got}, expected ${w.expected}`));
  return lines.slice(0, limit).join('\n') + (lines.length > limit ? `\n… and ${lines.length - limit} more` : '');
}
