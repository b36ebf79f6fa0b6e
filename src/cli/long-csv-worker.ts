/** A worker thread of the long export: blocks of documents in, blocks of CSV text out (long-csv-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { catalogFor } from '../catalog/catalog-for.js';
import { openDatabase } from '../store/db.js';
import { setExcelGuard } from './csv-safe.js';
import { longCsvFormatter, type LongDocument } from './long-csv.js';
import type { LongWorkerSetup } from './long-csv-pool.js';

const setup = workerData as LongWorkerSetup;
setExcelGuard(setup.excelGuard);
const db = openDatabase(setup.db, { readonly: true });
const format = longCsvFormatter(db, setup.filters, catalogFor(db));

parentPort!.on('message', (job: { batch: number; documents: LongDocument[] }) => {
  try {
    parentPort!.postMessage({ batch: job.batch, ...format(job.documents) });
  } catch (error) {
    parentPort!.postMessage({ batch: job.batch, error: error instanceof Error ? error.message : String(error) });
  }
});
