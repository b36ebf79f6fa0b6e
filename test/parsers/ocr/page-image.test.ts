/**
 * Which pages are read from their own picture and which are rendered (parsers/ocr/page-image.ts),
 * on operator lists written by hand: a page one inch wide and half an inch high (72 × 36 pt).
 */
import { describe, expect, it } from 'vitest';
import { pageImage, type ImageOps } from '../../../parsers/ocr/page-image.js';

const OPS: ImageOps = { save: 10, restore: 11, transform: 12, paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83, paintImageXObjectRepeat: 88, constructPath: 91 };

function page(ops: Array<[number, unknown[] | null]>, images: Record<string, { width: number; height: number }> = {}) {
  return {
    view: [0, 0, 72, 36],
    getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }),
    objs: {
      get(id: string, callback: (data: unknown) => void) {
        const size = images[id]!;
        // RGBA, all black.
        callback({ ...size, kind: 3, data: new Uint8Array(size.width * size.height * 4) });
      },
    },
    cleanup: () => true,
  };
}

/** An image painted w × h points at (x, y). */
const painted = (id: string, pixels: [number, number], w: number, h: number, y = 0): Array<[number, unknown[] | null]> => [
  [OPS.save, null],
  [OPS.transform, [w, 0, 0, h, 0, y]],
  [OPS.paintImageXObject, [id, ...pixels]],
  [OPS.restore, null],
];

describe('pageImage', () => {
  it('takes one image covering the page as its picture, at its resolution', async () => {
    const paint = await pageImage(page(painted('scan', [200, 100], 72, 36), { scan: { width: 200, height: 100 } }), OPS);
    expect(paint?.kind).toBe('image');
    if (paint?.kind !== 'image') return;
    // 200 pixels over 72 pt, one inch: 200 dpi.
    expect([paint.picture.dpi, paint.picture.image.width, paint.picture.image.height, paint.picture.image.data[0]]).toEqual([200, 200, 100, 0]);
  });

  it('renders a page stored as four strips, at the strips\' resolution', async () => {
    const strips = [0, 1, 2, 3].flatMap((k) => painted(`s${k}`, [200, 25], 72, 9, 27 - 9 * k));
    // Each strip covers a quarter of the page, under the 60 % a page's picture covers.
    expect(await pageImage(page(strips), OPS)).toEqual({ kind: 'drawn', dpi: 200 });
  });

  /** A path of `numbers` numbers in pdf.js 5's form: [paint op, [path buffer], bounding box]. */
  const path = (numbers: number): [number, unknown[] | null] => [OPS.constructPath, [22, [new Float32Array(numbers)], null]];

  it('renders a drawing with a small picture on it at 300 dpi (undefined: the renderer\'s own)', async () => {
    expect(await pageImage(page([...painted('logo', [50, 50], 18, 18), path(40)]), OPS)).toEqual({ kind: 'drawn' });
  });

  it('renders a page drawn as outlines, in one path or many, not one with a few lines, nor an empty one', async () => {
    // 5,000 numbers of path: some 60 glyphs as outlines.
    expect(await pageImage(page([path(5000)]), OPS)).toEqual({ kind: 'drawn' });
    expect(await pageImage(page(Array.from({ length: 50 }, () => path(100))), OPS)).toEqual({ kind: 'drawn' });
    // A frame and two rules.
    expect(await pageImage(page([path(30), path(12), path(12)]), OPS)).toBeNull();
    expect(await pageImage(page([]), OPS)).toBeNull();
  });

  it('follows nested transforms to the painted size', async () => {
    // Scaled by 2 then by (36, 18): 72 × 36 pt, the whole page, 400 pixels wide: 400 dpi.
    const ops: Array<[number, unknown[] | null]> = [[OPS.save, null], [OPS.transform, [2, 0, 0, 2, 0, 0]], ...painted('scan', [400, 200], 36, 18), [OPS.restore, null]];
    const paint = await pageImage(page(ops, { scan: { width: 400, height: 200 } }), OPS);
    expect(paint?.kind === 'image' && paint.picture.dpi).toBe(400);
  });
});
