/**
 * A page with no text and no picture of its own (vector art of a scan, a scan stored as strips
 * or tiles) rendered by pdf.js into a canvas, for OCR (issue #14). The canvas is pdf.js's own
 * (`PDFDocumentProxy.canvasFactory`: in Node its `NodeCanvasFactory` loads `@napi-rs/canvas`,
 * pdfjs-dist's optional dependency), so pdf.js's scratch canvases and ours are the same kind.
 * Rendered at 300 dpi on white: what the cell reading is tuned for (parsers/ocr/cells.ts).
 */
import type { GrayImage } from '../ocr/image.js';

export const RENDER_DPI = 300;

interface CanvasEntry {
  canvas: { width: number; height: number };
  context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

export interface CanvasFactory {
  create(width: number, height: number): CanvasEntry;
  destroy(entry: CanvasEntry): void;
}

type RenderablePage = Pick<import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy, 'getViewport' | 'render'>;
type RenderParameters = Parameters<RenderablePage['render']>[0];

export async function renderPage(page: RenderablePage, factory: CanvasFactory, dpi = RENDER_DPI): Promise<GrayImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const entry = factory.create(width, height);
  try {
    entry.context.fillStyle = 'white';
    entry.context.fillRect(0, 0, width, height);
    // pdf.js's types name the DOM canvas; its Node factory hands out @napi-rs/canvas ones.
    await page.render({ canvasContext: entry.context as unknown as RenderParameters['canvasContext'], canvas: entry.canvas as unknown as RenderParameters['canvas'], viewport }).promise;
    const rgba = entry.context.getImageData(0, 0, width, height).data;
    const data = new Uint8Array(width * height);
    for (let i = 0, j = 0; i < data.length; i++, j += 4) data[i] = (rgba[j]! + rgba[j + 1]! + rgba[j + 2]!) / 3;
    return { width, height, data };
  } finally {
    factory.destroy(entry);
  }
}
