/**
 * What one line of a table copied without its layout can be (docs/text-without-layout.md): an
 * STT, a figure, a measure word (đơn vị tính), an item line ("- ", "+ "), a header caption, or
 * other text. A line may be several at once ("1" is an STT in seed 001 and a figure everywhere);
 * the row parser (parse.ts) decides from the lines around it, or refuses.
 *
 * Captions and measure words come from the template data (mappings/template/columns.json,
 * measure-words.json), compared on folded text: lower case, no tone marks.
 */
import { loadTemplateData } from '../../common/template.js';
import { asciiFold } from '../../common/vietnamese-text.js';
import { captionRole as vocabularyRole, type CaptionRole } from '../../common/column-vocabulary.js';

export type { CaptionRole };

export interface LineKind {
  /** 1-based line in the file. */
  line: number;
  /** Cleaned text (markup out, NFC, spaces folded). */
  text: string;
  bold: boolean;
  italic: boolean;
  stt: boolean;
  figure: boolean;
  measure: boolean;
  /**
   * The first part of a measure word broken over two lines by a narrow Đơn vị tính column:
   * "Cơ quan," of "Cơ quan, đơn vị", "Chưa = 0 Có" of "Chưa = 0 Có = 1".
   */
  measureStart: boolean;
  /** Starts with "- " or "+ ": an item row of its own, or a note such as "- Ban Dân tộc". */
  item: boolean;
}

/** The one fold of header words (lower case, no tone marks, đ → d, spaces folded). */
const foldLine = asciiFold;

interface MeasureData { words: string[] }

let measures: ReadonlySet<string> | null = null;
let measurePrefixes: ReadonlySet<string> | null = null;

function measureSet(): ReadonlySet<string> {
  measures ??= new Set(loadTemplateData<MeasureData>('measure-words').words.map(foldLine));
  return measures;
}

/** Leading words of the measure words of two words or more: "co quan," of "co quan, don vi". */
function measurePrefixSet(): ReadonlySet<string> {
  measurePrefixes ??= new Set([...measureSet()].flatMap((word) => {
    const words = word.split(' ');
    return words.slice(1).map((_, k) => words.slice(0, k + 1).join(' '));
  }));
  return measurePrefixes;
}

/** The role of a line that is a header caption on its own (common/column-vocabulary.ts, scope `line`). */
export function captionRole(text: string): CaptionRole | null {
  return vocabularyRole(text, 'line');
}

/**
 * An STT alone: 1. 1.1 3.4.1.1. I. a) (2), and "Trong đó" (or its halves) as the seeds print it in
 * the STT column. Levels are 1–2 digits without a leading zero, so "2.028", "13.284" and "0"
 * are figures only, and "2.0" (a version number wrapped onto its own line) is no STT.
 */
const STT_NUMBER = /^\(?([1-9]\d?(?:\.[1-9]\d?){0,4})[.)]?$/;
const STT_OTHER = /^(\(?[IVX]{1,4}[.)]|[a-zđ]\)|(trong đó|trong|đó):?)$/iu;

/** A figure as a value cell holds it: 2.028 · 11,7 · 98,87% · 264/267 · 22 (100%) · Có · Không. */
// Thousands groups have three digits, so "3.4.1" is an STT and no figure.
const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
const FIGURE = new RegExp(String.raw`^(?:[-−]?${NUMBER}\s*%?|${NUMBER}\s*/\s*${NUMBER}|${NUMBER}\s*%?\s*\(\s*${NUMBER}\s*%?\s*\))$`);
const YES_NO = /^(co|khong)$/;

/** A code list printed as the unit: "Chưa = 0 Hoàn thành = 1", "Có = 1; Không = 0", "2 cấp = 1". */
const CODE_LIST = /^(?:[^=]{1,40}?=\s*\d+\s*[;,]?\s*)+$/;
/** The start of a code list: a code, then words of the next one. */
const CODE_START = /^[^=]{1,40}?=\s*\d+\s*[;,]?\s*\D/;

const isMeasure = (text: string) => measureSet().has(foldLine(text)) || CODE_LIST.test(text);

/** Two lines that make one measure word or code list. */
export const joinsMeasure = (first: LineKind, second: LineKind): boolean => isMeasure(`${first.text} ${second.text}`);

const ITEM = /^[-–+]\s/;

export function classifyLine(line: number, text: string, bold: boolean, italic: boolean): LineKind {
  const folded = foldLine(text);
  return {
    line,
    text,
    bold,
    italic,
    stt: STT_NUMBER.test(text) || STT_OTHER.test(text),
    figure: FIGURE.test(text) || YES_NO.test(folded),
    measure: isMeasure(text),
    measureStart: measurePrefixSet().has(folded) || (CODE_START.test(text) && !CODE_LIST.test(text)),
    item: ITEM.test(text),
  };
}

/** An STT that is no figure: it opens a row whatever the lines around it say. */
export const isCertainStt = (kind: LineKind): boolean => kind.stt && !kind.figure;
