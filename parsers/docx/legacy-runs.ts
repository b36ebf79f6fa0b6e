/**
 * Runs typed in a legacy Vietnamese font (TCVN3 `.VnTime`, VNI `VNI-Times`) turned into Unicode
 * (`parsers/encoding/legacy-vietnamese.ts`).
 *
 * The font alone does not decide: a template's `.VnTime` style often outlives the switch to
 * Unicode, and Unicode typed into it must stay as it is (`á` would become `ỏ`). So the runs of a
 * paragraph in each legacy encoding are judged together; a paragraph whose text proves neither
 * (`Báo cáo` holds only letters both readings share) follows the paragraphs judged so far in the
 * document, and the font when there are none.
 */
import { CONVERSION_NAMES, convertLegacyRuns, judgeLegacyText, legacyFont, type LegacyEncoding } from '../encoding/legacy-vietnamese.js';
import { reportOnce, type ReadContext } from './context.js';
import type { TextPiece } from './paragraph.js';

function votesFor(context: ReadContext, encoding: LegacyEncoding): { legacy: number; unicode: number } {
  return (context.legacy.votes[encoding] ??= { legacy: 0, unicode: 0 });
}

/** Converts, in place, the pieces of one paragraph whose font is a legacy one. */
export function convertLegacyPieces(pieces: TextPiece[], context: ReadContext): void {
  const groups = new Map<LegacyEncoding, TextPiece[]>();
  for (const piece of pieces) {
    const font = legacyFont(piece.font);
    if (font) groups.set(font.encoding, [...(groups.get(font.encoding) ?? []), piece]);
  }
  for (const [encoding, group] of groups) {
    const verdict = judgeLegacyText(group.map((p) => p.text).join(''), encoding);
    const votes = votesFor(context, encoding);
    if (verdict !== 'unknown') votes[verdict]++;
    if (verdict === 'unicode' || (verdict === 'unknown' && votes.unicode > votes.legacy)) {
      reportOnce(context, 'info', 'docx/legacy-font-unicode-text', encoding, `some runs in a ${encoding.toUpperCase()} font (${group[0]!.font}) already hold Unicode text; they were left as they are`);
      continue;
    }
    let changed = false;
    for (const piece of group) {
      const text = convertLegacyRuns(piece.text, piece.font);
      changed ||= text !== piece.text;
      piece.text = text;
    }
    if (!changed) continue;
    context.legacy.conversions.add(CONVERSION_NAMES[encoding]);
    reportOnce(context, 'info', 'encoding/converted', encoding, `runs in the ${encoding.toUpperCase()} font ${group[0]!.font} were converted to Unicode`);
  }
}
