/**
 * Bytes in, document IR out, whatever the format. Heavy adapters (pdf.js, the DOCX reader) are
 * loaded on first use so that `chitieu --help` and text imports stay fast.
 */
import { extname } from 'node:path';
import { detectFormat } from './detect-format.js';
import { UnreadableFileError, type DocumentIR } from './ir.js';
import { readLayoutText, looksLikeLayoutText } from './layout-text.js';
import { decodeText } from './decode-text.js';
import { readText } from './text.js';

export async function readDocument(bytes: Uint8Array, file: string): Promise<DocumentIR> {
  const format = detectFormat(bytes, extname(file));
  switch (format) {
    case 'empty':
      throw new UnreadableFileError('file/empty', 'is empty (0 bytes): there is nothing to import', file);
    case 'binary':
      throw new UnreadableFileError('file/binary', 'is binary data, not a text, Word or PDF report; check that it is the right file', file);
    case 'pdf': {
      const { readPdf } = await import('./pdf/read-pdf.js');
      return readPdf(bytes, file);
    }
    case 'docx': {
      const { readDocx } = await import('./docx/read-docx.js');
      return readDocx(bytes, file);
    }
    default:
      // A PDF's text dump with its columns kept by spaces has no tabs: rebuild it by position.
      return looksLikeLayoutText(decodeText(bytes).text) ? readLayoutText(bytes, file) : readText(bytes, file);
  }
}
