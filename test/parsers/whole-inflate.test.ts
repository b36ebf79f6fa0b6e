/**
 * The `DecompressionStream` pdf.js is given (parsers/pdf/whole-inflate.ts): the same bytes out as
 * the engine's, and a failure where the engine's fails, so that pdf.js falls back to its own
 * decoder on the same streams.
 */
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { installWholeInflate } from '../../parsers/pdf/whole-inflate.js';

const Native = globalThis.DecompressionStream;
installWholeInflate();

/** As pdf.js uses it (asyncGetBytesFromDecompressionStream, pdf.worker.mjs). */
async function inflate(Stream: typeof DecompressionStream, format: string, bytes: Uint8Array): Promise<string> {
  const { readable, writable } = new Stream(format as 'deflate');
  const writer = writable.getWriter();
  await writer.ready;
  writer.write(bytes).then(async () => {
    await writer.ready;
    await writer.close();
  }).catch(() => {});
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const CONTENT = 'BT /F1 12 Tf 72 720 Td (Số văn bản chỉ đạo) Tj ET\n';

describe('WholeDecompressionStream', () => {
  it('is installed in place of the engine class', () => {
    expect(globalThis.DecompressionStream).not.toBe(Native);
  });

  it('inflates a Flate stream to the bytes the engine gives', async () => {
    const deflated = deflateSync(Buffer.from(CONTENT));
    expect(await inflate(globalThis.DecompressionStream, 'deflate', deflated)).toBe(CONTENT);
    expect(await inflate(Native, 'deflate', deflated)).toBe(CONTENT);
  });

  it('fails on a stream cut off before its end, as the engine does', async () => {
    const cut = deflateSync(Buffer.from(CONTENT)).subarray(0, 20);
    await expect(inflate(globalThis.DecompressionStream, 'deflate', cut)).rejects.toThrow(/unexpected end of file/);
    await expect(inflate(Native, 'deflate', cut)).rejects.toThrow();
  });

  it('leaves other formats to the engine', async () => {
    expect(await inflate(globalThis.DecompressionStream, 'gzip', gzipSync(Buffer.from(CONTENT)))).toBe(CONTENT);
  });
});
