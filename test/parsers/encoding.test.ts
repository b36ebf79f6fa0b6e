/**
 * Encodings of text reports and legacy Vietnamese font encodings (parsers/encoding, decode-text,
 * the DOCX font hook). Fixtures in fixtures/encodings are written by
 * scripts/build-encoding-fixtures.ts from seeds 002 and 000; each must read exactly as the UTF-8
 * seed does, but for the characters an 8-bit scheme cannot hold (listed by hand below).
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { docxPackage } from '../../scripts/docx-writer.js';
import {
  convertLegacyRuns,
  detectLegacyEncoding,
  legacyFont,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from '../../parsers/encoding/legacy-vietnamese.js';
import { vn3Table } from '../../parsers/encoding/tcvn3.js';
import { vietnameseLetters } from '../../parsers/encoding/vietnamese.js';
import { decodeText } from '../../parsers/decode-text.js';
import { readDocx } from '../../parsers/docx/read-docx.js';
import { readText } from '../../parsers/text.js';
import type { DocumentIR } from '../../parsers/ir.js';

const SEEDS: Record<string, string> = {
  '002': 'fixtures/seeds/002_60f12e1201b41f59.txt',
  '000': 'fixtures/seeds/000_9e493d0445893002.txt',
};
const seedText = (n: string) => readFileSync(SEEDS[n]!, 'utf8');

/** What the reader gives, as comparable data: paragraphs and table rows with their lines. */
function shape(ir: DocumentIR): unknown[] {
  return ir.blocks.map((b) =>
    b.kind === 'paragraph' ? ['p', b.position.line, b.text] : ['t', b.position.line, b.rows.map((r) => r.cells.map((c) => c.text))],
  );
}

/** The seed with the characters a scheme lacks replaced as the fixture builder does. */
const substituted = (n: string, substitutions: Record<string, string>) => [...seedText(n)].map((ch) => substitutions[ch] ?? ch).join('');

/** The UTF-8 seed, with those replacements, read: what an encoded copy must read as. */
function seedAs(n: string, substitutions: Record<string, string>): DocumentIR {
  return readText(Buffer.from(substituted(n, substitutions), 'utf8'), `${n}.txt`);
}

const codes = (ir: DocumentIR) => ir.messages.map((m) => `${m.severity} ${m.code}`);

const ALL_LETTERS = [...vietnameseLetters(), ...vietnameseLetters().map((l) => l.toUpperCase())];

describe('TCVN3 and VNI converters', () => {
  it('hand-written pairs, both ways', () => {
    expect(tcvn3ToUnicode('B¸o c¸o c¶i c¸ch hµnh chÝnh')).toBe('Báo cáo cải cách hành chính');
    expect(tcvn3ToUnicode('Tæng sè')).toBe('Tổng số');
    expect(tcvn3ToUnicode('ng\u00adêi ®­îc')).toBe('người được'); // ư is the soft hyphen
    expect(tcvn3ToUnicode('§iÒu')).toBe('Điều');
    expect(vniToUnicode('Baùo caùo caûi caùch haønh chính')).toBe('Báo cáo cải cách hành chính');
    expect(vniToUnicode('Toång soá')).toBe('Tổng số');
    expect(vniToUnicode('ñöôïc ngöôøi Vieät Nam tænh ñòa Vónh kyõ lòch söû')).toBe('được người Việt Nam tỉnh địa Vĩnh kỹ lịch sử');

    expect(unicodeToVni('Ủy ban nhân dân')).toBe('UÛy ban nhaân daân');
    expect(vniToUnicode('UÛy ban nhaân daân')).toBe('Ủy ban nhân dân');
    expect(unicodeToTcvn3('ủy ban nhân dân')).toBe('ñy ban nh©n d©n');
    // TCVN3 (VN3) has no toned capitals: Ủ is its VN1 code 0x9E, or ủ in the capitals font.
    expect(unicodeToTcvn3('Ủy ban nhân dân')).toBe('\u009ey ban nh©n d©n');
    expect(tcvn3ToUnicode('\u009ey ban nh©n d©n')).toBe('Ủy ban nhân dân');
    expect(convertLegacyRuns('ñy ban nh©n d©n', '.VnTimeH')).toBe('ỦY BAN NHÂN DÂN');
    expect(unicodeToTcvn3('Báo cáo')).toBe('B¸o c¸o');
    expect(unicodeToVni('Báo cáo')).toBe('Baùo caùo');
  });

  it('every Vietnamese letter, both cases, round-trips through TCVN3 and VNI, from either side', () => {
    expect(ALL_LETTERS).toHaveLength(134);
    for (const letter of ALL_LETTERS) {
      const tcvn3 = unicodeToTcvn3(letter);
      const vni = unicodeToVni(letter);
      expect([tcvn3.length, tcvn3ToUnicode(tcvn3)], letter).toEqual([1, letter]);
      expect(vniToUnicode(vni), letter).toBe(letter);
      expect(unicodeToTcvn3(tcvn3ToUnicode(tcvn3))).toBe(tcvn3);
      expect(unicodeToVni(vniToUnicode(vni))).toBe(vni);
    }
    // Distinct codes: no two letters share one.
    expect(new Set(ALL_LETTERS.map(unicodeToTcvn3)).size).toBe(134);
    expect(new Set(ALL_LETTERS.map(unicodeToVni)).size).toBe(134);
  });

  it('the VN3 table written from TCVN 5712:1993 agrees with iconv-lite\'s VN1 codec on every code', () => {
    const vn3 = vn3Table();
    expect(vn3.size).toBe(12 * 5 + 14);
    for (const [code, letter] of vn3) expect(iconv.decode(Buffer.from([code]), 'tcvn'), code.toString(16)).toBe(letter);
  });

  it('whole words in context: VNI pairs after a horn letter, marks that follow no vowel stay', () => {
    expect(vniToUnicode('thuôû')).toBe('thuở');
    expect(vniToUnicode('ôù')).toBe('ớ');
    expect(vniToUnicode('ù')).toBe('ù');
    expect(vniToUnicode('“Baùo caùo” – 100%')).toBe('“Báo cáo” – 100%');
    expect(tcvn3ToUnicode('“B¸o c¸o” – 100%')).toBe('“Báo cáo” – 100%');
  });
});

describe('detectLegacyEncoding', () => {
  const unicodeVietnamese = 'Thực hiện Văn bản số 460/PNV về việc báo cáo cải cách hành chính; văn hoá, hoà giải, khoá học, hoãn lại.';
  const english = 'The committee reviewed the administrative reform report and approved the budget for 2024.';
  const french = 'Où est le café ? Le naïf maître a goûté le maïs près de l\'île, à Noël, «Bonjour» dit-il, ça va, c\'est l\'été, déjà coûteux.';
  const spanish = 'El año pasado, el señor de España visitó la oficina; mañana habrá más niños.';

  it('leaves Unicode Vietnamese, English, French and Spanish alone', () => {
    for (const text of [unicodeVietnamese, english, french, spanish, seedText('002'), seedText('002').normalize('NFD')]) {
      expect(detectLegacyEncoding(text)).toBeNull();
    }
    for (const text of [english, french, unicodeVietnamese]) {
      const ir = readText(Buffer.from(text, 'utf8'), 'x.txt');
      expect(ir.blocks[0]).toMatchObject({ text });
      expect(ir.info).toEqual({ encoding: 'utf-8' });
    }
  });

  it('recognises TCVN3 and VNI text by its telltales', () => {
    expect(detectLegacyEncoding('B¸o c¸o c¶i c¸ch hµnh chÝnh quý III n¨m 2023')).toBe('tcvn3');
    expect(detectLegacyEncoding('Baùo caùo caûi caùch haønh chính quyù III naêm 2023')).toBe('vni');
    expect(detectLegacyEncoding('B¸o c¸o')).toBeNull(); // too little to go on
  });

  it('by font name, unless the text is plainly Unicode', () => {
    expect(detectLegacyEncoding('Tæng sè', ['.VnTime'])).toBe('tcvn3');
    expect(detectLegacyEncoding('Toång soá', ['VNI-Times'])).toBe('vni');
    expect(detectLegacyEncoding('Tổng số hồ sơ', ['.VnTime'])).toBeNull();
    expect(detectLegacyEncoding('Tæng sè', ['Times New Roman'])).toBeNull();
    expect(legacyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFont('ABCDEF+.VnArial,Bold')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyFont('VNI-Helve-Bold')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFont('Verdana')).toBeNull();
  });
});

describe('readText on the encoding fixtures', () => {
  /** Characters each 8-bit scheme lacks in seed 002, and what the builder wrote instead. */
  const LACKS_TCVN3 = { '¹': '1', '²': '2', '³': '3', '⁴': '4', '–': '-' };
  const LACKS_1258_VNI = { '⁴': '4' };
  const cases: [string, Record<string, string>, string, string[]][] = [
    ['002.windows-1258.txt', LACKS_1258_VNI, 'windows-1258', []],
    ['002.tcvn3.txt', LACKS_TCVN3, 'tcvn3', ['tcvn3→unicode']],
    ['002.vni.txt', LACKS_1258_VNI, 'vni', ['vni→unicode']],
    ['002.utf16le.txt', {}, 'utf-16le', []],
    ['002.utf16be.txt', {}, 'utf-16be', []],
    ['002.nfd.txt', {}, 'utf-8', ['nfd→nfc']],
    ['000.windows-1258.txt', {}, 'windows-1258', []],
    ['000.tcvn3.txt', {}, 'tcvn3', ['tcvn3→unicode']],
    ['000.vni.txt', {}, 'vni', ['vni→unicode']],
  ];

  for (const [name, lacks, encoding, conversions] of cases) {
    it(`${name}: the same paragraphs and cells as the UTF-8 seed; ${encoding}`, () => {
      const ir = readText(readFileSync(`fixtures/encodings/${name}`), name);
      expect(shape(ir)).toEqual(shape(seedAs(name.slice(0, 3), lacks)));
      expect(ir.info.encoding).toBe(encoding);
      expect(ir.info.conversions ?? []).toEqual(conversions);
      expect(ir.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    });
  }

  it('messages say what was found', () => {
    const read = (name: string) => readText(readFileSync(`fixtures/encodings/${name}`), name);
    expect(codes(read('002.tcvn3.txt'))).toEqual(['info encoding/converted']);
    expect(codes(read('002.windows-1258.txt'))).toEqual(['info encoding/detected']);
    expect(codes(read('002.utf16be.txt'))).toEqual(['info encoding/detected']);
    expect(codes(read('002.utf16le.txt'))).toEqual([]);
  });
});

describe('text repaired after an upstream mistake', () => {
  const seed = seedText('002');

  it('UTF-8 read as Windows-1252 and saved again ("BÃ¡o cÃ¡o")', () => {
    const mojibake = new TextDecoder('windows-1252').decode(Buffer.from(seed, 'utf8'));
    expect(mojibake).toContain('BÃ¡o cÃ¡o');
    const ir = readText(Buffer.from(mojibake, 'utf8'), 'm.txt');
    expect(shape(ir)).toEqual(shape(readText(Buffer.from(seed), 's.txt')));
    expect(ir.info).toEqual({ encoding: 'utf-8', conversions: ['utf-8-read-as-windows-1252→unicode'] });
    expect(decodeText(Buffer.from('BÃ¡o cÃ¡o cáº£i cÃ¡ch')).text).toBe('Báo cáo cải cách');
  });

  it('Windows-1258 read as Windows-1252 and saved again ("Baìo caìo")', () => {
    const wrong = iconv.decode(readFileSync('fixtures/encodings/002.windows-1258.txt'), 'windows1252');
    expect(wrong).toContain('Baìo caìo');
    const ir = readText(Buffer.from(wrong, 'utf8'), 'w.txt');
    expect(shape(ir)).toEqual(shape(seedAs('002', { '⁴': '4' })));
    expect(ir.info.conversions).toEqual(['windows-1258-read-as-windows-1252→unicode']);
  });

  it('TCVN3 and VNI saved as UTF-8 after the font was lost', () => {
    // In a UTF-8 file only the Latin-1 characters that are letters in TCVN3 are lost; – and ⁴ pass.
    const lacks = { '¹': '1', '²': '2', '³': '3' };
    const tcvn3 = readText(Buffer.from(unicodeToTcvn3(substituted('002', lacks)), 'utf8'), 't.txt');
    expect(shape(tcvn3)).toEqual(shape(seedAs('002', lacks)));
    expect(tcvn3.info).toEqual({ encoding: 'utf-8', conversions: ['tcvn3→unicode'] });
    const vni = readText(Buffer.from(unicodeToVni(seed), 'utf8'), 'v.txt');
    expect(shape(vni)).toEqual(shape(readText(Buffer.from(seed), 's.txt')));
    expect(vni.info).toEqual({ encoding: 'utf-8', conversions: ['vni→unicode'] });
  });

  it('a Unicode line pasted into a TCVN3 file is kept, with a warning', () => {
    const text = `${unicodeToTcvn3('Báo cáo cải cách hành chính quý III năm 2023')}\nĐã ban hành Kế hoạch số 33\n${unicodeToTcvn3('Tổng số thủ tục hành chính')}\n`;
    const ir = readText(Buffer.from(text, 'utf8'), 'x.txt');
    expect(ir.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Báo cáo cải cách hành chính quý III năm 2023', 'Đã ban hành Kế hoạch số 33', 'Tổng số thủ tục hành chính',
    ]);
    expect(codes(ir)).toEqual(['info encoding/converted', 'warning encoding/mixed']);
  });

  it('an 8-bit file with no Vietnamese in it is read as Windows-1252, with a warning', () => {
    const ir = readText(iconv.encode('Le café où l\'on a goûté «tout» – été 2024.\n', 'windows1252'), 'f.txt');
    expect(ir.blocks[0]).toMatchObject({ text: 'Le café où l\'on a goûté «tout» – été 2024.' });
    expect(ir.info).toEqual({ encoding: 'windows-1252' });
    expect(codes(ir)).toEqual(['warning encoding/guessed']);
  });

  it('UTF-8 with a few broken bytes stays UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(seed.slice(0, 2000), 'utf8'), Buffer.from([0xff]), Buffer.from(seed.slice(2000, 4000), 'utf8')]);
    const ir = readText(bytes, 'b.txt');
    expect(ir.info.encoding).toBe('utf-8');
    expect(codes(ir)).toEqual(['warning text/invalid-utf8']);
  });
});

describe('DOCX runs in legacy fonts', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (text: string, font?: string) =>
    `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const doc = (...paragraphs: string[]) =>
    docxPackage(`<w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p>${p}</w:p>`).join('')}</w:body></w:document>`);
  const texts = (ir: DocumentIR) => ir.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));

  it('002.tcvn3.docx (.VnTime through the Normal style, capitals in .VnTimeH) reads as the Unicode DOCX does', async () => {
    const file = 'fixtures/encodings/002.tcvn3.docx';
    const ir = await readDocx(readFileSync(file), file);
    const unicode = await readDocx(readFileSync('fixtures/docx/002_60f12e1201b41f59.docx'), 'u.docx');
    expect(shape(ir)).toEqual(shape(unicode));
    expect(ir.info.conversions).toEqual(['tcvn3→unicode']);
    expect(codes(ir)).toEqual(['info encoding/converted']);
    expect(texts(ir)).toContain('BÁO CÁO');
  });

  it('direct fonts: .VnTime, .VnTimeH and VNI-Times runs are converted; other fonts are not', async () => {
    const ir = await readDocx(doc(
      run('Tæng sè ', '.VnTime') + run('b¸o c¸o', '.VnTimeH'),
      run('Toång soá hoà sô', 'VNI-Times') + run(' – ¸ kept', 'Times New Roman'),
    ), 'x.docx');
    expect(texts(ir)).toEqual(['Tổng số BÁO CÁO', 'Tổng số hồ sơ – ¸ kept']);
    expect(ir.info.conversions).toEqual(['tcvn3→unicode', 'vni→unicode']);
  });

  it('Unicode typed in a .VnTime style is left alone, and so are ambiguous paragraphs after it', async () => {
    const ir = await readDocx(doc(run('Báo cáo tình hình thực hiện', '.VnTime'), run('Báo cáo', '.VnTime')), 'x.docx');
    expect(texts(ir)).toEqual(['Báo cáo tình hình thực hiện', 'Báo cáo']);
    expect(ir.info).toEqual({});
    expect(codes(ir)).toEqual(['info docx/legacy-font-unicode-text']);
  });
});
