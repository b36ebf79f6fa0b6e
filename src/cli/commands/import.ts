import { availableParallelism } from 'node:os';
import { catalogFor, refreshIndicators } from '../../catalog/catalog-for.js';
import { defaultCatalogDir } from '../../../common/mappings.js';
import { userVariantsFor } from '../../catalog/user-decisions.js';
import { importPaths, type ImportSummary } from '../../importer/import-files.js';
import { isPeriodKey } from '../../metadata/extract-metadata.js';
import { openDatabase } from '../../store/db.js';
import { UsageError } from '../errors.js';
import { listingFailures } from '../failure-summary.js';
import { progressView } from '../progress.js';

export interface ImportCliOptions {
  db: string;
  unit?: string;
  province?: string;
  period?: string;
  json?: boolean;
  jobs?: string;
  timeout?: string;
  force?: boolean;
  ocr?: 'auto' | 'off' | 'force';
}

/** Exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const EXIT_INTERRUPTED = 130;

function positive(value: string | undefined, fallback: number, option: string, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${option} ${value} is not a positive ${integer ? 'whole number' : 'number'}`);
  }
  return n;
}

/** For `npm run bench` only: the whole process's peak memory and CPU time (worker threads included), and time by stage. */
function writeResourceUse(summary: ImportSummary): void {
  if (!process.env.CHITIEU_BENCH_STATS) return;
  const use = process.resourceUsage();
  const stats = { maxRssKb: use.maxRSS, userMs: use.userCPUTime / 1000, systemMs: use.systemCPUTime / 1000, stageMs: summary.timings };
  process.stderr.write(`CHITIEU_STATS ${JSON.stringify(stats)}\n`);
}

export async function runImport(paths: string[], options: ImportCliOptions): Promise<number> {
  if (options.period && !isPeriodKey(options.period)) {
    throw new UsageError(`--period ${options.period} is not a period key; use 2024, 2024-Q1, 2024-H1, 2024-H2, 2024-9M or 2021-2025`);
  }
  const jobs = positive(options.jobs, availableParallelism(), '--jobs', true);
  const timeoutSeconds = positive(options.timeout, 60, '--timeout', false);
  const db = openDatabase(options.db);
  const catalogDir = defaultCatalogDir();
  try {
    refreshIndicators(db, catalogFor(db, catalogDir));
  } catch (error) {
    db.close();
    throw error;
  }
  const streams = { json: options.json ?? false, stdout: process.stdout, stderr: process.stderr };
  const view = listingFailures(progressView(streams), streams);
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  try {
    const summary = await importPaths(paths, {
      db,
      catalogDir,
      userVariants: userVariantsFor(db, catalogDir),
      overrides: { unit: options.unit, province: options.province, period: options.period },
      force: options.force,
      ocr: options.ocr ?? 'auto',
      jobs,
      timeoutMs: timeoutSeconds * 1000,
      signal: interrupt.signal,
      onStart: (total) => view.start(total),
      onFile: (result, progress) => view.file(result, progress),
      onOcrPage: (progress) => view.ocrPage(progress),
    });
    view.finish(summary, options.db);
    writeResourceUse(summary);
    if (summary.interrupted) return EXIT_INTERRUPTED;
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    view.abort();
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    db.close();
  }
}
