/**
 * UTF-16 without a byte order mark, told by its NUL bytes. Text that is mostly ASCII (digits,
 * spaces, the letters Vietnamese shares with English) has a zero high byte in most code units,
 * so one byte position in two is NUL; UTF-8 and the 8-bit encodings have no NUL at all.
 */

/** Bytes looked at, and the share of code units whose high byte must be NUL (the other byte never). */
const SAMPLE_BYTES = 8192;
const MIN_NUL_SHARE = 0.3;
const MAX_OTHER_NUL_SHARE = 0.02;

export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul >= MIN_NUL_SHARE * units && evenNul <= MAX_OTHER_NUL_SHARE * units) return 'utf-16le';
  if (evenNul >= MIN_NUL_SHARE * units && oddNul <= MAX_OTHER_NUL_SHARE * units) return 'utf-16be';
  return null;
}

export function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding).decode(bytes);
}
