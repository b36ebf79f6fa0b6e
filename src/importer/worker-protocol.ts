/**
 * Messages between the importer (main thread) and its parse workers. Everything is plain data:
 * it crosses the thread boundary by structured clone.
 */
import type { UserVariant } from '../match/catalog-index.js';
import type { CatalogIndicator } from '../model.js';
import type { MetadataOverrides } from '../pipeline/process-document.js';
import type { StageTimings } from '../../common/stage-timings.js';
import type { ProcessedDocument } from '../pipeline/types.js';

export interface WorkerSetup {
  catalogDir: string;
  /** Entries added to the database being written (`chitieu catalog add`), and how to name them in problems. */
  additions: CatalogIndicator[];
  additionsLabel: string;
  overrides: MetadataOverrides;
  userVariants: UserVariant[];
  /** Which PDF pages are read by OCR (import --ocr; parsers/ir.ts ReadOptions). */
  ocr?: 'auto' | 'off' | 'force';
}

/**
 * Main → worker: process this file. The main thread has read and hashed it (examine.ts); the
 * bytes are transferred, not copied.
 */
export interface ParseTask {
  id: number;
  path: string;
  sha256: string;
  bytes: Uint8Array;
}

/** A file as the main thread hands it to the pool. */
export type SourceBytes = Pick<ParseTask, 'path' | 'sha256' | 'bytes'>;

export interface ParseFailure {
  code: string;
  message: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  /** The worker cannot work at all (the catalog does not load): the whole import stops. */
  | { type: 'fatal'; message: string }
  | { type: 'parsed'; id: number; document: ProcessedDocument; pages: number | null; ms: number; timings: StageTimings }
  /**
   * The OCR step took a page of the file, `done` of its `of` pages to read so: the file's time
   * limit starts again (OCR takes seconds a page) and the progress bar counts it.
   */
  | { type: 'ocr-page'; id: number; done: number; of: number }
  | ({ type: 'failed'; id: number; ms: number } & ParseFailure);
