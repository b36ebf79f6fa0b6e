import { loadCatalog } from '../../match/catalog.js';
import { defaultCatalogDir } from '../../match/catalog-dir.js';
import { loadUserVariants } from '../../match/user-variants.js';
import { discoverFiles } from '../../importer/discover.js';
import { importFiles, type FileResult } from '../../importer/import-files.js';
import { isPeriodKey } from '../../metadata/extract-metadata.js';
import { openDatabase } from '../../store/db.js';
import { UsageError } from '../errors.js';

interface ImportCliOptions {
  db: string;
  unit?: string;
  province?: string;
  period?: string;
  json?: boolean;
}

function describe(result: FileResult): string {
  switch (result.outcome) {
    case 'imported':
      return `imported   ${result.path}: ${result.observations} figures, ${result.unmatched} rows to review, ${result.warnings} warnings`;
    case 'unchanged':
      return `unchanged  ${result.path}`;
    default:
      return `FAILED     ${result.path}: ${result.message} [${result.code}]`;
  }
}

export async function runImport(paths: string[], options: ImportCliOptions): Promise<number> {
  if (options.period && !isPeriodKey(options.period)) {
    throw new UsageError(`--period ${options.period} is not a period key; use 2024, 2024-Q1, 2024-H1, 2024-H2, 2024-9M or 2021-2025`);
  }
  const discovery = discoverFiles(paths);
  const db = openDatabase(options.db);
  const catalog = loadCatalog();
  const userVariants = loadUserVariants(defaultCatalogDir());
  const out = (line: string) => (options.json ? process.stdout.write(`${line}\n`) : process.stderr.write(`${line}\n`));
  const failed: FileResult[] = discovery.problems.map((p) => ({ path: p.path, outcome: 'failed', code: p.code, message: p.message }));
  for (const f of failed) out(options.json ? JSON.stringify(f) : describe(f));

  const started = Date.now();
  const results = await importFiles(discovery.files.map((f) => f.path), {
    db,
    catalog,
    userVariants,
    overrides: { unit: options.unit, province: options.province, period: options.period },
    onFile: (result, done, total) => out(options.json ? JSON.stringify(result) : `[${done}/${total}] ${describe(result)}`),
  });
  db.close();

  const all = [...failed, ...results];
  const count = (o: string) => all.filter((r) => r.outcome === o).length;
  const summary = {
    files: all.length,
    imported: count('imported'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    figures: results.reduce((n, r) => n + (r.observations ?? 0), 0),
    toReview: results.reduce((n, r) => n + (r.unmatched ?? 0), 0),
    seconds: (Date.now() - started) / 1000,
  };
  if (options.json) process.stdout.write(`${JSON.stringify({ summary })}\n`);
  else {
    process.stderr.write(
      `\n${summary.files} files: ${summary.imported} imported, ${summary.unchanged} unchanged, ${summary.failed} failed; ` +
        `${summary.figures} figures, ${summary.toReview} rows to review (chitieu unmatched) in ${summary.seconds.toFixed(1)} s → ${options.db}\n`,
    );
  }
  return summary.failed > 0 ? 1 : 0;
}
