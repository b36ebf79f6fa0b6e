/**
 * DOCX automatic numbering (ECMA-376 Part 1 §17.9): the STT a Word list shows is read into the
 * text. Every expected number below was worked out by hand from the numbering part written
 * here, by the rules of §17.9; LibreOffice 7.4, converting the same packages to text, shows the
 * same numbers, except the Symbol-font bullet (drawn "◦" there; read "-" here, the glyph's meaning
 * in that font) and the ordinal format (its "1st." is read as "1." here, with a message).
 */
import { describe, expect, it } from 'vitest';
import { docxPackage } from '../../scripts/docx-writer.js';
import { readDocx } from '../../parsers/docx/read-docx.js';
import type { DocumentIR, Table } from '../../parsers/ir.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { processDocument } from '../../src/pipeline/process-document.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;

/**
 * abstract 10: the STT column — I. / 1 / 1.1 / a) / Symbol-font "-" bullet;
 * abstract 20: "Biểu mẫu 1:" headings, tied to the Heading1 style;
 * num 1 and 2 share abstract 10 (a list split by a table goes on counting), num 3 restarts it;
 * num 4 is abstract 20; num 5 uses a format written out nowhere here (ordinal).
 */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="10">
${lvl(0, 'upperRoman', '%1.', '<w:rPr><w:b/></w:rPr>')}
${lvl(1, 'decimal', '%2', '<w:suff w:val="nothing"/>')}
${lvl(2, 'decimal', '%2.%3')}
${lvl(3, 'lowerLetter', '%4)', '<w:suff w:val="space"/>')}
${lvl(4, 'bullet', '\uF02D', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
${lvl(0, 'decimal', 'Biểu mẫu %1:', '<w:pStyle w:val="Heading1"/><w:suff w:val="space"/>')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">${lvl(0, 'ordinal', '%1.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

const numPr = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
/** A paragraph, numbered when `list` is given: [numId, ilvl]. */
function para(text: string, list?: [number, number], extraPPr = ''): string {
  const pPr = (list ? numPr(...list) : '') + extraPPr;
  const run = text === '' ? '' : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${run}</w:p>`;
}
const cell = (content: string) => `<w:tc>${content}</w:tc>`;
/** A table row: an STT cell holding only a numbered empty paragraph, then plain cells. */
const row = (list: [number, number] | undefined, ...texts: string[]) =>
  `<w:tr>${cell(para('', list))}${texts.map((t) => cell(para(t))).join('')}</w:tr>`;
const tableOf = (...rows: string[]) => `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>`;

async function read(body: string, numbering = NUMBERING): Promise<DocumentIR> {
  const xml = `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
  return readDocx(docxPackage(xml, STYLES, numbering), 'numbered.docx');
}
const tables = (ir: DocumentIR) => ir.blocks.filter((b): b is Table => b.kind === 'table');
const sttColumn = (table: Table) => table.rows.map((r) => r.cells[0]!.text);
const paragraphs = (ir: DocumentIR) => ir.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('readDocx: automatic numbering', () => {
  it('an STT column typed as a multilevel list reads as the numbers Word shows', async () => {
    const ir = await read(tableOf(
      row([1, 0], 'CÔNG TÁC CHỈ ĐẠO'),
      row([1, 1], 'Kế hoạch CCHC'),
      row([1, 2], 'Số nhiệm vụ đề ra'),
      row([1, 2], 'Số nhiệm vụ đã hoàn thành'),
      row([1, 1], 'Kiểm tra CCHC'),
      row([1, 2], 'Số sở, ngành đã kiểm tra'),
      row([1, 3], 'cấp sở'),
      row([1, 3], 'cấp huyện'),
      row([1, 4], 'Trong đó'),
      row([1, 0], 'CẢI CÁCH THỂ CHẾ'),
      row([1, 1], 'Số VBQPPL đã ban hành'),
    ));
    // Level 1's "%2" shows no tab (suff nothing); level 3's "a)" a space; cell text is trimmed.
    expect(sttColumn(tables(ir)[0]!)).toEqual(['I.', '1', '1.1', '1.2', '2', '2.1', 'a)', 'b)', '-', 'II.', '1']);
    expect(ir.messages).toEqual([]);
  });

  it('the number is drawn bold only where the level or the paragraph mark says so', async () => {
    const ir = await read(tableOf(row([1, 0], 'x'), row([1, 1], 'y'), `<w:tr>${cell(para('', [1, 1], '<w:rPr><w:b/></w:rPr>'))}${cell(para('z'))}</w:tr>`));
    expect(tables(ir)[0]!.rows.map((r) => r.cells[0]!.bold)).toEqual([true, false, true]);
  });

  it('instances of one template go on counting across tables; a start override begins again', async () => {
    const ir = await read([
      tableOf(row([1, 0], 'a'), row([1, 1], 'b')),
      para('Bảng tiếp theo'),
      tableOf(row([2, 1], 'c'), row([2, 0], 'd')),
      tableOf(row([3, 0], 'e'), row([3, 1], 'f')),
    ].join(''));
    expect(tables(ir).map(sttColumn)).toEqual([['I.', '1'], ['2', 'II.'], ['I.', '1']]);
  });

  it('a heading style with numbering gives body paragraphs their "Biểu mẫu n:"; numId 0 turns it off', async () => {
    const heading = (text: string, extra = '') => `<w:p><w:pPr><w:pStyle w:val="Heading1"/>${extra}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const ir = await read([
      heading('Thống kê kết quả chỉ đạo'),
      para('Nội dung'),
      heading('Cải cách thể chế'),
      heading('Ghi chú', numPr(0, 0)),
      heading('Cải cách TTHC'),
    ].join(''));
    expect(paragraphs(ir)).toEqual(['Biểu mẫu 1: Thống kê kết quả chỉ đạo', 'Nội dung', 'Biểu mẫu 2: Cải cách thể chế', 'Ghi chú', 'Biểu mẫu 3: Cải cách TTHC']);
    expect(ir.blocks.map((b) => b.kind === 'paragraph' && b.bold)).toEqual([true, false, true, true, true]);
  });

  it('a list the document does not define, or a format not written out, is said so once', async () => {
    const ir = await read([para('một', [99, 0]), para('hai', [99, 0]), para('ba', [5, 0]), para('bốn', [5, 0])].join(''));
    expect(paragraphs(ir)).toEqual(['một', 'hai', '1. ba', '2. bốn']);
    expect(ir.messages.map((m) => [m.severity, m.code])).toEqual([['warning', 'docx/numbering-missing'], ['info', 'docx/number-format']]);
  });

  it('a document without a numbering part reads its numbered paragraphs without numbers', async () => {
    const xml = `<w:document xmlns:w="${W}"><w:body>${para('một', [1, 0])}</w:body></w:document>`;
    const ir = await readDocx(docxPackage(xml, STYLES), 'no-numbering.docx');
    expect(paragraphs(ir)).toEqual(['một']);
    expect(ir.messages.map((m) => m.code)).toEqual(['docx/numbering-missing']);
  });
});

describe('an appendix whose STT column is a Word list, end to end', () => {
  // Rows from seed 003 (lines 271-287), the STT column retyped as a three-level list "%1." "%1.%2." "%1.%2.%3.".
  const APPENDIX_NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}${lvl(2, 'decimal', '%1.%2.%3.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const rows: [number, string, string, string][] = [
    [0, 'Công tác chỉ đạo điều hành CCHC', '', ''],
    [1, 'Kế hoạch CCHC', '', ''],
    [2, 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '84'],
    [2, 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '84'],
    [2, 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '43'],
    [1, 'Kiểm tra CCHC', '', ''],
    [2, 'Số sở, ngành đã kiểm tra', 'Cơ quan, đơn vị', '5'],
    [2, 'Số UBND cấp huyện đã kiểm tra', 'Cơ quan, đơn vị', '4'],
    [1, 'Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao', '', ''],
    [2, 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '57'],
    [2, 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '51'],
  ];
  const header = `<w:tr>${['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'].map((t) => cell(para(t))).join('')}</w:tr>`;
  const body = [
    para('ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG'),
    para('BÁO CÁO Kết quả thực hiện công tác cải cách hành chính năm 2021'),
    para('PHỤ LỤC: BIỂU THỐNG KÊ'),
    `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(5)}</w:tblGrid>${header}${rows.map(([ilvl, ...texts]) => row([1, ilvl], ...texts, '')).join('')}</w:tbl>`,
  ].join('');

  it('keeps the STT of every row, and the rows under 1.2 are told from those under 1.1', async () => {
    const xml = `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
    const ir = await readDocx(docxPackage(xml, STYLES, APPENDIX_NUMBERING), 'appendix.docx');
    const processed = processDocument(ir, { catalog: loadCatalog() });
    const byStt = new Map(processed.rows.map((r) => [r.row.stt, r]));
    expect(processed.rows.map((r) => r.row.stt)).toEqual(['1.', '1.1.', '1.1.1.', '1.1.2.', '1.1.3.', '1.2.', '1.2.1.', '1.2.2.', '1.3.', '1.3.1.', '1.3.2.']);
    expect(byStt.get('1.1.2.')!.match.indicatorId).toBe('chidao.ke_hoach.so_nhiem_vu_hoan_thanh');
    expect(byStt.get('1.2.2.')!.match.indicatorId).toBe('chidao.kiem_tra.so_ubnd_cap_huyen');
    expect(byStt.get('1.3.2.')!.match.indicatorId).toBe('chidao.nhiem_vu.chinh_phu.hoan_thanh_dung_han');
    expect(byStt.get('1.3.2.')!.value).toMatchObject({ number: 51 });
  });
});
