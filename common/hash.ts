/**
 * The one SHA-256 of the project. A file is keyed by the hash of its bytes (the importer skips a
 * content the database already has, and every figure's provenance names it), computed once when
 * the importer reads the file and handed on with the bytes; adapters hash only when called
 * without it (tests, scripts). Catalog keys and indicator fingerprints are short hashes of text.
 */
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of bytes or of a string's UTF-8. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
