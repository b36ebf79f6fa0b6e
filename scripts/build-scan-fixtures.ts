/**
 * Builds fixtures/scans/: pages of the project's own fixture PDFs rasterised as a scanner would
 * store them (one image per page, no text layer), for the OCR tests (issue #14). Each kind is one
 * way scans differ: resolution (200, 300 dpi), gray JPEG or 1-bit, a skewed page, speckle noise,
 * a page scanned sideways, one upside down, a stamp over the figures.
 *
 * Usage: npm run build && node dist/scripts/build-scan-fixtures.js
 * Needs `pdftoppm` (poppler-utils): it renders the source pages to gray maps, and writes the JPEGs
 * (a transformed page goes back through a one-page PDF to pdftoppm for that). Skew, rotation and
 * noise are done here with a seeded generator: the same inputs give the same bytes.
 *
 * Which expected rows each scan holds: fixtures/scans/rows.tsv, written by rowsOnPages below from
 * pdftotext's text of the source pages (not checked row by row by eye; the cases looked into while
 * measuring are in docs/ocr.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { scannedPdf, type PageImage } from './pdf-writer.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const OUT = join(ROOT, 'fixtures', 'scans');

interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

type Storage = 'jpeg' | 'mono' | 'gray';

const MONO_THRESHOLD = 200;
/** Seed lines between two rows of one page whose label start is printed once: headings, wrapped rows. */
const RUN_GAP = 20;

export interface ScanKind {
  name: string;
  source: string;
  pages: number[];
  dpi: number;
  storage: Storage;
  /** Degrees, counter-clockwise. */
  skew?: number;
  /** Source pages scanned sideways: turned a quarter clockwise (the others are upright). */
  sideways?: number[];
  /** Source pages scanned upside down: turned half a turn. */
  upsideDown?: number[];
  noise?: boolean;
  /** An office stamp (two rings of ink) printed over the figures, centred at this point (pt). */
  stamp?: { x: number; y: number };
}

export const SCAN_KINDS: ScanKind[] = [
  { name: '000-300dpi-jpeg', source: '000_9e493d0445893002', pages: [1, 9], dpi: 300, storage: 'jpeg' },
  { name: '003-200dpi-gray', source: '003_f51fa97e0584822a', pages: [15], dpi: 200, storage: 'gray' },
  { name: '002-200dpi-mono', source: '002_60f12e1201b41f59', pages: [8], dpi: 200, storage: 'mono' },
  // Pages 9 and 10: rows 3.2.1 and 3.2.2 of page 10 are told apart only by their parent 3.2 on page 9.
  { name: '001-300dpi-mono', source: '001_8f3c16bf5b21494c', pages: [9, 10], dpi: 300, storage: 'mono' },
  { name: '003-200dpi-jpeg-skew', source: '003_f51fa97e0584822a', pages: [14], dpi: 200, storage: 'jpeg', skew: 1.5 },
  { name: '000-200dpi-mono-noise', source: '000_9e493d0445893002', pages: [10], dpi: 200, storage: 'mono', noise: true },
  // Page 9 sideways, page 10 upside down: row 2.5's label runs on from page 9 to page 10.
  { name: '002-200dpi-jpeg-rotated', source: '002_60f12e1201b41f59', pages: [9, 10], dpi: 200, storage: 'jpeg', sideways: [9], upsideDown: [10] },
  { name: '000-200dpi-mono-no-table', source: '000_9e493d0445893002', pages: [1], dpi: 200, storage: 'mono' },
  // The stamp's rings cross the value cells of rows 3.1.3 to 3.2.1: what they cross goes to review.
  { name: '003-200dpi-gray-stamp', source: '003_f51fa97e0584822a', pages: [14], dpi: 200, storage: 'gray', stamp: { x: 440, y: 330 } },
];

function readPgm(path: string): Gray {
  const bytes = readFileSync(path);
  // Netpbm P5: "P5", width, height, maxval, one whitespace byte, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${path}: pdftoppm did not write a P5 gray map`);
  return { width: Number(header[1]), height: Number(header[2]), data: new Uint8Array(bytes.subarray(header[0].length)) };
}

function render(source: string, page: number, dpi: number, work: string): Gray {
  const base = join(work, `p${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', source, base]);
  return readPgm(`${base}.pgm`);
}

/** Turned by `degrees` counter-clockwise about the centre, bilinear, white where nothing was. */
function skew(image: Gray, degrees: number): Gray {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source pixel this one shows (inverse rotation; y grows downwards).
      const sx = cos * (x - cx) - sin * (y - cy) + cx;
      const sy = sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const p = (i: number, j: number) => data[j * width + i]!;
      const top = p(x0, y0) * (1 - fx) + p(x0 + 1, y0) * fx;
      const bottom = p(x0, y0 + 1) * (1 - fx) + p(x0 + 1, y0 + 1) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/** Two rings of stamp ink (gray 90), 1.3 and 1 inch across, 3 pt thick, darkening what they cross. */
function stamp(image: Gray, dpi: number, at: { x: number; y: number }): Gray {
  const out = new Uint8Array(image.data);
  const scale = dpi / 72;
  const [cx, cy, half] = [at.x * scale, at.y * scale, 1.5 * scale];
  for (const radius of [47 * scale, 36 * scale]) {
    for (let y = Math.floor(cy - radius - half); y <= cy + radius + half; y++) {
      for (let x = Math.floor(cx - radius - half); x <= cx + radius + half; x++) {
        if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
        if (Math.abs(Math.hypot(x - cx, y - cy) - radius) <= half) out[y * image.width + x] = Math.min(out[y * image.width + x]!, 90);
      }
    }
  }
  return { ...image, data: out };
}

/** A quarter turn clockwise: the page lies on its side, as when fed into the scanner sideways. */
function quarterTurn(image: Gray): Gray {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = data[y * width + x]!;
  return { width: height, height: width, data: out };
}

/** Speckle: dark dots of one or two pixels, about 1 in 2,000 pixels, from a seeded xorshift32. */
function speckle(image: Gray, seed: number): Gray {
  const out = new Uint8Array(image.data);
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  const dots = Math.floor((image.width * image.height) / 2000);
  for (let i = 0; i < dots; i++) {
    const cx = next() % image.width;
    const cy = next() % image.height;
    const wide = 1 + (next() % 2);
    for (let dx = 0; dx < wide; dx++) if (cx + dx < image.width) out[cy * image.width + cx + dx] = 40;
  }
  return { ...image, data: out };
}

/**
 * 1 bit a pixel, rows padded to whole bytes; 1 is white (DeviceGray). The threshold is dark-biased
 * (a scanner's "darker" setting): at the middle gray a half-point rule drawn across two pixel
 * rows, each light gray, vanishes from the scan.
 */
function monoImage(image: Gray, dpi: number): PageImage {
  const rowBytes = Math.ceil(image.width / 8);
  const bits = Buffer.alloc(rowBytes * image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) if (image.data[y * image.width + x]! >= MONO_THRESHOLD) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  return { width: image.width, height: image.height, dpi, format: '/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode', data: deflateSync(bits, { level: 9 }) };
}

/** 8 bits a pixel, Flate: the lossless gray scan. */
function grayImage(image: Gray, dpi: number): PageImage {
  return { width: image.width, height: image.height, dpi, format: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(image.data, { level: 9 }) };
}

/** The gray map as a baseline JPEG by pdftoppm (in colour: it writes no one-component JPEG): through a one-page PDF at the same resolution. */
function jpegImage(image: Gray, dpi: number, work: string): PageImage {
  const flat = grayImage(image, dpi);
  const pdf = join(work, 'flat.pdf');
  writeFileSync(pdf, scannedPdf([flat]));
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-jpeg', '-jpegopt', 'quality=55', '-singlefile', pdf, join(work, 'flat')]);
  const jpeg = readFileSync(join(work, 'flat.jpg'));
  // The JPEG's own size (SOF0: height then width) is what the PDF must declare.
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  const height = jpeg.readUInt16BE(sof + 5);
  const width = jpeg.readUInt16BE(sof + 7);
  // pdftoppm writes three YCbCr components even with -gray: the JPEG is a colour one of a gray page.
  const space = jpeg[sof + 9] === 1 ? '/DeviceGray' : '/DeviceRGB';
  return { width, height, dpi, format: `/ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`, data: jpeg };
}

function buildKind(kind: ScanKind, work: string): Buffer {
  const source = join(ROOT, 'fixtures', 'pdf', `${kind.source}.pdf`);
  const images = kind.pages.map((page, i) => {
    let image = render(source, page, kind.dpi, work);
    if (kind.skew) image = skew(image, kind.skew);
    if (kind.noise) image = speckle(image, 0x5ca9 + i);
    if (kind.stamp) image = stamp(image, kind.dpi, kind.stamp);
    if (kind.sideways?.includes(page)) image = quarterTurn(image);
    if (kind.upsideDown?.includes(page)) image = quarterTurn(quarterTurn(image));
    if (kind.storage === 'mono') return monoImage(image, kind.dpi);
    if (kind.storage === 'gray') return grayImage(image, kind.dpi);
    return jpegImage(image, kind.dpi, work);
  });
  return scannedPdf(images);
}

const squash = (text: string) => text.normalize('NFC').replace(/<\/?[bi]>/g, '').replace(/\s+/g, '');

/** Rows of a hand-written expectation file (fixtures/seeds/expected/), as objects by column name. */
function expectedRows(name: string): Array<Record<string, string>> {
  const lines = readFileSync(join(ROOT, 'fixtures', 'seeds', 'expected', name), 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [header[i]!, cell])));
}

/**
 * The seed lines (of fixtures/seeds/expected/<seed>.tsv and .empty.tsv) whose rows are printed on
 * the scanned pages: the start of their label (and a numeric STT) are in the page's text as pdftotext
 * gives it, and the row lies between the first and the last row found there whose label start is
 * printed only once in the seed and that lie within a page's length of their median (a
 * label printed under several parents is on this page only within that range). The lists are made,
 * not checked row by row by eye.
 */
function rowsOnPages(kind: ScanKind): string[] {
  const source = join(ROOT, 'fixtures', 'pdf', `${kind.source}.pdf`);
  const seed = kind.source.slice(0, 3);
  const out: string[] = [];
  for (const page of kind.pages) {
    const text = squash(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), source, '-'], { encoding: 'utf8' }));
    const all: Array<Record<string, string>> = [`${seed}.tsv`, `${seed}.empty.tsv`].flatMap((file) => expectedRows(file).map((row) => ({ ...row, expects: file.includes('empty') ? 'empty' : 'value' })));
    const key = (row: Record<string, string>) => squash(row.label_start!);
    const printed = all.filter((row) => text.includes(squash(row.label_start!)) && (!/^\d/.test(row.stt!) || text.includes(squash(row.stt!))));
    const once = printed.filter((row) => all.filter((other) => key(other) === key(row)).length === 1).map((row) => Number(row.line)).sort((a, b) => a - b);
    // A page holds one run of some 20–40 seed lines: a row "printed once" apart from that run is a
    // label start found inside another text (001 page 9 prints "Số nhiệm vụ đã hoàn thành" and an
    // STT 2.2, but not seed line 188, 26 lines before the page's first such row).
    const near = longestRun(once);
    // Rows whose label start is printed more than once in the seed (5.4 and 5.8, "Số nhiệm vụ quá
    // hạn…") are on the page when they run on, line after line, from its first or last such row.
    const lines = new Set(printed.map((row) => Number(row.line)));
    let [first, last] = [Math.min(...near), Math.max(...near)];
    while (lines.has(first - 1) || lines.has(first - 2)) first -= lines.has(first - 1) ? 1 : 2;
    while (lines.has(last + 1) || lines.has(last + 2)) last += lines.has(last + 1) ? 1 : 2;
    for (const row of printed.sort((a, b) => Number(a.line) - Number(b.line))) {
      if (Number(row.line) >= first && Number(row.line) <= last) out.push(`${kind.name}\t${page}\t${seed}\t${row.line}\t${row.expects}`);
    }
  }
  return out;
}

/** The longest run of sorted seed lines with no gap over RUN_GAP lines. */
function longestRun(lines: number[]): number[] {
  let best: number[] = [];
  let run: number[] = [];
  for (const line of lines) {
    run = run.length > 0 && line - run[run.length - 1]! > RUN_GAP ? [line] : [...run, line];
    if (run.length > best.length) best = run;
  }
  return best;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const rows = ['scan\tpage\tseed\tline\texpects'];
  const work = mkdtempSync(join(tmpdir(), 'chitieu-scans-'));
  try {
    for (const kind of SCAN_KINDS) {
      const pdf = buildKind(kind, work);
      writeFileSync(join(OUT, `${kind.name}.pdf`), pdf);
      console.log(`${kind.name}.pdf: pages ${kind.pages.join(', ')} of ${kind.source}.pdf, ${Math.round(pdf.length / 1024)} KB`);
      rows.push(...rowsOnPages(kind));
    }
    writeFileSync(join(OUT, 'rows.tsv'), `${rows.join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
