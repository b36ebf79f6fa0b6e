import { catalogFor } from '../../catalog/catalog-for.js';
import type { MatchCandidate } from '../../match/types.js';
import { openDatabase } from '../../store/db.js';
import { getRow } from '../../store/review.js';
import { UsageError } from '../errors.js';
import { describePlace } from '../where.js';
import { outputChoice, type RowCliOptions } from '../row-options.js';
import { plainOutput, writeRows, writeText } from '../row-output.js';

export const EXPLAIN_COLUMNS = [
  'row', 'source', 'stt', 'label', 'unit', 'value', 'area', 'parents', 'indicator_id', 'indicator_name', 'method', 'confidence', 'reasons',
  'candidate_score', 'candidate_id', 'candidate_name',
] as const;

export async function runExplain(rowArg: string, options: RowCliOptions & { db: string; crop?: string }): Promise<number> {
  const output = outputChoice(options);
  const rowId = Number(rowArg);
  if (!Number.isInteger(rowId) || rowId <= 0) throw new UsageError(`row must be a row number, not "${rowArg}"`);
  if (options.crop !== undefined && !/\.png$/i.test(options.crop)) throw new UsageError(`--crop writes a PNG file: give a name ending in .png, not "${options.crop}"`);
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
  if (options.crop !== undefined) {
    const { writeCellCrop } = await import('./explain-crop.js');
    const written = await writeCellCrop(row, explanation.reasons, options.crop);
    process.stderr.write(`wrote the cell image (page ${written.page}, ${written.width} × ${written.height} px) to ${options.crop}\n`);
  }
  if (output.format === 'json') {
    writeText(output.out, `${JSON.stringify(explanation, null, 2)}\n`);
    return 0;
  }
  if (output.format !== 'table') {
    // One line per candidate (one with empty candidate cells when there is none), the row beside each.
    const head = [
      String(row.id), explanation.source, row.stt, row.label, row.unit, row.value_raw, row.area === null ? '' : String(row.area), explanation.parents.join(' › '),
      row.indicator_id ?? '', explanation.indicatorName, row.match_method, row.confidence === null ? '' : String(row.confidence), explanation.reasons.join(' | '),
    ];
    const lines = (candidates.length > 0 ? candidates : [null]).map((c) => [...head, c ? c.score.toFixed(3) : '', c?.indicatorId ?? '', c?.name ?? '']);
    await writeRows(output, plainOutput(EXPLAIN_COLUMNS), lines);
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
  writeText(output.out, `${lines.join('\n')}\n`);
  return 0;
}
