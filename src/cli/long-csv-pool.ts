/**
 * The long export of a large archive in worker threads: reading rows from SQLite and making CSV
 * text are about equal halves of the work and both run on one core, so several workers each
 * format batches of documents (every worker opens the database read-only) while the main thread
 * writes the blocks out in document order. At most a few batches wait, so memory stays bounded
 * whatever the size of the archive.
 */
import { Worker } from 'node:worker_threads';
import type { ObservationFilters } from '../store/queries.js';
import type { LongBlock, LongDocument } from './long-csv.js';

export interface LongWorkerSetup {
  db: string;
  filters: ObservationFilters;
  /** `--no-excel-guard` gives false (csv-safe.ts); each worker sets it for itself. */
  excelGuard: boolean;
}

type Reply = { batch: number } & (LongBlock | { error: string });

const IN_FLIGHT_PER_WORKER = 2;

/** Blocks of CSV text for `batches`, in their order, made by `size` workers. */
export async function* longCsvBlocks(setup: LongWorkerSetup, batches: readonly LongDocument[][], size: number): AsyncGenerator<LongBlock> {
  const results = new Map<number, LongBlock>();
  const busy = new Map<Worker, number>();
  let sent = 0;
  let emitted = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  const dispatch = () => {
    for (const [worker, jobs] of busy) {
      for (let n = jobs; n < IN_FLIGHT_PER_WORKER && sent < batches.length && sent - emitted < size * IN_FLIGHT_PER_WORKER + 1; n++) {
        worker.postMessage({ batch: sent, documents: batches[sent] });
        busy.set(worker, busy.get(worker)! + 1);
        sent++;
      }
    }
  };
  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./long-csv-worker.js', import.meta.url), { workerData: setup });
    busy.set(worker, 0);
    worker.on('message', (reply: Reply) => {
      busy.set(worker, busy.get(worker)! - 1);
      if ('error' in reply) failure ??= new Error(reply.error);
      else results.set(reply.batch, reply);
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`an export worker stopped (exit code ${code})`);
      signal();
    });
  }
  try {
    dispatch();
    while (emitted < batches.length) {
      const block = results.get(emitted);
      if (!block) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      results.delete(emitted);
      emitted++;
      dispatch();
      yield block;
    }
  } finally {
    for (const worker of busy.keys()) {
      worker.removeAllListeners('exit');
      await worker.terminate();
    }
  }
}
