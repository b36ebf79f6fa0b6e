/**
 * The smallest PDF writer the fixture builders need: numbered objects, a cross-reference table
 * and a trailer (ISO 32000-1 §7.5). Object 1 must be the catalog.
 */
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

/** A scan: each page holds one image covering it, and nothing else (no text operators). */
export function scannedPdf(images: readonly PageImage[]): Buffer {
  const pageIds = images.map((_, i) => 3 + 3 * i);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${images.length} >>`),
  ];
  images.forEach((image, i) => {
    const id = pageIds[i]!;
    const w = ((image.width * 72) / image.dpi).toFixed(2);
    const h = ((image.height * 72) / image.dpi).toFixed(2);
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${id + 1} 0 R >> >> /Contents ${id + 2} 0 R >>`));
    objects.push(stream(`/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ${image.format}`, image.data));
    objects.push(stream('', Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`)));
  });
  return writePdf(objects);
}
