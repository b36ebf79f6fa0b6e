/**
 * Importing files and folders into the store. The main thread walks the folders (a stream), hashes
 * each file and skips what the database already has; the rest is parsed by a pool of worker
 * threads, at most 2 × jobs files in flight (p-queue), and written by the main thread, the one
 * writer, one transaction per document, in the order the walk found the files (in-order.ts), as
 * they are reported. One file failing never stops the batch; its reason is
 * stored and reported. Interrupted and run again, an import goes on where it stopped: what was
 * written is found by content hash.
 */
import { existsSync } from 'node:fs';
import { addTimings, timed, type StageTimings } from '../../common/stage-timings.js';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { additionsLabel, additionsOf } from '../catalog/catalog-for.js';
import type { UserVariant } from '../match/catalog-index.js';
import { defaultCatalogDir } from '../../common/mappings.js';
import type { MetadataOverrides } from '../pipeline/process-document.js';
import { StoreError, type Db } from '../store/db.js';
import { importedPathCheck, moveDocument } from '../store/imported.js';
import { VersionCache } from '../store/version-cache.js';
import { saveDocument, saveFailure } from '../store/write-document.js';
import { countFiles, discoverFiles, type DiscoveredFile } from './discover.js';
import { Examiner } from './examine.js';
import { addResult, documentCounts, emptyCounts, type FileResult, type ImportProgress, type ImportSummary } from './results.js';
import { InOrder } from './in-order.js';
import { INTERRUPTED, WorkerPool, type ParseOutcome } from './worker-pool.js';

export type { FileOutcome, FileResult, ImportProgress, ImportSummary } from './results.js';

export interface ImportOptions {
  db: Db;
  overrides?: MetadataOverrides;
  userVariants?: UserVariant[];
  /** The mappings/ folder the workers load the catalog from; the database's catalog additions are added to it. */
  catalogDir?: string;
  /** Parse workers (default: the number of cores). */
  jobs?: number;
  /** Read files already imported again, replacing their stored rows (import --force, reimport). */
  force?: boolean;
  /** Which PDF pages are read by OCR (default `auto`: those without a text layer). */
  ocr?: 'auto' | 'off' | 'force';
  /** Time limit per file (default 60 s), counted again after each page read by OCR. */
  timeoutMs?: number;
  /**
   * Old-generation heap per worker (default 1792 MiB); a file needing more fails alone. V8 paces
   * its collections by this limit, so it trades memory for speed: on the 333 bench PDFs, 2 workers,
   * 1792 MiB peaked at 283 MB RSS and 13.8-15.1 CPU ms a page, 2048 MiB at 407 MB and 11.3-12.5
   * (the ceiling is 400 MB), 1024 MiB spent 15-20 % more CPU than 2048.
   */
  heapMb?: number;
  /** Aborting stops the import after the files being written: nothing half-written, run again to go on. */
  signal?: AbortSignal;
  onStart?: (total: number) => void;
  onFile?: (result: FileResult, progress: ImportProgress) => void;
  /** A page was read by OCR: the progress bar moves within a long scan. */
  onOcrPage?: (progress: ImportProgress) => void;
}

/**
 * The worker module, compiled: next to this file in dist/, or in dist/ when this file runs from
 * its TypeScript source (a test runner), since a worker thread cannot load TypeScript.
 */
function workerScript(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/src/importer/worker.js', here) : new URL('./worker.js', here);
}

class BatchImport {
  private readonly counts = emptyCounts();
  private readonly started = performance.now();
  /** Milliseconds by stage, summed over the files (reading and hashing here, parsing in the workers, storing here). */
  private readonly timings: StageTimings = {};
  private readonly examiner = new Examiner(this.timings);
  /** The groups of unit and period, remembered between saves (src/store/version-cache.ts). */
  private readonly versions = new VersionCache();
  private readonly importedPath;
  private readonly jobs: number;
  private readonly queue: PQueue;
  /** Files written and reported in walk order; see in-order.ts. */
  private readonly order = new InOrder((error) => this.stopOn(error));
  /** Files taken from the walk and not yet reported, at most: parsed documents wait within it. */
  private readonly window: number;
  /** Files being parsed by content hash: a copy of one waits for it rather than being parsed twice. */
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private pool: WorkerPool | null = null;
  /** Contents read again in this run under --force. */
  private readonly forced = new Set<string>();
  private fatal: Error | null = null;
  private total = 0;
  private ocrPages = 0;

  constructor(private readonly options: ImportOptions) {
    this.importedPath = importedPathCheck(options.db);
    this.jobs = Math.max(1, options.jobs ?? availableParallelism());
    this.queue = new PQueue({ concurrency: this.jobs * 2 });
    this.window = this.jobs * ORDER_WINDOW_PER_JOB;
  }

  async run(paths: string[]): Promise<ImportSummary> {
    const { signal } = this.options;
    this.total = await countFiles(paths);
    this.options.onStart?.(this.total);
    const stop = () => void this.pool?.destroy();
    signal?.addEventListener('abort', stop);
    try {
      for await (const entry of discoverFiles(paths)) {
        await this.order.below(this.window);
        if (signal?.aborted || this.fatal) break;
        const ticket = this.order.take();
        if (entry.kind === 'problem') this.reportInTurn(ticket, { path: entry.path, outcome: 'failed', code: entry.code, message: entry.message });
        else await this.consider(entry, ticket);
      }
      await this.queue.onIdle();
    } finally {
      signal?.removeEventListener('abort', stop);
      await this.pool?.destroy();
    }
    if (this.fatal) throw this.fatal;
    return { ...this.progress(), interrupted: signal?.aborted ?? false, workersStarted: this.pool?.started ?? 0, timings: this.timings };
  }

  private async consider(file: DiscoveredFile, ticket: number): Promise<void> {
    const seen = await this.examiner.examine(file.path, file.explicit);
    if (seen.kind === 'not-a-report') return this.reportInTurn(ticket, { path: file.path, outcome: 'skipped', message: seen.reason });
    if (seen.kind === 'unreadable') return this.reportInTurn(ticket, { path: file.path, outcome: 'failed', code: seen.code, message: seen.message });
    const { sha256 } = seen;
    let bytes: Uint8Array | null = seen.bytes;
    // --force reads a content once per run: a second copy of it in the archive is unchanged.
    const reread = this.options.force && !this.forced.has(sha256);
    if (!reread && this.alreadyImported(file.path, sha256, ticket)) return;
    this.forced.add(sha256);
    // Backpressure: the walk waits while 2 × jobs files are in flight, so memory stays flat.
    await this.queue.onSizeLessThan(1);
    if (this.options.signal?.aborted || this.fatal) return this.order.settle(ticket);
    const copyOf = this.inFlight.get(sha256);
    const task = this.queue.add(async () => {
      if (copyOf) {
        await copyOf;
        if (this.alreadyImported(file.path, sha256, ticket)) return;
      }
      const source = { path: file.path, sha256, bytes: bytes! };
      bytes = null; // the pool hands them on; nothing here keeps them
      const outcome = await this.parser().run(source);
      this.order.settle(ticket, () => this.finish(file.path, sha256, outcome));
    });
    void task.catch((error: unknown) => {
      this.order.settle(ticket);
      this.stopOn(error);
    });
    // A copy of this content found meanwhile waits until this one is written.
    const written = this.order.done(ticket);
    this.inFlight.set(sha256, written);
    void written.then(() => {
      if (this.inFlight.get(sha256) === written) this.inFlight.delete(sha256);
    });
  }

  /**
   * Reports a content the database holds as unchanged, in its turn. When it was stored under a
   * path that is gone, the file was moved (an archive reorganised): its source path follows it.
   * A copy of a file still in place keeps the first path, and says so.
   */
  private alreadyImported(path: string, sha256: string, ticket: number): boolean {
    const stored = this.importedPath(sha256);
    if (stored === null) return false;
    if (stored === path) {
      this.reportInTurn(ticket, { path, outcome: 'unchanged', sha256 });
    } else if (!existsSync(stored)) {
      moveDocument(this.options.db, sha256, path);
      this.reportInTurn(ticket, { path, outcome: 'unchanged', sha256, message: `moved from ${stored}; its figures now point here` });
    } else {
      this.reportInTurn(ticket, { path, outcome: 'unchanged', sha256, message: `same content as ${stored}, which its figures point to` });
    }
    return true;
  }

  private parser(): WorkerPool {
    this.pool ??= new WorkerPool({
      size: this.jobs,
      script: workerScript(),
      setup: {
        catalogDir: this.options.catalogDir ?? defaultCatalogDir(),
        // The database's own catalog additions (chitieu catalog add) map its rows too.
        additions: additionsOf(this.options.db),
        additionsLabel: additionsLabel(this.options.db),
        overrides: this.options.overrides ?? {},
        userVariants: this.options.userVariants ?? [],
        ocr: this.options.ocr ?? 'auto',
      },
      timeoutMs: this.options.timeoutMs ?? 60_000,
      heapMb: this.options.heapMb ?? 1792,
      onOcrPage: () => {
        this.ocrPages++;
        this.options.onOcrPage?.(this.progress());
      },
    });
    return this.pool;
  }

  /** The one writer: the outcome of a parse goes to the database here, on the main thread. */
  private finish(path: string, sha256: string, outcome: ParseOutcome): void {
    if (!outcome.ok && outcome.code === INTERRUPTED.code) return;
    if (!outcome.ok) {
      saveFailure(this.options.db, { sha256, file: path, code: outcome.code, message: outcome.message });
      return this.report({ path, outcome: 'failed', sha256, ms: outcome.ms, code: outcome.code, message: outcome.message });
    }
    const doc = outcome.document;
    addTimings(this.timings, outcome.timings);
    let saved;
    try {
      saved = timed(this.timings, 'store', () => saveDocument(this.options.db, doc, { replace: this.options.force, versions: this.versions }));
    } catch (error) {
      // The database itself failing (disk full, read-only) is no document's fault: the import stops.
      if (error instanceof StoreError) throw error;
      const failure = { code: 'db/write-failed', message: `could not be written to the database (${(error as Error).message}); please report it with this file` };
      saveFailure(this.options.db, { sha256, file: path, ...failure });
      return this.report({ path, outcome: 'failed', sha256, ms: outcome.ms, ...failure });
    }
    this.report({
      path,
      outcome: saved.outcome,
      sha256: doc.sha256,
      format: doc.format,
      documentId: saved.documentId,
      ...(saved.version ? { version: saved.version } : {}),
      ...(outcome.pages !== null ? { pages: outcome.pages } : {}),
      ...documentCounts(doc),
      ms: outcome.ms,
    });
  }

  /** An error no single file explains (the workers cannot start, the database cannot be written): stop. */
  private stopOn(error: unknown): void {
    this.fatal ??= error instanceof Error ? error : new Error(String(error));
    this.queue.clear();
    this.order.release();
    void this.pool?.destroy();
  }

  private reportInTurn(ticket: number, result: FileResult): void {
    this.order.settle(ticket, () => this.report(result));
  }

  private report(result: FileResult): void {
    addResult(this.counts, result);
    this.options.onFile?.(result, this.progress());
  }

  private progress(): ImportProgress {
    const ocr = this.ocrPages > 0 ? { ocrPages: this.ocrPages, ocrInFlight: this.pool?.ocrInFlight() ?? null } : {};
    return { ...this.counts, total: Math.max(this.total, this.counts.done), elapsedMs: performance.now() - this.started, ...ocr };
  }
}

/**
 * Files taken from the walk and not yet reported, per parse worker, at most. A parse that ends
 * before an earlier, longer one keeps its document until that one is written; the window lets the
 * other workers go on meanwhile (a 60-page PDF at the head while small files pass).
 */
const ORDER_WINDOW_PER_JOB = 16;

/** Imports every report file under `paths`; see the module comment. */
export function importPaths(paths: string[], options: ImportOptions): Promise<ImportSummary> {
  return new BatchImport(options).run(paths);
}
