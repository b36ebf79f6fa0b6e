/**
 * Step 2 of recognition: sections and parents.
 *
 * Numbering cannot be trusted on its own (it restarts per area or per form, has gaps, and is
 * sometimes duplicated: `1.1.1.` printed under `1.2.`), so a numbered row hangs under the
 * deepest open row whose STT is a prefix of its own, and failing that under the open row one
 * level shallower. Rows without STT ("- ...", "+ ...", rows after "Trong đó") hang under the
 * nearest numbered row; a bold row without STT and without a value is a sub-heading that the
 * following numbered rows of the same level hang under.
 */
import { areaOfHeading, areaOfRoman } from '../../common/areas.js';
import { isTrongDoMarker, parseSttPath } from '../../common/numbering.js';
import { newOutline, outlinePath } from './outline.js';
import { message, type Message } from '../../parsers/ir.js';
import type { AppendixRow, AreaNumber } from '../model.js';
import type { RawRow } from './raw-rows.js';

interface OpenRow {
  index: number;
  /** Numbered rows: STT length; sub-headings sit half a level below their parent. */
  depth: number;
  sttPath: number[] | null;
}

const ITEM_MARKER = /^([-–—+•*]|\+)\s*/;
const TRONG_DO_PREFIX = /^trong đó\s*[:,]?\s*/i;

function stripItemMarker(label: string): { label: string; marker: string } {
  const m = ITEM_MARKER.exec(label);
  return m ? { label: label.slice(m[0].length).trim(), marker: m[1]! } : { label, marker: '' };
}

function isPrefix(prefix: number[], path: number[]): boolean {
  return prefix.length < path.length && prefix.every((n, i) => path[i] === n);
}

/** An area heading: names an area, carries no figure, and is not numbered below the top level. */
function headingArea(raw: RawRow, label: string): AreaNumber | null {
  if (raw.value !== '') return null;
  const roman = areaOfRoman(raw.stt);
  const path = parseSttPath(raw.stt);
  if (!roman && path && path.length > 1) return null;
  if (!roman && !path && raw.stt !== '') return null;
  // A bold roman row that names no area ("III. Kiểm tra CCHC" under I./1./a) numbering) is no area heading.
  return areaOfHeading(label);
}

export function buildHierarchy(raws: RawRow[]): { rows: AppendixRow[]; messages: Message[] } {
  const rows: AppendixRow[] = [];
  const messages: Message[] = [];
  let stack: OpenRow[] = [];
  let area: AreaNumber | null = null;
  let sectionTitle = '';
  let form: number | null = null;
  /** Latest "- " row under the current numbered row: "+ " rows hang under it. */
  let lastDash: number | null = null;
  let outline = newOutline();

  for (const raw of raws) {
    if (raw.form !== form) {
      form = raw.form;
      stack = [];
      lastDash = null;
      area = raw.formArea;
      sectionTitle = '';
      outline = newOutline();
    }
    const { label, marker } = stripItemMarker(raw.label.replace(TRONG_DO_PREFIX, ''));
    const index = rows.length;
    const sttPath = parseSttPath(raw.stt);
    const base = { index, stt: raw.stt, sttPath, label, unit: raw.unit, value: raw.value, note: raw.note, bold: raw.bold, form: raw.form, valueColumn: raw.valueColumn, valueRole: raw.valueRole, otherValues: raw.otherValues, withheld: raw.withheld, position: raw.position, ...(raw.ocrRead ? { ocrRead: raw.ocrRead } : {}) };

    const sectionArea = marker === '' ? headingArea(raw, label) : null;
    if (sectionArea !== null) {
      area = sectionArea;
      sectionTitle = label;
      stack = [];
      lastDash = null;
      outline = newOutline();
      rows.push({ ...base, kind: 'section', area, sectionTitle, parentIndex: null, parentLabels: [] });
      continue;
    }

    let parent: OpenRow | undefined;
    // Parents are found on the outline path: the printed one, or for "I. / 1. / a)" numbering the levels the schemes take.
    const path = outlinePath(outline, raw.stt);
    if (path) {
      parent = numberedParent(stack, path);
      if (parent?.sttPath && !isPrefix(parent.sttPath, path)) {
        messages.push(message('info', 'row/stt-out-of-sequence', `STT ${raw.stt} does not continue the numbering above it; placed by its depth`, raw.position));
      }
      stack = stack.filter((o) => o.depth < path.length && (!parent || o.depth <= parent.depth));
      stack.push({ index, depth: path.length, sttPath: path });
      lastDash = null;
    } else if (raw.bold && raw.value === '' && marker === '' && !isTrongDoMarker(raw.stt)) {
      // An unnumbered bold sub-heading groups the numbered rows that follow; a second one
      // closes the first (they are siblings under the same numbered row).
      const previousHeading = stack.findLastIndex((o) => o.sttPath === null);
      if (previousHeading >= 0) stack = stack.slice(0, previousHeading);
      parent = stack[stack.length - 1];
      stack.push({ index, depth: (parent?.depth ?? 0) + 0.5, sttPath: null });
      lastDash = null;
    } else {
      parent = marker === '+' && lastDash !== null ? { index: lastDash, depth: 0, sttPath: null } : stack[stack.length - 1];
      if (marker !== '+') lastDash = index;
    }

    const parentIndex = parent?.index ?? null;
    const parentLabels = parentIndex === null ? [] : [...rows[parentIndex]!.parentLabels, rows[parentIndex]!.label];
    rows.push({ ...base, kind: 'indicator', area: area ?? raw.formArea, sectionTitle, parentIndex, parentLabels });
  }
  return { rows, messages };
}

/**
 * The parent of a numbered row: the deepest open row whose STT is a prefix of this one, or,
 * when the numbering is broken, the deepest open row shallower than this one.
 */
function numberedParent(stack: OpenRow[], sttPath: number[]): OpenRow | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!;
    if (open.sttPath && isPrefix(open.sttPath, sttPath)) {
      // A sub-heading opened after the prefix row groups this row too.
      const after = stack.slice(i + 1).filter((o) => o.sttPath === null);
      return after[after.length - 1] ?? open;
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.depth < sttPath.length) return stack[i];
  return undefined;
}
