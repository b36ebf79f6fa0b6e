/**
 * A parse worker (node:worker_threads): loads the catalog once, then processes one file (its bytes,
 * read by the main thread) per message and posts back the `ProcessedDocument`, or the reason it could not be read. It never
 * touches the database: the main thread is the one writer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StageTimings } from '../../common/stage-timings.js';
import { readDocument } from '../../parsers/read-document.js';
import { keptEngine } from '../../parsers/ocr/engine.js';
import { UnreadableFileError } from '../../parsers/ir.js';
import { extendCatalog, loadCatalog, type Catalog } from '../match/catalog.js';
import { processDocument } from '../pipeline/process-document.js';
import { restoreNativeBuiltins } from './native-builtins.js';
import type { ParseFailure, ParseTask, WorkerMessage, WorkerSetup } from './worker-protocol.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (message: WorkerMessage) => port.postMessage(message);
/** One OCR engine for every scan this worker reads (docs/ocr.md, "Speed"), started at the first. */
const ocrEngines = keptEngine();

/**
 * TEST HOOKS ONLY (test/importer/): a file whose path contains CHITIEU_TEST_HANG_ON makes this
 * worker spin forever (to test --timeout); CHITIEU_TEST_CRASH_ON ends the worker thread abruptly,
 * as a native crash would; CHITIEU_TEST_OOM_ON makes it allocate until its heap limit stops it.
 * Nobody sets these outside the tests.
 */
function testHooks(path: string): void {
  const hang = process.env.CHITIEU_TEST_HANG_ON;
  if (hang && path.includes(hang)) for (;;);
  const crash = process.env.CHITIEU_TEST_CRASH_ON;
  if (crash && path.includes(crash)) process.exit(70);
  const oom = process.env.CHITIEU_TEST_OOM_ON;
  if (oom && path.includes(oom)) {
    const hoard: string[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `${path}${i}`));
  }
}

async function parse(task: ParseTask, catalog: Catalog): Promise<WorkerMessage> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  testHooks(task.path);
  const timings: StageTimings = {};
  try {
    const onOcrPage = (done: number, of: number) => post({ type: 'ocr-page', id: task.id, done, of });
    const doc = await readDocument(task.bytes, task.path, { ocr: setup.ocr ?? 'auto', onOcrPage, ocrEngines, sha256: task.sha256, timings });
    const document = processDocument(doc, { catalog, overrides: setup.overrides, userVariants: setup.userVariants, timings });
    return { type: 'parsed', id: task.id, document, pages: doc.info.pages ?? null, ms: ms(), timings };
  } catch (error) {
    return { type: 'failed', id: task.id, ms: ms(), ...failureOf(error) };
  } finally {
    restoreNativeBuiltins();
  }
}

function failureOf(error: unknown): ParseFailure {
  if (error instanceof UnreadableFileError) return { code: error.code, message: error.message };
  // A bug met on one file must not cost the user the rest of the batch.
  return { code: 'internal/error', message: `could not be processed because of an internal error (${(error as Error)?.message ?? error}); please report it with this file` };
}

/**
 * Loads the catalog once per worker, with the database's additions (src/catalog/catalog-for.ts
 * does the same on the main thread); when it cannot, says so and waits to be terminated.
 */
function start(): void {
  let catalog: Catalog;
  try {
    catalog = extendCatalog(loadCatalog(setup.catalogDir), setup.additions, setup.additionsLabel);
  } catch (error) {
    post({ type: 'fatal', message: (error as Error).message });
    return;
  }
  port.on('message', (task: ParseTask) => {
    void parse(task, catalog).then(post);
  });
  post({ type: 'ready' });
}

start();
