import { createWriteStream } from 'node:fs';
import { format } from 'fast-csv';
import { loadCatalog } from '../../match/catalog.js';
import { openDatabase } from '../../store/db.js';
import { iterateObservations, type ObservationRecord } from '../../store/queries.js';
import { formatNumber } from '../../values/parse-value.js';
import { csvSafe } from '../csv-safe.js';
import { UsageError } from '../errors.js';

interface ExportCliOptions {
  db: string;
  out?: string;
  bom?: boolean;
  unit?: string;
  province?: string;
  period?: string;
  indicator?: string;
  section?: string;
}

export const LONG_COLUMNS = [
  'document_id', 'source_file', 'unit', 'province', 'period', 'indicator_id', 'indicator_name', 'section', 'stt', 'label',
  'value', 'value_raw', 'measure_unit', 'note', 'page', 'line', 'confidence', 'match_method',
] as const;

function normalisedValue(o: ObservationRecord): string {
  if (o.value_kind === 'empty') return '';
  if (o.value_number !== null) return formatNumber(o.value_number);
  return o.value_text ?? '';
}

export async function runExport(options: ExportCliOptions): Promise<number> {
  const section = options.section === undefined ? undefined : Number(options.section);
  if (section !== undefined && !(Number.isInteger(section) && section >= 1 && section <= 7)) {
    throw new UsageError(`--section ${options.section}: give an area number from 1 to 7`);
  }
  const db = openDatabase(options.db, { readonly: true });
  const catalog = loadCatalog();
  const areaName = new Map<number, string>(catalog.areas.map((a) => [a.area, a.name]));
  const csv = format({ headers: [...LONG_COLUMNS], writeBOM: options.bom ?? false });
  const sink = options.out ? createWriteStream(options.out) : process.stdout;
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('error', reject);
    if (options.out) sink.on('finish', resolve);
    else csv.on('end', resolve);
  });
  csv.pipe(sink);
  for (const o of iterateObservations(db, { ...options, section })) {
    const indicator = catalog.byId.get(o.indicator_id);
    const measureUnit = indicator?.valueType === 'code' ? o.unit_cell : (indicator?.measureUnit ?? o.unit_cell);
    const record = [
      String(o.document_id), o.source_file, o.unit ?? '', o.province ?? '', o.period ?? '', o.indicator_id,
      indicator?.name ?? '', o.area ? `${o.area}. ${areaName.get(o.area) ?? ''}`.trim() : '', o.stt, o.label,
      normalisedValue(o), o.value_raw, measureUnit, o.note, o.page === null ? '' : String(o.page), String(o.line),
      o.confidence === null ? '' : o.confidence.toFixed(2), o.match_method,
    ].map(csvSafe);
    if (!csv.write(record)) await new Promise((resolve) => csv.once('drain', resolve));
  }
  csv.end();
  await finished;
  db.close();
  return 0;
}
