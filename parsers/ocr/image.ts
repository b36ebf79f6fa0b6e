/**
 * Page images as plain gray maps (0 black … 255 white, one byte a pixel, rows top down), and the
 * few operations the OCR adapter needs on them. Plain loops over typed arrays: a 300-dpi A4 page
 * is 8.7 million pixels, so each pass is written once and kept short.
 */

export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** pdf.js `ImageKind` (src/shared/util.js): how a decoded image object holds its pixels. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

export interface PdfImageData {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * A decoded pdf.js image object as gray. 1-bit rows are padded to whole bytes; pdf.js sets a bit
 * for white (it has already applied /Decode and the colour space). Colour is averaged.
 */
export function grayOfPdfImage(image: PdfImageData): GrayImage | null {
  const { width, height, kind, data } = image;
  const out = new Uint8Array(width * height);
  if (kind === GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) out[y * width + x] = data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    }
    return { width, height, data: out };
  }
  const step = kind === RGB_24BPP ? 3 : kind === RGBA_32BPP ? 4 : 0;
  if (step === 0 || data.length < width * height * step) return null;
  for (let i = 0, j = 0; i < out.length; i++, j += step) out[i] = (data[j]! + data[j + 1]! + data[j + 2]!) / 3;
  return { width, height, data: out };
}

export function crop(image: GrayImage, x: number, y: number, w: number, h: number): GrayImage {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const width = Math.max(0, Math.min(image.width, Math.ceil(x + w)) - x0);
  const height = Math.max(0, Math.min(image.height, Math.ceil(y + h)) - y0);
  const out = new Uint8Array(width * height);
  for (let j = 0; j < height; j++) out.set(image.data.subarray((y0 + j) * image.width + x0, (y0 + j) * image.width + x0 + width), j * width);
  return { width, height, data: out };
}

/** A white border of `margin` pixels around the image: tesseract reads text that touches the edge badly. */
export function pad(image: GrayImage, margin: number): GrayImage {
  const width = image.width + 2 * margin;
  const height = image.height + 2 * margin;
  const out = new Uint8Array(width * height).fill(255);
  for (let j = 0; j < image.height; j++) out.set(image.data.subarray(j * image.width, (j + 1) * image.width), (j + margin) * width + margin);
  return { width, height, data: out };
}

/** Netpbm P5 bytes: the one image format tesseract.js reads (through Leptonica) with no encoder here. */
export function toPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}

/** Turned clockwise by `turns` quarter turns. */
export function rotateQuarters(image: GrayImage, turns: number): GrayImage {
  const t = ((turns % 4) + 4) % 4;
  if (t === 0) return image;
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  if (t === 2) {
    for (let i = 0; i < out.length; i++) out[i] = data[out.length - 1 - i]!;
    return { width, height, data: out };
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      if (t === 1) out[x * height + (height - 1 - y)] = v;
      else out[(width - 1 - x) * height + y] = v;
    }
  }
  return { width: height, height: width, data: out };
}

/**
 * Turned by `degrees` clockwise about the centre (bilinear; white where the page had nothing).
 * Used to take out a scan's skew, so `degrees` is small and the size is kept.
 */
export function rotateSmall(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height).fill(255);
  const a = (-degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    // The source point of (x, y), stepped along the row (hot loop: 8.7 million pixels at 300 dpi).
    let sx = cos * (0 - cx) - sin * (y - cy) + cx;
    let sy = sin * (0 - cx) + cos * (y - cy) + cy;
    for (let x = 0; x < width; x++, sx += cos, sy += sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
      out[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return { width, height, data: out };
}

/** Otsu's threshold over the gray histogram: the level that best splits ink from paper. */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (let i = 0; i < image.data.length; i++) histogram[image.data[i]!]!++;
  const total = image.data.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v]!;
  let below = 0;
  let sumBelow = 0;
  let best = 128;
  let bestSpread = -1;
  for (let v = 0; v < 256; v++) {
    below += histogram[v]!;
    if (below === 0 || below === total) continue;
    sumBelow += v * histogram[v]!;
    const meanBelow = sumBelow / below;
    const meanAbove = (sum - sumBelow) / (total - below);
    const spread = below * (total - below) * (meanBelow - meanAbove) ** 2;
    if (spread > bestSpread) {
      bestSpread = spread;
      best = v;
    }
  }
  return best;
}

/** 1 where there is ink (darker than the threshold), 0 for paper. */
export function inkMask(image: GrayImage, threshold = otsuThreshold(image)): Uint8Array {
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = image.data[i]! <= threshold ? 1 : 0;
  return out;
}

/** Enlarged by `factor` (bilinear). Tesseract reads best at a letter height of 20–30 pixels. */
export function enlarge(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const out = new Uint8Array(width * height);
  const { data } = image;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const fx = sx - x0;
      const top = data[y0 * image.width + x0]! + (data[y0 * image.width + x1]! - data[y0 * image.width + x0]!) * fx;
      const bottom = data[y1 * image.width + x0]! + (data[y1 * image.width + x1]! - data[y1 * image.width + x0]!) * fx;
      out[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return { width, height, data: out };
}

/** Made smaller by `factor` (< 1), each pixel the mean of the block it covers. */
export function shrink(image: GrayImage, factor: number): GrayImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const sums = new Float64Array(width * height);
  const counts = new Uint32Array(width * height);
  for (let y = 0; y < image.height; y++) {
    const ty = Math.min(height - 1, Math.floor(y * factor)) * width;
    for (let x = 0; x < image.width; x++) {
      const t = ty + Math.min(width - 1, Math.floor(x * factor));
      sums[t]! += image.data[y * image.width + x]!;
      counts[t]!++;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = counts[i]! > 0 ? sums[i]! / counts[i]! : 255;
  return { width, height, data };
}
