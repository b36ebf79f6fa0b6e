/**
 * PDF adapter on the LibreOffice exports of the seed reports (fixtures/pdf, built by
 * scripts/build-fixtures.ts) and on small PDFs written here by hand. Expected cell texts are
 * copied from the seed lines named beside them; page and line numbers were read off the page
 * (`pdftotext -layout -f N -l N`, whose lines are the page's text lines).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDocx } from '../../parsers/docx/read-docx.js';
import { readPdf } from '../../parsers/pdf/read-pdf.js';
import { recogniseAppendix } from '../../src/recognise/recognise-appendix.js';
import { UnreadableFileError, type DocumentIR, type Paragraph, type Table, type TableRow } from '../../parsers/ir.js';

const irs = new Map<string, Promise<DocumentIR>>();
function fixture(stem: string): Promise<DocumentIR> {
  const file = `fixtures/pdf/${stem}.pdf`;
  if (!irs.has(file)) irs.set(file, readPdf(readFileSync(file), file));
  return irs.get(file)!;
}

const tables = (ir: DocumentIR) => ir.blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (ir: DocumentIR) => ir.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const texts = (row: TableRow) => row.cells.map((c) => c.text);
function rowStarting(table: Table, stt: string, label?: string): TableRow {
  const row = table.rows.find((r) => r.cells[0]?.text === stt && (label === undefined || r.cells[1]?.text.startsWith(label)));
  if (!row) throw new Error(`no row ${stt} ${label ?? ''}`);
  return row;
}

/** A PDF of pages with the given content streams, Helvetica (F1) and Helvetica-Bold (F2), A4. */
function handMadePdf(pages: string[]): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
/** Text at (x, y) from the bottom-left corner, 10 pt. */
const t = (x: number, y: number, s: string, font = 'F1') => `BT /${font} 10 Tf ${x} ${y} Td (${s}) Tj ET`;

async function failure(bytes: Uint8Array): Promise<UnreadableFileError> {
  try {
    await readPdf(bytes, 'bad.pdf');
  } catch (error) {
    if (error instanceof UnreadableFileError) return error;
    throw error;
  }
  throw new Error('readPdf did not fail');
}

describe('readPdf on the seed fixtures (ruled tables)', () => {
  it('000: a label wrapped over three lines, its note over two, is one row; page and line of its first text line', async () => {
    const ir = await fixture('000_9e493d0445893002');
    expect(ir.format).toBe('pdf');
    expect(ir.info.pages).toBe(12);
    const [table] = tables(ir);
    // seed line 150
    const row = rowStarting(table!, '1.1.');
    expect(texts(row)).toEqual(['1.1.', 'Quyết định số 02/QĐ-BDT ngày 15/01/2024 về Kế hoạch CCHC năm 2024 của Ban Dân tộc.', 'Quyết định', '1', '- Ban Dân tộc']);
    // page 6: line 21 is "Quyết định số 02/QĐ-BDT ngày", above the STT, which is centred on line 23
    expect(row.position).toEqual({ file: 'fixtures/pdf/000_9e493d0445893002.pdf', page: 6, line: 21 });
    expect(row.cells[0]!.position).toMatchObject({ page: 6, line: 23, cell: 1 });
    expect(row.cells[4]!.position).toMatchObject({ page: 6, line: 22, cell: 5 });
  });

  it('000: one table over pages 6-12, the header repeated on every page kept and marked', async () => {
    const ir = await fixture('000_9e493d0445893002');
    expect(tables(ir)).toHaveLength(1);
    const [table] = tables(ir);
    // 152 rows in the seed's appendix, 2 header rows on each of 7 pages
    expect(table!.rows).toHaveLength(152 + 2 * 7);
    const headers = table!.rows.filter((r) => r.isHeader);
    expect(headers).toHaveLength(14);
    expect(new Set(headers.map((r) => r.position.page))).toEqual(new Set([6, 7, 8, 9, 10, 11, 12]));
    const [top, below] = headers.filter((r) => r.position.page === 9);
    expect(texts(top!)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Kết quả thống kê', 'Đơn vị thực hiện']);
    expect(top!.cells.map((c) => c.colSpan)).toEqual([1, 1, 2, 1]);
    expect(texts(below!)).toEqual(['', '', 'Đơn vị tính', 'Số liệu', '']);
    expect(below!.cells.map((c) => c.mergedFromAbove)).toEqual([true, true, false, false, true]);
    expect(top!.cells.every((c) => c.bold)).toBe(true);
  });

  it('000: a row cut by a page break is joined to the part before the break', async () => {
    const ir = await fixture('000_9e493d0445893002');
    const [table] = tables(ir);
    // seed line 214: "tuyến" was printed at the top of page 9, under the repeated header
    const row = rowStarting(table!, '3.4.5.');
    expect(texts(row)).toEqual(['3.4.5.', 'Thông kê TTHC cho phép thanh toán trực tuyến', 'Thủ tục', '', '']);
    expect(row.position).toMatchObject({ page: 8 });
    expect(table!.rows.some((r) => r.cells[1]?.text === 'tuyến')).toBe(false);
    expect(ir.messages).toContainEqual(expect.objectContaining({ severity: 'info', code: 'pdf/row-joined-across-pages', position: expect.objectContaining({ page: 8 }) }));
  });

  it('000: an STT broken in its narrow column and a figure broken in its cell are whole', async () => {
    const [table] = tables(await fixture('000_9e493d0445893002'));
    // seed line 193: printed "3.4.1.1" / "."
    expect(texts(rowStarting(table!, '3.4.1.1.'))).toEqual(['3.4.1.1.', 'Số quyết định phê duyệt quy trình nội bộ', 'Quyết định', '', '']);
    // seed 003 line 420: printed "64.632/193.6" / "67"
    const [table003] = tables(await fixture('003_f51fa97e0584822a'));
    expect(texts(rowStarting(table003!, '7.8.3.'))).toEqual(['7.8.3.', 'Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3', 'Hồ sơ', '33,4%', '64.632/193.667']);
  });

  it('003: "Trong đó" printed half-way down six rows is one STT cell merged over them', async () => {
    const [table] = tables(await fixture('003_f51fa97e0584822a'));
    const start = table!.rows.findIndex((r) => r.cells[1]?.text === 'Số TTHC cấp tỉnh:');
    // seed lines 309, 313-317
    expect(texts(table!.rows[start]!)).toEqual(['Trong đó', 'Số TTHC cấp tỉnh:', 'Thủ tục', '1.579', '']);
    const below = table!.rows.slice(start + 1, start + 6);
    expect(below.map((r) => r.cells[0]!.mergedFromAbove)).toEqual([true, true, true, true, true]);
    expect(texts(below[0]!)).toEqual(['', 'Số TTHC thực hiện ở cấp tỉnh, huyện', 'Thủ tục', '40', '']);
    expect(table!.rows[start + 6]!.cells[0]).toMatchObject({ text: '3.2.', mergedFromAbove: false });
  });

  it('001: ten Word tables, each starting a page with a copy of the header, are one table; bold section rows', async () => {
    const ir = await fixture('001_8f3c16bf5b21494c');
    expect(tables(ir)).toHaveLength(1);
    const [table] = tables(ir);
    const body = table!.rows.filter((r) => !r.isHeader);
    expect(body).toHaveLength(209);
    // seed line 184: "<b>Công tác chỉ đạo điều hành CCHC</b>" with no STT
    const section = body.find((r) => r.cells[1]!.text === 'Công tác chỉ đạo điều hành CCHC')!;
    expect(section.cells[1]!.bold).toBe(true);
    // seed line 185: plain
    expect(rowStarting(table!, '1').cells[1]).toMatchObject({ text: 'Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', bold: false });
  });

  it('002: seven forms, each a table after its "Biểu mẫu N" paragraph', async () => {
    const ir = await fixture('002_60f12e1201b41f59');
    expect(tables(ir)).toHaveLength(7);
    const titles = paragraphs(ir).filter((p) => /^Biểu mẫu \d$/.test(p.text));
    // seed lines 162, 196, 218, 251, 279, 304, 323
    expect(titles.map((p) => p.text)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Biểu mẫu ${n}`));
    ir.blocks.forEach((block, i) => {
      if (block.kind === 'table') expect(ir.blocks.slice(0, i).reverse().find((b) => b.kind === 'paragraph' && /^Biểu mẫu/.test(b.text))).toBeDefined();
    });
    // seed line 28 is a footnote, not a row
    expect(paragraphs(ir).map((p) => p.text)).toContain('¹ Kế hoạch số 01/KH-UBND ngày 03/01/2023 về thực hiện công tác cải cách hành chính nhà nước trên địa bàn phường Nguyễn Trãi năm 2023;');
  });

  it('text is NFC with whole words: no combining marks, no ligature, no space inside a syllable', async () => {
    for (const stem of ['000_9e493d0445893002', '001_8f3c16bf5b21494c', '002_60f12e1201b41f59', '003_f51fa97e0584822a']) {
      const ir = await fixture(stem);
      const all = ir.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text))));
      for (const text of all) {
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/[\u0300-\u036f\ufb00-\ufb06]/);
      }
    }
    const [forms3] = tables(await fixture('002_60f12e1201b41f59')).slice(2);
    // seed 002 line 235
    expect(texts(rowStarting(forms3!, '3.1.'))).toEqual(['3.1.', 'Tỷ lệ hồ sơ thủ tục hành chính do các sở, ngành tiếp nhận được giải quyết đúng hạn', '%', '', '']);
    // seed 003 line 147: "⁰" is drawn from another font into a gap of the line's text
    const election = paragraphs(await fixture('003_f51fa97e0584822a')).find((p) => p.text.startsWith('Tỉnh đã tổ chức thành công cuộc bầu cử'))!;
    expect(election.text).toContain('nhiệm kỳ 2021-2026¹⁰.');
  });

  it('the recogniser reads the same appendix rows from the PDF as from the DOCX it was exported from', async () => {
    const fields = (ir: DocumentIR) => recogniseAppendix(ir).rows.map((r) => [r.stt, r.label, r.unit, r.value, r.note]);
    for (const stem of ['000_9e493d0445893002', '001_8f3c16bf5b21494c', '002_60f12e1201b41f59', '003_f51fa97e0584822a']) {
      const docx = `fixtures/docx/${stem}.docx`;
      expect(fields(await fixture(stem))).toEqual(fields(await readDocx(readFileSync(docx), docx)));
    }
  });

  it('paragraphs are the seed paragraphs: lines joined, a page break inside one undone', async () => {
    const ir = await fixture('000_9e493d0445893002');
    // seed line 19 ends "số 3409/QĐ-" and line 20 starts "UBND ngày": two paragraphs
    const texts = paragraphs(ir).map((p) => p.text);
    expect(texts.find((t) => t.startsWith('- Tiếp tục đẩy mạnh công tác tuyên truyền'))).toMatch(/Quyết định số 3409\/QĐ-$/);
    expect(texts).toContain('UBND ngày 29/12/2023 của UBND tỉnh về ban hành Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2024...');
    // seed line 49 runs from page 2 onto page 3
    const split = paragraphs(ir).find((p) => p.text.startsWith('- Căn cứ Luật ban hành văn bản quy phạm pháp luật'))!;
    expect(split.position).toMatchObject({ page: 2 });
    expect(split.text).toMatch(/theo trình tự rút gọn và được Sở Tư pháp thẩm định\.$/);
  });
});

describe('readPdf on hand-made PDFs', () => {
  const header = (y: number) => [t(60, y, 'STT', 'F2'), t(130, y, 'Chi tieu thong ke', 'F2'), t(305, y, 'Don vi tinh', 'F2'), t(380, y, 'So lieu', 'F2'), t(450, y, 'Ghi chu', 'F2')];
  const running = (n: number) => [t(200, 800, 'UBND TINH MAU - BAO CAO CCHC'), t(295, 40, String(n))];
  const paged = handMadePdf([
    [
      ...running(1),
      t(60, 740, 'Phu luc'),
      ...header(700),
      t(62, 680, '1.', 'F2'), t(90, 680, 'Cong tac chi dao dieu hanh', 'F2'),
      t(60, 662, '1.1.'), t(90, 662, 'Ke hoach CCHC'), t(315, 662, 'Van ban'), t(395, 662, '3'),
      // a label over two lines, its STT, unit and figure centred between them
      t(60, 644, '1.2.'), t(90, 650, 'Ty le hoan thanh ke hoach cai cach'), t(90, 638, 'hanh chinh nam 2024'), t(325, 644, '%'), t(390, 644, '95,5'),
      t(60, 620, '1.3.'), t(90, 620, 'So van ban da ban hanh'), t(315, 620, 'Van ban'), t(395, 620, '12'),
    ].join('\n'),
    [
      ...running(2),
      ...header(760),
      t(60, 740, '1.4.'), t(90, 740, 'So cuoc kiem tra'), t(312, 740, 'Cuoc'), t(395, 740, '4'),
      t(60, 722, '2.'), t(90, 722, 'Cai cach the che'),
      t(60, 680, 'Noi nhan: Nhu tren; Luu VT, VP. Bao cao nay duoc lap theo mau chung.'),
    ].join('\n'),
  ]);

  it('a table without rules is rebuilt from the columns under its header, across the page break', async () => {
    const ir = await readPdf(paged, 'paged.pdf');
    expect(ir.messages).toEqual([]);
    const [table] = tables(ir);
    expect(tables(ir)).toHaveLength(1);
    expect(table!.rows.map(texts)).toEqual([
      ['STT', 'Chi tieu thong ke', 'Don vi tinh', 'So lieu', 'Ghi chu'],
      ['1.', 'Cong tac chi dao dieu hanh', '', '', ''],
      ['1.1.', 'Ke hoach CCHC', 'Van ban', '3', ''],
      ['1.2.', 'Ty le hoan thanh ke hoach cai cach hanh chinh nam 2024', '%', '95,5', ''],
      ['1.3.', 'So van ban da ban hanh', 'Van ban', '12', ''],
      ['STT', 'Chi tieu thong ke', 'Don vi tinh', 'So lieu', 'Ghi chu'],
      ['1.4.', 'So cuoc kiem tra', 'Cuoc', '4', ''],
      ['2.', 'Cai cach the che', '', '', ''],
    ]);
    expect(table!.rows.map((r) => r.isHeader)).toEqual([true, false, false, false, false, true, false, false]);
    // lines of page 1: running header, "Phu luc", header, 1., 1.1., label line 1 of 1.2. …
    expect(table!.rows[3]!.position).toEqual({ file: 'paged.pdf', page: 1, line: 6 });
    expect(table!.rows[1]!.cells.map((c) => c.bold)).toEqual([true, true, false, false, false]);
  });

  it('page numbers and running headers are neither rows nor paragraphs', async () => {
    const ir = await readPdf(paged, 'paged.pdf');
    expect(paragraphs(ir).map((p) => p.text)).toEqual(['Phu luc', 'Noi nhan: Nhu tren; Luu VT, VP. Bao cao nay duoc lap theo mau chung.']);
    const cells = tables(ir).flatMap((tb) => tb.rows.flatMap(texts));
    expect(cells).not.toContain('1');
    expect(cells).not.toContain('2');
    expect(cells.join(' ')).not.toContain('UBND TINH MAU');
  });

  it('a table drawn with thin filled rectangles (as Word does) is read on its rules; one text item over two cells is cut', async () => {
    const xs = [50, 90, 300, 370, 430, 540];
    const ys = [720, 700, 680, 660];
    const rules = [...ys.map((y) => `50 ${y} 490 0.5 re f`), ...xs.map((x) => `${x} 660 0.5 60 re f`)];
    const ir = await readPdf(
      handMadePdf([
        [
          ...rules,
          t(55, 706, 'STT'), t(120, 706, 'Chi tieu thong ke'), t(305, 706, 'Don vi tinh'), t(375, 706, 'So lieu'), t(450, 706, 'Ghi chu'),
          t(55, 686, '1.1.'), t(95, 686, 'Ke hoach CCHC'), t(310, 686, 'Van ban'), t(395, 686, '3'),
          // one Tj for the STT and the label, spaced over the border at x = 90
          t(55, 666, '2.          Cai cach the che'),
        ].join('\n'),
      ]),
      'ruled.pdf',
    );
    expect(tables(ir).map((tb) => tb.rows.map(texts))).toEqual([
      [
        ['STT', 'Chi tieu thong ke', 'Don vi tinh', 'So lieu', 'Ghi chu'],
        ['1.1.', 'Ke hoach CCHC', 'Van ban', '3', ''],
        ['2.', 'Cai cach the che', '', '', ''],
      ],
    ]);
    expect(tables(ir)[0]!.rows[2]!.cells[1]!.position).toEqual({ file: 'ruled.pdf', page: 1, line: 3, cell: 2 });
  });

  it('a ruled table the cheap test does not see (no header words, cells close together) is read on its rules all the same', async () => {
    const xs = [50, 68, 300];
    const ys = [720, 700, 680, 660];
    const rules = [...ys.map((y) => `50 ${y} 250 0.5 re f`), ...xs.map((x) => `${x} 660 0.5 60 re f`)];
    const ir = await readPdf(
      handMadePdf([
        // Page 1 makes its font known, so that nothing but the fallback reads page 2's drawing.
        [t(50, 760, 'Bao cao ket qua trong ky'), t(50, 740, 'Cac viec da lam trong ky nhu sau.')].join('\n'),
        [
          ...rules,
          t(55, 706, '1'), t(70, 706, 'Hoi nghi tap huan'),
          t(55, 686, '2'), t(70, 686, 'Tuyen truyen pho bien'),
          t(55, 666, '3'), t(70, 666, 'Kiem soat thu tuc'),
        ].join('\n'),
      ]),
      'narrow.pdf',
    );
    expect(paragraphs(ir).map((p) => p.text)).toEqual(['Bao cao ket qua trong ky Cac viec da lam trong ky nhu sau.']);
    expect(tables(ir).map((tb) => tb.rows.map(texts))).toEqual([
      [
        ['1', 'Hoi nghi tap huan'],
        ['2', 'Tuyen truyen pho bien'],
        ['3', 'Kiem soat thu tuc'],
      ],
    ]);
  });

  it('a page with no text is a warning; a document with none is unreadable', async () => {
    const withBlank = await readPdf(handMadePdf([t(72, 700, 'Bao cao'), '0.5 w 72 600 m 500 600 l S']), 'blank.pdf');
    expect(withBlank.messages).toEqual([expect.objectContaining({ severity: 'warning', code: 'pdf/page-no-text', position: { file: 'blank.pdf', page: 2, line: 1 } })]);
    const scan = await failure(handMadePdf(['0.5 w 72 600 m 500 600 l S', '72 72 400 600 re f']));
    expect(scan.code).toBe('pdf/no-text-layer');
    expect(scan.message).toBe('has no text layer, only pictures of its pages (a scan?): run it through OCR (text recognition, e.g. ocrmypdf) or import the Word or PDF original it was printed from');
  });

  it('a truncated, a password-protected and a garbage PDF are unreadable with their codes', async () => {
    const whole = readFileSync('fixtures/pdf/002_60f12e1201b41f59.pdf');
    const truncated = await failure(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(truncated.code).toBe('pdf/corrupt');
    expect(truncated.file).toBe('bad.pdf');
    expect((await failure(new TextEncoder().encode('%PDF-1.4\nnot a pdf at all\n'))).code).toBe('pdf/corrupt');
    // fixtures/bad/encrypted.pdf: LibreOffice export with an open password
    const encrypted = await failure(readFileSync('fixtures/bad/encrypted.pdf'));
    expect(encrypted.code).toBe('pdf/encrypted');
  });

  describe('output', () => {
    afterEach(() => vi.restoreAllMocks());
    it('pdf.js prints nothing to stdout (the CSV export writes there)', async () => {
      const write = vi.spyOn(process.stdout, 'write');
      const log = vi.spyOn(console, 'log');
      await readPdf(readFileSync('fixtures/pdf/003_f51fa97e0584822a.pdf'), 'x.pdf');
      await failure(readFileSync('fixtures/pdf/003_f51fa97e0584822a.pdf').subarray(0, 5000));
      await readPdf(paged, 'paged.pdf');
      expect(write).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    });
  });
});
