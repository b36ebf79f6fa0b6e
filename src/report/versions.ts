/**
 * Which report counts when a unit sent several for one period (a corrected re-issue): the
 * newest. Newest is decided by the report's own date ("ngày 14 tháng 3 năm 2024", read by
 * src/metadata/report-date.ts) as far as both reports print it — year, then month, then day —
 * and, when the dates do not decide (one is not read, or they agree as far as both go: a draft
 * dated "tháng 3 năm 2024" and a signed one dated 20/3/2024), by import time, then import order.
 * Older versions stay in the store; `--all-versions` shows them.
 */
import type { DocumentRecord } from '../store/queries.js';

export type VersionedDocument = Pick<DocumentRecord, 'id' | 'period' | 'report_date' | 'imported_at'>;

/** -1, 0 or 1 as date `a` is before, not told apart from, or after `b` (either may be partial). */
function compareReportDates(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return 0;
}

/** Negative when `a` is an older version than `b`, positive when newer; never 0 for two documents. */
export function compareVersions(a: VersionedDocument, b: VersionedDocument): number {
  return (
    compareReportDates(a.report_date, b.report_date) ||
    (a.imported_at < b.imported_at ? -1 : a.imported_at > b.imported_at ? 1 : 0) ||
    a.id - b.id
  );
}

/** The newest of several versions; the first one given wins nothing by being first. */
export function newestVersion<T extends VersionedDocument>(versions: readonly T[]): T {
  // Partial dates make the order not strictly transitive; going through in import order makes
  // the choice the same on every run.
  const inImportOrder = [...versions].sort((a, b) => a.id - b.id);
  return inImportOrder.reduce((best, v) => (compareVersions(v, best) > 0 ? v : best));
}

/** Versions from oldest to newest, the newest last (as `newestVersion` picks it). */
export function versionsInOrder<T extends VersionedDocument>(versions: readonly T[]): T[] {
  const newest = newestVersion(versions);
  const rest = versions.filter((v) => v !== newest).sort(compareVersions);
  return [...rest, newest];
}

/**
 * Groups documents by unit key and period. A document without a key or a period is a group of
 * its own: nothing says it repeats another.
 */
export function groupVersions<T extends VersionedDocument>(documents: readonly T[], keyOf: (d: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const d of documents) {
    const key = keyOf(d);
    const group = key !== null && d.period ? `${key}\u0000${d.period}` : `#${d.id}`;
    const list = groups.get(group);
    if (list) list.push(d);
    else groups.set(group, [d]);
  }
  return groups;
}

/** The documents to read: the newest of each unit and period, or all of them. */
export function currentDocuments<T extends VersionedDocument>(documents: readonly T[], keyOf: (d: T) => string | null, options: { allVersions?: boolean } = {}): T[] {
  if (options.allVersions) return [...documents];
  const newest = new Set<T>();
  for (const group of groupVersions(documents, keyOf).values()) newest.add(newestVersion(group));
  return documents.filter((d) => newest.has(d));
}
