/** The main thread's one read of a file (src/importer/examine.ts): its bytes and their hash, or why not. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Examiner } from '../../src/importer/examine.js';
import type { StageTimings } from '../../common/stage-timings.js';
import { tempDir } from '../helpers/cli.js';

describe('Examiner', () => {
  const dir = tempDir();

  it('reads a report whole and hashes it once, timing both', async () => {
    const path = join(dir, 'abc.txt');
    writeFileSync(path, 'abc');
    const timings: StageTimings = {};
    const seen = await new Examiner(timings).examine(path, false);
    // FIPS 180-2 B.1: the digest of "abc".
    expect(seen).toMatchObject({ kind: 'report', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    expect(Buffer.from((seen as { bytes: Uint8Array }).bytes).toString('utf8')).toBe('abc');
    expect(Object.keys(timings).sort()).toEqual(['hash', 'read']);
  });

  it('leaves binary content found in a folder unread, and reads it when named', async () => {
    const path = join(dir, 'photo.png');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    expect(await new Examiner().examine(path, false)).toEqual({ kind: 'not-a-report', reason: 'binary content that is not PDF, DOCX or text' });
    expect(await new Examiner().examine(path, true)).toMatchObject({ kind: 'report', bytes: expect.any(Uint8Array) });
  });

  it('says why a file cannot be read', async () => {
    expect(await new Examiner().examine(join(dir, 'missing.pdf'), true)).toMatchObject({ kind: 'unreadable', code: 'file/unreadable' });
  });
});
