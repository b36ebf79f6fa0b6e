/**
 * The picture of one OCR'd cell, for a person to look at (`chitieu explain --crop`, issue #14):
 * the page's picture is taken from the source PDF again (pagePicture: as stored, or rendered)
 * and made upright by the same steps as at import (uprightPicture: skew, then quarter turns),
 * so the box of the review reason, in points on the upright page, falls on the same pixels.
 * The scan's own gray levels are kept: no despeckling, no rule removal.
 */
import { createEngine } from '../ocr/engine.js';
import { crop, type GrayImage } from '../ocr/image.js';
import { uprightPicture } from '../ocr/read-scan.js';
import type { OcrBox } from '../ir.js';
import { pagePicture } from './ocr-pages.js';
import { loadPdfjs, openDocument } from './read-pdf.js';
import type { CanvasFactory } from './render-page.js';

/** Paper around the box (points), so the cell's borders and neighbours show too. */
export const CROP_MARGIN_PT = 6;

/** The box's pixels with a margin; throws when the page is not there or has no picture. */
export async function readCellPicture(bytes: Uint8Array, file: string, box: OcrBox, margin = CROP_MARGIN_PT): Promise<GrayImage> {
  const pdfjs = await loadPdfjs();
  const doc = await openDocument(pdfjs, bytes, file, 'force');
  try {
    if (box.page < 1 || box.page > doc.numPages) throw new Error(`${file} has no page ${box.page} (it has ${doc.numPages})`);
    const page = await doc.getPage(box.page);
    const scan = await pagePicture(page, { ops: pdfjs.OPS, canvasFactory: doc.canvasFactory as CanvasFactory }, box.page);
    if (!scan) throw new Error(`page ${box.page} of ${file} paints nothing to crop`);
    const engine = await createEngine();
    const upright = await uprightPicture(engine, scan).finally(() => engine.close());
    const scale = scan.dpi / 72;
    return crop(upright.image, (box.x - margin) * scale, (box.y - margin) * scale, (box.w + 2 * margin) * scale, (box.h + 2 * margin) * scale);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
