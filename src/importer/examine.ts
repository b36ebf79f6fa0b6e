/**
 * The main thread's look at a file before any parsing: its bytes, read once, and their SHA-256
 * (common/hash.ts), and, for files found in folders, whether its first bytes look like a report
 * at all (those are read first, so a large picture or archive is never read whole). Hashing first
 * is what makes a re-run of an unchanged archive fast: nothing is parsed and no worker is started
 * for a file the database already has. The bytes and the hash go on to the parse worker, which
 * neither reads nor hashes the file again (issue 16).
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { sha256Hex } from '../../common/hash.js';
import { timed, timedAsync, type StageTimings } from '../../common/stage-timings.js';
import { detectFormat } from '../../parsers/detect-format.js';
import { describeFileError } from './file-errors.js';

export type Examination =
  | { kind: 'report'; sha256: string; bytes: Uint8Array }
  | { kind: 'not-a-report'; reason: string }
  | { kind: 'unreadable'; code: string; message: string };

/** Names that say "report" even when the bytes do not: these go to the parser, which says why it cannot read them. */
const REPORT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.txt', '.rtf', '.odt']);

/** Enough of a file to tell its format by (parsers/detect-format.ts looks at the first kilobytes). */
const HEAD = 256 * 1024;

export class Examiner {
  private readonly head = Buffer.allocUnsafe(HEAD);

  /** `timings`: where to add the time of reading and hashing (`npm run bench`). */
  constructor(private readonly timings?: StageTimings) {}

  /** One file at a time: the head buffer is shared between calls. */
  async examine(path: string, explicit: boolean): Promise<Examination> {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      return unreadable(error);
    }
    try {
      if (!explicit) {
        // At position 0, which leaves the file position where it is for readFile below.
        const { bytesRead } = await handle.read(this.head, 0, HEAD, 0);
        const reason = notAReport(this.head.subarray(0, bytesRead), path);
        if (reason) return { kind: 'not-a-report', reason };
      }
      const bytes = await timedAsync(this.timings, 'read', () => handle.readFile());
      return { kind: 'report', sha256: timed(this.timings, 'hash', () => sha256Hex(bytes)), bytes };
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
