/**
 * The picture of a scanned page, taken from the PDF as it is stored: the largest image the page
 * paints (`paintImageXObject` in its operator list), decoded by pdf.js itself (JPEG, Flate,
 * CCITT, JBIG2 alike) and handed over through `page.objs`. Its resolution is its width in pixels
 * over the width it is painted at. A page that is not one picture (a drawing, no image) gives null.
 */
import { grayOfPdfImage, type GrayImage, type PdfImageData } from './image.js';

interface PdfjsPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  objs: { get(id: string, callback: (data: unknown) => void): void };
  /** Drops the page's decoded objects: a 300-dpi page picture is 26 MB of RGB in pdf.js. */
  cleanup(): boolean;
}

export interface PageImage {
  image: GrayImage;
  dpi: number;
}

/** `OPS.paintImageXObject` and `OPS.transform` of pdf.js, passed in so this module needs no pdf.js import. */
export interface ImageOps {
  paintImageXObject: number;
  transform: number;
  save: number;
  restore: number;
}

function objectOf(page: PdfjsPage, id: string): Promise<PdfImageData | null> {
  return new Promise((resolve) => page.objs.get(id, (data) => resolve((data as PdfImageData | null) ?? null)));
}

export async function pageImage(page: PdfjsPage, ops: ImageOps): Promise<PageImage | null> {
  const list = await page.getOperatorList();
  // The painted width of each image: the scale of the transform in force (images are painted into the unit square).
  let scale = 1;
  const stack: number[] = [];
  let best: { id: string; pixels: number; painted: number } | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(scale);
    else if (fn === ops.restore) scale = stack.pop() ?? 1;
    else if (fn === ops.transform && args) scale *= Math.hypot(Number(args[0]), Number(args[1])) || 1;
    else if (fn === ops.paintImageXObject && args && typeof args[0] === 'string') {
      const pixels = Number(args[1]);
      if (!best || pixels > best.pixels) best = { id: args[0], pixels, painted: scale };
    }
  }
  if (!best) return null;
  const data = await objectOf(page, best.id);
  if (!data) return null;
  const image = grayOfPdfImage(data);
  if (!image) return null;
  // Painted `best.painted` points wide (72 a inch); a rotated placement is read the same way.
  return { image, dpi: Math.round((image.width * 72) / Math.max(1, best.painted)) };
}
