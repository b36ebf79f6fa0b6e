/**
 * The picture of a scanned page, taken from the PDF as it is stored: the largest image the page
 * paints (`paintImageXObject` in its operator list), decoded by pdf.js itself (JPEG, Flate,
 * CCITT, JBIG2 alike) and handed over through `page.objs`. Its resolution is its width in pixels
 * over the width it is painted at. That picture is the page only when it covers most of it: a
 * page painted otherwise (vector art, a scan stored as strips or tiles, an image over a drawn
 * form) is `drawn`, to be rendered whole (parsers/pdf/render-page.ts); a page that paints
 * nothing, or only a few lines, gives null.
 */
import { grayOfPdfImage, type GrayImage, type PdfImageData } from './image.js';

interface PdfjsPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  objs: { get(id: string, callback: (data: unknown) => void): void };
  /** The page box, [x0, y0, x1, y1] in points. */
  view: number[];
  /** Drops the page's decoded objects: a 300-dpi page picture is 26 MB of RGB in pdf.js. */
  cleanup(): boolean;
}

export interface PageImage {
  image: GrayImage;
  dpi: number;
}

/** What a page without text paints: one picture of it, something else to render, or nothing. */
/**
 * `drawn.dpi`: the resolution of the images it paints, when together they cover it (strips,
 * tiles), so the render puts one pixel on each of theirs (resampled at 300 dpi, a 200-dpi scan's
 * thin zeros read as nothing: fixtures/scans/002-200dpi-gray-strips).
 */
export type PagePaint = { kind: 'image'; picture: PageImage } | { kind: 'drawn'; dpi?: number } | null;

/** pdf.js `OPS` codes (src/shared/util.js), passed in so this module needs no pdf.js import. */
export interface ImageOps {
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  constructPath: number;
  transform: number;
  save: number;
  restore: number;
}

/**
 * Share of the page box the largest image must cover to be the page's picture: a scanner's image
 * covers it all; three strips or more cover a third each at most.
 */
const PAGE_COVER = 0.6;
/**
 * Path data (numbers of pdf.js's path buffers: an op code and its coordinates each) a page
 * without text or images must paint to be worth rendering: text drawn as outlines is some 50
 * to 100 numbers a glyph, in one path or many; a rule under a letterhead, a frame or a blank
 * form's lines are a few dozen each, and such a page keeps its `pdf/page-no-text` warning
 * unread (test/parsers/pdf.test.ts).
 */
const MIN_PATH_DATA = 5000;

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: number[]): Matrix => [
  n[0]! * m[0] + n[1]! * m[2], n[0]! * m[1] + n[1]! * m[3],
  n[2]! * m[0] + n[3]! * m[2], n[2]! * m[1] + n[3]! * m[3],
  n[4]! * m[0] + n[5]! * m[2] + m[4], n[4]! * m[1] + n[5]! * m[3] + m[5],
];

function objectOf(page: PdfjsPage, id: string): Promise<PdfImageData | null> {
  return new Promise((resolve) => page.objs.get(id, (data) => resolve((data as PdfImageData | null) ?? null)));
}

export async function pageImage(page: PdfjsPage, ops: ImageOps): Promise<PagePaint> {
  const list = await page.getOperatorList();
  const images = new Set([ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat]);
  // Images are painted into the unit square: the transform in force gives their size on the page.
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let best: { id: string; pixels: number; columns: number; width: number; height: number } | null = null;
  let drawn = false;
  let pathData = 0;
  /** Painted area of all images: strips or tiles together cover the page. */
  let imageArea = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === ops.transform && args) ctm = multiply(ctm, args.map(Number));
    else if (fn === ops.paintImageXObject && args && typeof args[0] === 'string') {
      drawn = true;
      // The arguments are the object's id, then its width and height in pixels.
      const pixels = Number(args[1]) * Number(args[2]);
      imageArea += Math.hypot(ctm[0], ctm[1]) * Math.hypot(ctm[2], ctm[3]);
      if (!best || pixels > best.pixels) best = { id: args[0], pixels, columns: Number(args[1]), width: Math.hypot(ctm[0], ctm[1]), height: Math.hypot(ctm[2], ctm[3]) };
    } else if (images.has(fn)) drawn = true;
    // pdf.js 5: [paint op, [Float32Array of the path], bounding box].
    else if (fn === ops.constructPath) pathData += (args?.[1] as Array<{ length: number } | null> | undefined)?.[0]?.length ?? 0;
  }
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const area = Math.abs((x1 - x0) * (y1 - y0));
  const data = best && best.width * best.height >= PAGE_COVER * area ? await objectOf(page, best.id) : null;
  const image = data && grayOfPdfImage(data);
  // Painted `best.width` points wide (72 a inch); a rotated placement is read the same way.
  const dpi = best && Math.round((best.columns * 72) / Math.max(1, best.width));
  if (image) return { kind: 'image', picture: { image, dpi: dpi! } };
  if (!drawn && pathData < MIN_PATH_DATA) return null;
  // A scan in pieces is rendered at its own resolution (too coarse a one is refused as such); a
  // drawing with a logo on it, at 300 dpi.
  return best && imageArea >= PAGE_COVER * area ? { kind: 'drawn', dpi: dpi! } : { kind: 'drawn' };
}
