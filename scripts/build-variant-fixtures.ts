/**
 * Writes the small hand-made template-variant reports of fixtures/variants/ (issue #12 item 5):
 * (a) a two-row grouped header, "Kết quả" spanning "Đơn vị tính | Số liệu";
 * (b) the value column before the unit column;
 * (c) three value columns, Kế hoạch | Thực hiện | Tỷ lệ (%), the figure being Thực hiện.
 * Each as DOCX (docx-writer.ts) and PDF (variants/pdf-writer.ts). The rows are typed here with
 * labels copied from the seeds; the figures each file must give are typed again, by hand from
 * the printed document, in fixtures/variants/<name>.expected.tsv (not computed from this file).
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/build-variant-fixtures.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildDocx } from './docx-writer.js';
import type { SeedBlock, SeedRow } from './seed-tables.js';
import { columnLayout } from './variants/columns.js';
import { fixturesDir } from './variants/fonts.js';
import { headerRows, type HeaderGroup } from './variants/header.js';
import type { VariantTable } from './variants/layout.js';
import { writePdf } from './variants/pdf-writer.js';
import type { ColumnRole } from './variants/wordings.js';

const p = (raw: string): SeedBlock => ({ kind: 'paragraph', raw, line: 0 });
const row = (...cells: string[]): SeedRow => ({ cells: cells.map((raw) => ({ raw, gridSpan: 1 })), line: 0 });

function table(roles: ColumnRole[], captions: string[], groups: HeaderGroup[], rows: SeedRow[]): VariantTable {
  return { kind: 'table', header: headerRows(captions, groups), rows, pieceStarts: [], width: roles.length, roles };
}

const GROUPED: SeedBlock[] = [
  p('ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ'),
  p('Số: 215/BC-UBND'),
  p('Krông Nô, ngày 12 tháng 6 năm 2024'),
  p('<b>BÁO CÁO</b>'),
  p('<b>Kết quả thực hiện công tác cải cách hành chính quý II năm 2024</b>'),
  p('Thực hiện Công văn số 1120/SNV-CCHC ngày 20/5/2024 của Sở Nội vụ tỉnh Đắk Nông, UBND huyện Krông Nô, tỉnh Đắk Nông báo cáo kết quả thực hiện công tác cải cách hành chính quý II năm 2024 như sau:'),
  p('I. KẾT QUẢ THỰC HIỆN'),
  p('Công tác chỉ đạo, điều hành được triển khai kịp thời; số liệu chi tiết tại Phụ lục kèm theo.'),
  p('Phụ lục'),
  p('<b>SỐ LIỆU THỐNG KÊ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2024</b>'),
  p('(Kèm theo Báo cáo số 215/BC-UBND ngày 12/6/2024 của UBND huyện Krông Nô)'),
  table(['stt', 'label', 'unit', 'value', 'note'], ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'], [{ caption: 'Kết quả', from: 2, to: 4 }], [
    row('<b>1.</b>', '<b>Công tác chỉ đạo, điều hành CCHC</b>', '', '', ''),
    row('1.1.', 'Số văn bản chỉ đạo cải cách hành chính đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', 'Văn bản', '06', ''),
    row('1.2.', 'Tỷ lệ hoàn thành Kế hoạch cải cách hành chính năm', '%', '45,5', 'Lũy kế đến thời điểm báo cáo'),
    row('1.2.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '22', ''),
    row('1.2.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '10', ''),
    row('1.3.', 'Số lượng phiếu khảo sát', 'Số lượng', '', 'Chưa tổ chức khảo sát'),
    row('<b>2.</b>', '<b>Cải cách thể chế</b>', '', '', ''),
    row('2.1.', 'Số văn bản quy phạm pháp luật đã rà soát thuộc thẩm quyền', 'Văn bản', '14', ''),
    row('<b>3.</b>', '<b>Cải cách thủ tục hành chính</b>', '', '', ''),
    row('3.1.', 'Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết tại địa phương', 'Thủ tục', '318', ''),
    row('3.2.', 'Tổng số hồ sơ thủ tục hành chính đã giải quyết xong', 'Hồ sơ', '1.246', ''),
    row('3.3.', 'Số hồ sơ thủ tục hành chính giải quyết đúng hạn', 'Hồ sơ', '1.229', ''),
    row('3.4.', 'Tổng số phản ánh kiến nghị đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến)', 'PAKN', '3', ''),
    row('<b>4.</b>', '<b>Cải cách chế độ công vụ</b>', '', '', ''),
    row('4.1.', 'Số công chức được tuyển dụng (thi tuyển, xét tuyển)', 'Người', '0', ''),
  ]),
  p('Nơi nhận:'),
  p('- Sở Nội vụ;'),
  p('- Lưu: VT.'),
];

const VALUE_FIRST: SeedBlock[] = [
  p('ỦY BAN NHÂN DÂN XÃ EA TIÊU'),
  p('Số: 48/BC-UBND'),
  p('Ea Tiêu, ngày 10 tháng 6 năm 2024'),
  p('<b>BÁO CÁO</b>'),
  p('<b>Công tác cải cách hành chính 6 tháng đầu năm 2024</b>'),
  p('UBND xã Ea Tiêu, huyện Cư Kuin, tỉnh Đắk Lắk báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024 như sau:'),
  p('Các chỉ tiêu thống kê được tổng hợp tại Biểu số liệu kèm theo báo cáo này.'),
  p('Biểu số liệu'),
  p('<b>THỐNG KÊ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024</b>'),
  p('(Kèm theo Báo cáo số 48/BC-UBND ngày 10/6/2024 của UBND xã Ea Tiêu)'),
  table(['stt', 'label', 'value', 'unit', 'note'], ['STT', 'Nội dung', 'Số liệu', 'Đơn vị tính', 'Ghi chú'], [], [
    row('<b>I</b>', '<b>Công tác chỉ đạo, điều hành</b>', '', '', ''),
    row('1', 'Số văn bản chỉ đạo cải cách hành chính đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', '3', 'Văn bản', ''),
    row('2', 'Thực hiện nhiệm vụ UBND huyện giao', '', '', ''),
    row('2.1', 'Tổng số nhiệm vụ được giao', '12', 'Nhiệm vụ', ''),
    row('2.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', '11', 'Nhiệm vụ', ''),
    row('2.3', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', '0', 'Nhiệm vụ', ''),
    row('<b>II</b>', '<b>Cải cách thủ tục hành chính</b>', '', '', ''),
    row('1', 'Số thủ tục hành chính liên thông cùng cấp', '2', 'Thủ tục', ''),
    row('2', 'Số thủ tục hành chính liên thông giữa các cấp chính quyền', '57', 'Thủ tục', ''),
    row('3', 'Tổng số hồ sơ thủ tục hành chính đã giải quyết xong', '684', 'Hồ sơ', ''),
    row('4', 'Số hồ sơ thủ tục hành chính giải quyết đúng hạn', '684', 'Hồ sơ', ''),
    row('5', 'Tỷ lệ giải quyết phản ánh, kiến nghị về quy định thủ tục hành chính', '', '%', 'Không phát sinh'),
    row('<b>III</b>', '<b>Cải cách tổ chức bộ máy</b>', '', '', ''),
    row('1', 'Tổng số biên chế được giao trong năm', '21', 'Người', ''),
    row('2', 'Tổng số biên chế có mặt tại thời điểm báo cáo', '19', 'Người', ''),
  ]),
  p('TM. ỦY BAN NHÂN DÂN'),
  p('CHỦ TỊCH'),
];

const PLAN_ACTUAL: SeedBlock[] = [
  p('ỦY BAN NHÂN DÂN HUYỆN ĐAK PƠ'),
  p('Số: 301/BC-UBND'),
  p('Đak Pơ, ngày 14 tháng 6 năm 2024'),
  p('<b>BÁO CÁO</b>'),
  p('<b>Tình hình thực hiện công tác cải cách hành chính quý II năm 2024</b>'),
  p('Thực hiện Kế hoạch số 85/KH-UBND ngày 10/01/2024 của UBND tỉnh Gia Lai, UBND huyện Đak Pơ báo cáo tình hình thực hiện công tác cải cách hành chính quý II năm 2024, so với kế hoạch năm, như sau:'),
  p('Kết quả cụ thể theo các chỉ tiêu tại Phụ lục.'),
  p('Phụ lục'),
  p('<b>KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH</b>'),
  p('(Kèm theo Báo cáo số 301/BC-UBND ngày 14/6/2024 của UBND huyện Đak Pơ)'),
  table(['stt', 'label', 'unit', 'plan', 'value', 'ratio', 'note'], ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)', 'Ghi chú'], [], [
    row('<b>1</b>', '<b>Công tác chỉ đạo, điều hành CCHC</b>', '', '', '', '', ''),
    row('1.1', 'Số văn bản chỉ đạo cải cách hành chính đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', 'Văn bản', '10', '7', '70', ''),
    row('1.2', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '30', '30', '100', ''),
    row('1.3', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '30', '13', '43,3', ''),
    row('1.4', 'Số cơ quan, đơn vị đã kiểm tra', 'Cơ quan, đơn vị', '8', '3', '37,5', ''),
    row('<b>2</b>', '<b>Cải cách thủ tục hành chính</b>', '', '', '', '', ''),
    row('2.1', 'Số thủ tục hành chính đã được phê duyệt phương án đơn giản hóa', 'Thủ tục', '5', '2', '40', ''),
    row('2.2', 'Tổng số hồ sơ thủ tục hành chính đã giải quyết xong', 'Hồ sơ', '2.500', '1.318', '52,7', ''),
    row('2.3', 'Số hồ sơ thủ tục hành chính giải quyết đúng hạn', 'Hồ sơ', '2.500', '1.301', '52,0', ''),
    row('2.4', 'Số phản ánh kiến nghị đã giải quyết xong', 'PAKN', '4', '', '', 'Chưa phát sinh'),
    row('<b>3</b>', '<b>Cải cách tài chính công</b>', '', '', '', '', ''),
    row('3.1', 'Kế hoạch được giao', 'Triệu đồng', '85.000', '85.000', '100', 'Vốn đầu tư công'),
    row('3.2', 'Đã thực hiện', 'Triệu đồng', '85.000', '31.450', '37,0', ''),
    row('<b>4</b>', '<b>Xây dựng và phát triển Chính quyền điện tử, Chính quyền số</b>', '', '', '', '', ''),
    row('4.1', 'Tỷ lệ sử dụng văn bản điện tử của UBND cấp huyện', '%', '95', '97', '102,1', ''),
  ]),
  p('Nơi nhận:'),
  p('- UBND tỉnh Gia Lai;'),
  p('- Lưu: VT.'),
];

export const HAND_FIXTURES: Record<string, SeedBlock[]> = {
  'a-grouped-header': GROUPED,
  'b-value-before-unit': VALUE_FIRST,
  'c-plan-actual-ratio': PLAN_ACTUAL,
};

async function main(): Promise<void> {
  const dir = `${fixturesDir()}variants/`;
  mkdirSync(dir, { recursive: true });
  for (const [name, blocks] of Object.entries(HAND_FIXTURES)) {
    writeFileSync(`${dir}${name}.docx`, buildDocx(blocks, { splitTables: false, columnLayout }));
    writeFileSync(`${dir}${name}.pdf`, await writePdf(blocks, { landscape: false, pieces: 'none', columnLayout }));
    console.log(`${dir}${name}.docx, .pdf`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  main().catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
