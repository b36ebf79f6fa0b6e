/**
 * Writes a seed (`seed-tables.ts`) as a WordprocessingML package (ECMA-376 Part 1): the parts a
 * Word file needs and nothing more — [Content_Types].xml, the package and document relationships,
 * word/document.xml and a small word/styles.xml.
 *
 * Layout follows Nghị định 30/2020/NĐ-CP for administrative documents: A4 portrait, margins
 * top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13 pt (LibreOffice renders it with
 * the metric-compatible Liberation Serif), table text 12 pt.
 */
import { writeZip } from './zip-writer.js';
import type { SeedBlock, SeedCell, SeedRow, SeedTable } from './seed-tables.js';

export interface DocxOptions {
  /**
   * Cut every table at the dump's page breaks into separate Word tables, each with a copy of the
   * header rows (not marked to repeat) and a page break between them — what some authors do
   * instead of repeating header rows (§17.4.49 tblHeader).
   */
  splitTables: boolean;
  /** A4 landscape (w:pgSz w:orient, §17.6.13) instead of portrait; the text is then 252 mm wide. */
  landscape?: boolean;
  /**
   * Column widths (twentieths of a point, summing to `textWidth`) and paragraph alignments of a
   * table; when absent, the seeds' five columns (STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú).
   */
  columnLayout?: (table: SeedTable, textWidth: number) => ColumnLayout;
}

export interface ColumnLayout {
  widths: number[];
  align: string[];
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text width in twentieths of a point: 210 mm − 30 mm − 15 mm = 165 mm; landscape 297 mm − 45 mm. */
const TEXT_WIDTH = 9355;
const LANDSCAPE_TEXT_WIDTH = 14286;
/** STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú, summing to TEXT_WIDTH. */
const COLUMN_WIDTHS = [850, 4400, 1500, 1150, 1455];
const COLUMN_ALIGN = ['center', 'left', 'center', 'center', 'left'];
const SEED_LAYOUT: ColumnLayout = { widths: COLUMN_WIDTHS, align: COLUMN_ALIGN };

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  lineBreak?: boolean;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markdown emphasis of the dump as tags; a `**` left open at either end of a line covers the line. */
function markdownToTags(raw: string): string {
  let s = raw.replace(/\*\*\*(?=\S)([\s\S]*?\S)\*\*\*/g, '<b><i>$1</i></b>');
  s = s.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<b>$1</b>');
  s = s.replace(/^\s*\*\*(.*)$/, '<b>$1</b>').replace(/^(.*?)\*\*\s*$/, '<b>$1</b>');
  return s.replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=$|[\s).,:;])/g, '$1<i>$2</i>');
}

/** Splits text with `<b>`/`<i>` tags and `\n` into runs. */
export function inlineRuns(raw: string): Run[] {
  let s = markdownToTags(raw);
  const firstBold = s.match(/<\/?(b|strong)>/i);
  if (firstBold && firstBold[0].startsWith('</')) s = '<b>' + s;
  const firstItalic = s.match(/<\/?(i|em)>/i);
  if (firstItalic && firstItalic[0].startsWith('</')) s = '<i>' + s;
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  for (const token of s.split(/(<\/?(?:b|strong|i|em)>|\n)/i)) {
    if (token === '') continue;
    const tag = token.toLowerCase();
    if (tag === '<b>' || tag === '<strong>') bold++;
    else if (tag === '</b>' || tag === '</strong>') bold = Math.max(0, bold - 1);
    else if (tag === '<i>' || tag === '<em>') italic++;
    else if (tag === '</i>' || tag === '</em>') italic = Math.max(0, italic - 1);
    else if (token === '\n') runs.push({ text: '', bold: false, italic: false, lineBreak: true });
    else runs.push({ text: token.replace(/<\/?(u|sup|sub|br)\s*\/?>/gi, ''), bold: bold > 0, italic: italic > 0 });
  }
  return runs;
}

function runXml(run: Run): string {
  if (run.lineBreak) return '<w:r><w:br/></w:r>';
  const props = (run.bold ? '<w:b/>' : '') + (run.italic ? '<w:i/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

function paragraphXml(raw: string, style?: string, align?: string): string {
  const pPr = (style ? `<w:pStyle w:val="${style}"/>` : '') + (align ? `<w:jc w:val="${align}"/>` : '');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inlineRuns(raw).map(runXml).join('')}</w:p>`;
}

const MD_HEADING = /^\s{0,3}#{1,6}\s+/;

function proseXml(raw: string): string {
  if (MD_HEADING.test(raw)) return paragraphXml(raw.replace(MD_HEADING, '').trimEnd(), 'Heading3');
  return paragraphXml(raw.trimEnd());
}

function cellXml(cell: SeedCell, column: number, header: boolean, layout: ColumnLayout): string {
  const width = layout.widths.slice(column, column + cell.gridSpan).reduce((a, b) => a + b, 0);
  const tcPr = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    cell.gridSpan > 1 ? `<w:gridSpan w:val="${cell.gridSpan}"/>` : '',
    cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : '',
    '<w:vAlign w:val="center"/>',
  ].join('');
  const style = header ? 'BangTieuDe' : 'BangChu';
  const align = header ? undefined : layout.align[column];
  // A continued cell shows nothing (§17.4.85); Word still requires one paragraph in it.
  const body = cell.vMerge === 'continue' ? `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr></w:p>` : paragraphXml(cell.raw, style, align);
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${body}</w:tc>`;
}

function rowXml(row: SeedRow, header: boolean, repeat: boolean, layout: ColumnLayout): string {
  const trPr = header ? `<w:trPr>${repeat ? '<w:tblHeader/>' : ''}<w:cantSplit/></w:trPr>` : '';
  let column = 0;
  const cells = row.cells.map((cell) => {
    const xml = cellXml(cell, column, header, layout);
    column += cell.gridSpan;
    return xml;
  });
  return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
}

function tableXml(header: SeedRow[], rows: SeedRow[], repeatHeader: boolean, layout: ColumnLayout = SEED_LAYOUT): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${layout.widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`
    + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`
    + '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr>';
  const grid = `<w:tblGrid>${layout.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const body = [...header.map((r) => rowXml(r, true, repeatHeader, layout)), ...rows.map((r) => rowXml(r, false, false, layout))];
  return `<w:tbl>${tblPr}${grid}${body.join('')}</w:tbl>`;
}

/** A vertical merge cut by a table split restarts, empty, in the next piece (as Word does). */
function restartMerges(rows: SeedRow[]): SeedRow[] {
  const first = rows[0];
  if (!first || !first.cells.some((c) => c.vMerge === 'continue')) return rows;
  const cells = first.cells.map((c) => (c.vMerge === 'continue' ? { ...c, raw: '', vMerge: 'restart' as const } : c));
  return [{ ...first, cells }, ...rows.slice(1)];
}

function seedTableXml(table: SeedTable, options: DocxOptions): string {
  const layout = options.columnLayout?.(table, options.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH) ?? SEED_LAYOUT;
  if (!options.splitTables || table.pieceStarts.length === 0) return tableXml(table.header, table.rows, true, layout);
  const bounds = [0, ...table.pieceStarts, table.rows.length];
  const pieces: string[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const rows = table.rows.slice(bounds[p], bounds[p + 1]);
    if (rows.length > 0) pieces.push(tableXml(table.header, restartMerges(rows), false, layout));
  }
  return pieces.join('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
}

export function documentXml(blocks: SeedBlock[], options: DocxOptions): string {
  const body = blocks.map((b) => (b.kind === 'paragraph' ? proseXml(b.raw) : seedTableXml(b, options)));
  // The body must end with a paragraph before sectPr, else Word adds one (§17.2.2 body).
  if (blocks[blocks.length - 1]?.kind === 'table') body.push('<w:p/>');
  const pgSz = options.landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  const sectPr = `<w:sectPr>${pgSz}`
    + '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="TieuDeChung"><w:name w:val="Tieu de chung"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="TieuDeChung"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120"/><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BangChu"><w:name w:val="Bang chu"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BangTieuDe"><w:name w:val="Bang tieu de"/><w:basedOn w:val="BangChu"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

const NUMBERING_TYPE = '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>';
const NUMBERING_REL = '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>';

/**
 * The package as zip bytes. `documentXmlText` lets tests wrap hand-written body XML; a
 * `numberingXml` (a whole w:numbering part) is added with its relationship when given.
 */
export function docxPackage(documentXmlText: string, stylesXml: string = STYLES, numberingXml?: string): Buffer {
  const withNumbering = (xml: string, anchor: string, line: string) => (numberingXml === undefined ? xml : xml.replace(anchor, `${line}\n${anchor}`));
  return writeZip([
    { name: '[Content_Types].xml', data: withNumbering(CONTENT_TYPES, '</Types>', NUMBERING_TYPE) },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    { name: 'word/document.xml', data: documentXmlText },
    { name: 'word/_rels/document.xml.rels', data: withNumbering(DOCUMENT_RELS, '</Relationships>', NUMBERING_REL) },
    { name: 'word/styles.xml', data: stylesXml },
    ...(numberingXml === undefined ? [] : [{ name: 'word/numbering.xml', data: numberingXml }]),
  ]);
}

export function buildDocx(blocks: SeedBlock[], options: DocxOptions): Buffer {
  return docxPackage(documentXml(blocks, options));
}
