/**
 * The same report gives the same figures whatever its format: each seed as text, as DOCX, as PDF
 * (and as a `pdftotext -layout` dump where one is committed) yields the same set of
 * (indicator ID, value) pairs. Any difference is a failure, not a tolerance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/match/catalog.js';
import { processFile } from '../../src/pipeline/process-document.js';
import type { ProcessedDocument } from '../../src/pipeline/types.js';
import { normalisedValueText } from '../../src/values/parse-value.js';
import { REPO } from '../helpers/cli.js';
import { seedPath } from '../helpers/seeds.js';

const catalog = loadCatalog();

function figures(doc: ProcessedDocument): string[] {
  return doc.rows
    .filter((r) => r.match.indicatorId && r.value.kind !== 'empty')
    .map((r) => `${r.match.indicatorId} = ${normalisedValueText(r.value)}`)
    .sort();
}

async function figuresOf(path: string): Promise<string[]> {
  return figures(await processFile(readFileSync(path), path, { catalog }));
}

describe.each(['000', '001', '002', '003'])('seed %s', (prefix) => {
  const name = basename(seedPath(prefix), '.txt');
  const formats = {
    docx: join(REPO, 'fixtures/docx', `${name}.docx`),
    pdf: join(REPO, 'fixtures/pdf', `${name}.pdf`),
    layout: join(REPO, 'fixtures/layout', `${name}.txt`),
  };

  it.each(Object.entries(formats).filter(([, path]) => existsSync(path)))('as %s gives the figures of the text', async (_format, path) => {
    const fromText = await figuresOf(seedPath(prefix));
    expect(fromText.length).toBeGreaterThan(60);
    expect(await figuresOf(path)).toEqual(fromText);
  });
});
