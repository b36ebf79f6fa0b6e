/**
 * The long CSV's rows for a batch of documents, as one block of text. Used in the export's
 * process for small archives and in worker threads for large ones (long-csv-pool.ts), so it only
 * takes plain data and a database it opens itself.
 */
import type { Catalog } from '../match/catalog.js';
import type { Db } from '../store/db.js';
import { observationTuples, type ObservationFilters } from '../store/queries.js';
import { formatNumber } from '../values/parse-value.js';
import { csvCell, csvRow } from './csv-writer.js';

export const LONG_COLUMNS = [
  'document_id', 'source_file', 'unit', 'province', 'period', 'indicator_id', 'indicator_name', 'section', 'stt', 'label',
  'value', 'value_raw', 'measure_unit', 'note', 'page', 'line', 'confidence', 'match_method', 'value_column', 'value_role', 'observation_id',
] as const;

/**
 * An observation's own ID: its row (as `chitieu explain <row>` takes it) for the row's default
 * figure, with `c` and the column number for the figures of its other value columns (`1234c2`;
 * letters, so that a spreadsheet reads it as neither a decimal, a date nor a time).
 */
export function observationId(rowId: number, columnNo: number): string {
  return columnNo === 0 ? String(rowId) : `${rowId}c${columnNo}`;
}

/** A document's own cells, the first five columns of each of its rows. */
export interface LongDocument {
  id: number;
  source_file: string;
  unit: string | null;
  province: string | null;
  period: string | null;
}

export interface LongBlock {
  text: string;
  rows: number;
}

/** `normalisedValue` (src/report/observation-value.ts) over a tuple; whole numbers skip toFixed. */
export function valueCell(kind: string, number: number | null, text: string | null): string {
  if (kind === 'empty') return '';
  if (number !== null) return Number.isInteger(number) && Math.abs(number) < 1e21 ? String(number) : formatNumber(number);
  return text ?? '';
}

/**
 * A formatter of blocks of long rows. A measured hot loop (a million rows:
 * scripts/measure-export.ts): the cells a document or an indicator repeats on every row are made
 * once, as CSV text, and each row is one string. Every text cell goes through `csvCell` (csvSafe,
 * then quoting); the cells written here from numbers (document_id, page, line, confidence) are
 * digits and cannot start a formula.
 */
export function longCsvFormatter(db: Db, filters: ObservationFilters, catalog: Pick<Catalog, 'areas' | 'byId'>): (documents: readonly LongDocument[]) => LongBlock {
  const sectionCell = new Map<number, string>(catalog.areas.map((a) => [a.area, csvCell(`${a.area}. ${a.name}`)]));
  // Per indicator: "indicator_id,indicator_name" and the measure unit, or null to use the row's
  // own unit cell (a coded answer's unit cell carries its code list, "Chưa = 0 Có = 1").
  const indicatorCells = new Map<string, { head: string; measureUnit: string | null }>();
  const rowsOf = observationTuples(db, filters);
  return (documents) => {
    let text = '';
    let rows = 0;
    for (const d of documents) {
      const head = `${d.id},${csvRow([d.source_file, d.unit ?? '', d.province ?? '', d.period ?? ''])},`;
      for (const [id, area, stt, label, kind, number, value, raw, unitCell, note, page, line, confidence, method, column, role, rowId, columnNo] of rowsOf(d.id)) {
        let indicator = indicatorCells.get(id);
        if (!indicator) {
          const entry = catalog.byId.get(id);
          indicator = { head: csvRow([id, entry?.name ?? '']), measureUnit: entry && entry.valueType !== 'code' ? csvCell(entry.measureUnit) : null };
          indicatorCells.set(id, indicator);
        }
        const section = area === null ? '' : (sectionCell.get(area) ?? String(area));
        text +=
          `${head}${indicator.head},${section},${csvCell(stt)},${csvCell(label)},${csvCell(valueCell(kind, number, value))},${csvCell(raw)},` +
          `${indicator.measureUnit ?? csvCell(unitCell)},${csvCell(note)},${page ?? ''},${line},${confidence === null ? '' : confidence.toFixed(2)},${csvCell(method)},` +
          `${csvCell(column)},${role},${observationId(rowId, columnNo)}\n`;
        rows++;
      }
    }
    return { text, rows };
  };
}

/** The long rows as plain cells (no CSV quoting or guard), for the other formats (tsv, json, jsonl, table). */
export function longCellsFormatter(db: Db, filters: ObservationFilters, catalog: Pick<Catalog, 'areas' | 'byId'>): (document: LongDocument) => string[][] {
  const sectionName = new Map<number, string>(catalog.areas.map((a) => [a.area, `${a.area}. ${a.name}`]));
  const rowsOf = observationTuples(db, filters);
  return (d) =>
    rowsOf(d.id).map(([id, area, stt, label, kind, number, value, raw, unitCell, note, page, line, confidence, method, column, role, rowId, columnNo]) => {
      const entry = catalog.byId.get(id);
      return [
        String(d.id), d.source_file, d.unit ?? '', d.province ?? '', d.period ?? '', id, entry?.name ?? '', area === null ? '' : (sectionName.get(area) ?? String(area)),
        stt, label, valueCell(kind, number, value), raw, entry && entry.valueType !== 'code' ? entry.measureUnit : unitCell, note, page === null ? '' : String(page),
        String(line), confidence === null ? '' : confidence.toFixed(2), method, column, role, observationId(rowId, columnNo),
      ];
    });
}
