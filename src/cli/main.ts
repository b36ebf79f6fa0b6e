#!/usr/bin/env node
/**
 * The chitieu command line. The only module that knows argv, exit codes and terminals; every
 * command's work lives in the library. Commands are imported on use so `--help` starts fast.
 */
import { Command, Option } from 'commander';
import { reportError } from './errors.js';

const DEFAULT_DB = 'chitieu.sqlite';

const program = new Command()
  .name('chitieu')
  .description('Import the statistical appendix of Vietnamese CCHC reports (text, DOCX, PDF) into SQLite and export clean CSV.')
  .version('0.1.0')
  .showHelpAfterError();

const dbOption = () => new Option('--db <file>', 'SQLite database file').default(DEFAULT_DB);

program
  .command('import')
  .description('import report files and folders (searched recursively); a file already imported is left unchanged')
  .argument('<paths...>', 'report files or folders')
  .addOption(dbOption())
  .option('--unit <name>', 'reporting unit, overriding what the report says')
  .option('--province <name>', 'province, overriding what the report says')
  .option('--period <key>', 'period key (2024, 2024-Q1, 2024-H1, 2024-H2, 2024-9M, 2021-2025), overriding the report')
  .option('--json', 'print one JSON object per file and a JSON summary on stdout')
  .option('--jobs <n>', 'files parsed at once, each in its own worker thread (default: number of cores)')
  .option('--timeout <seconds>', 'time limit per file; a file that takes longer fails with file/timeout and the batch goes on', '60')
  .addHelpText('after', '\nFiles in folders are picked by content (PDF, DOCX, text), not only by name. Interrupted, the same command goes on where it stopped.\nExit code: 0 when every file was imported or unchanged, 1 when any failed, 130 when interrupted.\nExample: chitieu import archive/2024 --db cchc.sqlite --jobs 2')
  .action(async (paths: string[], options) => {
    const { runImport } = await import('./commands/import.js');
    process.exitCode = await runImport(paths, options);
  });

program
  .command('export')
  .description('write the imported figures as CSV (long format: one row per figure)')
  .addOption(dbOption())
  .option('--out <file>', 'CSV file to write (default: stdout)')
  .option('--bom', 'start the file with a UTF-8 BOM so Excel reads Vietnamese text correctly')
  .option('--unit <text>', 'only units whose name contains this text')
  .option('--province <text>', 'only this province')
  .option('--period <key>', 'only this period key')
  .option('--indicator <id>', 'only this indicator ID (prefix match: tthc.giai_quyet)')
  .option('--section <n>', 'only this area of the template (1..7)')
  .addHelpText('after', '\nColumns: document_id, source_file, unit, province, period, indicator_id, indicator_name, section, stt, label,\nvalue, value_raw, measure_unit, note, page, line, confidence, match_method')
  .action(async (options) => {
    const { runExport } = await import('./commands/export.js');
    process.exitCode = await runExport(options);
  });

program
  .command('indicators')
  .description('list the canonical indicator catalog (mappings/indicators)')
  .option('--area <n>', 'only this area (1..7)')
  .option('--json', 'print JSON')
  .action(async (options) => {
    const { runIndicators } = await import('./commands/indicators.js');
    process.exitCode = await runIndicators(options);
  });

program
  .command('unmatched')
  .description('list appendix rows not mapped to an indicator, with their best candidates and source line')
  .addOption(dbOption())
  .option('--with-value', 'only rows that carry a figure')
  .option('--json', 'print JSON')
  .action(async (options) => {
    const { runUnmatched } = await import('./commands/unmatched.js');
    process.exitCode = await runUnmatched(options);
  });

program
  .command('map')
  .description('map an appendix row to an indicator by hand; the decision is saved in mappings/user-variants.json for later imports')
  .argument('<row>', 'row number, as listed by chitieu unmatched')
  .argument('<indicator-id>', 'indicator ID, as listed by chitieu indicators')
  .addOption(dbOption())
  .action(async (row: string, indicatorId: string, options) => {
    const { runMap } = await import('./commands/map.js');
    process.exitCode = await runMap(row, indicatorId, options);
  });

program
  .command('explain')
  .description('show why a row got its indicator ID: the label, its parents, the method, the reasons and the candidates')
  .argument('<row>', 'row number (see chitieu unmatched, or the appendix_rows table)')
  .addOption(dbOption())
  .option('--json', 'print JSON')
  .action(async (row: string, options) => {
    const { runExplain } = await import('./commands/explain.js');
    process.exitCode = await runExplain(row, options);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error);
});
