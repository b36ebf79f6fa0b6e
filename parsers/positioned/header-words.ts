/**
 * The words of an appendix table header, to find a table where no rules were drawn and to tell
 * a header row repeated at the top of a page from a running header. Matching is on folded text
 * (lower case, no tone marks, đ → d) so that a header typed without marks still counts.
 * The recogniser (src/recognise/header.ts) assigns the column roles; this list only needs to
 * find the header line and where its columns are.
 */

export type HeaderRole = 'stt' | 'label' | 'unit' | 'value' | 'note' | 'span';

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Specific before general: "đơn vị tính" is a unit, "đơn vị thực hiện" a note column. */
const HEADER_WORDS: ReadonlyArray<readonly [HeaderRole, RegExp]> = [
  ['stt', /^(stt|tt|so tt|so thu tu)\.?$/],
  ['span', /^ket qua thong ke\b/],
  ['unit', /^(don vi tinh|dvt|don vi do)\b/],
  ['value', /^(so lieu|gia tri|ket qua thuc hien)\b/],
  ['label', /^(chi tieu|noi dung|ten chi tieu)\b/],
  ['note', /^(ghi chu|don vi thuc|don vi chu tri|co quan thuc hien)\b/],
];

/** The header role a run of text names, if it is a header caption. */
export function headerRole(text: string): HeaderRole | null {
  // Every caption pattern is anchored at the start and none is longer than this: the rest of a
  // long run (a paragraph on a page being tested for a table) need not be folded.
  const folded = fold(text.trimStart().slice(0, 48));
  for (const [role, pattern] of HEADER_WORDS) if (pattern.test(folded)) return role;
  return null;
}

/** Whole captions of the template's columns, folded, for telling a piece of one printed alone. */
const CAPTIONS = [
  'so thu tu', 'chi tieu thong ke', 'ten chi tieu', 'noi dung', 'don vi tinh', 'don vi do', 'so lieu', 'gia tri',
  'ket qua thuc hien', 'ket qua thong ke', 'ghi chu', 'don vi thuc hien', 'don vi chu tri', 'co quan thuc hien',
].map((caption) => ` ${caption} `);

/**
 * Whole words of a caption printed on a line of their own: "Đơn vị" over "tính", "thực hiện"
 * under "Đơn vị" in a narrow column.
 */
export function isCaptionPart(text: string): boolean {
  const folded = fold(text);
  return folded !== '' && CAPTIONS.some((caption) => caption.includes(` ${folded} `));
}

/**
 * An STT as printed in the first column: 1. 1.1. 3.4.1.1 I. II a) b. (1) * -; also the sign of a
 * sub-row, "-" or "+".
 */
export const STT_TOKEN = /^(\(?\d{1,3}(\.\d{1,3}){0,4}[.)]?|\(?[IVXLC]{1,6}[.)]?|\(?[a-zđ][.)]|[-+*•])$/iu;

/** Starts with a list marker: a new item, never the rest of the line above. */
export const LIST_MARKER = /^([-+•*–]\s|\(?[a-zđ]\)\s|\d{1,2}\)\s)/u;
