/**
 * Old reports typed in the legacy Vietnamese fonts (TCVN3 `.VnTime`, VNI `VNI-Times`) and printed
 * to PDF: the PDF holds the Latin-1 characters the keyboard stored ("B¸o c¸o c¶i c¸ch"), which only
 * the font drew as Vietnamese. pdf.js hands them over as they are, so they are put right here:
 *
 * - by content, over the whole document (`repairText`, the text adapter's own test): the usual
 *   case, since a PDF printer embeds whatever font stood in for `.VnTime`, and its name is lost;
 * - by font name, for runs whose embedded font still is a legacy one (`ABCDEF+.VnTime`) in a
 *   document that is mostly Unicode: judged per encoding over all such runs, and left alone when
 *   they already hold Unicode (a `.VnTime` style that outlived the switch).
 *
 * A run that already holds Unicode Vietnamese letters is never converted.
 */
import { message, type Message } from '../ir.js';
import { CONVERSION_NAMES, convertLegacyRuns, judgeLegacyText, legacyFont, type LegacyEncoding } from '../encoding/legacy-vietnamese.js';
import { repairText } from '../encoding/repair-text.js';
import type { PdfRun } from './page-text.js';

export interface LegacyRepair {
  conversions: string[];
  messages: Message[];
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Converts, in place, every run of a document whose text is in a legacy encoding as a whole. */
export function repairRunsByContent(runs: readonly PdfRun[]): LegacyRepair {
  if (runs.every((r) => ASCII_ONLY.test(r.text))) return { conversions: [], messages: [] };
  // One run a line: repairText converts line by line, and keeps a line holding Unicode letters.
  const repair = repairText(runs.map((r) => r.text.replace(/[\r\n]/g, ' ')).join('\n'));
  const lines = repair.text.split('\n');
  if (repair.conversions.length === 0 || lines.length !== runs.length) return { conversions: [], messages: [] };
  runs.forEach((run, i) => {
    run.text = lines[i]!;
  });
  return { conversions: repair.conversions, messages: repair.messages };
}

/**
 * Converts, in place, the runs shown in a legacy font, by the font's PostScript name (`fontOf`),
 * unless the text of that encoding's runs is Unicode already.
 */
export function repairRunsByFont(runs: readonly PdfRun[], fontOf: (run: PdfRun) => string): LegacyRepair {
  const groups = new Map<LegacyEncoding, PdfRun[]>();
  for (const run of runs) {
    const font = legacyFont(fontOf(run));
    if (font) groups.set(font.encoding, [...(groups.get(font.encoding) ?? []), run]);
  }
  const result: LegacyRepair = { conversions: [], messages: [] };
  for (const [encoding, group] of groups) {
    if (judgeLegacyText(group.map((r) => r.text).join(' '), encoding) === 'unicode') continue;
    let changed = false;
    for (const run of group) {
      const text = convertLegacyRuns(run.text, fontOf(run)).normalize('NFC');
      changed ||= text !== run.text;
      run.text = text;
    }
    if (!changed) continue;
    result.conversions.push(CONVERSION_NAMES[encoding]);
    result.messages.push(message('info', 'encoding/converted', `text in the ${encoding.toUpperCase()} font ${fontOf(group[0]!)} was converted to Unicode`));
  }
  return result;
}
