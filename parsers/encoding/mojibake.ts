/**
 * Text that was UTF-8, was read upstream as Windows-1252 and saved again as UTF-8: every
 * Vietnamese letter became two or three characters (`á` → `Ã¡`, `ạ` → `áº¡`, `đ` → `Ä‘`,
 * `ư` → `Æ°`). Each such group is the Windows-1252 picture of one well-formed UTF-8 sequence,
 * so the repair turns the groups back into bytes and decodes them; characters that do not form
 * a sequence stay as they are.
 */
import { cp1252Bytes } from './single-byte.js';
import { countModernLetters } from './vietnamese.js';

/** Least number of repaired letters before a text is taken for mojibake. */
const MIN_REPAIRS = 3;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence a lead byte starts (RFC 3629 §4), 0 for a byte that starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The sequence at `i` decoded, or undefined if the bytes there are not one well-formed sequence. */
function decodeSequence(bytes: Buffer, i: number): string | undefined {
  const length = sequenceLength(bytes[i]!);
  if (length === 0 || i + length > bytes.length) return undefined;
  try {
    return STRICT_UTF8.decode(bytes.subarray(i, i + length));
  } catch {
    return undefined;
  }
}

/** One run of non-ASCII characters repaired where it spells UTF-8. */
function repairRun(run: string): { text: string; repairs: number } {
  const bytes = cp1252Bytes(run);
  if (!bytes) return { text: run, repairs: 0 };
  let text = '';
  let repairs = 0;
  for (let i = 0; i < bytes.length; ) {
    const decoded = decodeSequence(bytes, i);
    if (decoded === undefined) {
      text += run[i];
      i++;
    } else {
      text += decoded;
      repairs++;
      i += sequenceLength(bytes[i]!);
    }
  }
  return { text, repairs };
}

/**
 * The text with its UTF-8-read-as-Windows-1252 groups repaired, or null when it does not look
 * like such text: fewer than `MIN_REPAIRS` groups, or more Unicode Vietnamese letters than groups
 * (real Vietnamese text, where `Ê”` is a capital and a quote, not a sequence).
 */
export function repairUtf8ReadAs1252(text: string): { text: string; repairs: number } | null {
  let repairs = 0;
  // Runs of characters outside ASCII (a one-character run cannot be a sequence; it stays).
  const repaired = text.replace(/[^\u0000-\u007f]{2,}/g, (run) => {
    const result = repairRun(run);
    repairs += result.repairs;
    return result.text;
  });
  if (repairs < MIN_REPAIRS || countModernLetters(text) >= repairs) return null;
  return { text: repaired.normalize('NFC'), repairs };
}
