/**
 * Which report counts when a unit sent several for one period (a corrected re-issue): the
 * newest. Newest is decided by the report's own date ("ngày 14 tháng 3 năm 2024", read by
 * src/metadata/report-date.ts) as far as both reports print it — year, then month, then day —
 * and, when the dates do not decide (one is not read, or they agree as far as both go: a draft
 * dated "tháng 3 năm 2024" and a signed one dated 20/3/2024), by import time, then import order.
 * Older versions stay in the store; `--all-versions` shows them. Which version is read by default
 * is `decideVersions` below, stored by the import (src/store/current-versions.ts).
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

/*
 * Which document of a unit and period is current (issue #13). A report is a unit, a period and
 * its figures, not a file: the same report as .txt, .docx and .pdf is one report with three
 * sources. The rule, in order:
 * 1. A document with no figures (a cover letter, a prose-only revision) never wins over one with
 *    figures; it is current only when no document of its unit and period has any.
 * 2. Documents whose figure sets agree form one report: the same multiset of (indicator, value
 *    role, value), or one a subset of the other (a format that lost a row). Two documents of
 *    different formats whose report dates are not told apart and which share at least 90 % of the
 *    smaller one's figures are one report too (a cell misread in one format); two files of one
 *    format that differ are a re-issue, never a copy.
 * 3. Of the reports, the newest (its first source by `compareVersions`: report date, then import
 *    time) is current; a copy of an older report imported later does not make it newer.
 * 4. The report's current source is its most complete one (most figures); on a tie DOCX before
 *    text before PDF — DOCX cells are read as Word stores them, a text dump is usually made from
 *    one of the other two, a PDF's table is rebuilt from glyph positions — then the first imported,
 *    so that importing an equal copy of the same format never moves the flag.
 * Where the sources of one report disagree (a figure in one and not the other, another value for
 * an indicator) the disagreement is a warning on the report (`report/sources-disagree`).
 */

/** A document with its figures, each as `figureKey` gives it. */
export interface VersionCandidate extends VersionedDocument {
  source_file: string;
  format: string | null;
  figures: readonly string[];
}

/** One figure as the rule compares it: indicator, value role and normalised value. */
export function figureKey(indicatorId: string, role: string, value: string): string {
  return `${indicatorId}\u0000${role}\u0000${value}`;
}

export type CurrentReason = 'only-report' | 'newest-report' | 'most-complete-source' | 'no-figures-anywhere' | 'replaced' | 'other-source' | 'no-figures';

export interface VersionDecision {
  id: number;
  current: boolean;
  reason: CurrentReason;
  /** Why, in words: "newest report (by report date); replaces document 3". */
  why: string;
  /** The current source of the report this document is another source of; null for that source itself. */
  sameReportAs: number | null;
}

export interface SourceDisagreement {
  /** The report's current source and the other source. */
  documents: [number, number];
  indicatorId: string;
  role: string;
  message: string;
}

const FORMAT_RANK: Readonly<Record<string, number>> = { docx: 0, text: 1, pdf: 2 };
const NEAR_SHARE = 0.9;

function countsOf(figures: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/** Figures of `a` and `b` in common, as multisets. */
function shared(a: readonly string[], b: readonly string[]): number {
  const counts = countsOf(b);
  let n = 0;
  for (const f of a) {
    const left = counts.get(f) ?? 0;
    if (left > 0) {
      n++;
      counts.set(f, left - 1);
    }
  }
  return n;
}

/**
 * Whether two documents with figures are one report in two sources (rule 2). Two documents given
 * one figure array (src/store/version-cache.ts hands identical figure sets as one) share all of it.
 */
export function sameReport(a: VersionCandidate, b: VersionCandidate): boolean {
  if (a.figures === b.figures) return a.figures.length > 0;
  const common = shared(a.figures, b.figures);
  const smaller = Math.min(a.figures.length, b.figures.length);
  if (smaller === 0) return false;
  if (common === smaller) return true;
  const otherFormat = a.format !== null && b.format !== null && a.format !== b.format;
  return otherFormat && compareReportDates(a.report_date, b.report_date) === 0 && common >= NEAR_SHARE * smaller;
}

/** Most figures, then DOCX, text, PDF, then the first imported (rule 4). */
function moreComplete(a: VersionCandidate, b: VersionCandidate): number {
  return b.figures.length - a.figures.length || (FORMAT_RANK[a.format ?? ''] ?? 3) - (FORMAT_RANK[b.format ?? ''] ?? 3) || a.id - b.id;
}

const byWhat = (a: VersionedDocument, b: VersionedDocument) => (compareReportDates(a.report_date, b.report_date) !== 0 ? 'report date' : 'import time');

/**
 * The decision for each document of one unit and period (documents without a unit or period
 * are each alone: pass them one at a time), and the disagreements between sources of a report.
 */
export function decideVersions(documents: readonly VersionCandidate[]): { decisions: VersionDecision[]; disagreements: SourceDisagreement[] } {
  const ordered = versionsInOrder(documents);
  const reports: VersionCandidate[][] = [];
  // Each report's most complete source so far (the first of it sorted by moreComplete, a total
  // order), kept as sources join rather than sorted again for each: a unit and period with
  // hundreds of copies made this quadratic in every save.
  const best: VersionCandidate[] = [];
  for (const d of ordered.filter((x) => x.figures.length > 0)) {
    const joins = best.findIndex((b) => sameReport(b, d));
    if (joins < 0) {
      reports.push([d]);
      best.push(d);
      continue;
    }
    reports[joins]!.push(d);
    if (moreComplete(d, best[joins]!) < 0) best[joins] = d;
  }
  const decisions = new Map<number, VersionDecision>();
  const empty = ordered.filter((d) => d.figures.length === 0);
  const disagreements: SourceDisagreement[] = [];
  if (reports.length === 0) {
    const newest = ordered[ordered.length - 1]!;
    for (const d of ordered) {
      decisions.set(d.id, d === newest
        ? { id: d.id, current: true, reason: ordered.length === 1 ? 'only-report' : 'no-figures-anywhere', why: ordered.length === 1 ? 'only document for its unit and period' : 'no document of its unit and period has figures; the newest', sameReportAs: null }
        : { id: d.id, current: false, reason: 'replaced', why: `replaced by document ${newest.id}, newer (by ${byWhat(d, newest)}); none has figures`, sameReportAs: null });
    }
  } else {
    const currentReport = reports[reports.length - 1]!;
    const source = best[best.length - 1]!;
    for (const [r, report] of reports.entries()) {
      const chosen = best[r]!;
      for (const d of report) {
        if (d !== chosen) {
          decisions.set(d.id, { id: d.id, current: false, reason: 'other-source', why: `same report as document ${chosen.id} (${chosen.source_file}), which has ${d.figures.length === chosen.figures.length ? 'the same figures' : 'more figures'}: another source`, sameReportAs: chosen.id });
          disagreements.push(...disagreementsOf(chosen, d));
        } else if (report !== currentReport) {
          decisions.set(d.id, { id: d.id, current: false, reason: 'replaced', why: `replaced by document ${source.id} (${source.source_file}), a newer report (by ${byWhat(report[0]!, currentReport[0]!)})`, sameReportAs: null });
        }
      }
    }
    const older = best.slice(0, -1).map((b) => b.id);
    const parts = [
      currentReport.length > 1 ? `most complete of ${currentReport.length} sources of the report` : reports.length > 1 ? '' : empty.length === 0 ? 'only report for its unit and period' : 'only report with figures',
      older.length > 0 ? `newest report (by ${byWhat(reports[reports.length - 2]![0]!, currentReport[0]!)}); replaces document ${older.join(', ')}` : '',
      empty.length > 0 ? `documents without figures (${empty.map((e) => e.id).join(', ')}) do not replace it` : '',
    ].filter(Boolean);
    const reason: CurrentReason = older.length > 0 ? 'newest-report' : currentReport.length > 1 ? 'most-complete-source' : 'only-report';
    decisions.set(source.id, { id: source.id, current: true, reason, why: parts.join('; '), sameReportAs: null });
    for (const d of empty) {
      decisions.set(d.id, { id: d.id, current: false, reason: 'no-figures', why: `has no figures: does not replace document ${source.id} (${source.source_file})`, sameReportAs: null });
    }
  }
  return { decisions: documents.map((d) => decisions.get(d.id)!), disagreements };
}

/** Values of each (indicator, role) in a document, as multiset keys. */
function valuesByIndicator(figures: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of figures) {
    const [id, role, value] = f.split('\u0000') as [string, string, string];
    const key = `${id}\u0000${role}`;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

/** Each indicator whose values differ between two sources of one report, named with both. */
function disagreementsOf(a: VersionCandidate, b: VersionCandidate): SourceDisagreement[] {
  if (a.figures === b.figures) return [];
  const inA = valuesByIndicator(a.figures);
  const inB = valuesByIndicator(b.figures);
  const found: SourceDisagreement[] = [];
  for (const key of new Set([...inA.keys(), ...inB.keys()])) {
    const va = (inA.get(key) ?? []).sort();
    const vb = (inB.get(key) ?? []).sort();
    if (va.join('\u0001') === vb.join('\u0001')) continue;
    const [indicatorId, role] = key.split('\u0000') as [string, string];
    const shown = (values: string[]) => (values.length === 0 ? 'missing' : values.map((v) => (v === '' ? '(empty)' : v)).join(' | '));
    const what = role === 'actual' ? indicatorId : `${indicatorId} (${role})`;
    found.push({
      documents: [a.id, b.id],
      indicatorId,
      role,
      message: `${what}: ${shown(va)} in document ${a.id} (${a.source_file}), ${shown(vb)} in document ${b.id} (${b.source_file})`,
    });
  }
  return found;
}
