/**
 * Bytes in, document IR out, whatever the format. Heavy adapters (pdf.js, the DOCX reader) are
 * loaded on first use so that `chitieu --help` and text imports stay fast.
 */
import { extname } from 'node:path';
import { detectFormat, isOleCompoundFile } from './detect-format.js';
import { UnreadableFileError, type DocumentIR, type ReadOptions } from './ir.js';
import { readLayoutText, looksLikeLayoutText } from './layout-text.js';
import { decodeText } from './decode-text.js';
import { readText } from './text.js';

export async function readDocument(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<DocumentIR> {
  const format = detectFormat(bytes, extname(file));
  switch (format) {
    case 'empty':
      throw new UnreadableFileError('file/empty', 'is empty (0 bytes), so there is nothing to import: copy or download the report again, or leave this file out', file);
    case 'binary':
      // A Word 97–2003 .doc is binary too: the DOCX reader names it and says how to convert it.
      if (isOleCompoundFile(bytes)) return (await import('./docx/read-docx.js')).readDocx(bytes, file);
      throw new UnreadableFileError(
        'file/binary',
        'is binary data, not a text, Word (.docx) or PDF report: check that it is the right file, or open it in the program that made it and save it as .docx or PDF',
        file,
      );
    case 'pdf': {
      const { readPdf } = await import('./pdf/read-pdf.js');
      return readPdf(bytes, file, options);
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
