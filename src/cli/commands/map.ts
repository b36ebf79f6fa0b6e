import { catalogFor } from '../../catalog/catalog-for.js';
import { defaultCatalogDir } from '../../match/catalog-dir.js';
import { saveUserVariant } from '../../match/user-variants.js';
import { openDatabase } from '../../store/db.js';
import { getRow, recordMapping } from '../../store/review.js';
import { UsageError } from '../errors.js';
import { describePlace } from '../where.js';

export async function runMap(rowArg: string, indicatorId: string, options: { db: string }): Promise<number> {
  const rowId = Number(rowArg);
  if (!Number.isInteger(rowId) || rowId <= 0) throw new UsageError(`row must be a row number as listed by chitieu unmatched, not "${rowArg}"`);
  const db = openDatabase(options.db);
  // The database's own additions (chitieu catalog add) are valid targets too.
  const catalog = catalogFor(db);
  const indicator = catalog.byId.get(indicatorId);
  if (!indicator) throw new UsageError(`${indicatorId} is not in the catalog; list IDs with: chitieu indicators (and chitieu catalog added)`);
  const row = getRow(db, rowId);
  if (!row) throw new UsageError(`there is no row ${rowId} in ${options.db}`);
  if (row.kind !== 'indicator') throw new UsageError(`row ${rowId} is a section heading, not an indicator row`);
  const changed = recordMapping(db, row, indicatorId, indicator.valueType === 'group');
  db.close();
  const mappingsDir = defaultCatalogDir();
  saveUserVariant(mappingsDir, {
    indicatorId,
    label: row.label,
    source: `${row.source_file} ${describePlace(row)}`,
    decidedAt: new Date().toISOString(),
  });
  process.stderr.write(`row ${rowId} “${row.label}” → ${indicatorId} (${indicator.name}); ${changed} stored row(s) updated; saved as a variant in ${mappingsDir}/user-variants.json\n`);
  return 0;
}
