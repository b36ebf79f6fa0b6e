/**
 * Bytes of a text report to a JS string. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * handled here; legacy single-byte encodings (Windows-1258, TCVN3) come with the encoding work.
 */

export interface DecodedText {
  text: string;
  encoding: string;
  /** Count of U+FFFD produced by invalid sequences: a hint that the guess was wrong. */
  replacements: number;
}

function countReplacements(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\ufffd') n++;
  return n;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return { text, encoding: 'utf-8-bom', replacements: countReplacements(text) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', replacements: 0 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', replacements: 0 };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: 'utf-8', replacements: countReplacements(text) };
}
