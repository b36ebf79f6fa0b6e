/**
 * Picking the adapter by content, not by name: archives hold PDFs named `.doc`, Word files
 * without extension, text dumps named `.dat`. The extension only breaks ties for text.
 */
import type { SourceFormat } from './ir.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.csv', '.tsv', '']);

function startsWith(bytes: Uint8Array, ascii: string, offset = 0): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[offset + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** PDF files may carry up to 1 KiB of junk before `%PDF-` (PDF 32000-1, annex H.3 note). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) if (startsWith(head, '%PDF-', i)) return true;
  return false;
}

/** OLE compound file signature (MS-CFB §2.2): Word 97–2003 .doc, Excel .xls, an encrypted .docx. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Share of bytes that never occur in text (NUL and most C0 controls): binary garbage. */
function binaryShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return 0;
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (utf16) return 0;
  let odd = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) odd++;
  return odd / sample.length;
}

export type DetectedFormat = SourceFormat | 'binary' | 'empty';

export function detectFormat(bytes: Uint8Array, extension: string): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'docx';
  if (binaryShare(bytes) > 0.01) return 'binary';
  return TEXT_EXTENSIONS.has(extension.toLowerCase()) || extension === '' ? 'text' : 'text';
}

/** Whether a folder walk should consider a file at all (explicitly named files always are). */
export function isCandidateName(name: string): boolean {
  if (name.startsWith('.') || /^(readme|license|changelog)\b/i.test(name)) return false;
  return !/\.(sqlite|sqlite-wal|sqlite-shm|db|json|csv|tsv|png|jpe?g|gif|zip|exe|dll|js|ts|map)$/i.test(name);
}
