import { catalogFor } from '../../catalog/catalog-for.js';
import type { MatchCandidate } from '../../match/types.js';
import { openDatabase } from '../../store/db.js';
import { getRow } from '../../store/review.js';
import { UsageError } from '../errors.js';
import { describePlace } from '../where.js';

export async function runExplain(rowArg: string, options: { db: string; json?: boolean }): Promise<number> {
  const rowId = Number(rowArg);
  if (!Number.isInteger(rowId) || rowId <= 0) throw new UsageError(`row must be a row number, not "${rowArg}"`);
  const db = openDatabase(options.db, { readonly: true });
  const row = getRow(db, rowId);
  const catalog = catalogFor(db);
  db.close();
  if (!row) throw new UsageError(`there is no row ${rowId} in ${options.db}`);
  const name = (id: string | null) => (id ? (catalog.byId.get(id)?.name ?? '(not in the catalog any more)') : '');
  const candidates = (JSON.parse(row.candidates) as MatchCandidate[]).map((c) => ({ ...c, name: name(c.indicatorId) }));
  const explanation = {
    row: row.id,
    source: `${row.source_file} ${describePlace(row)}`,
    stt: row.stt,
    label: row.label,
    unit: row.unit,
    value: row.value_raw,
    area: row.area,
    parents: JSON.parse(row.parent_labels) as string[],
    indicatorId: row.indicator_id,
    indicatorName: name(row.indicator_id),
    method: row.match_method,
    confidence: row.confidence,
    reasons: JSON.parse(row.reasons) as string[],
    candidates,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `row ${explanation.row} — ${explanation.source}`,
    `  ${row.stt ? `${row.stt} ` : ''}${row.label}  [${row.unit}] = ${row.value_raw || '(empty)'}`,
    ...explanation.parents.map((p, i) => `  ${'  '.repeat(i)}under: ${p}`),
    row.indicator_id ? `mapped to ${row.indicator_id} — ${explanation.indicatorName}` : 'not mapped (listed by chitieu unmatched)',
    `method ${row.match_method}, confidence ${row.confidence ?? '-'}`,
    ...explanation.reasons.map((r) => `  because ${r}`),
    'candidates:',
    ...candidates.map((c) => `  ${c.score.toFixed(3)}  ${c.indicatorId}  ${c.name}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
