/** Builds, reads, processes and checks variants; the property test and report.ts share it. */
import { readDocument } from '../../parsers/read-document.js';
import type { Catalog } from '../../src/match/catalog.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import { buildVariant } from './build.js';
import { checkVariant, type VariantCheck } from './check.js';
import type { VariantSpec } from './spec.js';

export interface VariantOutcome {
  spec: VariantSpec;
  check: VariantCheck;
  /** Milliseconds writing the variant, and reading plus processing it. */
  writeMs: number;
  readMs: number;
  /** Set when the reader threw (an unreadable variant is a failure of its own). */
  error?: string;
}

export async function runVariant(spec: VariantSpec, catalog: Catalog): Promise<VariantOutcome> {
  const t0 = performance.now();
  const built = await buildVariant(spec);
  const t1 = performance.now();
  try {
    const doc = processDocument(await readDocument(built.bytes, built.file), { catalog });
    return { spec, check: checkVariant(doc, built.expectation, built.ignoredLines), writeMs: t1 - t0, readMs: performance.now() - t1 };
  } catch (error) {
    const expected = built.expectation.rows.filter((r) => r.value !== null).length;
    const check: VariantCheck = { expected, right: 0, wrong: [], missed: { withheld: 0, unmatched: 0, emptyValue: 0 }, lost: expected, invisible: [`unreadable: ${String(error)}`], tableWarnings: [], ids: new Map() };
    return { spec, check, writeMs: t1 - t0, readMs: performance.now() - t1, error: String(error) };
  }
}
