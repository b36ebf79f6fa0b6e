/**
 * Builds the encoding fixtures from seed reports: the same report in every encoding the text
 * adapter has to read, and a DOCX typed in the TCVN3 fonts.
 *
 *   fixtures/encodings/<n>.windows-1258.txt  8-bit, base letter + tone byte, as the Windows
 *                                            Vietnamese keyboard types it
 *   fixtures/encodings/<n>.utf16le.txt       UTF-16 LE with a byte order mark
 *   fixtures/encodings/<n>.utf16be.txt       UTF-16 BE without one (told by its NUL bytes)
 *   fixtures/encodings/<n>.tcvn3.txt         8-bit TCVN 5712:1993 (capitals at their VN1 codes)
 *   fixtures/encodings/<n>.vni.txt           8-bit VNI Windows
 *   fixtures/encodings/<n>.nfd.txt           UTF-8, decomposed (NFD)
 *   fixtures/encodings/<n>.tcvn3.docx        body in `.VnTime` through the Normal style, toned
 *                                            capitals in `.VnTimeH` runs, characters TCVN3
 *                                            lacks in Times New Roman runs
 *   fixtures/encodings/<n>.tcvn3.pdf         that DOCX printed to PDF by LibreOffice (needs
 *                                            `soffice`; skipped without it): no .VnTime here,
 *                                            so a stand-in font draws the Latin-1 characters and
 *                                            the PDF's font names say nothing, as in most old
 *                                            PDFs. LibreOffice hides U+00AD, TCVN3's "ư", as a
 *                                            soft hyphen: the PDF lacks every lower-case ư.
 *
 * An 8-bit scheme cannot hold every character of a seed (`⁴`; in TCVN3 also `¹ ² ³`, whose bytes
 * are Vietnamese letters there, and `–`). Such a character is written as its compatibility form
 * (`⁴` → `4`) or the ASCII one (`–` → `-`), as an old file would have had it; the count is logged
 * and the test expects exactly those substitutions.
 *
 * Usage: npm run build && node dist/scripts/build-encoding-fixtures.js
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode } from '../parsers/encoding/legacy-vietnamese.js';
import { cp1252Bytes, encodeWindows1258, inWindows1258 } from '../parsers/encoding/single-byte.js';
import { vn3Table } from '../parsers/encoding/tcvn3.js';
import { docxPackage, documentXml } from './docx-writer.js';
import { readSeed } from './seed-tables.js';

/** Compiled to dist/scripts/, so the project root is two levels up. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SEEDS = join(ROOT, 'fixtures', 'seeds');
const OUT = join(ROOT, 'fixtures', 'encodings');

/** Seeds used, by number: 002 has footnote marks and a dash that 8-bit schemes lack; 000 has none. */
const SEED_FILES: Record<string, string> = { '002': '002_60f12e1201b41f59.txt', '000': '000_9e493d0445893002.txt' };
/** The 8-bit fixtures are written for every seed; the Unicode ones for the first only. */
const UNICODE_ONLY_FOR = '002';

/** ASCII stand-ins for characters with no compatibility form in ASCII. */
const ASCII_FALLBACK: Record<string, string> = { '–': '-', '—': '-', '“': '"', '”': '"', '‘': "'", '’': "'", '…': '...' };

interface Target {
  suffix: string;
  /** Whether the encoding holds the character. */
  holds: (ch: string) => boolean;
  write: (text: string) => Buffer;
}

const isAscii = (ch: string) => ch < '\u0080';
const inCp1252 = (text: string) => cp1252Bytes(text) !== null;

const EIGHT_BIT: Target[] = [
  { suffix: 'windows-1258.txt', holds: inWindows1258, write: encodeWindows1258 },
  {
    suffix: 'tcvn3.txt',
    holds: (ch) => [...unicodeToTcvn3(ch)].every((c) => c <= '\u00ff') && tcvn3ToUnicode(unicodeToTcvn3(ch)) === ch,
    write: (text) => Buffer.from(unicodeToTcvn3(text), 'latin1'),
  },
  {
    suffix: 'vni.txt',
    holds: (ch) => inCp1252(unicodeToVni(ch)) && vniToUnicode(unicodeToVni(ch)) === ch,
    write: (text) => cp1252Bytes(unicodeToVni(text))!,
  },
];

const UNICODE: Target[] = [
  { suffix: 'utf16le.txt', holds: () => true, write: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
  { suffix: 'utf16be.txt', holds: () => true, write: (text) => Buffer.from(text, 'utf16le').swap16() },
  { suffix: 'nfd.txt', holds: () => true, write: (text) => Buffer.from(text.normalize('NFD'), 'utf8') },
];

/** The text with what `holds` rejects replaced, and a count of each replacement. */
export function substitute(text: string, holds: (ch: string) => boolean): { text: string; replaced: Map<string, number> } {
  const replaced = new Map<string, number>();
  let out = '';
  for (const ch of text) {
    if (isAscii(ch) || holds(ch)) {
      out += ch;
      continue;
    }
    const compatible = ch.normalize('NFKC');
    const stand = [...compatible].every((c) => isAscii(c) || holds(c)) ? compatible : (ASCII_FALLBACK[ch] ?? '?');
    replaced.set(`${ch}→${stand}`, (replaced.get(`${ch}→${stand}`) ?? 0) + 1);
    out += stand;
  }
  return { text: out, replaced };
}

/* ---- The TCVN3 DOCX: runs in .VnTime, .VnTimeH and Times New Roman. ---- */

type FontKind = 'vn' | 'vnH' | 'unicode';
const FONTS: Record<FontKind, string | undefined> = { vn: undefined, vnH: '.VnTimeH', unicode: 'Times New Roman' };
const VN3_LETTERS = new Set(vn3Table().values());

/** A capital with a tone: VN3 has no code for it, so it is typed in `.VnTimeH`. */
const needsCapitalFont = (ch: string) => ch !== ch.toLowerCase() && !isAscii(ch) && !VN3_LETTERS.has(ch);
/** What `.VnTime` can show: ASCII and the VN3 letters (not `¹ ²` etc., which are letters there). */
const inVnTime = (ch: string) => isAscii(ch) || VN3_LETTERS.has(ch);

/** The font each character of a run is typed in; a word in capitals goes to `.VnTimeH` whole. */
function fontKinds(text: string): FontKind[] {
  const kinds: FontKind[] = [];
  for (const word of text.split(/(\s+)/)) {
    const capitalsWord = [...word].some(needsCapitalFont) && word === word.toUpperCase();
    for (const ch of word) {
      if (!inVnTime(ch) && !needsCapitalFont(ch)) kinds.push('unicode');
      else if (needsCapitalFont(ch) || (capitalsWord && /\p{L}/u.test(ch))) kinds.push('vnH');
      else kinds.push('vn');
    }
  }
  return kinds;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function legacyRun(kind: FontKind, text: string, props: string): string {
  const font = FONTS[kind];
  const rFonts = font ? `<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>` : '';
  const typed = kind === 'unicode' ? text : unicodeToTcvn3(kind === 'vnH' ? text.toLowerCase() : text);
  const rPr = rFonts + props;
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(typed)}</w:t></w:r>`;
}

/** One Unicode run of the writer's XML as runs in the fonts its characters need. */
function retypeRun(props: string, escaped: string): string {
  const text = unescapeXml(escaped);
  const chars = [...text];
  const kinds = fontKinds(text);
  let out = '';
  for (let start = 0; start < chars.length; ) {
    let end = start + 1;
    while (end < chars.length && kinds[end] === kinds[start]) end++;
    out += legacyRun(kinds[start]!, chars.slice(start, end).join(''), props);
    start = end;
  }
  return out;
}

const RUN = /<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t xml:space="preserve">(.*?)<\/w:t><\/w:r>/g;

/** Styles of the seed DOCX with `.VnTime` set on Normal, which every other style is based on. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TieuDeChung"><w:name w:val="Tieu de chung"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="TieuDeChung"/></w:style>
<w:style w:type="paragraph" w:styleId="BangChu"><w:name w:val="Bang chu"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BangTieuDe"><w:name w:val="Bang tieu de"/><w:basedOn w:val="BangChu"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

export function buildTcvn3Docx(seedText: string): Buffer {
  const xml = documentXml(readSeed(seedText).blocks, { splitTables: false });
  return docxPackage(xml.replace(RUN, (_, props: string | undefined, text: string) => retypeRun(props ?? '', text)), STYLES);
}

/* ---- Writing. ---- */

function writeTarget(stem: string, text: string, target: Target): void {
  const { text: held, replaced } = substitute(text, target.holds);
  const file = join(OUT, `${stem}.${target.suffix}`);
  const bytes = target.write(held);
  writeFileSync(file, bytes);
  const note = [...replaced].map(([what, n]) => `${what} ×${n}`).join(', ');
  console.log(`${stem}.${target.suffix}: ${bytes.length} bytes${note ? `; replaced ${note}` : ''}`);
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const [stem, file] of Object.entries(SEED_FILES)) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    for (const target of EIGHT_BIT) writeTarget(stem, text, target);
    if (stem !== UNICODE_ONLY_FOR) continue;
    for (const target of UNICODE) writeTarget(stem, text, target);
    const docx = buildTcvn3Docx(text);
    writeFileSync(join(OUT, `${stem}.tcvn3.docx`), docx);
    console.log(`${stem}.tcvn3.docx: ${docx.length} bytes`);
    printToPdf(join(OUT, `${stem}.tcvn3.docx`));
  }
}

function printToPdf(docx: string): void {
  // A private profile: other LibreOffice processes on the machine must not share its lock.
  const profile = `file://${join(tmpdir(), 'chitieu-build-encoding-fixtures-lo')}`;
  try {
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    console.warn(`warning: soffice (LibreOffice) not found or failed: ${docx} not printed to PDF`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
