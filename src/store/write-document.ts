/**
 * Writing one processed document: one transaction, so a crash never leaves half a document.
 *
 * A fault of the database itself (disk full, read-only, I/O error) is not the document's: it is
 * thrown as a `StoreError`, and every later write on that connection throws it again, a failure
 * record included, so that the batch stops with one clear error instead of blaming each file.
 */
import type { IndicatorMatch } from '../match/types.js';
import type { ProcessedDocument, ProcessedRow } from '../pipeline/types.js';
import { refreshCurrentOf, type VersionNote } from './current-versions.js';
import { statement, storeFault, type Db, type StoreError } from './db.js';
import type { VersionCache } from './version-cache.js';

export type SaveOutcome = 'imported' | 'unchanged';

const INSERT_ROW_COLUMNS = [
  'document_id', 'row_index', 'kind', 'stt', 'label', 'unit', 'value_raw', 'note', 'bold', 'area', 'section_title',
  'form', 'parent_index', 'parent_labels', 'page', 'line', 'table_no', 'row_no', 'value_kind', 'value_number',
  'value_text', 'numerator', 'denominator', 'code_list', 'code_meaning', 'remark', 'indicator_id', 'is_group',
  'confidence', 'match_method', 'candidates', 'reasons', 'value_column', 'value_role', 'withheld_code',
] as const;

const INSERT_VALUE_COLUMNS = ['document_id', 'row_index', 'column_no', 'value_column', 'value_role', 'value_raw', 'value_kind', 'value_number', 'value_text'] as const;

function rowParams(documentId: number | bigint, { row, value, match }: ProcessedRow): unknown[] {
  return [
    documentId, row.index, row.kind, row.stt, row.label, row.unit, row.value, row.note, row.bold ? 1 : 0, row.area,
    row.sectionTitle, row.form, row.parentIndex, JSON.stringify(row.parentLabels), row.position.page ?? null,
    row.position.line, row.position.table ?? null, row.position.row ?? null, value.kind, value.number, value.text,
    value.numerator ?? null, value.denominator ?? null, value.codeList ?? null, value.codeMeaning ?? null,
    value.remark ?? null, ...matchParams(match), row.valueColumn, row.valueRole, row.withheld?.code ?? null,
  ];
}

/** The stored form of a match: indicator_id, is_group, confidence, match_method, candidates, reasons. */
export function matchParams(match: IndicatorMatch): [string | null, 0 | 1, number | null, string, string, string] {
  return [match.indicatorId, match.isGroup ? 1 : 0, match.indicatorId ? match.confidence : null, match.method, JSON.stringify(match.candidates.slice(0, 5)), JSON.stringify(match.reasons)];
}

/** The row's other value columns, numbered from 1 in column order; empty cells are not stored. */
function otherValueParams(documentId: number | bigint, { row, otherValues }: ProcessedRow): unknown[][] {
  return row.otherValues.flatMap((cell, i) => {
    const value = otherValues[i]!;
    if (value.kind === 'empty') return [];
    return [[documentId, row.index, i + 1, cell.column, cell.role, cell.raw, value.kind, value.number, value.text]];
  });
}

/** The store fault met on each connection; see the module comment. */
const faults = new WeakMap<Db, StoreError>();

function writing<T>(db: Db, write: () => T): T {
  const earlier = faults.get(db);
  if (earlier) throw earlier;
  try {
    return write();
  } catch (error) {
    const fault = storeFault(error, db.name);
    if (!fault) throw error;
    faults.set(db, fault);
    throw fault;
  }
}

export interface SaveResult {
  outcome: SaveOutcome;
  documentId: number;
  /** What the document did to the current report of its unit and period (src/store/current-versions.ts). */
  version?: VersionNote;
}

/**
 * Imports a document unless the same content is already imported, and decides the current
 * document of its unit and period again in the same transaction (`versions`: what an import
 * remembers of the groups between its saves, see version-cache.ts). With `replace` (import --force,
 * reimport), a document already imported is deleted with its rows, then written anew.
 */
export function saveDocument(db: Db, doc: ProcessedDocument, options: { replace?: boolean; versions?: VersionCache } = {}): SaveResult {
  try {
    return writing(db, () => insertDocument(db, doc, options.replace ?? false, options.versions));
  } catch (error) {
    // The transaction was rolled back: what the cache learnt in it may not be in the database.
    options.versions?.forget();
    throw error;
  }
}

function insertDocument(db: Db, doc: ProcessedDocument, replace: boolean, versions: VersionCache | undefined): SaveResult {
  const insertRow = statement(
    db,
    `INSERT INTO appendix_rows (${INSERT_ROW_COLUMNS.join(', ')}) VALUES (${INSERT_ROW_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertValue = statement(db, `INSERT INTO row_values (${INSERT_VALUE_COLUMNS.join(', ')}) VALUES (${INSERT_VALUE_COLUMNS.map(() => '?').join(', ')})`);
  return db.transaction(() => {
    const existing = statement(db, 'SELECT id, status FROM documents WHERE sha256 = ?').get(doc.sha256) as { id: number; status: string } | undefined;
    if (existing?.status === 'imported' && !replace) return { outcome: 'unchanged' as const, documentId: existing.id };
    if (existing) statement(db, 'DELETE FROM documents WHERE id = ?').run(existing.id);
    const { metadata } = doc;
    const info = statement(
      db,
      `INSERT INTO documents (sha256, path, format, unit, unit_key, province, period, level, template_version, status, messages, row_count, imported_at, report_date, parser_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?, ?, ?)`,
    ).run(doc.sha256, doc.file, doc.format, metadata.unit, doc.unitKey, metadata.province, metadata.period, metadata.level,
        doc.templateVersion, JSON.stringify(doc.messages), doc.rows.length, new Date().toISOString(), metadata.reportDate ?? null, doc.parserVersion);
    for (const row of doc.rows) {
      insertRow.run(...rowParams(info.lastInsertRowid, row));
      for (const params of otherValueParams(info.lastInsertRowid, row)) insertValue.run(...params);
    }
    const documentId = Number(info.lastInsertRowid);
    const version = refreshCurrentOf(db, documentId, versions);
    return { outcome: 'imported' as const, documentId, ...(version ? { version } : {}) };
  }).immediate();
}

/** Records a file that could not be read; it is tried again on the next import. */
export function saveFailure(db: Db, failure: { sha256: string; file: string; code: string; message: string }): void {
  writing(db, () => insertFailure(db, failure));
}

function insertFailure(db: Db, failure: { sha256: string; file: string; code: string; message: string }): void {
  db.transaction(() => {
    statement(db, "DELETE FROM documents WHERE sha256 = ? AND status = 'failed'").run(failure.sha256);
    statement(
      db,
      `INSERT OR IGNORE INTO documents (sha256, path, status, error_code, messages, imported_at) VALUES (?, ?, 'failed', ?, ?, ?)`,
    ).run(failure.sha256, failure.file, failure.code, JSON.stringify([{ severity: 'error', code: failure.code, message: failure.message }]), new Date().toISOString());
  }).immediate();
}
