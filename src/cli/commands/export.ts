/**
 * `chitieu export`: the figures as CSV, long (one row per figure, fixed columns) or wide (one row
 * per unit and period, one column per indicator ID). The current document of each unit and
 * period (src/report/versions.ts, stored by the import) is read unless `--all-versions`.
 */
import { availableParallelism } from 'node:os';
import { catalogFor } from '../../catalog/catalog-for.js';
import type { Catalog } from '../../match/catalog.js';
import { comparePeriods } from '../../report/periods.js';
import { selectStoredDocuments } from '../../report/select-documents.js';
import type { KeyedDocument } from '../../report/units.js';
import { openDatabase, type Db } from '../../store/db.js';
import { indicatorIdsOf, valueTuples, type ObservationFilters } from '../../store/queries.js';
import { CsvWriter } from '../csv-writer.js';
import { LONG_COLUMNS, longCellsFormatter, longCsvFormatter, valueCell, type LongDocument } from '../long-csv.js';
import { indicatorIds } from '../indicator-filter.js';
import { outputChoice, rowFilters, type OutputChoice, type RowCliOptions, type RowFilters } from '../row-options.js';
import { plainOutput, writeRows } from '../row-output.js';
import { longCsvBlocks } from '../long-csv-pool.js';
import { UsageError } from '../errors.js';

export interface ExportCliOptions extends RowCliOptions {
  db: string;
  wide?: boolean;
  allVersions?: boolean;
}

export { LONG_COLUMNS };

/** The wide export's columns before the indicator IDs. */
export const WIDE_KEY_COLUMNS = ['unit_key', 'unit', 'province', 'period', 'document_id', 'source_file', 'report_date'] as const;

function observationFilters(filters: RowFilters, catalog: Catalog): ObservationFilters {
  return { section: filters.area, indicators: filters.indicator ? indicatorIds(catalog, filters.indicator) : undefined };
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

async function exportLong(db: Db, dbPath: string, documents: readonly KeyedDocument[], filters: ObservationFilters, catalog: Catalog, out: CsvWriter, excelGuard: boolean): Promise<number> {
  await out.row(LONG_COLUMNS);
  const workers = workerCount(documents);
  // Enough batches to keep every worker busy, none so large that many wait in memory.
  const total = documents.reduce((n, d) => n + d.row_count, 0);
  const batches = batchesOf(documents, workers > 0 ? Math.min(BATCH_ROWS, Math.max(MIN_BATCH_ROWS, total / (workers * 4))) : BATCH_ROWS);
  let count = 0;
  if (workers > 0) {
    for await (const block of longCsvBlocks({ db: dbPath, filters, excelGuard }, batches, workers)) {
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

const LONG_TABLE_COLUMNS = ['observation_id', 'unit', 'period', 'indicator_id', 'value', 'label'];

/** Long rows in a format other than CSV (tsv, json, jsonl, table): made as plain cells, then written alike. */
async function exportLongRows(db: Db, documents: readonly KeyedDocument[], filters: ObservationFilters, catalog: Catalog, output: OutputChoice): Promise<number> {
  const cellsOf = longCellsFormatter(db, filters, catalog);
  const rows = documents.flatMap((d) => cellsOf({ id: d.id, source_file: d.source_file, unit: d.unit, province: d.province, period: d.period }));
  await writeRows(output, plainOutput(LONG_COLUMNS, LONG_TABLE_COLUMNS), rows);
  return rows.length;
}

export async function runExport(options: ExportCliOptions): Promise<number> {
  // `--format long|wide` of earlier versions: CSV of that shape.
  const legacyShape = options.format === 'long' || options.format === 'wide' ? options.format : undefined;
  const output = outputChoice({ ...options, format: legacyShape ? 'csv' : options.format });
  const shape = legacyShape ?? (options.wide ? 'wide' : 'long');
  if (shape === 'wide' && output.format !== 'csv') throw new UsageError('--wide is written as CSV only; leave out --format or give --format csv');
  const selection = rowFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const catalog = catalogFor(db);
    const filters = observationFilters(selection, catalog);
    const documents = selectStoredDocuments(db, { ...selection, allVersions: options.allVersions });
    if (output.format !== 'csv') {
      const n = await exportLongRows(db, documents, filters, catalog, output);
      process.stderr.write(`${n} figures from ${documents.length} reports\n`);
      return 0;
    }
    const out = CsvWriter.open(output);
    if (shape === 'long') {
      const n = await exportLong(db, options.db, documents, filters, catalog, out, output.excelGuard);
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
