/**
 * Column captions and measure words of CCHC appendix tables (mappings/template/columns.json,
 * measure-words.json), matched on folded text. Captions are a hint for a column's role; the cells
 * decide (docs/column-roles.md). Read by the recogniser and by the positioned-layout rebuild.
 */
import { stripDiacritics } from '../parsers/cell-text.js';
import { loadTemplateData } from './template.js';

export type CaptionRole = 'stt' | 'label' | 'unit' | 'value' | 'note' | 'group';
export type ValueCaptionRole = 'actual' | 'plan' | 'previous' | 'ratio' | 'year' | 'level';

interface ColumnsData {
  roles: Record<CaptionRole, string[]>;
  valueRoles: Record<Exclude<ValueCaptionRole, 'year'>, string[]>;
}

/** Lower case, no tone marks, đ → d, punctuation other than % and / to spaces, spaces folded. */
export function foldCaption(text: string): string {
  return stripDiacritics(text.normalize('NFC').toLowerCase())
    .replace(/[^\p{L}\p{N}%/=]+/gu, ' ')
    .trim();
}

interface Vocabulary {
  /** [folded caption, role], longest caption first so the most specific wins. */
  captions: Array<readonly [string, CaptionRole]>;
  valueCaptions: Array<readonly [string, ValueCaptionRole]>;
  measureWords: Set<string>;
}

let vocabulary: Vocabulary | null = null;

function byLength<T>(entries: Array<readonly [string, T]>): Array<readonly [string, T]> {
  return entries.sort((a, b) => b[0].length - a[0].length);
}

function load(): Vocabulary {
  if (vocabulary) return vocabulary;
  const columns = loadTemplateData<ColumnsData>('columns');
  const words = loadTemplateData<{ words: string[] }>('measure-words').words;
  const captions = Object.entries(columns.roles).flatMap(([role, list]) => list.map((c) => [foldCaption(c), role as CaptionRole] as const));
  const valueCaptions = Object.entries(columns.valueRoles).flatMap(([role, list]) => list.map((c) => [foldCaption(c), role as ValueCaptionRole] as const));
  // A caption naming what a value column holds (Kế hoạch, KH, Tỷ lệ, Cấp xã) names a value column.
  for (const [caption] of valueCaptions) if (!captions.some(([c]) => c === caption)) captions.push([caption, 'value']);
  vocabulary = { captions: byLength(captions), valueCaptions: byLength(valueCaptions), measureWords: new Set(words.map(foldCaption)) };
  return vocabulary;
}

/** "Năm 2024", "Quý I/2024", "6 tháng đầu năm 2024": a column of one period's figures. */
const YEAR_CAPTION = /^(nam|quy [ivx1-4]+|(6|9) thang( dau)? nam|ky bao cao nam)\s*\/?\s*(\d{4})$/;

/** The year a caption names ("Năm 2024" → 2024), or null. */
export function captionYear(text: string): number | null {
  const m = YEAR_CAPTION.exec(foldCaption(text));
  return m ? Number(m[4]) : null;
}

/**
 * What a caption says: the role of the first caption of the vocabulary that the folded text is,
 * or starts with as whole words. Captions printed with an explanation ("Chỉ tiêu thống kê (Sử
 * dụng trong kỳ báo cáo …)") count; a label that merely starts with a caption word ("Kết quả
 * giải quyết TTHC") does not, unless the rest is in brackets.
 */
export function captionRole(text: string): CaptionRole | null {
  const bare = text.replace(/\([^)]*\)?/g, ' ');
  const folded = foldCaption(bare);
  if (folded === '') return null;
  if (captionYear(text) !== null) return 'value';
  for (const [caption, role] of load().captions) {
    if (folded === caption) return role;
    // "Chỉ tiêu thống kê năm 2024", "Số liệu thực hiện": a label caption may run on; others only by a word or two.
    if (folded.startsWith(`${caption} `) && (role === 'label' || folded.split(' ').length - caption.split(' ').length <= 2)) return role;
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
export function isMeasureWord(text: string): boolean {
  const folded = foldCaption(text);
  if (folded === '') return false;
  if (text.trim() === '%' || isCodeList(text)) return true;
  const words = load().measureWords;
  if (words.has(folded)) return true;
  // "Văn bản/ Quyết định", "Người (lượt)": each part a measure word.
  const parts = folded.split(/\s*\/\s*|\s+hoac\s+/).filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => words.has(p));
}
