/** `chitieu indicators`: the installed catalog, in any row format, filtered by area and ID/name. */
import { loadCatalog, type Catalog } from '../../match/catalog.js';
import { indicatorIds } from '../indicator-filter.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { writeRows, type RowOutput } from '../row-output.js';

type Indicator = Catalog['indicators'][number];

export const INDICATOR_COLUMNS = ['id', 'area', 'parent_id', 'value_type', 'measure_unit', 'name'] as const;

const INDICATORS: RowOutput<Indicator> = {
  columns: INDICATOR_COLUMNS,
  cells: (i) => [i.id, String(i.area), i.parent ?? '', i.valueType, i.measureUnit, i.name],
  tableColumns: ['id', 'area', 'type', 'unit', 'name'],
  tableCells: (i) => [i.id, String(i.area), i.valueType, i.measureUnit, i.name],
  json: (i) => i,
};

export async function runIndicators(options: RowCliOptions): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const catalog = loadCatalog();
  const ids = filters.indicator ? new Set(indicatorIds(catalog, filters.indicator)) : null;
  const indicators = catalog.indicators.filter((i) => (filters.area === undefined || i.area === filters.area) && (ids === null || ids.has(i.id)));
  await writeRows(output, INDICATORS, indicators);
  process.stderr.write(`${indicators.length} indicators\n`);
  return 0;
}
