import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../parsers/docx/read-docx.js';
import { paragraph, table, tableCell, tableRow, type DocumentIR } from '../../parsers/ir.js';
import { readText } from '../../parsers/text.js';
import { extractMetadata } from '../../src/metadata/extract-metadata.js';
import { seedPath } from '../helpers/seeds.js';

function seed(prefix: string) {
  return extractMetadata(readText(readFileSync(seedPath(prefix)), `${prefix}.txt`));
}

/** A report written by hand, one line a paragraph; tab-separated lines become table rows. */
function report(...lines: string[]) {
  return extractMetadata(readText(Buffer.from(lines.join('\n')), 'hand.txt'));
}

/** The appendix at the end of a hand-written report: its heading, title lines and a small table. */
const appendix = (...title: string[]) => ['Phụ lục', ...title, 'STT\tChỉ tiêu\tĐơn vị tính\tSố liệu', '1\tSố văn bản\tVăn bản\t2'];

const codes = (messages: { code: string }[]) => messages.map((m) => m.code);

// Expectations read from the seeds (fixtures/seeds/expected/metadata.tsv quotes the lines).
describe('the four seed reports', () => {
  it.each([
    ['000', { unit: 'Ban Dân tộc', province: 'Khánh Hòa', period: '2024-Q1', level: 'so' }, { unit: 7, province: 13, period: 5 }],
    ['001', { unit: 'Ban Dân tộc', province: 'Gia Lai', period: '2023', level: 'so' }, { unit: 11, province: 5, period: 9 }],
    ['002', { unit: 'UBND phường Nguyễn Trãi', province: 'Kon Tum', period: '2023-Q3', level: 'xa' }, { unit: 12, province: 18, period: 8 }],
    ['003', { unit: 'UBND tỉnh Đắk Nông', province: 'Đắk Nông', period: '2021', level: 'tinh' }, { unit: 7, province: 7, period: 5 }],
  ])('%s', (prefix, expected, lines) => {
    const { metadata, messages } = seed(prefix);
    expect(metadata).toMatchObject(expected);
    expect(metadata.evidence.unit).toEqual({ file: `${prefix}.txt`, line: lines.unit });
    expect(metadata.evidence.province).toEqual({ file: `${prefix}.txt`, line: lines.province });
    expect(metadata.evidence.period).toEqual({ file: `${prefix}.txt`, line: lines.period });
    expect(messages).toEqual([]);
  });

  it('000: the title year wins over the 2022 of the cited Công văn and the plan quarter', () => {
    // L7 cites "Công văn số 1958/UBND-KSTT ngày 09/3/2022"; L5 names quý II as the plan.
    expect(seed('000').metadata.period).toBe('2024-Q1');
  });

  it('002: the province is tỉnh Kon Tum (L18), not read from "thành phố Kon Tum" (L10, L12)', () => {
    expect(seed('002').metadata.evidence.province?.line).toBe(18);
  });
});

describe('the seed reports as Word files (fixtures/docx)', () => {
  it.each([
    ['000_9e493d0445893002', 'Ban Dân tộc', 'Khánh Hòa', '2024-Q1'],
    ['001_8f3c16bf5b21494c', 'Ban Dân tộc', 'Gia Lai', '2023'],
    ['002_60f12e1201b41f59', 'UBND phường Nguyễn Trãi', 'Kon Tum', '2023-Q3'],
    ['003_f51fa97e0584822a', 'UBND tỉnh Đắk Nông', 'Đắk Nông', '2021'],
  ])('%s', async (stem, unit, province, period) => {
    const file = `fixtures/docx/${stem}.docx`;
    const { metadata, messages } = extractMetadata(await readDocx(readFileSync(file), file));
    expect(metadata).toMatchObject({ unit, province, period });
    expect(metadata.evidence.unit?.paragraph).toBeGreaterThan(0);
    expect(messages).toEqual([]);
  });
});

describe('the unit in the opening sentence', () => {
  const title = ['BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính năm 2024'];
  it.each([
    ['Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh, Sở Nội vụ báo cáo kết quả như sau:', 'Sở Nội vụ', 'so', null],
    ['Sở Tài nguyên và Môi trường tỉnh Đắk Lắk báo cáo kết quả như sau:', 'Sở Tài nguyên và Môi trường', 'so', 'Đắk Lắk'],
    ['Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả như sau:', 'Sở Văn hóa, Thể thao và Du lịch', 'so', null],
    ['Sở Lao động - Thương binh và Xã hội trân trọng báo cáo như sau:', 'Sở Lao động - Thương binh và Xã hội', 'so', null],
    ['Sở Nông nghiệp và Phát triển nông thôn xin báo cáo như sau:', 'Sở Nông nghiệp và Phát triển nông thôn', 'so', null],
    ['Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng báo cáo như sau:', 'Sở Dân tộc và Tôn giáo', 'so', 'Lâm Đồng'],
    ['Văn phòng Ủy ban nhân dân tỉnh Quảng Nam báo cáo như sau:', 'Văn phòng UBND tỉnh', 'so', 'Quảng Nam'],
    ['Văn phòng UBND tỉnh báo cáo như sau:', 'Văn phòng UBND tỉnh', 'so', null],
    ['Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Lai Châu báo cáo như sau:', 'Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh', 'so', 'Lai Châu'],
    ['Ban Quản lý Khu kinh tế tỉnh Khánh Hoà báo cáo như sau:', 'Ban Quản lý Khu kinh tế', 'so', 'Khánh Hòa'],
    ['Thanh tra tỉnh Bình Định báo cáo như sau:', 'Thanh tra tỉnh', 'so', 'Bình Định'],
    ['Phòng Nội vụ huyện Chư Păh báo cáo như sau:', 'Phòng Nội vụ huyện Chư Păh', 'huyen', null],
    ['Ủy ban nhân dân tỉnh Gia Lai báo cáo như sau:', 'UBND tỉnh Gia Lai', 'tinh', 'Gia Lai'],
    ['UBND thành phố Đà Nẵng báo cáo như sau:', 'UBND thành phố Đà Nẵng', 'tinh', 'Đà Nẵng'],
    ['Ủy ban nhân dân huyện Krông Pắc báo cáo như sau:', 'UBND huyện Krông Pắc', 'huyen', null],
    ['UBND quận Hải Châu, thành phố Đà Nẵng báo cáo như sau:', 'UBND quận Hải Châu', 'huyen', 'Đà Nẵng'],
    ['UBND thị xã Buôn Hồ báo cáo như sau:', 'UBND thị xã Buôn Hồ', 'huyen', null],
    ['UBND thành phố Pleiku báo cáo như sau:', 'UBND thành phố Pleiku', 'huyen', null],
    ['UBND TP Kon Tum báo cáo như sau:', 'UBND thành phố Kon Tum', 'huyen', 'Kon Tum'],
    ['UBND huyện Đăk R’Lấp, tỉnh Đắk Nông báo cáo như sau:', 'UBND huyện Đăk R’Lấp', 'huyen', 'Đắk Nông'],
    ['UBND xã Ea Tu, thành phố Buôn Ma Thuột báo cáo như sau:', 'UBND xã Ea Tu', 'xa', null],
    ['Uỷ ban nhân dân thị trấn Phú Hoà báo cáo như sau:', 'UBND thị trấn Phú Hòa', 'xa', null],
    ['UBND Phường Nguyễn Trãi Báo cáo cải cách hành chính như sau:', 'UBND phường Nguyễn Trãi', 'xa', null],
    ['Ủy ban nhân dân phường 3, quận 5, thành phố Hồ Chí Minh báo cáo như sau:', 'UBND phường 3', 'xa', 'Hồ Chí Minh'],
    ['UBND xã Ia Grai, huyện Ia Grai, tỉnh Gia Lai báo cáo như sau:', 'UBND xã Ia Grai', 'xa', 'Gia Lai'],
  ])('%s', (opening, unit, level, province) => {
    const { metadata } = report(...title, opening);
    expect(metadata).toMatchObject({ unit, level, province });
    expect(metadata.evidence.unit?.line).toBe(3);
  });

  it('skips a unit that does not report: "của Phòng Nội vụ ... về việc thực hiện báo cáo"', () => {
    const { metadata } = report(
      ...title,
      'Thực hiện Văn bản số 460/PNV của Phòng Nội vụ thành phố Kon Tum về việc thực hiện báo cáo cải cách hành chính. UBND xã Đoàn Kết báo cáo như sau:',
    );
    expect(metadata.unit).toBe('UBND xã Đoàn Kết');
  });
});

describe('the unit from other parts of the report', () => {
  it('reads the agency header of a Word report (a table above the title)', () => {
    const at = (line: number, cell?: number) => ({ file: 'hand.docx', line, ...(cell ? { table: 1, row: 1, cell } : {}) });
    const doc: DocumentIR = {
      file: 'hand.docx',
      sha256: '',
      format: 'docx',
      messages: [],
      info: {},
      blocks: [
        table(
          [
            tableRow(
              [
                tableCell('ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ SỞ VĂN HOÁ VÀ THỂ THAO Số: 45/BC-SVHTT', at(1, 1)),
                tableCell('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc', at(1, 2)),
              ],
              at(1),
            ),
          ],
          at(1),
        ),
        paragraph('Huế, ngày 20 tháng 9 năm 2020', at(2)),
        paragraph('BÁO CÁO', at(3)),
        paragraph('Công tác cải cách hành chính 9 tháng năm 2020', at(4)),
        paragraph('Thực hiện Công văn số 10/SNV của Sở Nội vụ, đơn vị tổng kết như sau:', at(5)),
      ],
    };
    const { metadata, messages } = extractMetadata(doc);
    expect(metadata).toMatchObject({ unit: 'Sở Văn hóa và Thể thao', province: 'Thừa Thiên Huế', period: '2020-9M', level: 'so', reportDate: '2020-09-20' });
    expect(metadata.evidence).toEqual({ unit: at(1, 1), province: at(1, 1), period: at(4), reportDate: at(2) });
    expect(messages).toEqual([]);
  });

  it('reads the header written line by line', () => {
    const { metadata } = report('UBND TỈNH KON TUM', 'BAN DÂN TỘC', 'Số: 12/BC-BDT', 'BÁO CÁO', 'Công tác CCHC quý II năm 2022', 'Thực hiện Kế hoạch, Ban xin báo cáo như sau:');
    expect(metadata).toMatchObject({ unit: 'Ban Dân tộc', province: 'Kon Tum', period: '2022-Q2', level: 'so' });
    expect(metadata.evidence.unit?.line).toBe(2);
  });

  it('reads the appendix title when the opening names no unit', () => {
    const { metadata } = report(
      'BÁO CÁO',
      'Kết quả công tác cải cách hành chính quý I năm 2024',
      'Thực hiện Kế hoạch của UBND tỉnh Sóc Trăng, đơn vị tổng kết như sau:',
      'Nơi nhận:',
      '- Sở Nội vụ;',
      'GIÁM ĐỐC',
      ...appendix('THỐNG KÊ SỐ LIỆU CCHC QUÝ I NĂM 2024 TẠI SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'),
    );
    expect(metadata).toMatchObject({ unit: 'Sở Văn hóa, Thể thao và Du lịch', province: 'Sóc Trăng', period: '2024-Q1', level: 'so' });
    expect(metadata.evidence.unit?.line).toBe(8);
  });

  it('reads the closing sentence, and a council signature carrying its place', () => {
    const closing = report(
      'BÁO CÁO',
      'Công tác cải cách hành chính năm 2023',
      'Thực hiện Kế hoạch của UBND tỉnh Đắk Nông, UBND huyện thực hiện như sau:',
      'Trên đây là báo cáo công tác CCHC năm 2023 của UBND huyện Đắk Glong./.',
    );
    expect(closing.metadata).toMatchObject({ unit: 'UBND huyện Đắk Glong', province: 'Đắk Nông', level: 'huyen' });
    expect(closing.metadata.evidence.unit?.line).toBe(4);

    const signed = report('BÁO CÁO', 'Công tác cải cách hành chính năm 2023', 'Nơi nhận:', '- UBND huyện;', 'TM. ỦY BAN NHÂN DÂN XÃ IA DOM', 'CHỦ TỊCH', 'Nguyễn Văn A');
    expect(signed.metadata).toMatchObject({ unit: 'UBND xã Ia Dom', level: 'xa' });
  });

  it('names a "UBND tỉnh" by the province found elsewhere', () => {
    const { metadata } = report('Gia Lai, ngày 10 tháng 12 năm 2023', 'BÁO CÁO', 'Công tác CCHC năm 2023', 'Thực hiện Công văn số 5/BNV, UBND tỉnh báo cáo như sau:');
    expect(metadata).toMatchObject({ unit: 'UBND tỉnh Gia Lai', province: 'Gia Lai', level: 'tinh' });
  });

  it('takes the level from the signature title when no unit is named', () => {
    const { metadata, messages } = report('BÁO CÁO', 'Công tác CCHC năm 2023', 'Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT.', 'TRƯỞNG BAN', 'Nguyễn Văn B');
    expect(metadata).toMatchObject({ unit: null, level: 'so', period: '2023' });
    expect(codes(messages)).toEqual(['meta/no-unit', 'meta/no-province']);

    // A council cited in the closing is not the reporter: its level does not count.
    const cited = report('BÁO CÁO', 'Công tác CCHC năm 2023', 'Trên đây là kết quả thực hiện Kế hoạch của UBND tỉnh./.', 'Nơi nhận:', 'GIÁM ĐỐC');
    expect(cited.metadata).toMatchObject({ unit: null, level: 'so' });
  });

  it('takes the level from the document code as a last hint', () => {
    expect(report('Số: 15/BC-SNV', 'BÁO CÁO', 'Công tác CCHC năm 2023').metadata.level).toBe('so');
    expect(report('Số: 15/BC-UBND', 'BÁO CÁO', 'Công tác CCHC năm 2023').metadata.level).toBeNull();
  });
});

describe('the province', () => {
  it('prefers the place-date line to mentions, and skips a place-date that is not a province', () => {
    const dated = report('Kon Tum, ngày 12 tháng 9 năm 2023', 'BÁO CÁO', 'Công tác CCHC quý III năm 2023', 'Phối hợp với tỉnh Gia Lai, Ban Dân tộc báo cáo như sau:');
    expect(dated.metadata).toMatchObject({ province: 'Kon Tum' });
    expect(dated.metadata.evidence.province?.line).toBe(1);

    const ward = report('Phường Thống Nhất, ngày 12 tháng 9 năm 2023', 'BÁO CÁO', 'Công tác CCHC quý III năm 2023', 'UBND phường Thống Nhất báo cáo như sau:', 'Theo Kế hoạch của UBND tỉnh Gia Lai.');
    expect(ward.metadata).toMatchObject({ province: 'Gia Lai' });
    expect(ward.metadata.evidence.province?.line).toBe(5);
  });

  it('counts "tỉnh X" mentions and keeps the most frequent', () => {
    const { metadata } = report(
      'BÁO CÁO',
      'Công tác CCHC năm 2023',
      'Sở Y tế báo cáo như sau:',
      'Học tập kinh nghiệm của tỉnh Bình Định.',
      'Kế hoạch CCHC tỉnh Phú Yên năm 2023.',
      'Kế hoạch của UBND tỉnh Phú Yên.',
    );
    expect(metadata).toMatchObject({ unit: 'Sở Y tế', province: 'Phú Yên' });
    expect(metadata.evidence.province?.line).toBe(5);
  });

  it('falls back to a provincial city named like its province', () => {
    const { metadata } = report('BÁO CÁO', 'Công tác CCHC quý III năm 2023', 'UBND phường Quyết Thắng báo cáo như sau:', 'Kính gửi Phòng Nội vụ thành phố Kon Tum.');
    expect(metadata.province).toBe('Kon Tum');
  });
});

describe('the period', () => {
  it('prefers the title to a cited plan year in the opening', () => {
    const { metadata } = report('BÁO CÁO', 'Công tác cải cách hành chính quý I năm 2024', 'Căn cứ Kế hoạch CCHC năm 2023, Sở Y tế báo cáo kết quả năm 2023 như sau:');
    expect(metadata.period).toBe('2024-Q1');
  });

  it('reads the opening only after "<unit> báo cáo" when the title names no period', () => {
    const { metadata } = report(
      'BÁO CÁO',
      'Công tác cải cách hành chính',
      'Thực hiện Công văn số 1958/UBND-KSTT ngày 09/3/2022 của UBND tỉnh về việc báo cáo CCHC năm 2022, Sở Y tế báo cáo kết quả CCHC quý I năm 2024 như sau:',
    );
    expect(metadata.period).toBe('2024-Q1');
    expect(metadata.evidence.period?.line).toBe(3);
  });

  it('reads the appendix title last', () => {
    const { metadata } = report(
      'BÁO CÁO',
      'Công tác cải cách hành chính',
      'Sở Y tế báo cáo như sau:',
      'Nơi nhận:',
      'GIÁM ĐỐC',
      ...appendix('BIỂU MẪU THỐNG KÊ SỐ LIỆU CCHC 6 THÁNG ĐẦU NĂM 2022', '(Kèm theo Báo cáo số /BC-SYT ngày 14/6/2022 của Sở Y tế)'),
    );
    expect(metadata.period).toBe('2022-H1');
    expect(metadata.evidence.period?.line).toBe(7);
  });

  it('reads a title in capitals on the heading line itself', () => {
    const { metadata } = report('BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024', 'Kính gửi: Sở Nội vụ', 'Sở Y tế báo cáo như sau:');
    expect(metadata.period).toBe('2024-H1');
    expect(metadata.evidence.period?.line).toBe(1);
  });

  it('reads a title over two lines and a phase', () => {
    const { metadata } = report('BÁO CÁO', 'Tổng kết công tác cải cách hành chính', 'giai đoạn 2021 - 2025', 'Sở Y tế báo cáo như sau:');
    expect(metadata.period).toBe('2021-2025');
    expect(metadata.evidence.period?.line).toBe(3);
  });

  it('completes a title without a year from the appendix, else from the report date', () => {
    const fromAppendix = report('BÁO CÁO', 'Công tác CCHC quý I', 'Sở Y tế báo cáo như sau:', 'Nơi nhận:', ...appendix('SỐ LIỆU CCHC QUÝ I NĂM 2024'));
    expect(fromAppendix.metadata.period).toBe('2024-Q1');
    expect(fromAppendix.metadata.evidence.period?.line).toBe(2);

    expect(report('Gia Lai, ngày 14 tháng 3 năm 2024', 'BÁO CÁO', 'Công tác CCHC quý I').metadata.period).toBe('2024-Q1');
    expect(report('Gia Lai, ngày 10 tháng 01 năm 2025', 'BÁO CÁO', 'Công tác CCHC quý IV').metadata.period).toBe('2024-Q4');
  });

  it('notes a title and an appendix that disagree, keeping the title', () => {
    const { metadata, messages } = report(
      'BÁO CÁO',
      'Công tác CCHC quý I năm 2024',
      'Sở Y tế báo cáo như sau:',
      'Nơi nhận:',
      ...appendix('BIỂU MẪU THỐNG KÊ SỐ LIỆU CCHC QUÝ II NĂM 2024'),
    );
    expect(metadata.period).toBe('2024-Q1');
    expect(messages.filter((m) => m.severity === 'info')).toEqual([expect.objectContaining({ severity: 'info', code: 'meta/period-conflict', position: { file: 'hand.txt', line: 6 } })]);
  });

  it('does not trust a period at the end of a cut line', () => {
    // The dumps cut long lines: "quý I" may be the start of "quý II".
    const cut = `Thực hiện Công văn số 1958/UBND-KSTT ngày 09/3/2022 của UBND tỉnh về việc thực hiện báo cáo công tác cải cách hành chính định kỳ, Sở Y tế báo cáo tình hình thực hiện công tác cải cách hành chính quý I`;
    const { metadata } = report('BÁO CÁO', 'Công tác cải cách hành chính', cut, 'Nơi nhận:', ...appendix('SỐ LIỆU CCHC QUÝ II NĂM 2024'));
    expect(metadata.period).toBe('2024-Q2');
  });
});

describe('missing metadata', () => {
  it('warns with fixed codes and leaves the fields null', () => {
    const { metadata, messages } = report('Nội dung không liên quan.');
    expect(metadata).toEqual({ unit: null, province: null, period: null, level: null, evidence: {} });
    expect(messages.map((m) => [m.severity, m.code])).toEqual([
      ['warning', 'meta/no-period'],
      ['warning', 'meta/no-unit'],
      ['warning', 'meta/no-province'],
    ]);
  });

  it('reads an empty document', () => {
    expect(report('').metadata.unit).toBeNull();
  });
});
