/**
 * Reporting periods in report titles and sentences: "quý I/2024", "Quý 1 năm 2024",
 * "6 tháng đầu năm 2023", "9 tháng năm 2020", "năm 2023", "giai đoạn 2021 - 2025", also in
 * capitals. The period reported on is the first one named: a title goes on to the next period's
 * plan ("quý I và phương hướng, nhiệm vụ quý II năm 2024" reports on quý I, whose year is the
 * one printed after the plan).
 */
import type { PeriodKey } from '../model.js';

export type PeriodKind = 'year' | 'quarter' | 'half' | 'nine-months' | 'phase';

export interface PeriodMention {
  kind: PeriodKind;
  /** Quarter 1..4 or half 1..2; null for the other kinds. */
  part: number | null;
  /** Null when the words name no year ("quý I và ..."). */
  year: number | null;
  /** Last year of a phase. */
  endYear: number | null;
  /** Offsets of the words in the text they were read from. */
  index: number;
  end: number;
}

const KEY = /^(\d{4})(?:-(Q[1-4]|H[12]|9M|\d{4}))?$/;

/** `YYYY`, `YYYY-Qn`, `YYYY-H1`, `YYYY-H2`, `YYYY-9M`, `YYYY-YYYY` (end after start). */
export function isPeriodKey(s: string): boolean {
  const m = KEY.exec(s);
  if (!m) return false;
  const tail = m[2];
  return tail === undefined || !/^\d{4}$/.test(tail) || Number(tail) > Number(m[1]);
}

const PART: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// Each pattern runs on lower-cased NFC text. The year group is optional so "quý I" before the
// plan's "quý II năm 2024" is still seen; `read` turns the groups into a mention.
const YEAR_AFTER = String.raw`(?:\s*[,/–-]?\s*(?:năm\s*)?(\d{4}))?(?!\d)`;
const NOT_IN_NUMBER = String.raw`(?<![\p{N}/.,])`;

interface Pattern {
  kind: PeriodKind;
  re: RegExp;
  read(m: RegExpExecArray): Pick<PeriodMention, 'part' | 'year' | 'endYear'>;
}

const year = (s: string | undefined): number | null => (s ? Number(s) : null);

const PATTERNS: Pattern[] = [
  {
    kind: 'phase',
    re: /giai\s*đoạn\s*(\d{4})\s*(?:-|–|—|đến|tới)\s*(\d{4})/gu,
    read: (m) => ({ part: null, year: year(m[1]), endYear: year(m[2]) }),
  },
  {
    // "quý" or the older spelling "quí"; Roman or Arabic numbers.
    kind: 'quarter',
    re: new RegExp(String.raw`qu[ýí]\s*(iv|i{1,3}|[1-4])(?![\p{L}\p{N}])${YEAR_AFTER}`, 'gu'),
    read: (m) => ({ part: PART[m[1]!] ?? null, year: year(m[2]), endYear: null }),
  },
  {
    // "6 tháng" alone is the half-year report (Bộ Nội vụ: data from 15/12 to 14/6).
    kind: 'half',
    re: new RegExp(String.raw`${NOT_IN_NUMBER}(?:0?6|sáu)\s*tháng\s*(đầu|cuối)?\s*(?:năm)?${YEAR_AFTER}`, 'gu'),
    read: (m) => ({ part: m[1] === 'cuối' ? 2 : 1, year: year(m[2]), endYear: null }),
  },
  {
    kind: 'nine-months',
    re: new RegExp(String.raw`${NOT_IN_NUMBER}(?:0?9|chín)\s*tháng\s*(?:đầu\s*)?(?:năm)?${YEAR_AFTER}`, 'gu'),
    read: (m) => ({ part: null, year: year(m[1]), endYear: null }),
  },
  {
    // Not "năm 2021 - 2025": a range without "giai đoạn" is too often a term (nhiệm kỳ) or a plan.
    kind: 'year',
    re: /(?<!\p{L})năm\s*(\d{4})(?!\d)(?!\s*[-–—]\s*\d{4})/gu,
    read: (m) => ({ part: null, year: year(m[1]), endYear: null }),
  },
];

// Cited documents and dates carry years that are not the period: "Công văn số 1958/UBND-KSTT
// ngày 09/3/2022", "Nghị định số 34/2016/NĐ-CP", "ngày tháng 12 năm 2023" (a draft's blank day).
// They are blanked with spaces so offsets still point into the original text.
const REFERENCES: RegExp[] = [
  /ngày[\s.…]*\d{0,2}[\s.…]*(?:tháng|\/)[\s.…]*\d{0,2}[\s.…]*(?:năm|\/)[\s.…]*\d{4}/gu,
  /(?<!\d)\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/gu,
  /tháng\s*\d{1,2}\s*(?:năm|\/)\s*\d{4}/gu,
  /\d*\s*\/\s*(?:\d{4}\s*\/\s*)?\p{L}[\p{L}\p{N}&-]*/gu,
];

function blankReferences(text: string): string {
  return REFERENCES.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);
}

/** Lower case for matching, letter by letter so offsets still point into the original text. */
function lowerKeepingOffsets(text: string): string {
  return text.replace(/./gsu, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  });
}

/** Every period named in `text`, in order; a mention inside an earlier one is dropped. */
export function findPeriodMentions(text: string): PeriodMention[] {
  const clean = blankReferences(lowerKeepingOffsets(text.normalize('NFC')));
  const found: PeriodMention[] = [];
  for (const p of PATTERNS) {
    for (const m of clean.matchAll(p.re)) {
      const index = m.index;
      found.push({ kind: p.kind, index, end: index + m[0].length, ...p.read(m as RegExpExecArray) });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const mentions: PeriodMention[] = [];
  for (const m of found) if (!mentions.some((k) => m.index < k.end)) mentions.push(m);
  return mentions.filter((m) => m.year === null || plausibleYear(m.year));
}

function plausibleYear(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

// "Chương trình tổng thể CCHC giai đoạn 2021 - 2030" names a programme, not the period reported.
const PROGRAMME_BEFORE = /(chương trình|kế hoạch|đề án|chiến lược|nghị quyết)[^.;]{0,60}$/u;

/**
 * The period `text` reports on: the first mention, skipping a programme's phase when a shorter
 * period is also named; a mention without a year takes the next printed year.
 */
export function reportedPeriod(text: string): PeriodMention | null {
  const mentions = findPeriodMentions(text);
  const lower = lowerKeepingOffsets(text.normalize('NFC'));
  const hasShorter = mentions.some((m) => m.kind !== 'phase');
  const chosen = mentions.find(
    (m) => !(m.kind === 'phase' && hasShorter && PROGRAMME_BEFORE.test(lower.slice(0, m.index))),
  );
  if (!chosen || chosen.year !== null) return chosen ?? null;
  const next = mentions.find((m) => m.index > chosen.index && m.year !== null && m.kind !== 'phase');
  return next ? { ...chosen, year: next.year } : chosen;
}

const SUFFIX: Record<PeriodKind, (m: PeriodMention) => string> = {
  year: () => '',
  quarter: (m) => `-Q${m.part}`,
  half: (m) => `-H${m.part}`,
  'nine-months': () => '-9M',
  phase: (m) => `-${m.endYear}`,
};

/** The key of a mention, or null while its year is unknown. */
export function periodKeyOf(m: PeriodMention): PeriodKey | null {
  if (m.year === null) return null;
  const key = `${m.year}${SUFFIX[m.kind](m)}`;
  return isPeriodKey(key) ? key : null;
}

/** A period key from a key ("2024-Q1") or from Vietnamese words ("quý I năm 2024"). */
export function parsePeriod(text: string): PeriodKey | null {
  const trimmed = text.trim().toUpperCase();
  if (isPeriodKey(trimmed)) return trimmed;
  const m = reportedPeriod(text);
  return m ? periodKeyOf(m) : null;
}

/**
 * The year of a yearless mention from the report's date. Reports are dated at the end of their
 * period (cut-off 14/3, 14/6, 14/9, 14/12 per Bộ Nội vụ guidance); one dated in January or
 * February that covers the end of a year covers the year before.
 */
export function yearFromReportDate(m: PeriodMention, date: { year: number; month: number | null }): number {
  const endsWithYear = m.kind === 'year' || (m.kind === 'quarter' && m.part === 4) || (m.kind === 'half' && m.part === 2);
  return endsWithYear && date.month !== null && date.month <= 2 ? date.year - 1 : date.year;
}
