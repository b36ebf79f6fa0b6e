/**
 * A reader of the PNGs chitieu writes (8-bit grayscale, one IDAT or more, filter type 0 on
 * every row), written from the PNG specification (§5 chunks, §11.2.2 IHDR, §9 filters) so the
 * tests check the encoder against the format rather than against itself. Every chunk's CRC is
 * checked; any other colour type or filter fails.
 */
import { crc32, inflateSync } from 'node:zlib';
import type { GrayImage } from '../../parsers/ocr/image.js';

export function readGrayPng(bytes: Buffer): GrayImage {
  if (bytes.subarray(0, 8).toString('latin1') !== '\x89PNG\r\n\x1a\n') throw new Error('not a PNG signature');
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const data = bytes.subarray(at + 8, at + 8 + length);
    if ((crc32(bytes.subarray(at + 4, at + 8 + length)) >>> 0) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC on ${type}`);
    at += 12 + length;
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 0) throw new Error(`not 8-bit gray: depth ${data[8]}, colour type ${data[9]}`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
  }
  const rows = inflateSync(Buffer.concat(idat));
  if (rows.length !== (width + 1) * height) throw new Error(`${rows.length} bytes of rows for ${width} × ${height}`);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y} has filter ${rows[y * (width + 1)]}`);
    out.set(rows.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, data: out };
}
