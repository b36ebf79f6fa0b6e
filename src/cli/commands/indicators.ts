import { loadCatalog } from '../../match/catalog.js';
import { renderTable } from '../table.js';
import { UsageError } from '../errors.js';

export async function runIndicators(options: { area?: string; json?: boolean }): Promise<number> {
  const area = options.area === undefined ? undefined : Number(options.area);
  if (area !== undefined && !(Number.isInteger(area) && area >= 1 && area <= 7)) throw new UsageError(`--area ${options.area}: give an area number from 1 to 7`);
  const catalog = loadCatalog();
  const indicators = catalog.indicators.filter((i) => area === undefined || i.area === area);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(indicators, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(
    renderTable(
      ['id', 'area', 'type', 'unit', 'name'],
      indicators.map((i) => [i.id, String(i.area), i.valueType, i.measureUnit, i.name]),
      80,
    ),
  );
  process.stderr.write(`${indicators.length} indicators\n`);
  return 0;
}
