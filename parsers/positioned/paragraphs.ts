/**
 * Lines outside tables → paragraphs. A line goes on the paragraph above unless something says a
 * new one starts: more space above it than between the lines of a paragraph (PDF only), a
 * change of bold or size, a list marker, a first-line indent, or a line above that ended short
 * although the first word of this one would have fitted on it.
 */
import { LIST_MARKER } from '../../common/numbering.js';
import type { Line } from './lines.js';
import type { BuiltParagraph } from './model.js';
import { allRuns, cleanRunText, joinLines, joinRuns } from './text.js';
import type { Units } from './types.js';

/** Width of the first word of a line, from its first run's width shared out over its characters. */
export function firstWordWidth(line: Line, units: Units): number {
  const run = line.runs[0]!;
  const text = run.text.trimStart();
  const word = /^\S+/.exec(text)?.[0] ?? '';
  const chars = Array.from(text).length || 1;
  return run.width > 0 ? (run.width * Array.from(word).length) / chars : Array.from(word).length * units.charWidth * run.size;
}

/** The text column of the document: where full lines end, how far apart lines of a paragraph are. */
export interface TextColumn {
  /** Right edge of full lines. */
  right: number;
  /** Distance between baselines of one paragraph, as a share of the font size. */
  pitch: number;
}

/**
 * The document's text column from all its lines outside tables: full lines are the common case
 * in prose, so the 90th percentile of line ends is the right edge; the most common distance of
 * consecutive baselines (same font size, a font size apart at least) is the line pitch.
 */
export function textColumn(pages: ReadonlyArray<readonly Line[]>, units: Units): TextColumn {
  const ends = pages.flatMap((lines) => lines.map((l) => l.x1)).sort((a, b) => a - b);
  const right = ends[Math.floor(0.9 * (ends.length - 1))] ?? 0;
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      if (Math.abs(a.size - b.size) > 0.01 * a.size || b.y <= a.y) continue;
      const ratio = Math.round(((b.y - a.y) / a.size) * 50) / 50;
      // Closer than a font size the glyphs would overlap: half-line steps of cells centred beside
      // a two-line label in a table without rules, not the pitch of a paragraph.
      if (ratio < 1) continue;
      counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
    }
  }
  let pitch = units.pitch;
  let best = 0;
  for (const [ratio, n] of counts) if (n > best || (n === best && ratio < pitch)) [pitch, best] = [ratio, n];
  return { right, pitch };
}

/** True when `next`'s first word would have fitted at the end of `line`. */
export function endsShort(line: Line, next: Line, right: number, units: Units): boolean {
  const room = right - line.x1;
  const need = (firstWordWidth(next, units) + units.wordGap * line.size) * (1 + units.widthError);
  // A layout dump pads justified lines to different lengths: only a clearly short line counts.
  const slack = units.metricY ? 0.3 * line.size : Math.max(2, 0.1 * right);
  return room - need > slack;
}

/** "2. ", "II. ", "b) " at the left edge: a numbered heading or item. */
const NUMBERED = /^(\d{1,2}(\.\d{1,2})*\.|[IVX]{1,5}\.|[a-zđ]\))\s/u;

function startsParagraph(prev: Line, line: Line, column: TextColumn, units: Units): boolean {
  if (units.metricY && line.y - prev.y > 1.2 * column.pitch * prev.size) return true;
  if (allRuns(prev.runs, 'bold') !== allRuns(line.runs, 'bold')) return true;
  if (Math.abs(prev.size - line.size) > 0.15 * prev.size) return true;
  const text = joinRuns(line.runs, units).trimStart();
  if (LIST_MARKER.test(text)) return true;
  if (NUMBERED.test(text) && line.x0 <= prev.x0 + (units.metricY ? 0.3 * line.size : 1)) return true;
  if (line.x0 - prev.x0 > (units.metricY ? 0.8 * line.size : 2)) return true;
  return endsShort(prev, line, Math.max(column.right, prev.x1), units);
}

/** The parts of a line between gaps wider than a table gutter; the line itself when it has none. */
function splitAtWideGaps(line: Line, units: Units): Line[] {
  const wide = units.metricY ? 2.5 * line.size : 4;
  const parts: Line[] = [];
  for (const run of line.runs) {
    const last = parts[parts.length - 1];
    if (last && run.x - last.x1 <= wide) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else {
      parts.push({ ...line, x0: run.x, x1: run.x + run.width, runs: [run] });
    }
  }
  return parts;
}

export function buildParagraphs(lines: readonly Line[], page: number, column: TextColumn, units: Units): BuiltParagraph[] {
  if (lines.length === 0) return [];
  const groups: Line[][] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const parts = splitAtWideGaps(line, units);
    if (parts.length > 1) {
      for (const part of parts) groups.push([part]);
      previous = null;
      continue;
    }
    if (previous === null || startsParagraph(previous, line, column, units)) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
    previous = line;
  }
  return groups.map((group) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const runs = group.flatMap((l) => l.runs);
    const text = cleanRunText(joinLines(group.map((l) => joinRuns(l.runs, units))));
    const full = column.right - last.x1 < (units.metricY ? 2 * last.size : 3);
    return {
      kind: 'paragraph' as const,
      page,
      line: first.ordinal,
      top: first.y - first.size,
      bottom: last.y,
      text,
      bold: allRuns(runs, 'bold'),
      runsOn: full && !/[.:;!?…]$/.test(text),
      x0: first.x0,
      size: first.size,
    };
  });
}
