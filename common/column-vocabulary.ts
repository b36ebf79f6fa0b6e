/**
 * Column captions and measure words of CCHC appendix tables (mappings/template/columns.json,
 * measure-words.json), matched on folded text. Captions are a hint for a column's role; the cells
 * decide (docs/column-roles.md). Read by the recogniser and by the positioned-layout rebuild.
 */
import { stripDiacritics } from './vietnamese-text.js';
import { loadTemplateData } from './template.js';

export type CaptionRole = 'stt' | 'label' | 'unit' | 'value' | 'note' | 'group';
export type ValueCaptionRole = 'actual' | 'plan' | 'previous' | 'ratio' | 'year' | 'level';

interface ColumnsData {
  roles: Record<CaptionRole, string[]>;
  inHeaderRow: Partial<Record<CaptionRole, string[]>>;
  valueRoles: Record<Exclude<ValueCaptionRole, 'year'>, string[]>;
}

/** Lower case, no tone marks, đ → d, punctuation other than % and / to spaces, spaces folded. */
export function foldCaption(text: string): string {
  return stripDiacritics(text.normalize('NFC').toLowerCase())
    .replace(/[^\p{L}\p{N}%/=]+/gu, ' ')
    .trim();
}

interface Vocabulary {
  /** Folded caption → role: the template's own captions, distinctive on their own. */
  own: Map<string, CaptionRole>;
  /** Those and the captions that count only in a row of captions; a caption in two lists keeps the first one's role. */
  captions: Map<string, CaptionRole>;
  /** Most words in a caption: longer prefixes of a text need not be looked up. */
  maxWords: number;
  valueCaptions: Array<readonly [string, ValueCaptionRole]>;
  measureWords: Set<string>;
}

let vocabulary: Vocabulary | null = null;

function load(): Vocabulary {
  if (vocabulary) return vocabulary;
  const columns = loadTemplateData<ColumnsData>('columns');
  const words = loadTemplateData<{ words: string[] }>('measure-words').words;
  const own = new Map<string, CaptionRole>();
  for (const [role, list] of Object.entries(columns.roles)) for (const c of list) if (!own.has(foldCaption(c))) own.set(foldCaption(c), role as CaptionRole);
  const captions = new Map(own);
  for (const [role, list] of Object.entries(columns.inHeaderRow)) for (const c of list ?? []) if (!captions.has(foldCaption(c))) captions.set(foldCaption(c), role as CaptionRole);
  const valueCaptions = Object.entries(columns.valueRoles)
    .flatMap(([role, list]) => list.map((c) => [foldCaption(c), role as ValueCaptionRole] as const))
    .sort((a, b) => b[0].length - a[0].length);
  // A caption naming what a value column holds (Kế hoạch, KH, Tỷ lệ, Cấp xã) names a value column.
  for (const [caption] of valueCaptions) if (!captions.has(caption)) captions.set(caption, 'value');
  const maxWords = Math.max(...[...captions.keys()].map((c) => c.split(' ').length));
  vocabulary = { own, captions, maxWords, valueCaptions, measureWords: new Set(words.map(foldCaption)) };
  return vocabulary;
}

/** The template's own captions (those distinctive on their own), folded. */
export function ownCaptionTexts(): string[] {
  return [...load().own.keys()];
}

/** "Năm 2024", "Quý I/2024", "6 tháng đầu năm 2024": a column of one period's figures. */
const YEAR_CAPTION = /^(nam|quy [ivx1-4]+|(6|9) thang( dau)? nam|ky bao cao nam)\s*\/?\s*(\d{4})$/;

/**
 * The period a caption ends with ("Số liệu quý III năm 2023", "Kết quả 6 tháng đầu năm 2024"):
 * it names when, not what, so the caption is looked up without it.
 */
const PERIOD_TAIL = /\s+(?:(?:quy [ivx1-4]+|(?:6|9) thang(?: dau)?|ky bao cao)\s*)?(?:nam\s*)?\/?\s*\d{4}$/;

function withoutPeriodTail(folded: string): string {
  const head = folded.replace(PERIOD_TAIL, '');
  return head === '' ? folded : head;
}

/** The year a caption names ("Năm 2024" → 2024), or null. */
export function captionYear(text: string): number | null {
  return yearOfFolded(foldCaption(text));
}

function yearOfFolded(folded: string): number | null {
  const m = YEAR_CAPTION.exec(folded);
  return m ? Number(m[4]) : null;
}

/**
 * Captions and measure words are looked up for every cell of every table (and every text run of
 * a PDF page), and the same few hundred texts come back in every report: the answers are kept.
 * A measured hot path (npm run bench): folding each cell anew made recognition 1.6× slower.
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined && !known.has(text)) {
      if (known.size >= 50_000) known.clear();
      answer = compute(text);
      known.set(text, answer);
    }
    return answer as T;
  };
}

/**
 * `alone`: a run of text seen on its own (finding a borderless table's header line) — only the
 * template's own captions count. `header-row`: a cell of a row whose cells are all captions.
 * `line`: a line of text that is a caption on its own (a report copied without its layout puts
 * every cell on a line): the template's own captions, whole, a bracketed remark aside — "Số liệu
 * về biên chế công chức" is a label there, not a caption.
 */
export type CaptionScope = 'alone' | 'header-row' | 'line';

/**
 * What a caption says: the role of the first caption of the vocabulary that the folded text is,
 * or starts with as whole words. Captions printed with an explanation ("Chỉ tiêu thống kê (Sử
 * dụng trong kỳ báo cáo …)") count; a label that merely starts with a caption word ("Kết quả
 * giải quyết TTHC") does not, unless the rest is in brackets.
 */
export function captionRole(text: string, scope: CaptionScope = 'header-row'): CaptionRole | null {
  return (scope === 'alone' ? aloneRole : scope === 'line' ? lineRole : headerRowRole)(text);
}

const lineRole = remembered((text) => roleOf(text, 'line'));

const aloneRole = remembered((text) => roleOf(text, 'alone'));
const headerRowRole = remembered((text) => roleOf(text, 'header-row'));

function roleOf(text: string, scope: CaptionScope): CaptionRole | null {
  // Captions are a few words: only the head of a long text (a label, a paragraph) is folded.
  const head = text.length > 80 ? text.slice(0, 80) : text;
  const folded = withoutPeriodTail(foldCaption(head.replace(/\([^)]*\)?/g, ' ')));
  if (folded === '') return null;
  if (scope === 'header-row' && yearOfFolded(foldCaption(head)) !== null) return 'value';
  const { maxWords } = load();
  const captions = scope === 'header-row' ? load().captions : load().own;
  const words = folded.split(' ');
  // The longest caption the text starts with, as whole words.
  for (let n = Math.min(words.length, maxWords); n >= 1; n--) {
    const role = captions.get(n === words.length ? folded : words.slice(0, n).join(' '));
    if (!role) continue;
    // "Chỉ tiêu thống kê năm 2024", "Số liệu thực hiện": a label caption may run on; others only by a word or two.
    if (scope === 'line') return n === words.length ? role : null;
    return role === 'label' || words.length - n <= 2 ? role : null;
  }
  return null;
}

/** The value role named by a column's header path (leaf first): plan, ratio, a year, a level, … */
export function valueCaptionRole(path: readonly string[]): ValueCaptionRole | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const text = path[i]!;
    if (captionYear(text) !== null) return 'year';
    const folded = foldCaption(text.replace(/\(%\)/g, ' %'));
    for (const [caption, role] of load().valueCaptions) {
      if (folded === caption || folded.startsWith(`${caption} `)) return role;
    }
  }
  return null;
}

/** A code list printed in a unit cell: "Chưa = 0 Hoàn thành = 1". */
export function isCodeList(text: string): boolean {
  return /\S\s*=\s*\d/.test(text);
}

/** A measure word (Đơn vị tính) as a whole cell: "Văn bản", "TTHC", "%", "Cơ quan, đơn vị", a code list. */
export const isMeasureWord = remembered(measureWord);

function measureWord(text: string): boolean {
  if (text.length > 60) return false;
  const folded = foldCaption(text);
  if (folded === '') return false;
  if (text.trim() === '%' || isCodeList(text)) return true;
  const words = load().measureWords;
  if (words.has(folded)) return true;
  // "Văn bản/ Quyết định", "Người (lượt)": each part a measure word.
  const parts = folded.split(/\s*\/\s*|\s+hoac\s+/).filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => words.has(p));
}
