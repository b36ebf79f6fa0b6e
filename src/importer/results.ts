/** What the importer reports: one `FileResult` per file considered, and running counts. */
import type { StageTimings } from '../../common/stage-timings.js';
import type { ProcessedDocument } from '../pipeline/types.js';
import type { VersionNote } from '../store/current-versions.js';

export type FileOutcome = 'imported' | 'unchanged' | 'failed' | 'skipped';

export interface FileResult {
  path: string;
  outcome: FileOutcome;
  sha256?: string;
  format?: string;
  documentId?: number;
  /** Pages read: of a PDF, or of a layout-text dump (cut by form feeds). */
  pages?: number;
  /** Appendix rows stored. */
  rows?: number;
  /** Rows with an indicator ID and a value: the figures `chitieu export` gives. */
  observations?: number;
  /** Indicator rows left without an ID (`chitieu unmatched`). */
  unmatched?: number;
  warnings?: number;
  /** What an imported document did to the current report of its unit and period. */
  version?: VersionNote;
  /** Time a worker spent reading and processing the file. */
  ms?: number;
  code?: string;
  message?: string;
}

export interface ImportCounts {
  /** Files done so far, whatever their outcome. */
  done: number;
  imported: number;
  unchanged: number;
  failed: number;
  skipped: number;
  pages: number;
  rows: number;
  figures: number;
  toReview: number;
}

export interface ImportProgress extends ImportCounts {
  /** Files the walk found before the import started; `done` may pass it if files were added meanwhile. */
  total: number;
  elapsedMs: number;
  /** Pages read by OCR so far, in every file (issue #14: a scan takes seconds a page). */
  ocrPages?: number;
  /** Of the files being read now: pages OCR has taken, of how many it has to take. */
  ocrInFlight?: { done: number; of: number } | null;
}

export interface ImportSummary extends ImportProgress {
  /** Stopped by the caller's signal before every file was done: run again to go on. */
  interrupted: boolean;
  /** Parse workers started (0 when nothing needed parsing). */
  workersStarted: number;
  /** Milliseconds by stage, summed over the files (`npm run bench` prints them). */
  timings: StageTimings;
}

export function emptyCounts(): ImportCounts {
  return { done: 0, imported: 0, unchanged: 0, failed: 0, skipped: 0, pages: 0, rows: 0, figures: 0, toReview: 0 };
}

export function addResult(counts: ImportCounts, result: FileResult): void {
  counts.done++;
  counts[result.outcome]++;
  counts.pages += result.pages ?? 0;
  counts.rows += result.outcome === 'imported' ? (result.rows ?? 0) : 0;
  counts.figures += result.observations ?? 0;
  counts.toReview += result.unmatched ?? 0;
}

/** The figures a processed document brings, for its report line. */
export function documentCounts(doc: ProcessedDocument): Pick<FileResult, 'rows' | 'observations' | 'unmatched' | 'warnings'> {
  let observations = 0;
  let unmatched = 0;
  for (const r of doc.rows) {
    if (r.row.kind !== 'indicator') continue;
    if (!r.match.indicatorId) unmatched++;
    else if (r.value.kind !== 'empty') observations++;
  }
  return { rows: doc.rows.length, observations, unmatched, warnings: doc.messages.filter((m) => m.severity === 'warning').length };
}
