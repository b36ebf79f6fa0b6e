/**
 * Running headers, footers and page numbers: lines at the top or bottom of a page that belong
 * to the page, not to the report. A page number is a bare number ("3", "- 3 -", "Trang 3",
 * "3/12") that goes up with the page or is centred; a running header or footer is the same text
 * (numbers aside) at the top or bottom of several pages. A repeated table header is neither.
 */
import { asciiFold } from '../../common/vietnamese-text.js';
import { headerRole, isCaptionPart } from './header-words.js';
import type { Line } from './lines.js';
import { joinRuns } from './text.js';
import type { Units } from './types.js';

export interface PageLines {
  page: number;
  width: number;
  height: number;
  /** Lines of the page outside ruled tables, top to bottom. */
  lines: Line[];
}

const PAGE_NUMBER = /^[-–—([]?\s*(trang\s*)?(\d{1,4})(\s*(\/|tren|of)\s*\d{1,4})?\s*[-–—)\]]?$/;
/** How many lines at each end of a page may be running matter. */
const EDGE_LINES = 2;
/** Share of the page height at the top and bottom where running matter sits (PDF). */
const EDGE_ZONE = 0.15;

interface Candidate {
  page: number;
  line: Line;
  key: string;
  number: number | null;
  centred: boolean;
}

function candidates(page: PageLines, units: Units): Candidate[] {
  const { lines } = page;
  const ends = new Set<Line>([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
  const out: Candidate[] = [];
  for (const line of ends) {
    if (units.metricY && line.y > EDGE_ZONE * page.height && line.y < (1 - EDGE_ZONE) * page.height) continue;
    // A table header repeated on every page, each piece of a caption printed apart, stays.
    if (line.runs.some((r) => headerRole(r.text) !== null || isCaptionPart(r.text))) continue;
    const text = asciiFold(joinRuns(line.runs, units));
    if (text === '') continue;
    const m = PAGE_NUMBER.exec(text);
    const middle = (line.x0 + line.x1) / 2;
    out.push({
      page: page.page,
      line,
      key: text.replace(/\d+/g, '#'),
      number: m ? Number(m[3]) : null,
      centred: Math.abs(middle - page.width / 2) < 0.1 * page.width,
    });
  }
  return out;
}

/** The lines to leave out, as `page:ordinal` keys. */
export function runningMatter(pages: readonly PageLines[], units: Units): Set<string> {
  const all = pages.flatMap((p) => candidates(p, units));
  const drop = new Set<string>();
  const offsets = new Map<number, number>();
  for (const c of all) if (c.number !== null) offsets.set(c.number - c.page, (offsets.get(c.number - c.page) ?? 0) + 1);
  const pagesWithKey = new Map<string, Set<number>>();
  for (const c of all) {
    if (!pagesWithKey.has(c.key)) pagesWithKey.set(c.key, new Set());
    pagesWithKey.get(c.key)!.add(c.page);
  }
  const repeatedAt = Math.max(2, Math.ceil(0.4 * pages.length));
  for (const c of all) {
    const numbered = c.number !== null && ((offsets.get(c.number - c.page) ?? 0) >= 2 || c.centred);
    const repeated = (pagesWithKey.get(c.key)?.size ?? 0) >= repeatedAt;
    if (numbered || repeated) drop.add(`${c.page}:${c.line.ordinal}`);
  }
  return drop;
}
