/**
 * Bytes in, document IR out, whatever the format. Heavy adapters (pdf.js, the DOCX reader) are
 * loaded on first use so that `chitieu --help` and text imports stay fast. The bytes are hashed
 * here, once, unless the caller already did (`options.sha256`), and the hash handed to the adapter.
 */
import { extname } from 'node:path';
import { detectFormat, isOleCompoundFile } from './detect-format.js';
import { sha256Hex } from '../common/hash.js';
import { timed } from '../common/stage-timings.js';
import { UnreadableFileError, type DocumentIR, type ReadOptions } from './ir.js';
import { readLayoutText, looksLikeLayoutText } from './layout-text.js';
import { decodeText } from './decode-text.js';
import { readText } from './text.js';

export async function readDocument(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<DocumentIR> {
  const known: ReadOptions = { ...options, sha256: options.sha256 ?? timed(options.timings, 'hash', () => sha256Hex(bytes)) };
  const format = detectFormat(bytes, extname(file));
  switch (format) {
    case 'empty':
      throw new UnreadableFileError('file/empty', 'is empty (0 bytes), so there is nothing to import: copy or download the report again, or leave this file out', file);
    case 'binary':
      // A Word 97–2003 .doc is binary too: the DOCX reader names it and says how to convert it.
      if (isOleCompoundFile(bytes)) return (await import('./docx/read-docx.js')).readDocx(bytes, file, known);
      throw new UnreadableFileError(
        'file/binary',
        'is binary data, not a text, Word (.docx) or PDF report: check that it is the right file, or open it in the program that made it and save it as .docx or PDF',
        file,
      );
    case 'pdf': {
      const { readPdf } = await import('./pdf/read-pdf.js');
      return readPdf(bytes, file, known);
    }
    case 'docx': {
      const { readDocx } = await import('./docx/read-docx.js');
      return readDocx(bytes, file, known);
    }
    default: {
      // A PDF's text dump with its columns kept by spaces has no tabs: rebuild it by position.
      const decoded = decodeText(bytes);
      return looksLikeLayoutText(decoded.text) ? readLayoutText(bytes, file, known, decoded) : readText(bytes, file, known, decoded);
    }
  }
}
