/**
 * The listing filters of the pages: the CLI's `--unit`, `--province` and `--period` (and, where
 * a page has them, `--code` and `--file`), read from the query string and checked by the same
 * code (src/cli/row-options.ts), so a text matches in the browser as on the command line.
 */
import { selectStoredDocuments } from '../report/select-documents.js';
import { UsageError } from '../cli/errors.js';
import { rowFilters } from '../cli/row-options.js';
import { LookupError } from '../report/text-query.js';
import type { KeyedDocument } from '../report/units.js';
import type { Db } from '../store/db.js';
import { html, type Html } from './html.js';

export const FILTER_NAMES = ['unit', 'province', 'period'] as const;

export interface PickedDocuments {
  /** Null when no filter is given: every document. */
  documents: KeyedDocument[] | null;
  /** The filter values as typed, to keep them in the form and in links. */
  values: Record<string, string | undefined>;
  /** Why the filters pick nothing, in the CLI's words. */
  problem: string | null;
}

export function filterValues(url: URL, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, url.searchParams.get(n)?.trim() || undefined]));
}

/** Every version of the documents the unit, province and period filters pick. */
export function pickDocuments(db: Db, url: URL): PickedDocuments {
  const values = filterValues(url, FILTER_NAMES);
  if (!values.unit && !values.province && !values.period) return { documents: null, values, problem: null };
  try {
    return { documents: selectStoredDocuments(db, { ...rowFilters(values), allVersions: true }), values, problem: null };
  } catch (error) {
    if (error instanceof UsageError || error instanceof LookupError) return { documents: [], values, problem: error.message };
    throw error;
  }
}

const LABELS: Record<string, string> = {
  unit: 'Đơn vị (unit)', province: 'Tỉnh (province)', period: 'Kỳ (period)', code: 'Mã (code)', file: 'Tệp (file)', status: 'Trạng thái',
};

/** The filter form of a listing; `extra` adds fields such as a select. */
export function filterForm(values: Record<string, string | undefined>, names: readonly string[], extra: Html | string = ''): Html {
  const fields = names.map((n) => html`<label>${LABELS[n] ?? n} <input name="${n}" value="${values[n] ?? ''}"></label>`);
  return html`<form method="get" class="filters">${fields}${extra}<button type="submit">Lọc (filter)</button></form>`;
}

export const problemHtml = (problem: string | null) => (problem ? html`<p class="problem">${problem}</p>` : '');
