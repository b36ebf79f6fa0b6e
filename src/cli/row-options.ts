/**
 * The one option set of every command that prints rows (sqlite-utils' shared `--csv/--json/--nl`):
 * `--format table|csv|tsv|json|jsonl`, `--out FILE`, `--bom`, `--no-excel-guard`, and the filters
 * `--unit`, `--province`, `--period`, `--area`, `--indicator` that make sense for the command, all
 * matched alike (src/report/text-query.ts). Old flags stay as hidden aliases: `--json`, `--csv`
 * (→ `--format`), `--section` (→ `--area`).
 */
import { Option, type Command } from 'commander';
import { parsePeriod } from '../metadata/extract-metadata.js';
import { textQuery, type TextQuery } from '../report/text-query.js';
import { setExcelGuard } from './csv-safe.js';
import { UsageError } from './errors.js';
import { ROW_FORMATS, type RowFormat } from './row-output.js';

export type FilterName = 'unit' | 'province' | 'period' | 'area' | 'indicator';

const FILTER_OPTIONS: Record<FilterName, () => Option[]> = {
  unit: () => [new Option('--unit <text>', "only units whose key or name contains this text (case and diacritics ignored; '=text' for the whole name)")],
  province: () => [new Option('--province <text>', "only provinces whose name contains this text ('=text' for the whole name)")],
  period: () => [new Option('--period <key>', 'only this period key (2024, 2024-Q1, 2024-H1, 2024-9M, 2021-2025)')],
  area: () => [new Option('--area <n>', 'only this area of the template (1..7)'), new Option('--section <n>').hideHelp()],
  indicator: () => [new Option('--indicator <text>', "only indicator IDs (or names) containing this text: tthc.giai_quyet takes the IDs below it; '=id' for that ID alone")],
};

export interface RowOptionsSpec {
  filters?: readonly FilterName[];
  /** The format when none is given (table for listings, csv for export). */
  format?: RowFormat;
  /** Shapes accepted by --format besides the row formats (export: long, wide). */
  extraFormats?: readonly string[];
}

/** Adds the shared options to a command. */
export function withRowOptions(command: Command, spec: RowOptionsSpec = {}): Command {
  const formats = [...ROW_FORMATS, ...(spec.extraFormats ?? [])];
  command
    .addOption(new Option('--format <format>', 'output format').choices(formats).default(spec.format ?? 'table'))
    .option('--out <file>', 'file to write (default: stdout)')
    .option('--bom', 'start CSV or TSV with a UTF-8 BOM so Excel reads Vietnamese text correctly')
    .option('--no-excel-guard', 'leave cells that start with = + - @ as they are (by default they get a leading apostrophe, so a spreadsheet never runs them)')
    .addOption(new Option('--json').hideHelp())
    .addOption(new Option('--csv').hideHelp());
  for (const name of spec.filters ?? []) for (const option of FILTER_OPTIONS[name]()) command.addOption(option);
  return command;
}

export interface RowCliOptions {
  format?: string;
  out?: string;
  bom?: boolean;
  excelGuard?: boolean;
  json?: boolean;
  csv?: boolean;
  unit?: string;
  province?: string;
  period?: string;
  area?: string;
  section?: string;
  indicator?: string;
}

export interface OutputChoice {
  format: RowFormat;
  out?: string;
  bom: boolean;
  excelGuard: boolean;
}

export function outputChoice(options: RowCliOptions): OutputChoice {
  const format = options.json ? 'json' : options.csv ? 'csv' : (options.format ?? 'table');
  if (!(ROW_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format}: give ${ROW_FORMATS.join(', ')}`);
  const excelGuard = options.excelGuard ?? true;
  // For the whole command: every CSV and TSV cell passes csvSafe (csv-safe.ts).
  setExcelGuard(excelGuard);
  return { format: format as RowFormat, out: options.out, bom: options.bom ?? false, excelGuard };
}

export interface RowFilters {
  unit?: TextQuery;
  province?: TextQuery;
  period?: string;
  area?: number;
  indicator?: TextQuery;
}

export function rowFilters(options: RowCliOptions): RowFilters {
  const filters: RowFilters = {};
  if (options.unit !== undefined) filters.unit = textQuery(options.unit);
  if (options.province !== undefined) filters.province = textQuery(options.province);
  if (options.indicator !== undefined) filters.indicator = textQuery(options.indicator);
  if (options.period !== undefined) {
    const period = parsePeriod(options.period);
    if (!period) throw new UsageError(`--period ${options.period}: give a period key such as 2024, 2024-Q1, 2024-H1, 2024-9M or 2021-2025`);
    filters.period = period;
  }
  const area = options.area ?? options.section;
  if (area !== undefined) {
    const n = Number(area);
    if (!(Number.isInteger(n) && n >= 1 && n <= 7)) throw new UsageError(`--area ${area}: give an area number from 1 to 7`);
    filters.area = n;
  }
  return filters;
}
