/** One variant from its spec: the seed laid out (layout.ts) and written in its format, in memory. */
import { readFileSync } from 'node:fs';
import { buildDocx } from '../docx-writer.js';
import { readSeed, type Seed } from '../seed-tables.js';
import { columnLayout } from './columns.js';
import { readExpectation, type SeedExpectation } from './expected.js';
import { layoutVariant, periodText } from './layout.js';
import { writePdf } from './pdf-writer.js';
import type { VariantFormat, VariantSpec } from './spec.js';
import { writeText } from './text-writer.js';

export interface BuiltVariant {
  spec: VariantSpec;
  /** A file name with the format's extension, for the reader and messages. */
  file: string;
  bytes: Uint8Array;
  expectation: SeedExpectation;
  ignoredLines: Set<number>;
}

const seeds = new Map<string, { seed: Seed; expectation: SeedExpectation }>();

function source(prefix: string): { seed: Seed; expectation: SeedExpectation } {
  let known = seeds.get(prefix);
  if (!known) {
    const expectation = readExpectation(prefix);
    known = { seed: readSeed(readFileSync(expectation.file, 'utf8')), expectation };
    seeds.set(prefix, known);
  }
  return known;
}

const EXTENSION: Record<VariantFormat, string> = { text: 'txt', docx: 'docx', pdf: 'pdf' };

export async function buildVariant(spec: VariantSpec): Promise<BuiltVariant> {
  const { seed, expectation } = source(spec.seed);
  const laid = layoutVariant(seed, spec, periodText(expectation.period));
  const bytes =
    spec.format === 'text' ? writeText(laid.blocks, spec)
    : spec.format === 'docx' ? buildDocx(laid.blocks, { splitTables: spec.split === 'tables', landscape: spec.landscape, columnLayout })
    : await writePdf(laid.blocks, { landscape: spec.landscape, pieces: ({ none: 'none', pages: 'page', tables: 'table' } as const)[spec.split], columnLayout, bodyKey: spec.seed });
  return { spec, file: `${spec.name}.${EXTENSION[spec.format]}`, bytes, expectation, ignoredLines: laid.ignoredLines };
}
