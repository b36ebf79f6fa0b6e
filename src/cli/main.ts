#!/usr/bin/env node
/**
 * The chitieu command line. The only module that knows argv, exit codes and terminals; every
 * command's work lives in the library. Commands are imported on use so `--help` starts fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { endQuietlyOnClosedPipe, EXIT_USAGE, reportError, UsageError } from './errors.js';
import { withRowOptions } from './row-options.js';

const DEFAULT_DB = 'chitieu.sqlite';

endQuietlyOnClosedPipe();

/** Commander's own messages ("error: unknown command 'x'") as our one `Error: ...` line. */
const oneErrorLine = (text: string) => `Error: ${text.replace(/^error:\s*/i, '').trim().replace(/\s*\n\s*/g, '; ')}\n`;

const program = new Command()
  .name('chitieu')
  .description('Import the statistical appendix of Vietnamese CCHC reports (text, DOCX, PDF) into SQLite and export clean CSV.')
  .version('0.1.0')
  // Set before the commands are added, which inherit both.
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(oneErrorLine(text)) })
  .addHelpText('after', '\nExit codes: 0 done, 1 failed (a file that could not be read, a database error), 2 wrong usage (an unknown command or option, a bad or empty value).\nRow commands take --format table|csv|tsv|json|jsonl, --out FILE, --bom and the filters --unit, --province, --period, --area, --indicator (text anywhere in the name, case and diacritics ignored; =text for the whole name).');

/** An option or argument given as '' or blanks is refused rather than read as "no filter". */
program.hook('preAction', (_program, command) => {
  for (const [key, value] of Object.entries(command.opts())) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.trim() === '')) {
      throw new UsageError(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs a value, not an empty text`);
    }
  }
  for (const arg of command.args) if (arg.trim() === '') throw new UsageError(`${command.name()}: an argument is empty`);
});

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
  .option('--timeout <seconds>', 'time limit per file (counted again after each page read by OCR); a file that takes longer fails with file/timeout and the batch goes on', '60')
  .option('--force', 'read files already imported again (to apply another --unit, --province or --period), replacing their stored rows')
  .addOption(new Option('--ocr <mode>', 'scanned PDF pages: auto reads pages without a text layer by OCR, force reads every page so, off refuses scans (pdf/no-text-layer)').choices(['auto', 'off', 'force']).default('auto'))
  .addHelpText('after', '\nFiles in folders are picked by content (PDF, DOCX, text), not only by name. Interrupted, the same command goes on where it stopped.\nExit code: 0 when every file was imported or unchanged, 1 when any failed, 130 when interrupted.\nExample: chitieu import archive/2024 --db cchc.sqlite --jobs 2')
  .action(async (paths: string[], options) => {
    const { runImport } = await import('./commands/import.js');
    process.exitCode = await runImport(paths, options);
  });

program
  .command('reimport')
  .description('read again the files read by an earlier version of chitieu (from their stored paths), replacing their rows')
  .option('--outdated', 'the files whose stored reading version is older than this chitieu (required)')
  .addOption(dbOption())
  .option('--jobs <n>', 'files parsed at once, each in its own worker thread (default: number of cores)')
  .option('--timeout <seconds>', 'time limit per file', '60')
  .option('--json', 'print one JSON object per file and a JSON summary on stdout')
  .addHelpText('after', '\nA file no longer at its stored path is reported and skipped (exit code 1). Files first imported with --unit, --province or --period: run that import again with --force.\nExample: chitieu reimport --outdated --db cchc.sqlite')
  .action(async (options) => {
    const { runReimport } = await import('./commands/reimport.js');
    process.exitCode = await runReimport(options);
  });

withRowOptions(
  program
    .command('export')
    .description('write the imported figures (long: one row per figure) as CSV, or as tsv, json, jsonl or a table')
    .addOption(dbOption()),
  { filters: ['unit', 'province', 'period', 'area', 'indicator'], format: 'csv', extraFormats: ['long', 'wide'] },
)
  .option('--wide', 'one row per unit and period, one column per indicator ID (CSV)')
  .option('--all-versions', 'every report of a unit and period, not only the newest (a corrected re-issue is newest)')
  .addHelpText('after', '\nColumns: document_id, source_file, unit, province, period, indicator_id, indicator_name, section, stt, label,\nvalue, value_raw, measure_unit, note, page, line, confidence, match_method, value_column, value_role, observation_id\nWide: unit_key, unit, province, period, document_id, source_file, report_date, then one column per indicator ID.\nNewest: the later report date as far as both reports print it, else the later import.\n--format long and --format wide (earlier versions) give CSV of that shape.\nExample: chitieu export --unit "dak mil" --period 2024-Q1 --bom --out dakmil.csv')
  .action(async (options) => {
    const { runExport } = await import('./commands/export.js');
    process.exitCode = await runExport(options);
  });

withRowOptions(
  program
    .command('units')
    .description('list the reporting units: key, name, province, level, and periods with their number of reports')
    .addOption(dbOption()),
  { filters: ['unit', 'province', 'period'] },
)
  .option('--all-versions', 'one row per report, the one read by default marked current')
  .action(async (options) => {
    const { runUnits } = await import('./commands/units.js');
    process.exitCode = await runUnits(options);
  });

withRowOptions(
  program
  .command('diff')
  .description("compare a unit's reports for two periods: every indicator with both values, the change and the source of each")
  .addOption(dbOption())
  .requiredOption('--unit <unit>', 'unit key (see chitieu units) or a part of its name that only one unit has')
  .requiredOption('--from <period>', 'earlier period key (2024-Q1, 2023, ...)')
  .requiredOption('--to <period>', 'later period key')
  .option('--to-unit <unit>', "take the --to report from this unit: a body renamed or merged (Ban Dân tộc → Sở Dân tộc và Tôn giáo), or another unit to compare with")
  .option('--changes-only', 'leave out indicators whose value is the same')
  , { filters: ['area', 'indicator'] },
)
  .option('--all-versions', 'compare every report of the two periods with the one before it (with --from = --to: what a re-issue changed)')
  .addHelpText('after', '\n--format json gives the comparisons as one object; csv, tsv and jsonl one row per indicator.\nExamples:\n  chitieu diff --unit "Ban Dân tộc" --from 2024-Q1 --to 2024-H1 --changes-only\n  chitieu diff --unit "Ban Dân tộc" --from 2024 --to 2025 --to-unit "Sở Dân tộc và Tôn giáo"')
  .action(async (options) => {
    const { runDiff } = await import('./commands/diff.js');
    process.exitCode = await runDiff(options);
  });

withRowOptions(program.command('indicators').description('list the canonical indicator catalog (mappings/indicators)'), { filters: ['area', 'indicator'] })
  .action(async (options) => {
    const { runIndicators } = await import('./commands/indicators.js');
    process.exitCode = await runIndicators(options);
  });

withRowOptions(
  program
    .command('unmatched')
    .description('list appendix rows not mapped to an indicator, with their best candidates and source line')
    .addOption(dbOption()),
  { filters: ['unit', 'province', 'period', 'area'] },
)
  .option('--with-value', 'only rows that carry a figure')
  .action(async (options) => {
    const { runUnmatched } = await import('./commands/unmatched.js');
    process.exitCode = await runUnmatched(options);
  });

withRowOptions(
  program
    .command('warnings')
    .description('list the warnings import stored with each report: document, file, severity, code, message, page/line')
    .addOption(dbOption()),
  { filters: ['unit', 'province', 'period'] },
)
  .option('--code <text>', "only warnings whose code contains this text (row/, table/roles-doubtful; '=code' for that code alone)")
  .option('--file <text>', "only reports whose file path contains this text ('=path' for the whole path)")
  .addHelpText('after', '\nExample: chitieu warnings --code table/ --format csv --out warnings.csv')
  .action(async (options) => {
    const { runWarnings } = await import('./commands/warnings.js');
    process.exitCode = await runWarnings(options);
  });

program
  .command('map')
  .description("map an appendix row to an indicator by hand; the decision is kept in the database and applied to later imports into it")
  .argument('[row]', 'row number, as listed by chitieu unmatched')
  .argument('[indicator-id]', 'indicator ID, as listed by chitieu indicators')
  .addOption(dbOption())
  .option('--force', 'also override a row the catalog matched exactly')
  .option('--undo <row>', "take back the decision made on this row; its rows go back to what the matcher gives")
  .option('--export <file>', "write the database's decisions to a JSON file, to share with another database")
  .option('--import <file>', 'add the decisions of such a file (or of a legacy mappings/user-variants.json) to the database')
  .addHelpText('after', '\nExamples:\n  chitieu map 1234 tthc.giai_quyet.dung_han --db cchc.sqlite\n  chitieu map --undo 1234 --db cchc.sqlite\n  chitieu map --export decisions.json --db cchc.sqlite && chitieu map --import decisions.json --db other.sqlite')
  .action(async (row: string | undefined, indicatorId: string | undefined, options) => {
    const { runMap } = await import('./commands/map.js');
    process.exitCode = await runMap(row, indicatorId, options);
  });

withRowOptions(
  program
    .command('explain')
    .description('show why a row got its indicator ID: the label, its parents, the method, the reasons and the candidates')
    .argument('<row>', 'row number (see chitieu unmatched, or the appendix_rows table)')
    .addOption(dbOption())
    .option('--crop <file.png>', "for a row read by OCR: write the image of its cell (the box in its reasons, with a little margin) as a PNG, cut again from the source file, which must be unchanged where it was imported from"),
)
  .addHelpText('after', '\ncsv, tsv and jsonl give one line per candidate, with the row beside it.\nExample: chitieu explain 812 --db cchc.sqlite --crop cell-812.png  (a row withheld for an OCR reason: look at the cell)')
  .action(async (row: string, options) => {
    const { runExplain } = await import('./commands/explain.js');
    process.exitCode = await runExplain(row, options);
  });

program
  .command('serve')
  .description('review in the browser: documents, figures beside their source, rows to review (map and undo), units over time, warnings')
  .addOption(dbOption())
  .option('--port <n>', 'port to listen on (0: any free port)', '8080')
  .option('--host <host>', 'address to listen on; another than 127.0.0.1 is reachable from other machines (a warning is printed)', '127.0.0.1')
  .option('--open', 'open the page in the default browser')
  .addHelpText('after', '\nPrints the address on stdout. Everything is served locally (pdf.js included); nothing is fetched from the network.\nExample: chitieu serve --db cchc.sqlite --open')
  .action(async (options) => {
    const { runServe } = await import('./commands/serve.js');
    process.exitCode = await runServe(options);
  });

const catalog = program
  .command('catalog')
  .description("propose catalog entries from the rows in review and add them to a database's own catalog")
  .addHelpText('after', '\nExample:\n  chitieu catalog suggest --db cchc.sqlite --min-reports 2\n  chitieu catalog add 3f2a9c01de --db cchc.sqlite\n  chitieu rematch --db cchc.sqlite');

withRowOptions(
  catalog
    .command('suggest')
    .description('group the rows in review by folded label, parent and unit, and propose one catalog entry per group, most reports first')
    .addOption(dbOption()),
  { filters: ['area'] },
)
  .option('--min-reports <n>', 'only groups printed by at least n reports')
  .option('--include-empty', 'also groups whose rows all print no figure (by default such rows only add evidence to a group with figures)')
  .addHelpText('after', '\nRows withheld for doubtful columns are not catalog gaps and are left out.\nColumns (csv, tsv): key, suggested_id, area, parent_id, name, measure_unit, value_type, reports, rows, rows_with_value, rows_empty, parent_label, labels, examples\nExample: chitieu catalog suggest --db cchc.sqlite --area 1 --format csv --out suggestions.csv')
  .action(async (options) => {
    const { runCatalogSuggest } = await import('./commands/catalog.js');
    process.exitCode = await runCatalogSuggest(options);
  });

catalog
  .command('add')
  .description("add a suggested entry to the database's catalog (kept in the database, not in mappings/); its printed labels become variants")
  .argument('<key>', 'suggestion key, as listed by chitieu catalog suggest')
  .addOption(dbOption())
  .option('--id <id>', 'indicator ID instead of the suggested one (its first word names the area: chidao.so_cuoc_hop)')
  .option('--name <name>', 'canonical name instead of the label printed most often')
  .option('--unit <unit>', 'measure unit instead of the unit printed most often')
  .option('--parent <id>', 'parent indicator ID instead of the suggested one')
  .option('--type <type>', 'value type instead of the guessed one (count, percent, money, code, yesno, text, group)')
  .addHelpText('after', '\nThe stored rows are mapped to it by: chitieu rematch. Later imports into the same database use it.\nExample: chitieu catalog add 3f2a9c01de --db cchc.sqlite --id chidao.so_cuoc_hop_giao_ban')
  .action(async (key: string, options) => {
    const { runCatalogAdd } = await import('./commands/catalog.js');
    process.exitCode = await runCatalogAdd(key, options);
  });

withRowOptions(
  catalog
    .command('added')
    .alias('list-added')
    .description("list the entries added to the database's catalog")
    .addOption(dbOption()),
  { filters: ['area', 'indicator'] },
)
  .addHelpText('after', '\nExample: chitieu catalog added --db cchc.sqlite --format json')
  .action(async (options) => {
    const { runCatalogAdded } = await import('./commands/catalog.js');
    process.exitCode = await runCatalogAdded(options);
  });

catalog
  .command('remove')
  .description('remove an entry added with chitieu catalog add; the rows mapped to it go back to review')
  .argument('<id>', 'indicator ID of an added entry')
  .addOption(dbOption())
  .addHelpText('after', '\nExample: chitieu catalog remove chidao.so_cuoc_hop_giao_ban_cchc --db cchc.sqlite')
  .action(async (id: string, options) => {
    const { runCatalogRemove } = await import('./commands/catalog.js');
    process.exitCode = await runCatalogRemove(id, options);
  });

withRowOptions(
  program
    .command('documents')
    .description('list the imported documents: counts, and whether each is current (read by export, diff and the figures view) and why')
    .addOption(dbOption()),
  { filters: ['unit', 'province', 'period'] },
)
  .addHelpText('after', '\nOf the documents of one unit and period, one is current: a document without figures never replaces one with figures, the same report in several formats is read from its most complete source, and a later report with other figures replaces the earlier one.\nExample: chitieu documents --db cchc.sqlite --period 2024-Q1 --format csv --out documents.csv')
  .action(async (options) => {
    const { runDocuments } = await import('./commands/documents.js');
    process.exitCode = await runDocuments(options);
  });

withRowOptions(
  program
    .command('show')
    .description('one document: its metadata, the other versions and sources of its unit and period, its warnings and its figures (table or json: everything; csv, tsv or jsonl: its figures, one record each)')
    .argument('<document>', 'document id (as chitieu documents lists it) or its stored path')
    .addOption(dbOption()),
)
  .addHelpText('after', '\nExit code 2 when there is no such document.\nExample: chitieu show 12 --db cchc.sqlite --format json')
  .action(async (document: string, options) => {
    const { runShow } = await import('./commands/documents.js');
    process.exitCode = await runShow(document, options);
  });

program
  .command('rematch')
  .description("map the stored rows again with the catalog, the database's catalog additions and the users' mapping decisions, without reading the files")
  .addOption(dbOption())
  .option('--unit <text>', "only units whose key or name contains this text (case and diacritics ignored; '=text' for the whole name)")
  .option('--province <text>', "only provinces whose name contains this text ('=text' for the whole name)")
  .option('--period <key>', 'only this period key')
  .option('--dry-run', 'list the rows whose mapping would change, write nothing')
  .addHelpText('after', '\nEvery report of the selected units and periods is matched again, older versions too. Rows withheld for doubtful columns and rows mapped by a user (chitieu map) are kept as they are.\nPrints on stderr, per report and in total, the rows newly mapped, unmapped and mapped to another ID.\nExample: chitieu rematch --db cchc.sqlite --period 2024-Q1 --dry-run')
  .action(async (options) => {
    const { runRematch } = await import('./commands/rematch.js');
    process.exitCode = await runRematch(options);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Already printed by commander (outputError above); --help and --version end with 0.
    process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : EXIT_USAGE;
    return;
  }
  process.exitCode = reportError(error);
});
