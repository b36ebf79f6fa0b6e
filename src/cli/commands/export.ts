/**
 * `chitieu export`: the figures as CSV, long (one row per figure, fixed columns) or wide (one row
 * per unit and period, one column per indicator ID). The current document of each unit and
 * period (src/report/versions.ts, stored by the import) is read unless `--all-versions`.
 */
import { availableParallelism } from 'node:os';
import { catalogFor } from '../../catalog/catalog-for.js';
import type { Catalog } from '../../match/catalog.js';
import { parsePeriod } from '../../metadata/extract-metadata.js';
import { findProvince } from '../../metadata/provinces.js';
import { foldName } from '../../../common/vietnamese-text.js';
import { comparePeriods } from '../../report/periods.js';
import { findUnits, keyDocuments, summariseUnits, type KeyedDocument } from '../../report/units.js';
import { openDatabase, type Db } from '../../store/db.js';
import { indicatorIdsOf, listDocuments, valueTuples, type ObservationFilters } from '../../store/queries.js';
import { CsvWriter } from '../csv-writer.js';
import { LONG_COLUMNS, longCsvFormatter, valueCell, type LongDocument } from '../long-csv.js';
import { longCsvBlocks } from '../long-csv-pool.js';
import { UsageError } from '../errors.js';

export interface ExportCliOptions {
  db: string;
  out?: string;
  bom?: boolean;
  format?: string;
  allVersions?: boolean;
  unit?: string;
  province?: string;
  period?: string;
  indicator?: string;
  section?: string;
}

export { LONG_COLUMNS };

/** The wide export's columns before the indicator IDs. */
export const WIDE_KEY_COLUMNS = ['unit_key', 'unit', 'province', 'period', 'document_id', 'source_file', 'report_date'] as const;

function sameProvince(a: string | null, b: string): boolean {
  if (!a) return false;
  const pa = findProvince(a);
  const pb = findProvince(b);
  return pa && pb ? pa.name === pb.name : foldName(a) === foldName(b);
}

/** Filters on the documents (unit, province, period) and the newest-version rule. */
export function selectDocuments(db: Db, options: Pick<ExportCliOptions, 'unit' | 'province' | 'period' | 'allVersions'>): KeyedDocument[] {
  let documents = keyDocuments(listDocuments(db));
  if (options.unit) {
    const keys = new Set(findUnits(summariseUnits(documents), options.unit).map((u) => u.key));
    if (keys.size === 0) process.stderr.write(`no unit matches "${options.unit}"; list them with: chitieu units\n`);
    documents = documents.filter((d) => d.key !== null && keys.has(d.key));
  }
  if (options.province) documents = documents.filter((d) => sameProvince(d.province, options.province!));
  if (options.period) {
    const period = parsePeriod(options.period);
    if (!period) throw new UsageError(`--period ${options.period}: give a period key such as 2024, 2024-Q1, 2024-H1, 2024-9M or 2021-2025`);
    documents = documents.filter((d) => d.period === period);
  }
  // The stored flag (src/store/current-versions.ts), so the export is what `figures` holds.
  return options.allVersions ? documents : documents.filter((d) => d.is_current === 1);
}

function observationFilters(options: ExportCliOptions): ObservationFilters {
  const section = options.section === undefined ? undefined : Number(options.section);
  if (section !== undefined && !(Number.isInteger(section) && section >= 1 && section <= 7)) {
    throw new UsageError(`--section ${options.section}: give an area number from 1 to 7`);
  }
  return { indicator: options.indicator, section };
}

/** Documents in batches of about `rows` rows (by their stored row count), in order. */
function batchesOf(documents: readonly KeyedDocument[], rows: number): LongDocument[][] {
  const batches: LongDocument[][] = [];
  let batch: LongDocument[] = [];
  let size = 0;
  for (const d of documents) {
    batch.push({ id: d.id, source_file: d.source_file, unit: d.unit, province: d.province, period: d.period });
    size += d.row_count;
    if (size >= rows) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

const BATCH_ROWS = 5_000;
const MIN_BATCH_ROWS = 200;
/** Below this many rows the workers' start-up (about 0.2 s) costs more than it saves. */
const WORKER_THRESHOLD_ROWS = 100_000;

function workerCount(documents: readonly KeyedDocument[]): number {
  const configured = process.env.CHITIEU_EXPORT_WORKERS;
  if (configured !== undefined) return Math.max(0, Number(configured) || 0);
  const rows = documents.reduce((n, d) => n + d.row_count, 0);
  return rows < WORKER_THRESHOLD_ROWS ? 0 : Math.min(4, availableParallelism());
}

async function exportLong(db: Db, dbPath: string, documents: readonly KeyedDocument[], filters: ObservationFilters, catalog: Catalog, out: CsvWriter): Promise<number> {
  await out.row(LONG_COLUMNS);
  const workers = workerCount(documents);
  // Enough batches to keep every worker busy, none so large that many wait in memory.
  const total = documents.reduce((n, d) => n + d.row_count, 0);
  const batches = batchesOf(documents, workers > 0 ? Math.min(BATCH_ROWS, Math.max(MIN_BATCH_ROWS, total / (workers * 4))) : BATCH_ROWS);
  let count = 0;
  if (workers > 0) {
    for await (const block of longCsvBlocks({ db: dbPath, filters }, batches, workers)) {
      count += block.rows;
      await out.text(block.text);
      if (out.closed) break;
    }
    return count;
  }
  const format = longCsvFormatter(db, filters, catalog);
  for (const batch of batches) {
    const block = format(batch);
    count += block.rows;
    await out.text(block.text);
    if (out.closed) break;
  }
  return count;
}

/** Indicator IDs in catalog order; IDs no longer in the catalog after them, sorted. */
function wideColumns(ids: ReadonlySet<string>, catalog: Catalog): string[] {
  const known = catalog.indicators.filter((i) => ids.has(i.id)).map((i) => i.id);
  const unknown = [...ids].filter((id) => !catalog.byId.has(id)).sort();
  return [...known, ...unknown];
}

/** One row per report (the newest of each unit and period unless --all-versions), by unit then period. */
async function exportWide(db: Db, documents: readonly KeyedDocument[], filters: ObservationFilters, columns: readonly string[], out: CsvWriter): Promise<number> {
  const at = new Map(columns.map((id, i) => [id, WIDE_KEY_COLUMNS.length + i]));
  const valuesOf = valueTuples(db, filters);
  const collator = new Intl.Collator('vi');
  const ordered = [...documents].sort(
    (a, b) => collator.compare(a.key ?? '', b.key ?? '') || comparePeriods(a.period, b.period) || a.id - b.id,
  );
  let repeated = 0;
  await out.row([...WIDE_KEY_COLUMNS, ...columns]);
  for (const d of ordered) {
    if (out.closed) break;
    const row: string[] = new Array<string>(WIDE_KEY_COLUMNS.length + columns.length).fill('');
    row.splice(0, WIDE_KEY_COLUMNS.length, d.key ?? '', d.unit ?? '', d.province ?? '', d.period ?? '', String(d.id), d.source_file, d.report_date ?? '');
    const filled = new Set<number>();
    for (const [id, kind, number, text] of valuesOf(d.id)) {
      const i = at.get(id)!;
      if (filled.has(i)) {
        repeated++;
        continue;
      }
      filled.add(i);
      row[i] = valueCell(kind, number, text);
    }
    await out.row(row);
  }
  if (repeated > 0) {
    process.stderr.write(`${repeated} figures share an indicator with an earlier row of their report; the wide export keeps the first (the long export has all)\n`);
  }
  return ordered.length;
}

export async function runExport(options: ExportCliOptions): Promise<number> {
  const shape = options.format ?? 'long';
  if (shape !== 'long' && shape !== 'wide') throw new UsageError(`--format ${shape}: give long or wide`);
  const filters = observationFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const catalog = catalogFor(db);
    const documents = selectDocuments(db, options);
    const out = CsvWriter.open(options);
    if (shape === 'long') {
      const n = await exportLong(db, options.db, documents, filters, catalog, out);
      await out.end();
      process.stderr.write(`${n} figures from ${documents.length} reports\n`);
    } else {
      const columns = wideColumns(indicatorIdsOf(db, documents.map((d) => d.id), filters), catalog);
      const n = await exportWide(db, documents, filters, columns, out);
      await out.end();
      process.stderr.write(`${n} rows (units and periods) × ${columns.length} indicators\n`);
    }
  } finally {
    db.close();
  }
  return 0;
}
