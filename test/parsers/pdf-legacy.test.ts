/**
 * An old report typed in TCVN3 (.VnTime) and printed to PDF: fixtures/encodings/002.tcvn3.pdf,
 * seed 002's DOCX in TCVN3 printed by LibreOffice (scripts/build-encoding-fixtures.ts). Its fonts
 * are stand-ins (DejaVu Sans, Liberation Serif), so only the text tells the encoding. The printer
 * hid TCVN3's "ư" (U+00AD, a soft hyphen to it): every lower-case ư is missing from the PDF. The
 * reader puts back those the spelling demands ("đợc" → "được"); the others stay lost ("ngời"), so
 * labels are compared with ư left out on both sides. Toned capitals were typed
 * in the capitals font .VnTimeH, whose name the PDF lost too: they come out in lower case ("Ủy"
 * → "ủy"), so labels are compared in lower case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentIR } from '../../parsers/ir.js';
import { foldCompatibilityForms } from '../../parsers/pdf/page-text.js';
import { readPdf } from '../../parsers/pdf/read-pdf.js';
import { repairRunsByFont } from '../../parsers/pdf/legacy-text.js';
import type { PdfRun } from '../../parsers/pdf/page-text.js';
import { restoreHiddenU } from '../../parsers/encoding/hidden-u.js';
import { readExpectedTsv } from '../helpers/expected.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'encodings', '002.tcvn3.pdf');
const withoutSmallU = (text: string) => text.replace(/ư/g, '');

describe('a TCVN3 report printed to PDF', () => {
  let ir: DocumentIR;
  beforeAll(async () => {
    ir = await readPdf(readFileSync(FIXTURE), FIXTURE);
  });

  it('is converted to Unicode, and says so', () => {
    expect(ir.info.conversions).toEqual(['tcvn3→unicode']);
    expect(ir.messages.filter((m) => m.code === 'encoding/converted')).toHaveLength(1);
  });

  it('reads the opening paragraphs as Vietnamese (µ is "à", not the Greek mu)', () => {
    const paragraphs = ir.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain('Báo cáo cải cách hành chính quý III năm 2023');
    expect(paragraphs).toContain('Kính gửi: Phòng Nội vụ thành phố Kon Tum.');
    expect(paragraphs).toContain('Phường Nguyễn Trãi, ngày tháng năm 2023');
  });

  it('puts back the hidden ư where the spelling needs one, and warns that others are lost', () => {
    const labels = ir.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells[1]?.text ?? '') : []));
    expect(labels).toContain('Số nhiệm vụ đã hoàn thành nhưng quá hạn'); // "nhng": no vowel
    expect(labels).toContain('Tổng số ngời làm việc được giao'); // "ngời" is a word: left
    expect(ir.messages.map((m) => m.code)).toContain('encoding/hidden-u');
  });

  it("reads every figure of the seed's appendix with its label", () => {
    const rows = ir.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    const expected = readExpectedTsv('002.tsv');
    expect(expected).toHaveLength(96);
    const missing = expected.filter(({ label_start, value_raw }) => {
      const label = withoutSmallU(label_start!).toLowerCase();
      return !rows.some((cells) => cells.some((c) => withoutSmallU(c).toLowerCase().startsWith(label)) && cells.includes(value_raw!));
    });
    expect(missing).toEqual([]);
  });

  it('leaves no TCVN3 character in a table cell', () => {
    const cells = ir.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));
    // TCVN3's own codes for á à ả ã ạ ă â đ ô ơ and Ă Â Đ Ô Ơ Ư: none of them is a Vietnamese letter.
    expect(cells.filter((t) => /[¸µ¶·¹¨©®«¬¡¢§¤¥¦]/.test(t))).toEqual([]);
  });
});

describe('PDF runs in a legacy font, by its name', () => {
  const run = (text: string, fontName: string): PdfRun => ({ text, x: 0, y: 0, width: 10, size: 12, bold: false, italic: false, fontName });
  const fonts: Record<string, string> = { f1: 'ABCDEF+.VnTime', f2: 'GHIJKL+TimesNewRomanPSMT', f3: 'MNOPQR+.VnTimeH' };

  it('converts the runs of a .VnTime font in a Unicode document, capitals for .VnTimeH', () => {
    const runs = [run('Tæng sè hå s¬', 'f1'), run('Số hồ sơ', 'f2'), run('b¸o c¸o', 'f3')];
    const repair = repairRunsByFont(runs, (r) => fonts[r.fontName]!);
    expect(runs.map((r) => r.text)).toEqual(['Tổng số hồ sơ', 'Số hồ sơ', 'BÁO CÁO']);
    expect(repair.conversions).toEqual(['tcvn3→unicode']);
  });

  it('leaves a .VnTime font alone when its text is Unicode already', () => {
    const runs = [run('Tổng số hồ sơ đã giải quyết', 'f1')];
    expect(repairRunsByFont(runs, (r) => fonts[r.fontName]!).conversions).toEqual([]);
    expect(runs[0]!.text).toBe('Tổng số hồ sơ đã giải quyết');
  });
});

describe('compatibility characters in PDF text', () => {
  it('folds ligatures and wide spaces, and keeps the micro sign for the legacy test', () => {
    expect(foldCompatibilityForms('ﬁle\u00a0Oﬃce\u2002µ')).toBe('file Office µ');
  });
});

describe('restoreHiddenU', () => {
  it('puts ư back before rhymes Vietnamese lacks, and into vowel-less words, in a text with no ư', () => {
    const text = 'Số ngời đợc giao; trờng học; nhng cha xong; phờng 1; tr.đ; c) mục';
    expect(restoreHiddenU(text)).toEqual({ text: 'Số ngời được giao; trường học; nhưng cha xong; phường 1; tr.đ; c) mục', restored: 4 });
  });

  it('leaves a text that has an ư, or too little evidence, as it is', () => {
    expect(restoreHiddenU('được giao; trờng; phờng; đợc').restored).toBe(0);
    expect(restoreHiddenU('đợc giao; nhng').restored).toBe(0);
  });
});
