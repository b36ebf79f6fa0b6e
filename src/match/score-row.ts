/**
 * Scoring every plausible catalog entry for one appendix row: label similarity first (exact,
 * variant, newer wording, then IDF-weighted fuzzy), weighed by context: the area, what the
 * parent row was mapped to, the level the row speaks of, and the STT as a mere hint.
 */
import type { AdminLevel, AppendixRow } from '../model.js';
import type { CatalogForm, CatalogIndex } from './catalog-index.js';
import { levelsCompatible, levelsOfText } from './level.js';
import { normaliseLabel } from './normalise-label.js';
import { tokenSet, weightedDice, type TokenSet } from './similarity.js';
import type { IndicatorMatch, MatchMethod } from './types.js';

export interface RowContext {
  row: AppendixRow;
  /** What the row's parent row was mapped to (null: no parent row, or it is unmapped). */
  parentMatchId: string | null;
  reporterLevel: AdminLevel | null;
  /** STT of each entry in the template version this document follows, when known. */
  sttInTemplate: ((indicatorId: string) => string | undefined) | null;
}

export interface Scored {
  indicatorId: string;
  score: number;
  method: MatchMethod;
  reasons: string[];
}

interface RowForm {
  text: string;
  tokens: TokenSet;
  isNewerWording: boolean;
}

/** The row's label as printed, its newer wording, and its first clause when remarks follow " - ". */
function rowForms(label: string): RowForm[] {
  const n = normaliseLabel(label);
  const texts: Array<[string, boolean]> = [[n.text, false]];
  if (n.newerWording) texts.push([n.newerWording, true]);
  const firstClause = n.text.split(/ - |\. (?=trong đó)|: /)[0]!;
  if (firstClause !== n.text && firstClause.length >= 8) texts.push([firstClause, false]);
  return texts.map(([text, isNewerWording]) => ({ text, tokens: tokenSet(text), isNewerWording }));
}

function methodOf(form: CatalogForm, row: RowForm): MatchMethod {
  if (form.source === 'user') return 'user';
  if (row.isNewerWording) return 'newer-wording';
  return form.source === 'name' ? 'exact' : 'variant';
}

/** Share of the entry's token weight found in the row: the row adds remarks to a known label. */
function containment(row: TokenSet, entry: TokenSet, index: CatalogIndex): number {
  if (entry.tokens.length < 2) return 0;
  const rowTokens = new Set(row.tokens);
  let found = 0;
  let total = 0;
  for (const t of entry.tokens) {
    const w = index.idf.weight(t);
    total += w;
    if (rowTokens.has(t)) found += w;
  }
  return total === 0 ? 0 : found / total;
}

function labelScores(forms: RowForm[], area: number | null, index: CatalogIndex): Map<string, Scored> {
  const best = new Map<string, Scored>();
  const keep = (id: string, score: number, method: MatchMethod, reason: string) => {
    const current = best.get(id);
    if (!current || score > current.score) best.set(id, { indicatorId: id, score, method, reasons: [reason] });
  };
  for (const form of forms) {
    for (const hit of index.exact.get(form.text) ?? []) {
      // A renamed row is the indicator of its newer wording when the two wordings part ways.
      const score = form.isNewerWording ? 1 : 0.94;
      keep(hit.indicator.id, score, methodOf(hit, form), `label ${form.isNewerWording ? '(newer wording) ' : ''}equals the catalog ${hit.source} “${hit.text}”`);
    }
  }
  if (best.size > 0) return best;
  const pool = area === null ? [...index.formsByArea.values()].flat() : (index.formsByArea.get(area) ?? []);
  for (const form of forms) {
    for (const entry of pool) {
      const dice = weightedDice(form.tokens, entry.tokens, index.idf);
      const contained = containment(form.tokens, entry.tokens, index);
      const score = Math.max(dice, contained === 1 ? 0.8 : 0);
      if (score >= 0.45) keep(entry.indicator.id, score, 'fuzzy', `label is ${(score * 100).toFixed(0)}% similar to “${entry.text}”${contained === 1 ? ' (contains it)' : ''}`);
    }
  }
  return best;
}

function parentFactor(candidateId: string, ctx: RowContext, index: CatalogIndex): [number, string] {
  const catalogParent = index.catalog.byId.get(candidateId)?.parent ?? null;
  const { parentMatchId, row } = ctx;
  if (parentMatchId && catalogParent === parentMatchId) return [1, `its parent row is mapped to ${parentMatchId}, the catalog parent`];
  if (parentMatchId && index.ancestorsOf.get(candidateId)?.includes(parentMatchId)) return [0.97, `its parent row ${parentMatchId} is an ancestor in the catalog`];
  if (parentMatchId && catalogParent && index.ancestorsOf.get(parentMatchId)?.includes(catalogParent)) return [0.93, 'its parent row sits below the catalog parent'];
  // A generic label ("Cấp tỉnh", "Đã thực hiện") means nothing without its parent; a long,
  // specific one keeps its meaning when a template files it under another heading.
  const specific = tokenSet(normaliseLabel(row.label).text).tokens.length >= 5;
  if (parentMatchId) return [catalogParent === null ? 0.9 : specific ? 0.88 : 0.75, `its parent row is mapped to ${parentMatchId}, not to the catalog parent ${catalogParent ?? '(none)'}`];
  if (row.parentIndex === null) return [catalogParent === null ? 1 : 0.92, 'the row has no parent row'];
  return [0.92, 'its parent row is not mapped'];
}

function levelFactor(candidateId: string, ctx: RowContext, index: CatalogIndex): [number, string] {
  const level = index.levelOf.get(candidateId) ?? null;
  if (!level) return [1, ''];
  const named = (levels: AdminLevel[], source: string): [number, string] | null => {
    if (levels.length === 0) return null;
    if (levels.includes(level)) return [1, `${source} names level ${level}`];
    if (levels.some((l) => levelsCompatible(l, level))) return [0.9, `${source} names level ${levels.join('/')}, close to the entry's ${level}`];
    return [0.6, `${source} names level ${levels.join('/')}, the entry is ${level}`];
  };
  const fromLabel = named(levelsOfText(ctx.row.label), 'the label');
  if (fromLabel) return fromLabel;
  const nearestParent = [...ctx.row.parentLabels].reverse().map(levelsOfText).find((l) => l.length > 0);
  const fromParent = nearestParent ? named(nearestParent, 'a parent row') : null;
  if (fromParent) return fromParent;
  // The reporter's own level only tells apart rows that say nothing: a weak hint, and only where
  // the row's context is whole. An entry under a group needs the row's parent mapped to that very
  // group: a row read with no parent, or under a heading further up (a table printed without
  // numbering), has lost what named its level, and the reporter's level would only guess it.
  const catalogParent = index.catalog.byId.get(candidateId)?.parent ?? null;
  const reporter = catalogParent === null || ctx.parentMatchId === catalogParent ? ctx.reporterLevel : null;
  if (!reporter || reporter === 'tinh') return [0.95, 'no level is named'];
  if (reporter === level) return [1, `the reporting unit is at level ${level}`];
  return levelsCompatible(reporter, level) ? [0.95, `the reporting unit is at level ${reporter}, close to ${level}`] : [0.88, `the reporting unit is at level ${reporter}, the entry is ${level}`];
}

/** Rate ("Tỷ lệ ...") or count ("Số ...", "Tổng số ..."): what a label's head says it measures. */
function measureOf(foldedLabel: string): 'rate' | 'count' | null {
  if (/^tỷ lệ(?=\s|$)/.test(foldedLabel)) return 'rate';
  if (/^(tổng số|số lượng|số)(?=\s|$)/.test(foldedLabel)) return 'count';
  return null;
}

/**
 * A fuzzy match may not turn a rate into a count: "Tỷ lệ TTHC ... một phần" differs from "Số
 * TTHC ... một phần" by its head word only, and is another indicator.
 */
function measureFactor(s: Scored, ctx: RowContext, index: CatalogIndex): [number, string] {
  if (s.method !== 'fuzzy') return [1, ''];
  const entry = index.catalog.byId.get(s.indicatorId);
  const rowMeasure = measureOf(normaliseLabel(ctx.row.label).text);
  const entryMeasure = entry ? measureOf(normaliseLabel(entry.name).text) : null;
  if (!rowMeasure || !entryMeasure || rowMeasure === entryMeasure) return [1, ''];
  return [0.6, `the label names a ${rowMeasure}, the entry a ${entryMeasure}`];
}

/**
 * A percentage entry cannot hold a row that counts things: the unit cell names what is counted
 * ("Quyết định", "Hồ sơ") and no "%" is printed anywhere in the row.
 */
function unitFactor(s: Scored, ctx: RowContext, index: CatalogIndex): [number, string] {
  const entry = index.catalog.byId.get(s.indicatorId);
  const { unit, value, note } = ctx.row;
  if (entry?.valueType !== 'percent' || unit === '' || /%/.test(`${unit} ${value} ${note}`) || /=/.test(unit)) return [1, ''];
  if (!/\p{L}/u.test(unit)) return [1, ''];
  return [0.6, `the row counts “${unit}” and prints no %, the entry is a percentage`];
}

function sttFactor(candidateId: string, ctx: RowContext): [number, string] {
  const stt = ctx.sttInTemplate?.(candidateId);
  if (!stt || !ctx.row.sttPath) return [1, ''];
  return stt === ctx.row.sttPath.join('.') ? [1.05, `STT ${stt} agrees with the template`] : [1, ''];
}

/**
 * Label scores by area and label, per catalog index: the template's labels come back in every
 * report of an archive, and the fuzzy pass compares each with a whole area of the catalog. Kept
 * bounded, and copied out, since the context factors below change them.
 */
const labelScoreCache = new WeakMap<CatalogIndex, Map<string, Scored[]>>();
const LABEL_SCORE_CACHE_LIMIT = 20_000;

function cachedLabelScores(label: string, area: number | null, index: CatalogIndex): Scored[] {
  let cache = labelScoreCache.get(index);
  if (!cache) labelScoreCache.set(index, (cache = new Map()));
  const key = `${area ?? ''}\u0000${label}`;
  let scores = cache.get(key);
  if (!scores) {
    scores = [...labelScores(rowForms(label), area, index).values()];
    if (cache.size >= LABEL_SCORE_CACHE_LIMIT) cache.clear();
    cache.set(key, scores);
  }
  return scores.map((s) => ({ ...s, reasons: [...s.reasons] }));
}

export function scoreRow(ctx: RowContext, index: CatalogIndex): Scored[] {
  const scored = cachedLabelScores(ctx.row.label, ctx.row.area, index);
  for (const s of scored) {
    const areaOk = ctx.row.area === null || index.catalog.byId.get(s.indicatorId)?.area === ctx.row.area;
    // Templates move a few rows between areas; an exact wording outweighs that.
    const parent = parentFactor(s.indicatorId, ctx, index);
    // A parent mapped elsewhere already says the row sits in another part of the template.
    const crossArea: [number, string] = parent[0] < 0.9 ? [1, 'the entry is in another area'] : [s.method === 'fuzzy' ? 0.7 : 0.9, 'the entry is in another area'];
    const factors = [parent, levelFactor(s.indicatorId, ctx, index), measureFactor(s, ctx, index), unitFactor(s, ctx, index), sttFactor(s.indicatorId, ctx), areaOk ? ([1, ''] as [number, string]) : crossArea];
    for (const [factor, reason] of factors) {
      s.score *= factor;
      if (reason) s.reasons.push(reason);
    }
  }
  return scored.sort((a, b) => b.score - a.score);
}

export const MAP_THRESHOLD = 0.8;
const MIN_MARGIN = 0.04;

/** Mapped only when good enough and clearly better than the next candidate; else to review. */
export function decide(scored: Scored[], index: CatalogIndex): IndicatorMatch {
  const [first, second] = scored;
  const candidates = scored.slice(0, 5).map((s) => ({ indicatorId: s.indicatorId, score: Number(s.score.toFixed(3)) }));
  if (!first) return { indicatorId: null, confidence: 0, method: 'none', candidates, reasons: ['no catalog entry is similar enough'], isGroup: false };
  const margin = first.score - (second?.score ?? 0);
  // Scores may pass 1 (the STT hint breaks ties between exact matches); confidence may not.
  const confidence = Number(Math.min(1, Math.max(0, first.score - Math.max(0, 0.1 - margin))).toFixed(3));
  if (first.score < MAP_THRESHOLD || margin < MIN_MARGIN) {
    const why = first.score < MAP_THRESHOLD ? `best score ${first.score.toFixed(2)} is below ${MAP_THRESHOLD}` : `${first.indicatorId} and ${second!.indicatorId} are too close to tell apart`;
    return { indicatorId: null, confidence, method: 'none', candidates, reasons: [why, ...first.reasons], isGroup: false };
  }
  const isGroup = index.catalog.byId.get(first.indicatorId)?.valueType === 'group';
  return { indicatorId: first.indicatorId, confidence, method: first.method, candidates, reasons: first.reasons, isGroup };
}
