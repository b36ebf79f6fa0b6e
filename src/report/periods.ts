/**
 * Chronological order of period keys (`2024-Q1`, `2024-H1`, `2024-9M`, `2024`, `2021-2025`):
 * by the month a period ends (the Bộ Nội vụ cut-offs, DOMAIN.md), the shorter period first when
 * two end together (quý II before 6 tháng, quý IV before năm). Unknown keys go last, then null.
 */
import type { PeriodKey } from '../model.js';

const KEY = /^(\d{4})(?:-(Q[1-4]|H[12]|9M|\d{4}))?$/;

// Rank of a period within its last year: end month, then length (shorter first).
const SUFFIX_RANK: Record<string, number> = { Q1: 3, Q2: 6, H1: 6.5, Q3: 9, '9M': 9.5, Q4: 12, H2: 12.3, '': 12.6 };

function rank(period: PeriodKey): [number, number] | null {
  const m = KEY.exec(period);
  if (!m) return null;
  const tail = m[2] ?? '';
  if (/^\d{4}$/.test(tail)) return [Number(tail), 12.9]; // a phase ends with its last year
  return [Number(m[1]), SUFFIX_RANK[tail]!];
}

export function comparePeriods(a: PeriodKey | null, b: PeriodKey | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ra = rank(a);
  const rb = rank(b);
  if (!ra || !rb) return ra ? -1 : rb ? 1 : a < b ? -1 : 1;
  return ra[0] - rb[0] || ra[1] - rb[1] || (a < b ? -1 : 1);
}
