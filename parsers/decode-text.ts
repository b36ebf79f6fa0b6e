/**
 * Bytes of a text report to a JS string in NFC, with what was found on the way.
 *
 * - A byte order mark decides: UTF-8, UTF-16 LE/BE.
 * - UTF-16 without a mark is told by its NUL bytes (`encoding/utf16.ts`).
 * - Valid UTF-8 is UTF-8. Mostly valid UTF-8 (a few broken bytes among many good sequences) is
 *   still UTF-8; the broken bytes become U+FFFD and are counted.
 * - Otherwise the file is 8-bit and its Vietnamese decides which scheme (`encoding/telltales.ts`):
 *   Windows-1258, TCVN3 or VNI. With no Vietnamese telltale it is read as Windows-1252 and a
 *   warning says the encoding was guessed.
 * - Text that decoded as Unicode is then checked for an upstream mistake or a lost legacy font
 *   (`encoding/repair-text.ts`), and NFD text is composed (noted as `nfd→nfc`).
 */
import { message, type Message } from './ir.js';
import { convertScheme, repairText } from './encoding/repair-text.js';
import { decodeWindows1252, decodeWindows1258 } from './encoding/single-byte.js';
import { pickScheme, scoreSchemes } from './encoding/telltales.js';
import { decodeUtf16, sniffUtf16 } from './encoding/utf16.js';

export interface DecodedText {
  text: string;
  /** How the bytes were read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni`, `windows-1252`. */
  encoding: string;
  /** Count of U+FFFD produced by invalid sequences: a hint that the guess was wrong. */
  replacements: number;
  /** What was done to the characters after decoding (`tcvn3→unicode`, `nfd→nfc`, ...). */
  conversions: string[];
  /** `encoding/*` findings for the document's messages. */
  messages: Message[];
}

interface Reading {
  text: string;
  encoding: string;
  replacements: number;
  /** Decoded as Unicode, so the text repairs apply; 8-bit readings are final. */
  unicode: boolean;
  conversions: string[];
  messages: Message[];
}

/** A UTF-8 file with damage has many good sequences per broken one; an 8-bit file has few. */
const MIN_GOOD_PER_BROKEN = 10;

function countReplacements(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\ufffd') n++;
  return n;
}

function unicodeReading(text: string, encoding: string, messages: Message[] = []): Reading {
  return { text, encoding, replacements: countReplacements(text), unicode: true, conversions: [], messages };
}

function readWithMark(bytes: Uint8Array): Reading | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return unicodeReading(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return unicodeReading(decodeUtf16(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return unicodeReading(decodeUtf16(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  return null;
}

/** Mostly-valid UTF-8: good multi-byte sequences outnumber broken ones `MIN_GOOD_PER_BROKEN` to one. */
function readUtf8(bytes: Uint8Array): Reading | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const broken = countReplacements(text);
  if (broken === 0) return unicodeReading(text, 'utf-8');
  let good = 0;
  for (const ch of text) if (ch > '\u007f' && ch !== '\ufffd') good++;
  return good >= MIN_GOOD_PER_BROKEN * broken ? unicodeReading(text, 'utf-8') : null;
}

/** An 8-bit file: the scheme its Vietnamese is written in, else Windows-1252. */
function readEightBit(bytes: Uint8Array): Reading {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const scheme = pickScheme(scoreSchemes(latin1));
  const reading = (text: string, encoding: string, conversions: string[], messages: Message[]): Reading => ({ text, encoding, replacements: 0, unicode: false, conversions, messages });
  if (scheme === 'windows-1258') {
    return reading(decodeWindows1258(bytes), 'windows-1258', [], [message('info', 'encoding/detected', 'not UTF-8; read as Windows-1258 (Vietnamese tone marks as separate bytes).')]);
  }
  if (scheme === 'tcvn3' || scheme === 'vni') {
    // TCVN3's capitals at 0x80–0x9F are VN1 codes, so its bytes are taken as Latin-1; VNI is
    // built on Windows-1252 and its 0x80–0x9F are that code page's quotes and dashes.
    const repair = convertScheme(scheme === 'tcvn3' ? latin1 : decodeWindows1252(bytes), scheme);
    return reading(repair.text, scheme, repair.conversions, repair.messages);
  }
  return reading(decodeWindows1252(bytes), 'windows-1252', [], [
    message('warning', 'encoding/guessed', 'not UTF-8, and no Vietnamese encoding (Windows-1258, TCVN3, VNI) was recognised; read as Windows-1252. Check the text, or save the file as UTF-8.'),
  ]);
}

function readBytes(bytes: Uint8Array): Reading {
  const marked = readWithMark(bytes);
  if (marked) return marked;
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    return unicodeReading(decodeUtf16(bytes, utf16), utf16, [message('info', 'encoding/detected', `no byte order mark; read as ${utf16.toUpperCase()} (every other byte is NUL).`)]);
  }
  return readUtf8(bytes) ?? readEightBit(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const reading = readBytes(bytes);
  const conversions = [...reading.conversions];
  const messages = [...reading.messages];
  let text = reading.text;
  if (reading.unicode) {
    const repair = repairText(text);
    conversions.push(...repair.conversions);
    messages.push(...repair.messages);
    if (repair.conversions.length === 0 && text !== text.normalize('NFC')) conversions.push('nfd→nfc');
    text = repair.text;
  }
  return { text: text.normalize('NFC'), encoding: reading.encoding, replacements: reading.replacements, conversions, messages };
}

/** The warning for bytes the decoding replaced, or none: one wording for every text reader. */
export function invalidBytesMessages(decoded: DecodedText): Message[] {
  if (decoded.replacements === 0) return [];
  return [message('warning', 'text/invalid-utf8', `${decoded.replacements} byte sequence(s) are not valid ${decoded.encoding}; they were replaced by U+FFFD.`)];
}
