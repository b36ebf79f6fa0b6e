/**
 * The words of an appendix table header, to find a table where no rules were drawn and to tell
 * a header row repeated at the top of a page from a running header. Matching is on folded text
 * (lower case, no tone marks, đ → d) so that a header typed without marks still counts.
 * The recogniser (src/recognise/column-roles.ts) assigns the column roles; here the captions
 * only find the header line and where its columns are.
 */
import { captionRole, ownCaptionTexts } from '../../common/column-vocabulary.js';
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
