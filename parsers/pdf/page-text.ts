/**
 * pdf.js text content → positioned runs, and the cheap test that decides whether a page is worth
 * its operator list (the ruling lines): reading ops costs as much as reading the text, so only
 * pages that look like they hold a table pay for it.
 */
import { headerRole } from '../positioned/header-words.js';
import type { TextRun } from '../positioned/types.js';
import { multiply } from './operators.js';

/** The fields of a pdf.js `TextItem` used here. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface PdfRun extends TextRun {
  fontName: string;
}

/**
 * Compatibility characters a PDF may hold for plain text: wide and narrow spaces, and Latin
 * ligatures (ﬁ, ﬂ) a font drew as one glyph. pdf.js would fold these itself, with the micro sign
 * among them (µ → μ): but in an old TCVN3 report µ is the letter "à", so its folding is turned off
 * (read-pdf.ts) and done here without it.
 */
const COMPATIBILITY_FORMS = /[\u00a0\u2000-\u200a\u202f\ufb00-\ufb06]+/g;

export function foldCompatibilityForms(text: string): string {
  return text.replace(COMPATIBILITY_FORMS, (forms) => forms.normalize('NFKC'));
}

/**
 * Runs in viewport coordinates (points, y down from the top). Blank items (the spaces pdf.js
 * puts between items) and text not running left to right on the page (a rotated stamp or
 * margin note) are left out: they would break the lines they cross.
 */
export function runsOfItems(items: readonly unknown[], viewport: readonly number[]): PdfRun[] {
  const runs: PdfRun[] = [];
  for (const raw of items) {
    const item = raw as Partial<PdfTextItem>;
    if (typeof item.str !== 'string' || item.str.trim() === '' || !item.transform) continue;
    const t = multiply(viewport, item.transform);
    const size = Math.hypot(t[2]!, t[3]!);
    if (size <= 0 || t[0]! <= 0 || Math.abs(t[1]!) > 0.1 * Math.abs(t[0]!)) continue;
    const scale = Math.hypot(viewport[0]!, viewport[1]!);
    runs.push({
      text: foldCompatibilityForms(item.str),
      x: t[4]!,
      y: t[5]!,
      width: (item.width ?? 0) * scale,
      size,
      bold: false,
      italic: false,
      fontName: item.fontName ?? '',
    });
  }
  return runs;
}

/**
 * A page may hold a table when it shows header captions of two kinds, or when at least three of
 * its lines are split in parts by wide gaps (cells side by side) — a table going on from the
 * page before prints no header.
 */
export function mayHoldTable(runs: readonly PdfRun[]): boolean {
  const roles = new Set<string>();
  for (const run of runs) {
    const role = headerRole(run.text);
    if (role) roles.add(role);
    if (roles.size >= 2) return true;
  }
  const byBaseline = new Map<number, PdfRun[]>();
  for (const run of runs) {
    const key = Math.round(run.y / 2);
    if (!byBaseline.has(key)) byBaseline.set(key, []);
    byBaseline.get(key)!.push(run);
  }
  let split = 0;
  for (const line of byBaseline.values()) {
    line.sort((a, b) => a.x - b.x);
    for (let i = 1; i < line.length; i++) {
      if (line[i]!.x - (line[i - 1]!.x + line[i - 1]!.width) > line[i]!.size) {
        split++;
        break;
      }
    }
    if (split >= 3) return true;
  }
  return false;
}

const BOLD = /bold|black|heavy|semibold|demi/i;
const ITALIC = /italic|oblique|[-,]it$/i;

/** Bold and italic from the font's PostScript name ("CAAAAA+LiberationSerif-Bold", "Arial,BoldItalic"). */
export function styleOfFont(name: string): { bold: boolean; italic: boolean } {
  const base = name.replace(/^[A-Z]{6}\+/, '');
  return { bold: BOLD.test(base), italic: ITALIC.test(base) };
}
