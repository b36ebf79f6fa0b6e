/**
 * The words of an appendix table header, to find a table where no rules were drawn and to tell
 * a header row repeated at the top of a page from a running header. Matching is on folded text
 * (lower case, no tone marks, đ → d) so that a header typed without marks still counts.
 * The recogniser (src/recognise/column-roles.ts) assigns the column roles; here the captions
 * only find the header line and where its columns are.
 */
import { captionRole, ownCaptionTexts } from '../../common/column-vocabulary.js';
import { editDistance } from '../../common/edit-distance.js';
import { asciiFold } from '../../common/vietnamese-text.js';

export type HeaderRole = 'stt' | 'label' | 'unit' | 'value' | 'note' | 'span';

/**
 * The header role a run of text names, if it is a header caption: the one vocabulary of
 * captions (mappings/template/columns.json through common/column-vocabulary.ts) that the
 * recogniser also reads; a group caption ("Kết quả thống kê") spans columns.
 */
export function headerRole(text: string): HeaderRole | null {
  // A caption is a few words: the rest of a long run (a paragraph on a page being tested for a
  // table) need not be folded.
  const role = captionRole(text.trimStart().slice(0, 48), 'alone');
  return role === 'group' ? 'span' : role;
}

/**
 * The role of a caption read by OCR with a letter wrong ("Số liê" for "Số liệu": a caption printed
 * half-way between two lines of its neighbours loses its marks): the one caption of the
 * vocabulary within one letter of it, folded, five letters or more. Only for runs read by OCR
 * (parsers/ocr/words.ts): a digital PDF's text is what was typed.
 */
export function misreadHeaderRole(text: string): HeaderRole | null {
  const folded = asciiFold(text).trim();
  if (folded.length < 5 || folded.length > 30) return null;
  ownCaptions ??= ownCaptionTexts();
  const near = ownCaptions.filter((caption) => Math.abs(caption.length - folded.length) <= 1 && editDistance(caption, folded) <= 1);
  if (near.length === 0) return null;
  const roles = new Set(near.map((caption) => headerRole(caption)));
  return roles.size === 1 ? [...roles][0]! : null;
}

let ownCaptions: string[] | undefined;

/**
 * Whole words of a caption printed on a line of their own: "Đơn vị" over "tính", "thực hiện"
 * under "Đơn vị" in a narrow column.
 */
let paddedCaptions: string[] | undefined;

export function isCaptionPart(text: string): boolean {
  // Folded keeping punctuation: "(Kế" or "Cơ quan," is a piece of text, not of a caption.
  const folded = asciiFold(text);
  paddedCaptions ??= ownCaptionTexts().map((caption) => ` ${caption} `);
  return folded !== '' && paddedCaptions.some((caption) => caption.includes(` ${folded} `));
}
