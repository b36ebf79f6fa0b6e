/**
 * A gray map as PNG bytes (ISO/IEC 15948, W3C PNG §11–12): signature, IHDR (8-bit grayscale),
 * one IDAT of the rows deflated with filter type 0 before each, IEND; each chunk closed by the
 * CRC-32 of its type and data (node:zlib's crc32 is the PNG one). Used to show a person the cell a
 * figure was read from (`chitieu explain --crop`); images are small, so no filtering is tried.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { GrayImage } from './image.js';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

export function encodeGrayPng(image: GrayImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  // Bit depth 8, colour type 0 (grayscale), compression 0, filter method 0, no interlace.
  header.set([8, 0, 0, 0, 0], 8);
  const rows = new Uint8Array((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) rows.set(image.data.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array(0))]);
}
