import { readText } from '../../parsers/text.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import type { ProcessedDocument } from '../../src/pipeline/types.js';
import { seedBytes } from './seeds.js';

const catalog = loadCatalog();

export function processText(bytes: Uint8Array, file: string): ProcessedDocument {
  return processDocument(readText(bytes, file), { catalog });
}

export function processSeed(prefix: string): ProcessedDocument {
  return processText(seedBytes(prefix), `${prefix}.txt`);
}

/** "line → indicator ID" for the rows of a processed document that were mapped. */
export function idsByLine(doc: ProcessedDocument): Map<number, string> {
  return new Map(doc.rows.flatMap((r) => (r.match.indicatorId ? [[r.row.position.line, r.match.indicatorId] as const] : [])));
}
