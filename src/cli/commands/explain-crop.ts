/**
 * `chitieu explain ROW --crop FILE.png` (issue #14, docs/ocr.md): the picture of the cell an OCR'd
 * row was read from (the box named in its reasons: the withheld cell, else the figure's), cut
 * from the source file again, so a person can look. The source must still be where it was
 * imported from, unchanged (its sha256 is checked): another file's pixels would show the wrong cell.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sha256Hex } from '../../../common/hash.js';
import { encodeGrayPng } from '../../../parsers/ocr/png.js';
import { readCellPicture } from '../../../parsers/pdf/cell-picture.js';
import { boxOfReason } from '../../recognise/ocr-doubt.js';
import type { ReviewRow } from '../../store/review.js';

export interface CropWritten {
  page: number;
  width: number;
  height: number;
}

export async function writeCellCrop(row: ReviewRow, reasons: readonly string[], out: string): Promise<CropWritten> {
  const box = reasons.map(boxOfReason).find((b) => b !== null);
  if (!box) throw new Error(`row ${row.id} was not read by OCR (its reasons name no cell box): there is no cell image to crop`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(row.source_file);
  } catch (error) {
    throw new Error(`cannot read the source file ${row.source_file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the cell image is cut from it; put it back where it was imported from`);
  }
  if (sha256Hex(bytes) !== row.source_sha256) throw new Error(`${row.source_file} has changed since it was imported: its cell boxes may not fall on the same pixels; import it again`);
  const image = await readCellPicture(bytes, row.source_file, box);
  if (image.width === 0 || image.height === 0) throw new Error(`the box of row ${row.id} (page ${box.page}) lies outside its page picture`);
  writeFileSync(out, encodeGrayPng(image));
  return { page: box.page, width: image.width, height: image.height };
}
