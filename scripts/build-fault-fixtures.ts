/**
 * Builds fixtures/faults/: small broken inputs, each one a way a real archive goes wrong, that
 * `chitieu import` must refuse by name with a fixed code (or, for `no-appendix.txt`, import with
 * no figures and a warning). fixtures/faults/README.md lists them with what the user is told.
 *
 * Usage: npm run build && node dist/scripts/build-fault-fixtures.js
 * Needs `qpdf` (Debian qpdf) for encrypted.pdf and `pdftoppm` (Debian poppler-utils) for scan.pdf.
 * The same inputs give the same bytes: random bytes come from a seeded generator, qpdf runs with
 * its fixed-ID options, ZIP entries carry the DOS epoch. Deflated parts are Node's zlib output,
 * so another Node version may pack them differently; what the files are stays the same.
 *
 * Faults that git cannot hold or that would harm folder walks are made where a test runs
 * (test/faults/): an unreadable file (chmod 000), a symlink loop, a name with Vietnamese letters,
 * spaces and quotes, and the 30,000-row report (about 3 MB) from `largeTableReport`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { stream, writePdf } from './pdf-writer.js';
import { writeZip } from './zip-writer.js';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const PDF_SOURCE = 'fixtures/pdf/000_9e493d0445893002.pdf';
const DOCX_SOURCE = 'fixtures/docx/000_9e493d0445893002.docx';
const PROSE_SOURCE = 'fixtures/seeds/002_60f12e1201b41f59.txt';

/** xorshift32: the same "random" bytes on every run. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A download cut off half way: the first half of a real file. */
function firstHalf(path: string): Buffer {
  const bytes = readFileSync(path);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** The PDF header, then noise: what a PDF damaged by a bad disk or a mail gateway looks like. */
function corruptPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), pseudoRandomBytes(4096, 0x5eed_0001)]);
}

/** Page 1 of a real report, AES-128 (AES-256 salts are random) with an open password (matkhau), through qpdf's fixed-ID mode. */
function encryptedPdf(work: string): Buffer {
  const out = join(work, 'encrypted.pdf');
  execFileSync('qpdf', ['--static-id', '--static-aes-iv', join(ROOT, PDF_SOURCE), '--pages', '.', '1', '--', '--encrypt', 'matkhau', 'chusohuu', '128', '--use-aes=y', '--', out]);
  return readFileSync(out);
}

/**
 * A scanned report: a page of the appendix table rendered to a 50 dpi grey image by pdftoppm and
 * placed as the only content of a page (an image XObject, no text operators), as a scanner's PDF is.
 */
function scannedPdf(work: string): Buffer {
  execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '9', '-l', '9', '-singlefile', join(ROOT, PDF_SOURCE), join(work, 'page')]);
  const pgm = readFileSync(join(work, 'page.pgm'));
  // Netpbm P5: "P5", width, height, maxval, one whitespace byte, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a P5 grey map');
  const [, width, height] = header;
  const pixels = pgm.subarray(header[0].length);
  return writePdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>'),
    stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(pixels, { level: 9 })),
    stream('', Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q')),
  ]);
}

/** A Word 97–2003 file renamed .docx: the OLE compound file header (MS-CFB §2.2), sectors left empty. */
function word97(): Buffer {
  const bytes = Buffer.alloc(1536, 0xff);
  bytes.fill(0, 0, 512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  bytes.writeUInt16LE(0xfffe, 28); // byte order mark
  bytes.writeUInt16LE(9, 30); // sector shift
  bytes.writeUInt16LE(6, 32); // mini sector shift
  return bytes;
}

/** An Excel workbook (SpreadsheetML package) under a .docx name: a ZIP, but no Word document in it. */
function notWord(): Buffer {
  const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const workbook = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Phụ lục" sheetId="1"/></sheets></workbook>';
  const sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Chỉ tiêu thống kê</t></is></c></row></sheetData></worksheet>';
  return writeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: rels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

/**
 * A zip bomb of the overlapping kind: one deflated run of 10 MiB of spaces (about 10 KB) and 400
 * central directory entries that all point at it, so that unpacking every entry writes 4000 MiB
 * from a file of some 40 KB. Entry 1 is named word/document.xml so that a reader that trusts
 * names would open it. The reader must refuse it from the declared sizes, before inflating.
 */
function zipBomb(): Buffer {
  const size = 10 * 1024 * 1024;
  const kernel = deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 });
  const crc = spacesCrc32(size);
  const names = ['word/document.xml', ...Array.from({ length: 399 }, (_, i) => `word/media/image${String(i + 1).padStart(3, '0')}.xml`)];
  const firstName = Buffer.from(names[0]!);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  writeSizes(local, 4, crc, kernel.length, size, firstName.length);
  const centrals = names.map((name) => {
    const nameBytes = Buffer.from(name);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeSizes(central, 6, crc, kernel.length, size, nameBytes.length);
    // relative offset of the local header (byte 42): 0 for every entry, the overlap.
    return Buffer.concat([central, nameBytes]);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(local.length + firstName.length + kernel.length, 16);
  return Buffer.concat([local, firstName, kernel, directory, end]);
}

/** CRC-32 of `size` spaces, computed in 1 MiB steps rather than from a 10 MiB buffer held twice. */
function spacesCrc32(size: number): number {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let crc = 0;
  for (let done = 0; done < size; done += chunk.length) crc = crc32(chunk.subarray(0, Math.min(chunk.length, size - done)), crc);
  return crc >>> 0;
}

/** The fields local (from byte 4) and central (from byte 6) headers share: APPNOTE 4.3.7 and 4.3.12. */
function writeSizes(header: Buffer, at: number, crc: number, compressed: number, size: number, nameLength: number): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE((1 << 5) | 1, at + 8); // 1980-01-01
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(compressed, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** A report whose appendix was sent separately: the prose of seed 002, cut before "Phụ lục". */
function noAppendix(): Buffer {
  const lines = readFileSync(join(ROOT, PROSE_SOURCE), 'utf8').split('\n');
  const appendix = lines.findIndex((l) => l.trim() === 'Phụ lục');
  if (appendix < 0) throw new Error(`${PROSE_SOURCE} has no "Phụ lục" line`);
  return Buffer.from(`${lines.slice(0, appendix).join('\n').trimEnd()}\n`);
}

/**
 * A report with a very large appendix: the prose and table header of a seed report, then `rows`
 * indicator rows (STT `block.n.`) whose labels and units cycle through the seed's rows that carry a
 * value, each with the value `i`. Every row carries a value, so `rows` appendix rows are expected.
 */
export function largeTableReport(seedText: string, rows: number): string {
  const lines = seedText.split('\n');
  const header = lines.findIndex((l) => l.startsWith('STT\t'));
  if (header < 0) throw new Error('the seed has no appendix header (a line starting "STT<tab>")');
  const source = lines
    .slice(header)
    .map((l) => l.split('\t'))
    .filter((cells) => /^\d[\d.]*$/.test(cells[0] ?? '') && cells.length >= 4 && cells.slice(1, 4).every((c) => c.trim() !== ''));
  const out = lines.slice(0, header + 2);
  for (let i = 0; i < rows; i++) {
    const cells = source[i % source.length]!;
    out.push(`${Math.floor(i / source.length) + 1}.${(i % source.length) + 1}.\t${cells[1]}\t${cells[2]}\t${i}\t`);
  }
  return `${out.join('\n')}\n`;
}

/** Every committed fault, by file name. */
export function buildFaultFiles(work: string): Map<string, Buffer> {
  return new Map([
    ['empty.txt', Buffer.alloc(0)],
    ['garbage.txt', pseudoRandomBytes(4096, 0x5eed_0002)],
    ['truncated.pdf', firstHalf(join(ROOT, PDF_SOURCE))],
    ['corrupt.pdf', corruptPdf()],
    ['encrypted.pdf', encryptedPdf(work)],
    ['scan.pdf', scannedPdf(work)],
    ['cut-off.docx', firstHalf(join(ROOT, DOCX_SOURCE))],
    ['word-97.docx', word97()],
    ['not-word.docx', notWord()],
    ['zip-bomb.docx', zipBomb()],
    ['no-appendix.txt', noAppendix()],
  ]);
}

function main(): void {
  const out = join(ROOT, 'fixtures', 'faults');
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'chitieu-faults-'));
  try {
    for (const [name, bytes] of buildFaultFiles(work)) {
      writeFileSync(join(out, name), bytes);
      console.log(`${name.padEnd(16)} ${String(bytes.length).padStart(7)} bytes`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
