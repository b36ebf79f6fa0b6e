/**
 * One file through every stage: adapter → appendix recogniser → metadata → values → matcher.
 * Pure apart from reading nothing but the bytes given: no database, no argv, so it can run in a
 * worker thread and in tests alike.
 */
import type { DocumentIR, Message } from '../../parsers/ir.js';
import { readDocument } from '../../parsers/read-document.js';
import type { Catalog } from '../match/catalog.js';
import type { UserVariant } from '../match/catalog-index.js';
import { matchAppendix } from '../match/match-indicator.js';
import { extractMetadata } from '../metadata/extract-metadata.js';
import type { AppendixRow, DocumentMetadata } from '../model.js';
import type { IndicatorMatch } from '../match/types.js';
import { checkConsistency } from '../checks/consistency.js';
import { recogniseAppendix } from '../recognise/recognise-appendix.js';
import { guessDecimalStyle, readValue } from '../values/parse-value.js';
import { timed, type StageTimings } from '../../common/stage-timings.js';
import type { ProcessedDocument, ProcessedRow } from './types.js';
import { unitKeyOf } from './unit-key.js';

export interface MetadataOverrides {
  unit?: string;
  province?: string;
  period?: string;
}

export interface ProcessOptions {
  catalog: Catalog;
  overrides?: MetadataOverrides;
  /** Users' mapping decisions (`chitieu map`), used as extra label variants. */
  userVariants?: UserVariant[];
  /** Where to add the time of recognition and matching (`npm run bench`). */
  timings?: StageTimings;
}

export async function processFile(bytes: Uint8Array, file: string, options: ProcessOptions): Promise<ProcessedDocument> {
  return processDocument(await readDocument(bytes, file), options);
}

function applyOverrides(metadata: DocumentMetadata, overrides: MetadataOverrides = {}): DocumentMetadata {
  return {
    ...metadata,
    unit: overrides.unit ?? metadata.unit,
    province: overrides.province ?? metadata.province,
    period: overrides.period ?? metadata.period,
  };
}

/** A withheld row keeps its candidates for review but maps to nothing (docs/column-roles.md). */
function withholding(row: AppendixRow, match: IndicatorMatch): IndicatorMatch {
  if (!row.withheld) return row.ocrRead ? { ...match, reasons: [...match.reasons, row.ocrRead] } : match;
  return { ...match, indicatorId: null, method: 'withheld', isGroup: false, reasons: [`withheld (${row.withheld.code}): ${row.withheld.reason}`, ...match.reasons] };
}

import { PARSER_VERSION } from './parser-version.js';

export function processDocument(doc: DocumentIR, options: ProcessOptions): ProcessedDocument {
  const { timings } = options;
  const appendix = timed(timings, 'recognise', () => recogniseAppendix(doc));
  const meta = timed(timings, 'recognise', () => extractMetadata(doc));
  return timed(timings, 'match', () => matchDocument(doc, appendix, meta, options));
}

function matchDocument(doc: DocumentIR, appendix: ReturnType<typeof recogniseAppendix>, meta: ReturnType<typeof extractMetadata>, options: ProcessOptions): ProcessedDocument {
  const metadata = applyOverrides(meta.metadata, options.overrides);
  const decimalStyle = guessDecimalStyle(appendix.rows.map((r) => r.value));
  const matched = matchAppendix(appendix.rows, { catalog: options.catalog, level: metadata.level, userVariants: options.userVariants });
  const messages: Message[] = [...doc.messages, ...appendix.messages, ...meta.messages, ...matched.messages];

  const rows: ProcessedRow[] = appendix.rows.map((row, i) => {
    const reading = readValue({ value: row.value, unit: row.unit, note: row.note }, { decimalStyle });
    for (const m of reading.messages) messages.push({ ...m, position: row.position });
    const otherValues = row.otherValues.map((cell) => readValue({ value: cell.raw, unit: row.unit, note: row.note }, { decimalStyle }).value);
    return { row, value: reading.value, match: withholding(row, matched.matches[i]!), otherValues };
  });

  messages.push(...checkConsistency(rows));

  return {
    file: doc.file,
    sha256: doc.sha256,
    format: doc.format,
    metadata,
    unitKey: unitKeyOf(metadata),
    templateVersion: matched.templateVersion,
    rows,
    messages,
    parserVersion: PARSER_VERSION,
  };
}
