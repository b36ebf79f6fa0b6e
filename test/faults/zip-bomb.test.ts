/**
 * fixtures/faults/zip-bomb.docx: 37 KB whose 400 entries all point at one deflated run of 10 MiB,
 * 4000 MiB in all. The DOCX reader must refuse it from the sizes its central directory declares,
 * before it inflates a byte: yauzl inflates through `zlib.createInflateRaw`, which is watched.
 */
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../parsers/read-document.js';

describe('a zip bomb named .docx', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is refused with docx/zip-too-large before anything is inflated', async () => {
    const bytes = readFileSync('fixtures/faults/zip-bomb.docx');
    expect(bytes.length).toBeLessThan(64 * 1024);
    const inflate = vi.spyOn(zlib, 'createInflateRaw');
    await expect(readDocument(bytes, 'zip-bomb.docx')).rejects.toMatchObject({
      code: 'docx/zip-too-large',
      file: 'zip-bomb.docx',
      message: expect.stringMatching(/^declares 4194304000 bytes uncompressed in 400 parts .*: 3\.9 GB from a file of 37 KB, more than any report, so it was not unpacked/),
    });
    expect(inflate).not.toHaveBeenCalled();
  });

  it('(the watch works: a real .docx is inflated through it)', async () => {
    const inflate = vi.spyOn(zlib, 'createInflateRaw');
    await readDocument(readFileSync('fixtures/docx/000_9e493d0445893002.docx'), 'good.docx');
    expect(inflate).toHaveBeenCalled();
  });
});
