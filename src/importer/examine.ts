/**
 * The main thread's look at a file before any parsing: its SHA-256 (streamed through one reused
 * buffer, so a file of any size costs 256 KiB) and, for files found in folders, whether its first
 * bytes look like a report at all. Hashing first is what makes a re-run of an unchanged archive
 * fast: nothing is parsed and no worker is started for a file the database already has.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { detectFormat } from '../../parsers/detect-format.js';
import { describeFileError } from './file-errors.js';

export type Examination =
  | { kind: 'report'; sha256: string; bytes: number }
  | { kind: 'not-a-report'; reason: string }
  | { kind: 'unreadable'; code: string; message: string };

/** Names that say "report" even when the bytes do not: these go to the parser, which says why it cannot read them. */
const REPORT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.txt', '.rtf', '.odt']);

const CHUNK = 256 * 1024;

export class Examiner {
  private readonly buffer = Buffer.allocUnsafe(CHUNK);

  /** One file at a time: the buffer is shared between calls. */
  async examine(path: string, explicit: boolean): Promise<Examination> {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      return unreadable(error);
    }
    try {
      const hash = createHash('sha256');
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(this.buffer, 0, CHUNK, null);
        if (total === 0 && !explicit) {
          const reason = notAReport(this.buffer.subarray(0, bytesRead), path);
          if (reason) return { kind: 'not-a-report', reason };
        }
        if (bytesRead === 0) break;
        hash.update(this.buffer.subarray(0, bytesRead));
        total += bytesRead;
      }
      return { kind: 'report', sha256: hash.digest('hex'), bytes: total };
    } catch (error) {
      return unreadable(error);
    } finally {
      await handle.close();
    }
  }
}

/** Binary content (not PDF, not ZIP) under a name that does not claim to be a report: an image, a database, an archive. */
function notAReport(head: Uint8Array, path: string): string | null {
  if (detectFormat(head, extname(path)) !== 'binary') return null;
  if (REPORT_EXTENSIONS.has(extname(path).toLowerCase())) return null;
  return 'binary content that is not PDF, DOCX or text';
}

function unreadable(error: unknown): Examination {
  return { kind: 'unreadable', code: 'file/unreadable', message: describeFileError(error, 'cannot be read') };
}
