/**
 * `chitieu documents`: every imported document with its counts and whether it is read by default
 * (current) and why; `chitieu show <document>`: one document, its other versions and sources,
 * its warnings and its figures. The current flag is the one the import stored
 * (src/report/versions.ts); nothing here decides it.
 */
import { writeFileSync } from 'node:fs';
import { catalogFor } from '../../catalog/catalog-for.js';
import type { Catalog } from '../../match/catalog.js';
import { normalisedValue } from '../../report/observation-value.js';
import type { KeyedDocument } from '../../report/units.js';
import { openDatabase, type Db } from '../../store/db.js';
import { documentCounts, documentMessages, findDocument, type DocumentCounts, type StoredMessage } from '../../store/document-details.js';
import { listDocuments, observationsOf, type DocumentRecord, type ObservationRecord } from '../../store/queries.js';
import { UsageError } from '../errors.js';
import { renderTable } from '../table.js';
import { writeRows, type RowFormat, type RowOutput } from '../row-output.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { selectStoredDocuments } from '../../report/select-documents.js';

export interface DocumentsCliOptions extends RowCliOptions {
  db: string;
}

export type Listed = DocumentRecord & DocumentCounts;

export const DOCUMENT_COLUMNS = [
  'document_id', 'source_file', 'format', 'unit', 'unit_key', 'province', 'period', 'report_date', 'imported_at',
  'figures', 'to_review', 'warnings', 'current', 'current_reason', 'same_report_as',
] as const;

const yesNo = (d: DocumentRecord) => (d.is_current === 1 ? 'yes' : 'no');

export const DOCUMENTS: RowOutput<Listed> = {
  columns: DOCUMENT_COLUMNS,
  cells: (d) => [
    String(d.id), d.source_file, d.format ?? '', d.unit ?? '', d.unit_key ?? '', d.province ?? '', d.period ?? '', d.report_date ?? '', d.imported_at,
    String(d.figures), String(d.to_review), String(d.warnings), yesNo(d), d.current_reason, d.same_report_as === null ? '' : String(d.same_report_as),
  ],
  tableColumns: ['id', 'file', 'format', 'unit', 'period', 'dated', 'figures', 'review', 'current', 'why', 'same as'],
  tableCells: (d) => [
    String(d.id), d.source_file, d.format ?? '', d.unit ?? '', d.period ?? '', d.report_date ?? '', String(d.figures), String(d.to_review), yesNo(d),
    d.current_reason, d.same_report_as === null ? '' : String(d.same_report_as),
  ],
  json: (d) => ({
    document_id: d.id, source_file: d.source_file, format: d.format, unit: d.unit, unit_key: d.unit_key, province: d.province, level: d.level,
    period: d.period, report_date: d.report_date, imported_at: d.imported_at, template_version: d.template_version, figures: d.figures,
    to_review: d.to_review, warnings: d.warnings, current: d.is_current === 1, current_reason: d.current_reason, same_report_as: d.same_report_as,
  }),
};

export function withCounts(db: Db, documents: readonly DocumentRecord[]): Listed[] {
  const counts = documentCounts(db);
  return documents.map((d) => ({ ...d, ...(counts.get(d.id) ?? { figures: 0, to_review: 0, warnings: 0 }) }));
}

export async function runDocuments(options: DocumentsCliOptions): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const selected: KeyedDocument[] = selectStoredDocuments(db, { ...filters, allVersions: true });
    const listed = withCounts(db, selected);
    await writeRows(output, DOCUMENTS, listed);
    const current = listed.filter((d) => d.is_current === 1).length;
    process.stderr.write(`${listed.length} documents, ${current} current (read by export, diff and the figures view)\n`);
  } finally {
    db.close();
  }
  return 0;
}

export const FIGURE_COLUMNS = [
  'document_id', 'indicator_id', 'indicator_name', 'stt', 'label', 'value', 'value_raw', 'measure_unit', 'value_column', 'value_role',
  'page', 'line', 'confidence', 'match_method',
] as const;

export function figureOutput(catalog: Catalog): RowOutput<ObservationRecord> {
  const measureUnit = (o: ObservationRecord) => {
    const entry = catalog.byId.get(o.indicator_id);
    return entry && entry.valueType !== 'code' ? entry.measureUnit : o.unit_cell;
  };
  const cells = (o: ObservationRecord) => [
    String(o.document_id), o.indicator_id, catalog.byId.get(o.indicator_id)?.name ?? '', o.stt, o.label, normalisedValue(o), o.value_raw, measureUnit(o),
    o.value_column, o.value_role, o.page === null ? '' : String(o.page), String(o.line), o.confidence === null ? '' : o.confidence.toFixed(2), o.match_method,
  ];
  return {
    columns: FIGURE_COLUMNS,
    cells,
    tableColumns: ['indicator', 'stt', 'value', 'raw', 'unit', 'column', 'line'],
    tableCells: (o) => [o.indicator_id, o.stt, normalisedValue(o), o.value_raw, measureUnit(o), o.value_role === 'actual' ? '' : o.value_role, String(o.line)],
    // As in `figures`: the value a number when it is one, null when the cell is empty.
    json: (o) => ({
      document_id: o.document_id, indicator_id: o.indicator_id, indicator_name: catalog.byId.get(o.indicator_id)?.name ?? null, stt: o.stt, label: o.label,
      value: o.value_kind === 'empty' ? null : (o.value_number ?? o.value_text), value_raw: o.value_raw, measure_unit: measureUnit(o),
      value_column: o.value_column, value_role: o.value_role, page: o.page, line: o.line, confidence: o.confidence, match_method: o.match_method,
    }),
  };
}

/** The documents of one unit and period (the document alone when it names no unit or period). */
function versionsOf(db: Db, document: DocumentRecord): DocumentRecord[] {
  if (document.unit_key === null || document.period === null) return [document];
  return listDocuments(db).filter((d) => d.unit_key === document.unit_key && d.period === document.period);
}

function showText(document: Listed, versions: readonly Listed[], messages: readonly StoredMessage[]): string {
  const field = (name: string, value: string) => `${name.padEnd(10)}  ${value}\n`;
  const named = `${document.unit ?? '(no unit)'}${document.unit_key ? ` (${document.unit_key})` : ''}`;
  const unit = [named, document.province ?? '', document.level ? `level ${document.level}` : ''].filter(Boolean).join(', ');
  let text = `document ${document.id}  ${document.source_file}\n`;
  text += field('format', document.format ?? '');
  text += field('unit', unit);
  text += field('period', `${document.period ?? '(none)'}${document.report_date ? `, dated ${document.report_date}` : ''}`);
  text += field('imported', document.imported_at);
  text += field('template', document.template_version ?? '');
  text += field('counts', `${document.figures} figures, ${document.to_review} rows to review, ${document.warnings} warnings`);
  text += field('current', `${yesNo(document)}: ${document.current_reason}`);
  text += `\nversions and sources of ${document.unit_key ?? '(no unit)'} ${document.period ?? ''}:\n`;
  text += renderTable(
    ['id', 'file', 'format', 'dated', 'figures', 'current', 'why'],
    versions.map((v) => [String(v.id), v.source_file, v.format ?? '', v.report_date ?? '', String(v.figures), yesNo(v), v.current_reason]),
    70,
  );
  text += `\nwarnings (${messages.filter((m) => m.severity === 'warning').length}):\n`;
  text += messages.map((m) => `  ${m.severity} ${m.code}: ${m.message}\n`).join('') || '  none\n';
  return `${text}\nfigures:\n`;
}

function writeText(out: string | undefined, text: string): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

export interface ShowCliOptions {
  db: string;
  format?: string;
  out?: string;
  bom?: boolean;
}

/**
 * One document. `table` prints its metadata, versions, warnings and a table of its figures;
 * `json` all of it as one object; `csv`, `tsv` and `jsonl` its figures, one record each.
 */
export async function runShow(which: string, options: ShowCliOptions): Promise<number> {
  const output = outputChoice(options);
  const format: RowFormat = output.format;
  const db = openDatabase(options.db, { readonly: true });
  try {
    const found = findDocument(db, which);
    if (!found) throw new UsageError(`no imported document ${which}; list them with: chitieu documents --db ${options.db}`);
    const versions = withCounts(db, versionsOf(db, found));
    const document = versions.find((v) => v.id === found.id)!;
    const messages = documentMessages(db, found.id);
    const figures = observationsOf(db, found.id);
    const output = figureOutput(catalogFor(db));
    if (format === 'json') {
      const whole = { document: DOCUMENTS.json(document), versions: versions.map(DOCUMENTS.json), messages, figures: figures.map(output.json) };
      writeText(options.out, `${JSON.stringify(whole, null, 2)}\n`);
    } else if (format === 'table') {
      const table = figures.length > 0 ? renderTable([...output.tableColumns], figures.map(output.tableCells), 40) : '  none\n';
      writeText(options.out, showText(document, versions, messages) + table);
    } else {
      await writeRows({ format, out: options.out, bom: options.bom }, output, figures);
    }
  } finally {
    db.close();
  }
  return 0;
}
