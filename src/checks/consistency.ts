/**
 * Consistency checks on a document's figures, recorded as warnings with positions, never as
 * failures: the figure as printed is what the report says, and an analyst decides.
 * - a sub-row count larger than its parent's total;
 * - a rate that disagrees with the two counts printed under it ("Tổng số ..." and a part of it);
 * - a completed or handled count above the assigned or found count beside it.
 */
import { message, type Message } from '../../parsers/ir.js';
import { foldText } from '../../common/vietnamese-text.js';
import type { ProcessedRow } from '../pipeline/types.js';

/** How far a printed rate may stray from the one its counts give: rounding and truncation. */
const RATE_TOLERANCE = 1;

const TOTAL = /^(tổng số|tổng)\s/;
const ASSIGNED = /(đề ra|được giao|phát hiện|cần phải xử lý|đã tiếp nhận|đủ điều kiện)/;
const DONE = /(đã hoàn thành|hoàn thành đúng hạn|xử lý xong|giải quyết xong|giải quyết đúng hạn)/;

function isCount(r: ProcessedRow): boolean {
  return r.value.kind === 'number' && r.value.number !== null;
}

function label(r: ProcessedRow): string {
  return foldText(r.row.label);
}

function childrenByParent(rows: ProcessedRow[]): Map<number, ProcessedRow[]> {
  const children = new Map<number, ProcessedRow[]>();
  for (const r of rows) {
    if (r.row.parentIndex === null) continue;
    children.set(r.row.parentIndex, [...(children.get(r.row.parentIndex) ?? []), r]);
  }
  return children;
}

function checkChildNotAboveParent(parent: ProcessedRow, children: ProcessedRow[], out: Message[]): void {
  if (!isCount(parent) || !TOTAL.test(label(parent))) return;
  for (const child of children) {
    if (isCount(child) && child.value.number! > parent.value.number!) {
      out.push(message('warning', 'check/part-exceeds-total', `“${child.row.label}” (${child.row.value}) is larger than the total above it, “${parent.row.label}” (${parent.row.value})`, child.row.position));
    }
  }
}

function checkRate(parent: ProcessedRow, children: ProcessedRow[], out: Message[]): void {
  if (parent.value.kind !== 'percent' || parent.value.number === null) return;
  const counts = children.filter(isCount);
  if (counts.length !== 2) return;
  const whole = counts.find((c) => TOTAL.test(label(c)));
  const part = counts.find((c) => c !== whole);
  if (!whole || !part || whole.value.number === 0) return;
  const computed = (100 * part.value.number!) / whole.value.number!;
  if (Math.abs(computed - parent.value.number) > RATE_TOLERANCE) {
    out.push(message('warning', 'check/rate-mismatch', `the rate ${parent.row.value} disagrees with the counts under it: ${part.row.value} of ${whole.row.value} is ${computed.toFixed(2)}%`, parent.row.position));
  }
}

function checkDoneNotAboveAssigned(siblings: ProcessedRow[], out: Message[]): void {
  const assigned = siblings.find((s) => isCount(s) && ASSIGNED.test(label(s)) && !DONE.test(label(s)));
  if (!assigned) return;
  for (const s of siblings) {
    if (s !== assigned && isCount(s) && DONE.test(label(s)) && !TOTAL.test(label(s)) && s.value.number! > assigned.value.number!) {
      out.push(message('warning', 'check/done-exceeds-assigned', `“${s.row.label}” (${s.row.value}) is more than “${assigned.row.label}” (${assigned.row.value})`, s.row.position));
    }
  }
}

export function checkConsistency(rows: ProcessedRow[]): Message[] {
  const out: Message[] = [];
  for (const [parentIndex, children] of childrenByParent(rows)) {
    const parent = rows[parentIndex]!;
    checkChildNotAboveParent(parent, children, out);
    checkRate(parent, children, out);
    checkDoneNotAboveAssigned(children, out);
  }
  return out.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0));
}
