/**
 * A small pool of parse workers on node:worker_threads, one file per worker at a time. Workers
 * are started when the first file needs one, so a run with nothing new starts none. A worker
 * that takes longer than the time limit on a file is terminated (`Worker.terminate` stops even
 * a loop that never yields) and replaced; one that dies (out of memory, a native crash) fails
 * only its file. A worker that cannot start at all stops the whole import: every file would
 * fail the same way.
 */
import { Worker } from 'node:worker_threads';
import type { StageTimings } from '../../common/stage-timings.js';
import type { ProcessedDocument } from '../pipeline/types.js';
import type { ParseFailure, ParseTask, SourceBytes, WorkerMessage, WorkerSetup } from './worker-protocol.js';

export type ParseOutcome =
  | { ok: true; document: ProcessedDocument; pages: number | null; ms: number; timings: StageTimings }
  | ({ ok: false; ms: number } & ParseFailure);

export interface PoolOptions {
  size: number;
  /** The compiled worker module. */
  script: URL;
  setup: WorkerSetup;
  /** Time limit per file, from the moment a worker takes it, or per page read by OCR. */
  timeoutMs: number;
  /** Old-generation heap per worker: a file that needs more fails with file/out-of-memory. */
  heapMb: number;
  /** A page of a file was read by OCR (for the progress bar: `ocrInFlight`). */
  onOcrPage?: () => void;
}

/** The workers cannot run at all; the message says why. */
export class PoolError extends Error {}

interface Job {
  id: number;
  source: SourceBytes;
  resolve: (outcome: ParseOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  /** Pages of the job's file read by OCR so far, of how many. */
  ocr?: { done: number; of: number };
  timer?: NodeJS.Timeout;
  startedAt: number;
}

/**
 * Young generation per worker. Measured on 120 bench PDFs, 2 workers: V8's default (about 34 MB
 * of new space) peaks 35 MB higher for the process than 16 MB, at the same CPU time a page.
 */
const YOUNG_GENERATION_MB = 16;

export const INTERRUPTED: ParseFailure = { code: 'import/interrupted', message: 'the import was interrupted before this file was done' };

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private failure: PoolError | null = null;
  private closed = false;
  /** Workers started so far, replacements included. */
  started = 0;

  constructor(private readonly options: PoolOptions) {}

  /** Parses a file the caller has read; its bytes are handed over (transferred) to the worker. */
  run(source: SourceBytes): Promise<ParseOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve({ ok: false, ms: 0, ...INTERRUPTED });
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, source, resolve, reject });
      this.pump();
    });
  }

  /** The pages of the files being read now that OCR has taken, of how many it has to; null when none is read by OCR. */
  ocrInFlight(): { done: number; of: number } | null {
    let done = 0;
    let of = 0;
    for (const slot of this.slots) {
      done += slot.ocr?.done ?? 0;
      of += slot.ocr?.of ?? 0;
    }
    return of > 0 ? { done, of } : null;
  }

  /** Stops every worker; files not done resolve as interrupted. */
  async destroy(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.resolve({ ok: false, ms: 0, ...INTERRUPTED });
    const stopping = [...this.slots].map((slot) => this.retire(slot, { ok: false, ms: 0, ...INTERRUPTED }));
    await Promise.all(stopping);
  }

  private pump(): void {
    if (this.closed || this.failure) return;
    while (this.waiting.length > 0) {
      const idle = [...this.slots].find((s) => s.ready && !s.job);
      if (idle) {
        this.dispatch(idle, this.waiting.shift()!);
        continue;
      }
      // Start a worker only for files that no starting worker will take.
      const starting = [...this.slots].filter((s) => !s.ready).length;
      if (starting < this.waiting.length && this.slots.size < this.options.size) this.spawn();
      else return;
    }
  }

  private spawn(): void {
    const worker = new Worker(this.options.script, {
      workerData: this.options.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      // pdf.js logs with console.log; stdout may carry --json records, so a worker's output goes to stderr.
      stdout: true,
    });
    worker.stdout.pipe(process.stderr, { end: false });
    this.started++;
    const slot: Slot = { worker, ready: false, startedAt: 0 };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => this.onDeath(slot, error));
    worker.on('exit', (code) => this.onDeath(slot, null, code));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.ocr = undefined;
    slot.startedAt = performance.now();
    this.arm(slot);
    const task: ParseTask = { id: job.id, ...job.source };
    // Transferred when the bytes own their buffer (fs readFile's do); a view into a shared one is copied.
    const { bytes } = job.source;
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    slot.worker.postMessage(task, own ? [bytes.buffer as ArrayBuffer] : []);
    job.source = { ...job.source, bytes: new Uint8Array(0) };
  }

  /** The file's time limit, from now: from when the worker took it, or from its last OCR'd page. */
  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const seconds = this.options.timeoutMs / 1000;
      void this.retire(slot, {
        ok: false,
        ms: this.elapsed(slot),
        code: 'file/timeout',
        message: `took longer than ${seconds} s to read and was stopped; if it is a very large report, import it on its own with a longer limit (chitieu import <file> --timeout ${Math.max(300, seconds * 5)}), otherwise report it with this file`,
      });
      this.pump();
    }, this.options.timeoutMs);
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
    } else if (message.type === 'fatal') {
      this.fail(new PoolError(message.message));
      return;
    } else if (message.type === 'ocr-page') {
      if (slot.job?.id !== message.id) return;
      this.arm(slot);
      slot.ocr = { done: message.done, of: message.of };
      this.options.onOcrPage?.();
      return;
    } else {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      slot.ocr = undefined;
      job.resolve(
        message.type === 'parsed'
          ? { ok: true, document: message.document, pages: message.pages, ms: message.ms, timings: message.timings }
          : { ok: false, ms: message.ms, code: message.code, message: message.message },
      );
    }
    this.pump();
  }

  /** A worker ended without being asked to: its file fails, and the next file gets a new worker. */
  private onDeath(slot: Slot, error: Error | null, exitCode?: number): void {
    if (!this.slots.has(slot)) return; // retired on purpose, or already handled
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    if (!slot.ready) {
      const why = error ? error.message : `it exited with code ${exitCode}`;
      this.fail(new PoolError(`the parse worker could not start (${why}); check that the package is built (npm run build)`));
      return;
    }
    if (slot.job) slot.job.resolve({ ok: false, ms: this.elapsed(slot), ...deathFailure(error, exitCode) });
    if (error) void slot.worker.terminate();
    this.pump();
  }

  private async retire(slot: Slot, outcome: ParseOutcome): Promise<void> {
    if (!this.slots.has(slot)) return;
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    slot.job?.resolve(outcome);
    slot.job = undefined;
    await slot.worker.terminate();
  }

  private fail(error: PoolError): void {
    if (this.failure) return;
    this.failure = error;
    for (const job of this.waiting.splice(0)) job.reject(error);
    for (const slot of this.slots) {
      slot.job?.reject(error);
      slot.job = undefined;
      void this.retire(slot, { ok: false, ms: 0, ...INTERRUPTED });
    }
  }

  private elapsed(slot: Slot): number {
    return Math.round(performance.now() - slot.startedAt);
  }
}

function deathFailure(error: Error | null, exitCode?: number): ParseFailure {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { code: 'file/out-of-memory', message: 'needed more memory than a parse worker may use and was stopped; check that it is a real report, or report it with this file' };
  }
  const why = error ? error.message : `the worker exited with code ${exitCode}`;
  return { code: 'internal/worker-crashed', message: `stopped the parse worker that was reading it (${why}); please report it with this file` };
}
