/**
 * Repairs of text that decoded cleanly as Unicode but is not what the author saw: mojibake of
 * UTF-8 read as Windows-1252 (`BÃ¡o cÃ¡o`), Windows-1258 read as Windows-1252 (`Baìo caìo`),
 * and Vietnamese in the legacy font encodings (`B¸o c¸o` TCVN3, `Baùo caùo` VNI) saved as
 * Unicode after the font was lost. At most one applies; each is named in `conversions` and told
 * in an `encoding/converted` message.
 */
import { message, type Message } from '../ir.js';
import { CONVERSION_NAMES, TO_UNICODE } from './legacy-vietnamese.js';
import { restoreHiddenU } from './hidden-u.js';
import { repairUtf8ReadAs1252 } from './mojibake.js';
import { cp1252Bytes, decodeWindows1258 } from './single-byte.js';
import { pickScheme, scoreSchemes, type ByteScheme } from './telltales.js';
import { countModernLetters } from './vietnamese.js';

export interface Repair {
  text: string;
  conversions: string[];
  messages: Message[];
}

/** How each scheme's text is put right, line by line (null keeps the line). */
const LINE_REPAIRS: Record<ByteScheme, (line: string) => string | null> = {
  tcvn3: (line) => TO_UNICODE.tcvn3(line),
  vni: (line) => TO_UNICODE.vni(line),
  'windows-1258': (line) => {
    const bytes = cp1252Bytes(line);
    return bytes ? decodeWindows1258(bytes) : null;
  },
};

const SCHEME_CONVERSIONS: Record<ByteScheme, string> = {
  ...CONVERSION_NAMES,
  'windows-1258': 'windows-1258-read-as-windows-1252→unicode',
};

const SCHEME_DESCRIPTIONS: Record<ByteScheme, string> = {
  tcvn3: 'Vietnamese in the TCVN3 (ABC, .VnTime) font encoding, e.g. "B¸o c¸o"',
  vni: 'Vietnamese in the VNI font encoding, e.g. "Baùo caùo"',
  'windows-1258': 'Windows-1258 text that was read as Windows-1252, e.g. "Baìo caìo"',
};

/**
 * Converts the lines of `text` that hold no Unicode Vietnamese letters (an old file may have a
 * Unicode line pasted into it; that line is kept).
 */
function repairLines(text: string, repairLine: (line: string) => string | null): { text: string; keptLines: number } {
  let keptLines = 0;
  const parts = text.split(/(\r\n|\n|\r)/);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    const repaired = countModernLetters(line) > 0 ? null : repairLine(line);
    if (repaired === null) {
      if (/[^\u0000-\u007f]/.test(line)) keptLines++;
    } else parts[i] = repaired;
  }
  return { text: parts.join(''), keptLines };
}

/** Whole-text conversion from a scheme the caller has already recognised. */
export function convertScheme(text: string, scheme: ByteScheme): Repair {
  const lines = repairLines(text, LINE_REPAIRS[scheme]);
  const { keptLines } = lines;
  const hidden = scheme === 'tcvn3' ? restoreHiddenU(lines.text.normalize('NFC')) : { text: lines.text, restored: 0 };
  const converted = hidden.text;
  const messages = [message('info', 'encoding/converted', `${SCHEME_DESCRIPTIONS[scheme]}; converted to Unicode.`)];
  if (hidden.restored > 0) {
    messages.push(message('warning', 'encoding/hidden-u', `the text had no "ư": TCVN3's ư (the soft hyphen) was hidden when it was printed; ${hidden.restored} put back where the spelling needs one ("đợc" → "được"), others (as in "như") are still missing.`));
  }
  if (keptLines > 0) {
    messages.push(message('warning', 'encoding/mixed', `${keptLines} line(s) were left as they are: they already hold Unicode Vietnamese letters, or characters ${scheme} cannot have.`));
  }
  return { text: converted.normalize('NFC'), conversions: [SCHEME_CONVERSIONS[scheme]], messages };
}

export function repairText(text: string): Repair {
  const mojibake = repairUtf8ReadAs1252(text);
  if (mojibake) {
    return {
      text: mojibake.text,
      conversions: ['utf-8-read-as-windows-1252→unicode'],
      messages: [message('info', 'encoding/converted', `UTF-8 text that was read as Windows-1252 and saved again (e.g. "BÃ¡o cÃ¡o"): ${mojibake.repairs} letter(s) repaired.`)],
    };
  }
  const scheme = pickScheme(scoreSchemes(text));
  if (scheme) return convertScheme(text, scheme);
  return { text, conversions: [], messages: [] };
}
