/**
 * The smallest PDF writer the fixture builders need: numbered objects, a cross-reference table
 * and a trailer (ISO 32000-1 §7.5). Object 1 must be the catalog.
 */
import { deflateSync } from 'node:zlib';

export function writePdf(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(object);
    at += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

export function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

/** One page image as a scanner stores it: the image XObject's dictionary entries and its bytes. */
export interface PageImage {
  width: number;
  height: number;
  /** e.g. `/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode` */
  format: string;
  data: Buffer;
  /** Resolution, for the page size in points. */
  dpi: number;
}

/**
 * A scan: each page holds one image covering it, and nothing else (no text operators); a page
 * given as a list of images holds them as strips stacked top down, each the page's full width.
 */
export function scannedPdf(pages: ReadonlyArray<PageImage | readonly PageImage[]>): Buffer {
  const strips = pages.map((page) => (Array.isArray(page) ? page : [page]) as readonly PageImage[]);
  const pageIds: number[] = [];
  let next = 3;
  for (const page of strips) {
    pageIds.push(next);
    next += 2 + page.length;
  }
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${strips.length} >>`),
  ];
  strips.forEach((images, i) => {
    const id = pageIds[i]!;
    const first = images[0]!;
    const pt = (pixels: number) => (pixels * 72) / first.dpi;
    const w = pt(first.width);
    const h = pt(images.reduce((sum, image) => sum + image.height, 0));
    // Objects: the page, its images, its contents (one image: the files built before strips, byte for byte).
    const names = images.map((_, k) => `/Im${k} ${id + 1 + k} 0 R`).join(' ');
    let top = h;
    const draws = images.map((image, k) => {
      top -= pt(image.height);
      return `q ${w.toFixed(2)} 0 0 ${pt(image.height).toFixed(2)} 0 ${Math.abs(top) < 0.005 ? '0' : top.toFixed(2)} cm /Im${k} Do Q`;
    });
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << ${names} >> >> /Contents ${id + 1 + images.length} 0 R >>`));
    for (const image of images) objects.push(stream(`/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ${image.format}`, image.data));
    objects.push(stream('', Buffer.from(draws.join(' '))));
  });
  return writePdf(objects);
}

/** Pages drawn by their content streams alone (Flate-compressed), with no resources: vector art. */
export function drawnPdf(pages: ReadonlyArray<{ width: number; height: number; content: Buffer }>): Buffer {
  const pageIds = pages.map((_, i) => 3 + 2 * i);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`),
  ];
  pages.forEach((page, i) => {
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width.toFixed(2)} ${page.height.toFixed(2)}] /Contents ${pageIds[i]! + 1} 0 R >>`));
    objects.push(stream('/Filter /FlateDecode', deflateSync(page.content, { level: 9 })));
  });
  return writePdf(objects);
}
