/**
 * Windows-1252 and Windows-1258 through iconv-lite, and the byte view of text that was decoded
 * with the wrong one of them.
 *
 * Windows-1258 (Microsoft's Vietnamese code page) has the base letters ă â ê ô ơ ư đ and five
 * combining tone marks (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below); the
 * Vietnamese keyboard of Windows types a letter as base + tone, so decoded text is
 * decomposed and must be put in NFC.
 */
import iconv from 'iconv-lite';
import { splitTone } from './vietnamese.js';

/** Windows-1252 byte of each character 0x80–0xFF gives; the five holes (0x81, 0x8D, ...) as C1. */
function buildCp1252Bytes(): Map<string, number> {
  const bytes = new Map<string, number>();
  for (let code = 0x80; code <= 0xff; code++) {
    const ch = iconv.decode(Buffer.from([code]), 'windows1252');
    bytes.set(ch === '\ufffd' ? String.fromCharCode(code) : ch, code);
  }
  // C1 controls stand for their own byte: some decoders map the holes, or all of 0x80–0x9F, so.
  for (let code = 0x80; code <= 0x9f; code++) if (!bytes.has(String.fromCharCode(code))) bytes.set(String.fromCharCode(code), code);
  return bytes;
}

const CP1252_BYTES = buildCp1252Bytes();

/** The bytes a text was decoded from as Windows-1252, or null when a character has no byte there. */
export function cp1252Bytes(text: string): Buffer | null {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : CP1252_BYTES.get(text[i]!);
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'windows1252');
}

export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC');
}

/**
 * Unicode to Windows-1258 as the Windows Vietnamese keyboard writes it: base letter, then the tone
 * as a combining mark (`Báo` → `B a 0xEC o`). For fixtures; characters 1258 lacks become `?`.
 */
export function encodeWindows1258(text: string): Buffer {
  let decomposed = '';
  for (const ch of text.normalize('NFC')) {
    const { base, tone } = splitTone(ch);
    decomposed += base + tone;
  }
  return iconv.encode(decomposed, 'windows1258');
}

/** Whether Windows-1258 holds a character (with its tone split off as Windows writes it). */
export function inWindows1258(ch: string): boolean {
  const { base, tone } = splitTone(ch);
  return iconv.decode(encodeWindows1258(ch), 'windows1258') === base + tone;
}
