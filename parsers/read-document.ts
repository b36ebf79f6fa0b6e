/**
 * Bytes in, document IR out, whatever the format. Heavy adapters (pdf.js, the DOCX reader) are
 * loaded on first use so that `chitieu --help` and text imports stay fast.
 */
import { extname } from 'node:path';
import { detectFormat } from './detect-format.js';
import { UnreadableFileError, type DocumentIR } from './ir.js';
import { readText } from './text.js';

export async function readDocument(bytes: Uint8Array, file: string): Promise<DocumentIR> {
  const format = detectFormat(bytes, extname(file));
  switch (format) {
    case 'empty':
      throw new UnreadableFileError('file/empty', 'is empty (0 bytes): there is nothing to import', file);
    case 'binary':
      throw new UnreadableFileError('file/binary', 'is binary data, not a text, Word or PDF report; check that it is the right file', file);
    case 'pdf':
      throw new UnreadableFileError('pdf/not-supported', 'is a PDF; this version of chitieu cannot read PDF reports yet', file);
    case 'docx': {
      const { readDocx } = await import('./docx/read-docx.js');
      return readDocx(bytes, file);
    }
    default:
      return readText(bytes, file);
  }
}
