/**
 * DOCX adapter on the built fixtures (fixtures/docx, from scripts/build-fixtures.ts) and on small
 * hand-written documents. Expected cell texts are copied from the seed lines named beside them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxPackage } from '../../scripts/docx-writer.js';
import { writeZip } from '../../scripts/zip-writer.js';
import { readDocx } from '../../parsers/docx/read-docx.js';
import type { DocumentIR, Table, TableRow } from '../../parsers/ir.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function fixture(stem: string): Promise<DocumentIR> {
  const file = `fixtures/docx/${stem}.docx`;
  return readDocx(readFileSync(file), file);
}

const tables = (ir: DocumentIR) => ir.blocks.filter((b): b is Table => b.kind === 'table');
const texts = (row: TableRow) => row.cells.map((c) => c.text);
const columns = (row: TableRow) => row.cells.map((c) => c.position.cell);
function rowStarting(table: Table, stt: string, label?: string): TableRow {
  const row = table.rows.find((r) => r.cells[0]?.text === stt && (label === undefined || r.cells[1]?.text.startsWith(label)));
  if (!row) throw new Error(`no row ${stt} ${label ?? ''}`);
  return row;
}

/** A package around hand-written body XML. */
function wordDoc(body: string, styles?: string): Buffer {
  return docxPackage(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`, styles);
}
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (props: string, text: string) => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

describe('readDocx on the seed fixtures', () => {
  it('003: the two-row header with its merges, in grid columns', async () => {
    const ir = await fixture('003_f51fa97e0584822a');
    expect(ir.format).toBe('docx');
    expect(ir.messages).toEqual([]);
    const [table] = tables(ir);
    expect(tables(ir)).toHaveLength(1);
    expect(table!.rows).toHaveLength(2 + 124);
    const [first, second] = table!.rows;
    expect(texts(first!)).toEqual(['STT', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)', 'Kết quả thống kê', 'Ghi chú']);
    expect(columns(first!)).toEqual([1, 2, 3, 5]);
    expect(first!.cells.map((c) => c.colSpan)).toEqual([1, 1, 2, 1]);
    expect(texts(second!)).toEqual(['', '', 'Đơn vị tính', 'Số liệu', '']);
    expect(columns(second!)).toEqual([1, 2, 3, 4, 5]);
    expect(second!.cells.map((c) => c.mergedFromAbove)).toEqual([true, true, false, false, true]);
    // Header text is bold through the paragraph style only, not through run properties.
    expect(first!.cells.every((c) => c.bold)).toBe(true);
    expect(first!.isHeader && second!.isHeader).toBe(true);
    expect(table!.rows.slice(2).some((r) => r.isHeader)).toBe(false);
  });

  it('003: "Trong" / "đó" cut by a page break is one STT cell merged over its six sub-rows', async () => {
    const [table] = tables(await fixture('003_f51fa97e0584822a'));
    const start = table!.rows.findIndex((r) => r.cells[1]?.text === 'Số TTHC cấp tỉnh:');
    // seed lines 309, 313-317
    expect(texts(table!.rows[start]!)).toEqual(['Trong đó', 'Số TTHC cấp tỉnh:', 'Thủ tục', '1.579', '']);
    const below = table!.rows.slice(start + 1, start + 6);
    expect(below.map((r) => r.cells[0]!.mergedFromAbove)).toEqual([true, true, true, true, true]);
    expect(below.map((r) => r.cells[0]!.text)).toEqual(['', '', '', '', '']);
    expect(texts(below[0]!)).toEqual(['', 'Số TTHC thực hiện ở cấp tỉnh, huyện', 'Thủ tục', '40', '']);
    expect(columns(below[4]!)).toEqual([1, 2, 3, 4, 5]);
    expect(table!.rows[start + 6]!.cells[0]).toMatchObject({ text: '3.2.', mergedFromAbove: false });
    // seed line 345: "Trong đó" over the three rows below it
    const dvsncl = table!.rows.findIndex((r) => r.cells[1]?.text === 'Số ĐVSNCL thuộc UBND tỉnh');
    expect(table!.rows[dvsncl]!.cells[0]!.text).toBe('Trong đó');
    expect(table!.rows.slice(dvsncl + 1, dvsncl + 4).every((r) => r.cells[0]!.mergedFromAbove)).toBe(true);
  });

  it('003: a note cut by a page break is whole again; rows keep their figures', async () => {
    const [table] = tables(await fixture('003_f51fa97e0584822a'));
    // seed lines 288 + 294
    expect(texts(rowStarting(table!, '1.4.'))).toEqual([
      '1.4.', 'Khảo sát sự hài lòng của người dân, tổ chức', '', '1',
      'KH số 23/KH-SNV ngày 22/3/2021 về việc tổ chức điều tra, khảo sát mức độ hài lòng của người dân đối với dịch vụ công y tế trên địa bàn tỉnh năm 2021',
    ]);
    expect(rowStarting(table!, '1.4.1.').cells[3]!.text).toBe('800');
    // seed line 420
    expect(texts(rowStarting(table!, '7.8.3.'))).toEqual(['7.8.3.', 'Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3', 'Hồ sơ', '33,4%', '64.632/193.667']);
    // seed line 280: the duplicated STT is kept as printed
    expect(table!.rows.filter((r) => r.cells[0]!.text === '1.1.1.')).toHaveLength(2);
  });

  it('003: positions sort in reading order', async () => {
    const ir = await fixture('003_f51fa97e0584822a');
    const lines = ir.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.position.line] : [b.position.line, ...b.rows.map((r) => r.position.line)]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(lines).size).toBe(lines.length);
    const [table] = tables(ir);
    const cell = rowStarting(table!, '7.8.3.').cells[3]!;
    expect(cell.position).toMatchObject({ file: 'fixtures/docx/003_f51fa97e0584822a.docx', table: 1, row: 125, cell: 4 });
    expect(cell.position.line).toBe(table!.rows[124]!.position.line);
    expect(ir.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('000: a unit cut by a page break is joined; italic only where every visible run is italic', async () => {
    const ir = await fixture('000_9e493d0445893002');
    const [table] = tables(ir);
    expect(tables(ir)).toHaveLength(1);
    expect(table!.rows).toHaveLength(2 + 152);
    expect(texts(table!.rows[0]!)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Kết quả thống kê', 'Đơn vị thực hiện']);
    // seed lines 302 + 306: "Chưa = 0" then, after the break, "<i>Có = 1</i>"
    const capTinh = table!.rows.filter((r) => r.cells[1]!.text === '- Cấp tỉnh');
    expect(texts(capTinh[1]!)).toEqual(['', '- Cấp tỉnh', 'Chưa = 0 Có = 1', '1', '']);
    expect(capTinh[1]!.cells[2]!.italic).toBe(false);
    // seed line 309
    expect(texts(rowStarting(table!, '7.6.3.'))).toEqual(['7.6.3.', 'Tổng số VĂN BẢN ĐI giữa các cơ quan nhà nước trên địa bàn tỉnh. Trong đó:', 'Văn bản', '267', '- Ban Dân tộc']);
    // seed line 310: "- <i>Tỷ lệ ...</i>": the dash is upright, so the cell is not italic
    const tyLe = table!.rows.find((r) => r.cells[2]!.text === '98,87%')!;
    expect(texts(tyLe)).toEqual(['', '- Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)', '98,87%', '264/267', '']);
    expect(tyLe.cells[1]!.italic).toBe(false);
    // seed line 313: "<i>Email</i>" | "8" | "<i>Ban Dân tộc</i>"
    const email = table!.rows.find((r) => r.cells[2]!.text === 'Email' && r.cells[3]!.text === '8')!;
    expect(email.cells.map((c) => c.italic)).toEqual([false, false, true, false, true]);
  });

  it('001: one table cut into ten Word tables, each with a copy of the header', async () => {
    const ir = await fixture('001_8f3c16bf5b21494c');
    const pieces = tables(ir);
    expect(pieces).toHaveLength(10);
    expect(pieces.map((t) => t.position.table)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pieces.reduce((n, t) => n + t.rows.length - 2, 0)).toBe(209);
    for (const piece of pieces) {
      expect(texts(piece.rows[0]!)).toEqual(['STT', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)', 'Kết quả thống kê', 'Ghi chú']);
      expect(texts(piece.rows[1]!)).toEqual(['', '', 'Đơn vị tính', 'Số liệu', '']);
      // Copied headers are not marked to repeat.
      expect(piece.rows.some((r) => r.isHeader)).toBe(false);
    }
    // The pieces follow each other: only page-break paragraphs (no text) lie between them.
    const firstTable = ir.blocks.indexOf(pieces[0]!);
    expect(ir.blocks.slice(firstTable).every((b) => b.kind === 'table')).toBe(true);
    // Each piece starts where the seed's page did: seed lines 208, 234, ...
    expect(pieces.map((t) => t.rows[2]!.cells[0]!.text)).toEqual(['', '5.4', '3.2.1', '3.3.1', '2.4', '4.3', '3', '5.3.3.2', '7.1.2', '8.2.1']);
  });

  it('001: bold section rows and bold numbered group rows', async () => {
    const [first] = tables(await fixture('001_8f3c16bf5b21494c'));
    // seed line 184: " | <b>Công tác chỉ đạo điều hành CCHC</b>"
    expect(first!.rows[2]!.cells.map((c) => [c.text, c.bold])).toEqual([
      ['', false], ['Công tác chỉ đạo điều hành CCHC', true], ['', false], ['', false], ['', false],
    ]);
    // seed line 189: "<b>3</b> | <b>Kiểm tra CCHC</b>"
    const kiemTra = rowStarting(first!, '3', 'Kiểm tra CCHC');
    expect(kiemTra.cells.slice(0, 2).map((c) => c.bold)).toEqual([true, true]);
    // seed line 185: a plain row
    expect(rowStarting(first!, '1').cells.some((c) => c.bold)).toBe(false);
  });

  it('002: one table per Biểu mẫu, each after its title paragraph', async () => {
    const ir = await fixture('002_60f12e1201b41f59');
    const forms = tables(ir);
    expect(forms.map((t) => t.rows.length - 2)).toEqual([22, 14, 24, 19, 16, 13, 32]);
    forms.forEach((form, i) => {
      const at = ir.blocks.indexOf(form);
      const title = ir.blocks.slice(0, at).filter((b) => b.kind === 'paragraph' && /^Biểu mẫu \d$/.test(b.text)).pop();
      expect(title && title.kind === 'paragraph' && title.text).toBe(`Biểu mẫu ${i + 1}`);
      expect(form.rows.slice(0, 2).every((r) => r.isHeader)).toBe(true);
    });
    // seed lines 331 + 335: the code list continues after the page break
    expect(texts(rowStarting(forms[6]!, '4.'))).toEqual(['4.', 'Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)', 'Chưa = 0 Đang làm = 1 Hoàn thành = 2', '2', '']);
    // seed line 167
    expect(texts(rowStarting(forms[0]!, '1.'))).toEqual(['1.', 'Số văn bản chỉ đạo cải cách hành chính đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', 'Văn bản', '08', '']);
  });

  it('001: prose paragraphs with ordinals and bold headings', async () => {
    const ir = await fixture('001_8f3c16bf5b21494c');
    const paragraphs = ir.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs[0]).toMatchObject({ text: 'Số: /BC-BDT', bold: false, position: { paragraph: 1, line: 1 } });
    // seed line 7: "## **BÁO CÁO**"
    expect(paragraphs[2]).toMatchObject({ text: 'BÁO CÁO', bold: true, position: { paragraph: 3 } });
    expect(paragraphs.find((b) => b.text === 'Phụ lục 1')).toMatchObject({ bold: true });
  });
});

describe('readDocx on hand-written documents', () => {
  it('gridBefore, hMerge and a vMerge with no start keep cells in their grid columns', async () => {
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${tc('', 'a')}${tc('<w:vMerge w:val="restart"/>', 'b')}${tc('<w:hMerge w:val="restart"/>', 'c')}${tc('<w:hMerge/>', '')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('<w:vMerge/>', '')}${tc('<w:gridSpan w:val="2"/><w:vMerge/>', 'x')}</w:tr>
      </w:tbl><w:p/>`;
    const ir = await readDocx(wordDoc(body), 'merges.docx');
    const [table] = tables(ir);
    const [top, bottom] = table!.rows;
    expect(top!.cells.map((c) => [c.position.cell, c.colSpan, c.text])).toEqual([[1, 1, 'a'], [2, 1, 'b'], [3, 2, 'c']]);
    expect(bottom!.cells.map((c) => [c.position.cell, c.colSpan, c.text, c.mergedFromAbove])).toEqual([
      [1, 1, '', false], [2, 1, '', true], [3, 2, 'x', false],
    ]);
    expect(ir.messages.map((m) => m.code)).toEqual(['docx/vmerge-without-start']);
    expect(ir.messages[0]!.position).toMatchObject({ table: 1, row: 2, cell: 3 });
  });

  it('tabs, breaks, hyphens, fields, revisions and content controls give the text Word shows', async () => {
    const body = `<w:p><w:r><w:t>Số: 895/BC-UBND</w:t><w:tab/><w:t>Đắk Nông</w:t><w:br/><w:t>ngày</w:t><w:noBreakHyphen/><w:t>24</w:t></w:r></w:p>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>14</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      <w:p><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del><w:ins><w:r><w:t>mới</w:t></w:r></w:ins><w:hyperlink><w:r><w:t> liên kết</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t> điều khiển</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    const ir = await readDocx(wordDoc(body), 'inline.docx');
    expect(ir.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['Số: 895/BC-UBND Đắk Nông ngày-24', '14', 'mới liên kết điều khiển']);
    expect(ir.messages).toEqual([]);
  });

  it('hidden text (w:vanish) is not read, whether set on the run or by its style; w:vanish="0" shows it again', async () => {
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="character" w:styleId="An"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = `<w:p>${run('Số TTHC')}${run(' (ghi chú ẩn)', '<w:vanish/>')}${run(' cấp tỉnh')}</w:p>
      <w:p>${run('Số hồ sơ')}${run(' (theo kiểu ẩn)', '<w:rStyle w:val="An"/>')}${run(' đúng hạn', '<w:rStyle w:val="An"/><w:vanish w:val="0"/>')}</w:p>`;
    const ir = await readDocx(wordDoc(body, styles), 'hidden.docx');
    expect(ir.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['Số TTHC cấp tỉnh', 'Số hồ sơ đúng hạn']);
  });

  it('text boxes are read after the paragraph that anchors them, once, whether drawn as DrawingML or VML', async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const drawing = (text: string) => `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box(text)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const vml = (text: string) => `<w:pict><v:shape><v:textbox>${box(text)}</v:textbox></v:shape></w:pict>`;
    const body = `<w:p><w:r><w:t>PHỤ LỤC</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing('Biểu mẫu 1')}</mc:Choice><mc:Fallback>${vml('Biểu mẫu 1')}</mc:Fallback></mc:AlternateContent></w:r></w:p>
      <w:p><w:r>${drawing('Kèm theo Báo cáo số 12/BC-UBND')}<w:t>Thống kê</w:t></w:r></w:p>`;
    const ir = await readDocx(wordDoc(body), 'boxes.docx');
    expect(ir.blocks.map((b) => b.kind === 'paragraph' && [b.text, b.position.line])).toEqual([
      ['PHỤ LỤC', 1], ['Biểu mẫu 1', 2], ['Thống kê', 3], ['Kèm theo Báo cáo số 12/BC-UBND', 4],
    ]);
  });

  it('soft hyphens vanish, symbol-font glyphs are dropped and Unicode symbols kept', async () => {
    const body = '<w:p><w:r><w:t>Có</w:t><w:softHyphen/><w:t>thể</w:t><w:cr/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Segoe UI Symbol" w:char="2713"/></w:r></w:p>';
    const ir = await readDocx(wordDoc(body), 'symbols.docx');
    expect(ir.blocks).toMatchObject([{ kind: 'paragraph', text: 'Cóthể ✓' }]);
  });

  it('keeps going past malformed XML, and never expands DTD entities', async () => {
    const body = `${p('một < hai')}<w:p><w:r><w:t>ba</w:t></w:r></w:p>`;
    const broken = await readDocx(wordDoc(body), 'broken.docx');
    expect(broken.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['một < hai', 'ba']);
    expect(broken.messages).toMatchObject([{ severity: 'warning', code: 'docx/xml-malformed', message: expect.stringMatching(/^word\/document\.xml: malformed tag at offset \d+$/) }]);
    const dtd = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document xmlns:w="${W}"><w:body>${p('&b; &amp; &#7863;')}</w:body></w:document>`;
    const entities = await readDocx(docxPackage(dtd), 'dtd.docx');
    expect(entities.blocks).toMatchObject([{ text: '&b; & ặ' }]);
  });

  it('text comes out in NFC; a table inside a cell is flattened, a one-cell frame unwrapped', async () => {
    const nfd = 'Cải cách hành chính'.normalize('NFD');
    const inner = `<w:tbl><w:tr>${tc('', 'x')}${tc('', 'y')}</w:tr></w:tbl>`;
    const grid = `<w:tbl><w:tr>${tc('', nfd)}<w:tc>${p('trong')}${inner}</w:tc></w:tr><w:tr>${tc('', '1')}${tc('', '2')}</w:tr></w:tbl>`;
    const frame = `<w:tbl><w:tr><w:tc>${p('Phụ lục')}${grid}</w:tc></w:tr></w:tbl><w:p/>`;
    const ir = await readDocx(wordDoc(frame), 'nested.docx');
    expect(ir.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    const [table] = tables(ir);
    expect(table!.position.table).toBe(1);
    expect(texts(table!.rows[0]!)).toEqual(['Cải cách hành chính', 'trong x y']);
    expect(table!.rows[0]!.cells[0]!.text).toBe('Cải cách hành chính'.normalize('NFC'));
    expect(ir.messages.map((m) => m.code).sort()).toEqual(['docx/layout-table-unwrapped', 'docx/nested-table-flattened']);
  });

  it('bold through styles: basedOn inherits, a bold character style in a bold paragraph style toggles off', async () => {
    const styles = `<w:styles xmlns:w="${W}">
      <w:style w:type="paragraph" w:styleId="Base"><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Child"><w:basedOn w:val="Base"/></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style></w:styles>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:t>kế thừa</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>đảo</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>trực tiếp</w:t></w:r></w:p>
      <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>một phần</w:t></w:r><w:r><w:t> thường</w:t></w:r></w:p>`;
    const ir = await readDocx(wordDoc(body, styles), 'styles.docx');
    expect(ir.blocks.map((b) => b.kind === 'paragraph' && [b.text, b.bold])).toEqual([
      ['kế thừa', true], ['đảo', false], ['trực tiếp', false], ['một phần thường', false],
    ]);
  });

  it('reads any namespace prefix and the main part named by the package relationships', async () => {
    const document = `<?xml version="1.0"?><doc:document xmlns:doc="${W}"><doc:body><doc:p><doc:r><doc:t>khác tiền tố &amp; tên</doc:t></doc:r></doc:p></doc:body></doc:document>`;
    const bytes = writeZip([
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/main/noi-dung.xml"/></Relationships>' },
      { name: 'main/noi-dung.xml', data: document },
    ]);
    const ir = await readDocx(bytes, 'prefix.docx');
    expect(ir.blocks).toMatchObject([{ kind: 'paragraph', text: 'khác tiền tố & tên', position: { paragraph: 1 } }]);
  });
});

describe('readDocx on files it cannot read', () => {
  const code = async (bytes: Uint8Array) => readDocx(bytes, 'bad.docx').then(() => 'read', (e: { code?: string }) => e.code);

  it('docx/not-a-zip for text, for a truncated zip and for an OLE .doc', async () => {
    expect(await code(Buffer.from('STT\tChỉ tiêu thống kê\n'))).toBe('docx/not-a-zip');
    const good = readFileSync('fixtures/docx/000_9e493d0445893002.docx');
    expect(await code(good.subarray(0, good.length - 30))).toBe('docx/not-a-zip');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(readDocx(ole, 'old.doc')).rejects.toThrow(/Word 97–2003 \.doc/);
  });

  it('docx/not-word for a zip without a Word document', async () => {
    expect(await code(writeZip([{ name: 'readme.txt', data: 'không phải Word' }]))).toBe('docx/not-word');
    expect(await code(writeZip([{ name: 'word/document.xml', data: '<html><body>HTML</body></html>' }]))).toBe('docx/not-word');
  });

  it('docx/zip-too-large for a part that inflates 1000:1 and for sizes declared beyond the limit', async () => {
    const bomb = writeZip([{ name: 'word/document.xml', data: `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${' '.repeat(10_000_000)}</w:t></w:r></w:p></w:body></w:document>` }]);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(readDocx(bomb, 'bomb.docx')).rejects.toMatchObject({ code: 'docx/zip-too-large', message: expect.stringMatching(/ratio \d+:1/) });
    // A small package whose central directory claims 3 GiB for its document part.
    const liar = Buffer.from(wordDoc(p('nhỏ')));
    const name = Buffer.from('word/document.xml');
    for (let at = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (liar.subarray(at + 46, at + 46 + name.length).equals(name)) liar.writeUInt32LE(3 * 2 ** 30, at + 24);
    }
    expect(await code(liar)).toBe('docx/zip-too-large');
    // The total limit, lowered so that an honest fixture passes it.
    const honest = readFileSync('fixtures/docx/000_9e493d0445893002.docx');
    await expect(readDocx(honest, 'honest.docx', { zipLimits: { maxTotalBytes: 10_000, maxRatio: 100, ratioFloor: 1 << 20 } }))
      .rejects.toMatchObject({ code: 'docx/zip-too-large', message: expect.stringMatching(/bytes uncompressed in 5 parts \(limit 10000\)/) });
  });

  it('docx/zip-corrupt for a part that inflates to more than it declared', async () => {
    const bytes = Buffer.from(wordDoc(p('một đoạn văn đủ dài để bị cắt')));
    const at = bytes.indexOf(Buffer.from('word/document.xml', 'utf8'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46;
    bytes.writeUInt32LE(10, at + 24);
    expect(await code(bytes)).toBe('docx/zip-corrupt');
  });
});
