/**
 * Mapping a document's appendix rows to canonical indicator IDs. Rows are matched in order so
 * each row's parent is already mapped when the row is scored. Two passes: the first finds which
 * template version the table follows (from the STTs of confident matches), the second uses
 * that version's STTs as a hint.
 */
import { message, type Message } from '../../parsers/ir.js';
import type { AdminLevel, AppendixRow } from '../model.js';
import type { Catalog } from './catalog.js';
import { indexCatalog, type CatalogIndex, type UserVariant } from './catalog-index.js';
import { decide, MAP_THRESHOLD, scoreRow, type Scored } from './score-row.js';
import { normaliseLabel } from './normalise-label.js';
import type { IndicatorMatch } from './types.js';

export interface MatchContext {
  catalog: Catalog;
  level: AdminLevel | null;
  userVariants?: UserVariant[];
}

export interface AppendixMatch {
  matches: IndicatorMatch[];
  templateVersion: string | null;
  messages: Message[];
}

const NO_MATCH: IndicatorMatch = { indicatorId: null, confidence: 0, method: 'none', candidates: [], reasons: ['section heading'], isGroup: false };

function matchPass(rows: AppendixRow[], ctx: MatchContext, index: CatalogIndex, template: string | null): IndicatorMatch[] {
  const matches: IndicatorMatch[] = [];
  const sttInTemplate = template ? (id: string) => index.catalog.byId.get(id)?.stt[template] : null;
  const children = childrenByParent(rows);
  let previous: string | null = null;
  for (const row of rows) {
    if (row.kind === 'section') {
      matches.push(NO_MATCH);
      previous = null;
      continue;
    }
    const parentMatchId = row.parentIndex === null ? null : (matches[row.parentIndex]?.indicatorId ?? null);
    const score = (placed: AppendixRow, parentId: string | null) => {
      const scored = weighChildren(scoreRow({ row: placed, parentMatchId: parentId, reporterLevel: ctx.level, sttInTemplate }, index), children.get(row.index) ?? [], index);
      if (row.sttPath === null) return decide(weighNeighbour(scored, previous, index), index);
      // Numbering that restarts or breaks can hang a row on the wrong parent: the outline walk
      // may then settle a tie the numbering left between entries of one name (a label printed
      // once per level), and nothing else: a wrapped row that reads half like its heading stays in review.
      const decided = decide(scored, index);
      const tied = !decided.indicatorId && scored.length > 1 && scored[0]!.score >= MAP_THRESHOLD && sameName(scored[0]!, scored[1]!, index);
      return tied ? decide(weighNeighbour(scored, previous, index), index) : decided;
    };
    let match = score(row, parentMatchId);
    const above = row.sttPath === null ? headingBetween(rows, matches, row, index) : undefined;
    const aboveId = above ? matches[above.index]!.indicatorId : null;
    if (above && aboveId && aboveId !== parentMatchId) {
      const underAbove = score({ ...row, parentIndex: above.index, parentLabels: [...above.parentLabels, above.label] }, aboveId);
      match = readUnderAbove(match, underAbove, aboveId, parentMatchId, index);
    }
    matches.push(match);
    if (match.indicatorId) previous = match.indicatorId;
  }
  return matches;
}

const catalogParents = new WeakMap<CatalogIndex, Set<string>>();

/** IDs of the catalog entries that have entries below them. */
function parentsOf(index: CatalogIndex): Set<string> {
  let parents = catalogParents.get(index);
  if (!parents) {
    parents = new Set([...index.catalog.byId.values()].flatMap((e) => (e.parent ? [e.parent] : [])));
    catalogParents.set(index, parents);
  }
  return parents;
}

/** Two candidates the catalog names alike: the same indicator at another level or under another parent. */
function sameName(a: Scored, b: Scored, index: CatalogIndex): boolean {
  const name = (s: Scored) => normaliseLabel(index.catalog.byId.get(s.indicatorId)?.name ?? '').text;
  return name(a) !== '' && name(a) === name(b);
}

/** How many rows above an unnumbered row its heading is looked for. */
const HEADING_REACH = 40;

/** The nearest row above `row` (within HEADING_REACH), below its parent row, mapped to an entry that has entries below it. */
function headingBetween(rows: AppendixRow[], matches: IndicatorMatch[], row: AppendixRow, index: CatalogIndex): AppendixRow | undefined {
  // A heading's sub-rows follow it closely: looking further back would make a long flat table quadratic.
  const floor = Math.max(row.parentIndex ?? -1, row.index - 1 - HEADING_REACH);
  for (let k = row.index - 1; k > floor; k--) {
    if (rows[k]!.kind === 'section') return undefined;
    const id = matches[k]?.indicatorId;
    if (id && parentsOf(index).has(id)) return rows[k];
  }
  return undefined;
}

/**
 * An unnumbered row read under its parent row and under the heading just above it. The heading
 * wins when the parent reading fails, or when the heading's entry is not below the parent's in
 * the catalog: the template prints an entry's sub-rows before its next sibling, so a sibling
 * printed in between has closed the parent ("Đã hoàn thành" after "UBND cấp huyện …", itself
 * after "Sở, ngành …"). Where the heading may itself sit under the parent, the two readings
 * must agree (unlessOtherParent).
 */
function readUnderAbove(match: IndicatorMatch, underAbove: IndicatorMatch, aboveId: string, parentMatchId: string | null, index: CatalogIndex): IndicatorMatch {
  if (!match.indicatorId) return underAbove.indicatorId ? withReason(underAbove, `read under the heading above it (${aboveId}); under its parent row it matched nothing`) : match;
  const closesParent = parentMatchId !== null && !(index.ancestorsOf.get(aboveId)?.includes(parentMatchId) ?? false);
  if (closesParent && underAbove.indicatorId) return withReason(underAbove, `read under the heading above it (${aboveId}), which is no sub-row of its parent row (${parentMatchId}) in the catalog`);
  return unlessOtherParent(match, underAbove, aboveId);
}

function withReason(match: IndicatorMatch, why: string): IndicatorMatch {
  return { ...match, reasons: [why, ...match.reasons] };
}

/**
 * An unnumbered row placed under a heading further up, right below a row mapped to an entry that has entries below it: in a
 * table printed without numbering either could be its parent ("Đã hoàn thành" under "Sở, ngành …"
 * or under the "UBND cấp huyện …" just above it). When the two readings give two entries, the
 * row goes to review rather than take one.
 */
function unlessOtherParent(match: IndicatorMatch, other: IndicatorMatch, otherParent: string): IndicatorMatch {
  if (!other.indicatorId || other.indicatorId === match.indicatorId) return match;
  const why = `read under its parent row it is ${match.indicatorId}, read under the row above it (${otherParent}) it is ${other.indicatorId}: the table prints no numbering to tell`;
  return { ...match, indicatorId: null, method: 'none', isGroup: false, reasons: [why, ...match.reasons] };
}

/**
 * A table printed with neither numbering nor parents ("Tổng số nhiệm vụ được giao" under
 * both "nhiệm vụ Chính phủ giao" and "nhiệm vụ UBND tỉnh giao") still follows the template's
 * order, an outline walked top-down: the next row is a child of the row mapped just above, a
 * sibling of it, or a sibling of one of its ancestors ("Tỷ lệ … mức độ 4" after the last sub-row
 * of "Tỷ lệ … mức độ 3", both under the heading of one level). Of candidates that read alike,
 * those on that path gain enough to break the tie, never enough to outweigh the label; two on
 * the path stay tied and go to review.
 */
function weighNeighbour(scored: Scored[], previous: string | null, index: CatalogIndex): Scored[] {
  if (!previous || scored.length < 2) return scored;
  const path = new Set([previous, ...(index.ancestorsOf.get(previous) ?? [])]);
  for (const s of scored) {
    const parent = index.catalog.byId.get(s.indicatorId)?.parent ?? null;
    if (parent === null || !path.has(parent)) continue;
    s.score *= 1.06;
    s.reasons.push(`it follows ${previous}, ${parent === previous ? 'its parent' : `below ${parent} in the catalog`}`);
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** Sub-rows by their parent's index, gathered once: a filter per row was quadratic (30,000 rows took minutes). */
function childrenByParent(rows: AppendixRow[]): Map<number, AppendixRow[]> {
  const children = new Map<number, AppendixRow[]>();
  for (const row of rows) {
    if (row.parentIndex === null) continue;
    const siblings = children.get(row.parentIndex);
    if (siblings) siblings.push(row);
    else children.set(row.parentIndex, [row]);
  }
  return children;
}

/**
 * Two headings can read alike ("Vận hành Cổng dịch vụ công" twice in one template) and differ
 * only in what they hold: a candidate gains a little for each sub-row whose label is one of its
 * catalog children's, enough to break a tie, never enough to outweigh the label.
 */
function weighChildren(scored: Scored[], children: AppendixRow[], index: CatalogIndex): Scored[] {
  if (children.length === 0 || scored.length < 2) return scored;
  const childParents = children.map((child) => new Set((index.exact.get(normaliseLabel(child.label).text) ?? []).map((f) => f.indicator.parent)));
  for (const s of scored) {
    const support = childParents.filter((parents) => parents.has(s.indicatorId)).length / children.length;
    if (support > 0) {
      s.score *= 1 + 0.06 * support;
      s.reasons.push(`${Math.round(support * 100)}% of its sub-rows are the entry's children in the catalog`);
    }
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** The template version whose STTs agree with most confidently matched rows (at least half). */
function detectTemplate(rows: AppendixRow[], matches: IndicatorMatch[], catalog: Catalog): string | null {
  let best: { id: string; agree: number } | null = null;
  for (const template of catalog.templates) {
    let agree = 0;
    let numbered = 0;
    rows.forEach((row, i) => {
      const id = matches[i]?.indicatorId;
      if (!id || !row.sttPath) return;
      numbered++;
      if (catalog.byId.get(id)?.stt[template.id] === row.sttPath.join('.')) agree++;
    });
    if (numbered > 0 && agree / numbered >= 0.5 && (!best || agree > best.agree)) best = { id: template.id, agree };
  }
  return best?.id ?? null;
}

export function matchAppendix(rows: AppendixRow[], ctx: MatchContext): AppendixMatch {
  const index = indexCatalog(ctx.catalog, ctx.userVariants);
  const first = matchPass(rows, ctx, index, null);
  const templateVersion = detectTemplate(rows, first, ctx.catalog);
  const matches = templateVersion ? matchPass(rows, ctx, index, templateVersion) : first;
  const messages: Message[] = [];
  rows.forEach((row, i) => {
    const m = matches[i]!;
    if (row.kind === 'indicator' && !m.indicatorId && row.value !== '') {
      messages.push(message('warning', 'row/unmatched', `row “${row.label.slice(0, 80)}” was not mapped to an indicator: ${m.reasons[0]}`, row.position));
    }
  });
  return { matches, templateVersion, messages };
}
