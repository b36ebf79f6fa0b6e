/**
 * `chitieu units`: the reporting units of the archive, one per unit key, with their periods and
 * how many reports each period has (a corrected re-issue makes two). `--all-versions` lists
 * every report instead, the one read by default marked current.
 */
import { keyDocuments, summariseUnits, type UnitSummary } from '../../report/units.js';
import { openDatabase } from '../../store/db.js';
import { listDocuments } from '../../store/queries.js';
import { renderTable } from '../table.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { plainOutput, writeRows, writeText } from '../row-output.js';
import { selectStoredDocuments } from '../../report/select-documents.js';

export interface UnitsCliOptions extends RowCliOptions {
  db: string;
  allVersions?: boolean;
}

const PERIOD_COLUMNS = ['unit_key', 'unit', 'province', 'level', 'period', 'documents', 'current_document_id', 'current_source_file'];
const VERSION_COLUMNS = ['unit_key', 'unit', 'province', 'level', 'period', 'document_id', 'source_file', 'report_date', 'imported_at', 'current'];

function periodRows(units: readonly UnitSummary[]): string[][] {
  return units.flatMap((u) =>
    u.periods.map((p) => {
      const current = p.versions[p.versions.length - 1]!;
      return [u.key, u.name, u.province ?? '', u.level ?? '', p.period ?? '', String(p.documents), String(current.document_id), current.source_file];
    }),
  );
}

function versionRows(units: readonly UnitSummary[]): string[][] {
  return units.flatMap((u) =>
    u.periods.flatMap((p) =>
      p.versions.map((v) => [
        u.key, u.name, u.province ?? '', u.level ?? '', p.period ?? '', String(v.document_id), v.source_file, v.report_date ?? '', v.imported_at,
        v.current ? 'yes' : 'no',
      ]),
    ),
  );
}

/** "2024-Q1 (2), 2024-H1 (1)": each period and its number of reports. */
const periodsCell = (u: UnitSummary) => u.periods.map((p) => `${p.period ?? '(no period)'} (${p.documents})`).join(', ');

export async function runUnits(options: UnitsCliOptions): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  const all = keyDocuments(listDocuments(db));
  // Every version: the listing shows each period's reports, the newest marked.
  const documents = filters.unit || filters.province || filters.period ? selectStoredDocuments(db, { ...filters, allVersions: true }) : all;
  db.close();
  const units = summariseUnits(documents);
  const unnamed = documents.filter((d) => d.key === null).length;

  if (output.format === 'json' || output.format === 'jsonl') {
    await writeRows(output, { columns: [], cells: () => [], tableColumns: [], tableCells: () => [], json: (u: UnitSummary) => u }, units);
  } else if (output.format !== 'table') {
    await writeRows(output, plainOutput(options.allVersions ? VERSION_COLUMNS : PERIOD_COLUMNS), options.allVersions ? versionRows(units) : periodRows(units));
  } else if (options.allVersions) {
    const rows = versionRows(units).map((r) => [r[0]!, r[2]!, r[4]!, r[5]!, r[7]!, r[8]!, r[9]!, r[6]!]);
    writeText(output.out, renderTable(['key', 'province', 'period', 'document', 'dated', 'imported', 'current', 'file'], rows, 70));
  } else {
    const rows = units.map((u) => [u.key, u.name, u.province ?? '', u.level ?? '', periodsCell(u)]);
    writeText(output.out, renderTable(['key', 'unit', 'province', 'level', 'periods (reports)'], rows, 100));
  }
  const note = unnamed > 0 ? `; ${unnamed} reports name no unit (import them again with --unit)` : '';
  process.stderr.write(`${units.length} units in ${documents.length - unnamed} reports${note}\n`);
  return 0;
}
