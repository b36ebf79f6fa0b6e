import { describe, expect, it } from 'vitest';
import { encodeGrayPng } from '../../../parsers/ocr/png.js';
import { readGrayPng } from '../../helpers/png.js';

describe('encodeGrayPng', () => {
  it('writes the pixels, size and CRCs a PNG reader expects', () => {
    const image = { width: 3, height: 2, data: Uint8Array.of(0, 128, 255, 10, 20, 30) };
    const png = encodeGrayPng(image);
    // IHDR is the first chunk, 13 bytes: width 3, height 2, depth 8, colour type 0.
    expect([...png.subarray(8, 16)]).toEqual([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const back = readGrayPng(png);
    expect([back.width, back.height, [...back.data]]).toEqual([3, 2, [0, 128, 255, 10, 20, 30]]);
  });

  it('ends with the fixed IEND chunk', () => {
    const png = encodeGrayPng({ width: 1, height: 1, data: Uint8Array.of(7) });
    // IEND has no data, so its CRC is always AE 42 60 82.
    expect([...png.subarray(png.length - 12)]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  });
});
