import type { Message, SourceFormat } from '../../parsers/ir.js';
import type { IndicatorMatch } from '../match/types.js';
import type { AppendixRow, DocumentMetadata, ParsedValue } from '../model.js';

export interface ProcessedRow {
  row: AppendixRow;
  value: ParsedValue;
  match: IndicatorMatch;
  /** The row's other value columns read like the figure, in the order of `row.otherValues`. */
  otherValues: ParsedValue[];
}

/** Everything learnt from one file, ready for the store; plain data so it can cross a worker boundary. */
export interface ProcessedDocument {
  file: string;
  sha256: string;
  format: SourceFormat;
  metadata: DocumentMetadata;
  /** Unit key: the same body written differently gets the same key. */
  unitKey: string | null;
  templateVersion: string | null;
  rows: ProcessedRow[];
  messages: Message[];
  /** pipeline/parser-version.ts at the time of reading. */
  parserVersion: number;
}
