/** `chitieu unmatched`: rows left for review with their best candidates, in any row format. */
import { catalogFor } from '../../catalog/catalog-for.js';
import type { MatchCandidate } from '../../match/types.js';
import { openDatabase } from '../../store/db.js';
import type { Catalog } from '../../match/catalog.js';
import { listUnmatched, type UnmatchedRecord } from '../../store/queries.js';
import { outputChoice, rowFilters, type RowCliOptions } from '../row-options.js';
import { writeRows, type RowOutput } from '../row-output.js';
import { describePlace } from '../where.js';
import { selectStoredDocuments } from '../../report/select-documents.js';

export interface ReviewItem {
  row: number;
  documentId: number;
  file: string;
  page: number | null;
  line: number;
  table: number | null;
  tableRow: number | null;
  place: string;
  area: number | null;
  stt: string;
  label: string;
  value: string;
  otherValues: string | null;
  withheld: string | null;
  reason: string | null;
  parents: string[];
  candidates: Array<MatchCandidate & { name: string }>;
}

export const UNMATCHED_COLUMNS = [
  'row', 'document_id', 'source_file', 'place', 'area', 'stt', 'label', 'value', 'other_values', 'withheld', 'reason', 'parents', 'candidates',
] as const;

const candidatesText = (r: ReviewItem) => r.candidates.slice(0, 3).map((c) => `${c.indicatorId} (${c.score.toFixed(2)})`).join(', ');

export const UNMATCHED: RowOutput<ReviewItem> = {
  columns: UNMATCHED_COLUMNS,
  cells: (r) => [
    String(r.row), String(r.documentId), r.file, r.place, r.area === null ? '' : String(r.area), r.stt, r.label, r.value, r.otherValues ?? '',
    r.withheld ?? '', r.reason ?? '', r.parents.join(' › '), candidatesText(r),
  ],
  tableColumns: ['row', 'source', 'stt', 'label', 'value', 'withheld / best candidates'],
  tableCells: (r) => [
    String(r.row), `${r.file} ${r.place}`, r.stt, r.label, [r.value, r.otherValues].filter(Boolean).join('; '),
    r.withheld ? `withheld: ${r.reason ?? r.withheld}` : candidatesText(r),
  ],
  json: (r) => r,
};

/** Rows to review as the listing shows them: place in words, parents and candidates parsed, candidates named. */
export function reviewItems(rows: readonly UnmatchedRecord[], catalog: Catalog): ReviewItem[] {
  return rows.map((r) => ({
    row: r.id,
    documentId: r.document_id,
    file: r.source_file,
    page: r.page,
    line: r.line,
    table: r.table_no,
    tableRow: r.row_no,
    place: describePlace(r),
    area: r.area,
    stt: r.stt,
    label: r.label,
    value: r.value_raw,
    otherValues: r.other_values,
    withheld: r.withheld_code,
    reason: r.reason,
    parents: JSON.parse(r.parent_labels) as string[],
    candidates: (JSON.parse(r.candidates) as MatchCandidate[]).map((c) => ({ ...c, name: catalog.byId.get(c.indicatorId)?.name ?? '' })),
  }));
}

export async function runUnmatched(options: RowCliOptions & { db: string; withValue?: boolean }): Promise<number> {
  const output = outputChoice(options);
  const filters = rowFilters(options);
  const db = openDatabase(options.db, { readonly: true });
  const catalog = catalogFor(db);
  const picked = filters.unit || filters.province || filters.period ? new Set(selectStoredDocuments(db, { ...filters, allVersions: true }).map((d) => d.id)) : null;
  const rows = listUnmatched(db, { withValue: options.withValue }).filter(
    (r) => (picked === null || picked.has(r.document_id)) && (filters.area === undefined || r.area === filters.area),
  );
  db.close();
  const items = reviewItems(rows, catalog);
  await writeRows({ ...output, format: output.format }, UNMATCHED, items);
  process.stderr.write(`${rows.length} rows to review; map one with: chitieu map <row> <indicator-id>\n`);
  return 0;
}
