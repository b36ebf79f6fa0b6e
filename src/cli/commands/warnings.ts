/**
 * `chitieu warnings`: what import stored about each report (documents.messages): the table and
 * row warnings (`table/roles-doubtful`, `row/value-is-text`, ...) and why a file failed.
 */
import { basename } from 'node:path';
import { matchesText, textQuery } from '../../report/text-query.js';
import { openDatabase } from '../../store/db.js';
import { listMessages, type StoredMessage } from '../../store/messages.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { writeRows, type RowOutput } from '../row-output.js';
import { selectStoredDocuments } from '../../report/select-documents.js';

export const WARNING_COLUMNS = ['document_id', 'source_file', 'severity', 'code', 'message', 'page', 'line', 'table', 'row', 'place'] as const;

/** "page 6 line 21", "table 2 row 14", "line 150", or '' for a message about the whole file. */
function placeOf(m: StoredMessage): string {
  const p = m.position;
  if (!p) return '';
  if (p.table !== undefined && p.row !== undefined) return `table ${p.table} row ${p.row}`;
  return p.page !== undefined ? `page ${p.page} line ${p.line}` : `line ${p.line}`;
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

export const WARNINGS: RowOutput<StoredMessage> = {
  columns: WARNING_COLUMNS,
  cells: (m) => [String(m.document_id), m.source_file, m.severity, m.code, m.message, num(m.position?.page), num(m.position?.line), num(m.position?.table), num(m.position?.row), placeOf(m)],
  tableColumns: ['document', 'file', 'severity', 'code', 'place', 'message'],
  tableCells: (m) => [String(m.document_id), basename(m.source_file), m.severity, m.code, placeOf(m), m.message],
  json: (m) => ({ document_id: m.document_id, source_file: m.source_file, status: m.status, severity: m.severity, code: m.code, message: m.message, position: m.position ?? null, place: placeOf(m) }),
};

export async function runWarnings(options: RowCliOptions & { db: string; code?: string; file?: string }): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const code = options.code === undefined ? undefined : textQuery(options.code);
  const file = options.file === undefined ? undefined : textQuery(options.file);
  const db = openDatabase(options.db, { readonly: true });
  let messages: StoredMessage[];
  try {
    const picked = filters.unit || filters.province || filters.period ? new Set(selectStoredDocuments(db, { ...filters, allVersions: true }).map((d) => d.id)) : null;
    messages = listMessages(db).filter(
      (m) => (picked === null || picked.has(m.document_id)) && (!code || matchesText(code, m.code)) && (!file || matchesText(file, m.source_file)),
    );
  } finally {
    db.close();
  }
  await writeRows(output, WARNINGS, messages);
  process.stderr.write(`${messages.length} messages in ${new Set(messages.map((m) => m.document_id)).size} reports\n`);
  return 0;
}
