/**
 * Reads the parts of an OPC package (ECMA-376 Part 2) out of a ZIP with yauzl, after checking
 * the sizes the central directory declares: a DOCX is a ZIP, and a ZIP can declare (or inflate
 * to) far more than it weighs. Only the parts asked for are inflated, and yauzl's
 * `validateEntrySizes` stops an entry that inflates to more than it declared.
 */
import yauzl from 'yauzl';
import { UnreadableFileError } from '../ir.js';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Declared uncompressed ÷ compressed size of an entry, checked on entries above `ratioFloor`. */
  maxRatio: number;
  /** Entries smaller than this are not ratio-checked: small XML parts compress very well. */
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 1024 * 1024,
};

/** OLE compound file signature (MS-CFB 2.2): Word 97–2003 .doc, or an encrypted .docx. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface ZipPackage {
  /** Part names as stored, keyed by their lower-case form (OPC part names are case-insensitive). */
  names: Map<string, string>;
  read(partName: string): Promise<Buffer | undefined>;
  close(): void;
}

function notAZip(bytes: Uint8Array, file: string, reason: string): UnreadableFileError {
  const ole = OLE_SIGNATURE.every((b, i) => bytes[i] === b);
  const message = ole
    ? 'is a Word 97–2003 .doc or a password-protected Word file (OLE compound file), not a .docx: open it in Word or LibreOffice and save it as an unprotected .docx'
    : `is not a ZIP archive, so not a .docx (${reason}): get the file again (a download or copy may have been cut off), or open it in Word or LibreOffice and save it as .docx`;
  return new UnreadableFileError('docx/not-a-zip', message, file);
}

/** Sizes as a person reads them: 10 KB, 4.0 MB, 3.9 GB. */
function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

const RESAVE = 'if it is a genuine report, open it in Word or LibreOffice and save it again';

/**
 * The total first, since it is what a person can judge ("3.9 GB from a file of 37 KB"); then the
 * ratio of each large part, which catches one part inflating far beyond its weight.
 */
function checkSizes(entries: yauzl.Entry[], fileBytes: number, limits: ZipLimits, file: string): void {
  const total = entries.reduce((n, entry) => n + entry.uncompressedSize, 0);
  if (total > limits.maxTotalBytes) {
    throw new UnreadableFileError(
      'docx/zip-too-large',
      `declares ${total} bytes uncompressed in ${entries.length} parts (limit ${limits.maxTotalBytes}): ${size(total)} from a file of ${size(fileBytes)}, more than any report, so it was not unpacked (a zip bomb?); ${RESAVE}, without large pictures`,
      file,
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioFloor && ratio > limits.maxRatio) {
      throw new UnreadableFileError(
        'docx/zip-too-large',
        `would unpack its part ${entry.fileName} from ${size(entry.compressedSize)} to ${size(entry.uncompressedSize)} (ratio ${Math.round(ratio)}:1, where a Word document stays under ${limits.maxRatio}:1), so it looks like a zip bomb and was not unpacked; ${RESAVE}`,
        file,
      );
    }
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function openZip(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipPackage> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  const entries: yauzl.Entry[] = [];
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    throw notAZip(bytes, file, (error as Error).message);
  }
  checkSizes(entries, bytes.length, limits, file);
  const byName = new Map(entries.map((e) => [e.fileName.toLowerCase(), e]));
  return {
    names: new Map(entries.map((e) => [e.fileName.toLowerCase(), e.fileName])),
    async read(partName) {
      const entry = byName.get(partName.replace(/^\//, '').toLowerCase());
      if (!entry) return undefined;
      try {
        return await readStream(await zip.openReadStreamPromise(entry));
      } catch (error) {
        throw new UnreadableFileError('docx/zip-corrupt', `has a damaged part ${entry.fileName} (${(error as Error).message}): re-save the document in Word or LibreOffice`, file);
      }
    },
    close() {
      zip.close();
    },
  };
}
