/**
 * The seeds' hand-written expectations (fixtures/seeds/expected/, see its README): per seed line
 * the expected figure (`NNN.tsv`) or that there is none (`NNN.empty.tsv`), and the report's
 * period (`metadata.tsv`). Read as written; nothing here runs the pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fixturesDir } from './fonts.js';

export interface ExpectedRow {
  line: number;
  stt: string;
  /** First 30 characters of the label, as printed without markup. */
  labelStart: string;
  /** null for a row of `NNN.empty.tsv`: it must never give a figure. */
  value: { raw: string; value: string; kind: string } | null;
}

export interface SeedExpectation {
  prefix: string;
  file: string;
  /** Rows with and without a figure, in seed order. */
  rows: ExpectedRow[];
  /** `2024-Q1`, `2023`. */
  period: string;
}

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

export const SEED_PREFIXES = ['000', '001', '002', '003'] as const;

export function seedFile(prefix: string): string {
  const dir = `${fixturesDir()}seeds/`;
  const name = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${dir}`);
  return `${dir}${name}`;
}

export function readExpectation(prefix: string): SeedExpectation {
  const dir = `${fixturesDir()}seeds/expected/`;
  const withValue = readTsv(`${dir}${prefix}.tsv`).map((r): ExpectedRow => ({
    line: Number(r.line), stt: r.stt!, labelStart: r.label_start!, value: { raw: r.value_raw!, value: r.value!, kind: r.kind! },
  }));
  const empty = readTsv(`${dir}${prefix}.empty.tsv`).map((r): ExpectedRow => ({ line: Number(r.line), stt: r.stt!, labelStart: r.label_start!, value: null }));
  const meta = readTsv(`${dir}metadata.tsv`).find((r) => r.seed === prefix);
  if (!meta) throw new Error(`no metadata for seed ${prefix} in ${dir}metadata.tsv`);
  return { prefix, file: seedFile(prefix), rows: [...withValue, ...empty].sort((a, b) => a.line - b.line), period: meta.period! };
}
