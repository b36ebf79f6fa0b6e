/**
 * The number Word shows before an automatically numbered paragraph (ECMA-376 Part 1 §17.9): an
 * STT column typed as a numbered list has its "1.", "1.2." or "a)" only here, never in the text.
 *
 * Counting follows what Word does rather than the letter of the spec: instances (`w:num`) of one
 * list template share its counters, so a list split by a table or by other paragraphs goes on
 * counting; an instance with a start override begins its own count. A level counts up each time
 * a paragraph of that level is met; the levels below it start again (unless `w:lvlRestart` says
 * otherwise). Numbers are counted in document order, table cells included, since the body and
 * table readers visit paragraphs in that order.
 */
import { reportOnce, type ReadContext } from './context.js';
import { bulletGlyph, formatNumber } from './number-format.js';
import type { NumberingDefinitions, NumberingLevel } from './numbering.js';
import { readNumPr, styleNumPr, type NumPr } from './styles.js';
import type { XmlElement } from './xml.js';

const LEVELS = 9;
/** A numStyleLink points at a style whose list may itself be a link: followed this far, no further. */
const MAX_LINKS = 4;

export interface ListCounters {
  /** Per counter key (a template, or an instance with a start override), the last number of each level. */
  counts: Map<string, (number | undefined)[]>;
}

export interface ListNumber {
  /** The number as shown, followed by what separates it from the text (a tab, a space or nothing). */
  text: string;
  level: NumberingLevel;
}

interface ResolvedList {
  key: string;
  levels: (NumberingLevel | undefined)[];
  starts: (number | undefined)[];
}

/** The paragraph's numbering: its own `w:numPr`, what it leaves out taken from its paragraph style. */
function paragraphNumPr(pPr: XmlElement | undefined, context: ReadContext, paragraphStyle: string | undefined): NumPr {
  const own = readNumPr(pPr);
  const fromStyle = styleNumPr(context.styles, paragraphStyle);
  return { numId: own.numId ?? fromStyle.numId, ilvl: own.ilvl ?? fromStyle.ilvl };
}

/** The levels an instance shows, its overrides applied, following numbering-style links. */
function resolveList(numId: string, numbering: NumberingDefinitions, context: ReadContext): ResolvedList | undefined {
  let instance = numbering.instances.get(numId);
  let abstract = instance ? numbering.abstracts.get(instance.abstractId) : undefined;
  for (let hops = 0; abstract?.numStyleLink && hops < MAX_LINKS; hops++) {
    const linked = styleNumPr(context.styles, abstract.numStyleLink).numId;
    const linkedInstance = linked ? numbering.instances.get(linked) : undefined;
    abstract = linkedInstance ? numbering.abstracts.get(linkedInstance.abstractId) : undefined;
  }
  if (!instance || !abstract) return undefined;
  const levels = [...abstract.levels];
  const starts: (number | undefined)[] = [];
  let restarts = false;
  for (const [ilvl, override] of instance.overrides) {
    if (override.level) levels[ilvl] = override.level;
    if (override.start !== undefined) {
      starts[ilvl] = override.start;
      restarts = true;
    }
  }
  return { key: restarts ? `num ${numId}` : `abstract ${instance.abstractId}`, levels, starts };
}

function startOf(list: ResolvedList, ilvl: number): number {
  return list.starts[ilvl] ?? list.levels[ilvl]?.start ?? 0;
}

/** Counts the paragraph at `ilvl` and starts again the levels below it that restart after it. */
function count(list: ResolvedList, counters: ListCounters, ilvl: number): (number | undefined)[] {
  const counts = counters.counts.get(list.key) ?? new Array<number | undefined>(LEVELS).fill(undefined);
  counters.counts.set(list.key, counts);
  counts[ilvl] = counts[ilvl] === undefined ? startOf(list, ilvl) : counts[ilvl]! + 1;
  for (let below = ilvl + 1; below < LEVELS; below++) {
    // lvlRestart n (one-based): start again only after level n or one above it; 0: never.
    const restart = list.levels[below]?.restart;
    if (restart === undefined || (restart > 0 && ilvl < restart)) counts[below] = undefined;
  }
  return counts;
}

/** lvlText with each %n replaced by level n's number in its format (decimal under isLgl). */
function levelText(level: NumberingLevel, list: ResolvedList, counts: (number | undefined)[], context: ReadContext): string {
  if (level.numFmt === 'bullet') return bulletGlyph(level.lvlText, level.font, level.picture);
  return level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
    const ilvl = Number(digit) - 1;
    const n = counts[ilvl] ?? startOf(list, ilvl);
    const numFmt = level.legal ? 'decimal' : (list.levels[ilvl]?.numFmt ?? 'decimal');
    const shown = formatNumber(n, numFmt);
    if (shown !== undefined) return shown;
    reportOnce(context, 'info', 'docx/number-format', numFmt, `automatic numbers in the format "${numFmt}" are shown as decimal numbers`);
    return String(n);
  });
}

/**
 * The number of a paragraph with automatic numbering, counted; undefined for a paragraph
 * without (numId 0 switches a style's numbering off, §17.9.19).
 */
export function listNumber(pPr: XmlElement | undefined, context: ReadContext, paragraphStyle: string | undefined): ListNumber | undefined {
  const numPr = paragraphNumPr(pPr, context, paragraphStyle);
  if (numPr.numId === undefined || numPr.numId === '0') return undefined;
  const list = resolveList(numPr.numId, context.numbering, context);
  const ilvl = Math.min(Math.max(numPr.ilvl ?? 0, 0), LEVELS - 1);
  const level = list?.levels[ilvl];
  if (!list || !level) {
    reportOnce(context, 'warning', 'docx/numbering-missing', `${numPr.numId} ${ilvl}`, `a paragraph is numbered by list ${numPr.numId} level ${ilvl}, which the document does not define: its number is not read`);
    return undefined;
  }
  const counts = count(list, context.listCounters, ilvl);
  return { text: levelText(level, list, counts, context) + level.suffix, level };
}
