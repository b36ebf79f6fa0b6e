import { describe, expect, it } from 'vitest';
import { findPeriodMentions, isPeriodKey, parsePeriod, reportedPeriod, yearFromReportDate } from '../../src/metadata/period.js';

describe('parsePeriod', () => {
  it.each([
    // The four seed titles: the period reported on, not the next period's plan.
    ['Tình hình thực hiện công tác cải cách hành chính quý I và phương hướng, nhiệm vụ quý II năm 2024', '2024-Q1'],
    ['Công tác CCHC năm 2023 và phương hướng nhiệm vụ năm 2024', '2023'],
    ['Báo cáo cải cách hành chính quý III năm 2023', '2023-Q3'],
    ['Tình hình thực hiện công tác cải cách hành chính năm 2021 và phương hướng, nhiệm vụ năm 2022', '2021'],
    ['BIỂU MẪU THÔNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2023', '2023-Q3'],
    // Quarters: Roman and Arabic, "/", "-", "," before the year, the old spelling "quí".
    ['Báo cáo CCHC quý I/2024', '2024-Q1'],
    ['Quý 1 năm 2024', '2024-Q1'],
    ['kết quả quý IV năm 2023', '2023-Q4'],
    ['quý II - 2022', '2022-Q2'],
    ['Quí III, năm 2021', '2021-Q3'],
    ['QUÝ 4/2020', '2020-Q4'],
    // Halves, nine months, years, phases.
    ['Báo cáo CCHC 6 tháng đầu năm 2023', '2023-H1'],
    ['06 tháng đầu năm 2019', '2019-H1'],
    ['Kết quả 6 tháng cuối năm 2022', '2022-H2'],
    ['sơ kết 6 tháng năm 2024', '2024-H1'],
    ['BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024', '2024-H1'],
    ['6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024', '2024-H1'],
    ['Báo cáo CCHC 9 tháng năm 2020', '2020-9M'],
    ['9 tháng đầu năm 2021', '2021-9M'],
    ['Công tác cải cách hành chính năm 2023', '2023'],
    ['Báo cáo tổng kết CCHC giai đoạn 2021 - 2025', '2021-2025'],
    ['giai đoạn 2021-2025', '2021-2025'],
    ['GIAI ĐOẠN 2016 – 2020', '2016-2020'],
    // A programme's phase names the programme when a shorter period is reported.
    ['Kết quả thực hiện Chương trình tổng thể CCHC giai đoạn 2021 - 2030 năm 2023', '2023'],
    // Dates and cited documents carry years that are not the period.
    ['Báo cáo CCHC năm 2024 (từ ngày 15/12/2023 đến ngày 14/12/2024)', '2024'],
    ['Thực hiện Công văn số 1958/UBND-KSTT ngày 09/3/2022 của UBND tỉnh', null],
    ['(Kèm theo Báo cáo số /BC-BDT ngày tháng 12 năm 2023 của Ban Dân tộc tỉnh)', null],
    ['(Ban hành kèm Báo cáo số 895 /BC-UBND ngày 24 / 12/2021 của UBND tỉnh Đắk Nông)', null],
    ['theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ', null],
    ['Quyết định số 470/QĐ-UBND ngày 26 tháng 8 năm 2021 của UBND tỉnh', null],
    ['nhiệm kỳ 2021 - 2026', null],
    // No year: not a key.
    ['Báo cáo CCHC quý II', null],
    ['', null],
    // Keys pass through (the CLI's --period), upper-cased.
    ['2024-Q1', '2024-Q1'],
    ['2024-q1', '2024-Q1'],
    [' 2021-2025 ', '2021-2025'],
  ])('%s → %s', (text, key) => {
    expect(parsePeriod(text)).toBe(key);
  });

  it('reads text in NFD the same as in NFC', () => {
    expect(parsePeriod('Báo cáo quý III năm 2023'.normalize('NFD'))).toBe('2023-Q3');
    expect(parsePeriod('6 THÁNG CUỐI NĂM 2022'.normalize('NFD'))).toBe('2022-H2');
  });
});

describe('reportedPeriod', () => {
  it('keeps a yearless period when no year follows, for the caller to complete', () => {
    expect(reportedPeriod('Báo cáo CCHC quý I')).toMatchObject({ kind: 'quarter', part: 1, year: null });
  });

  it('gives offsets into the text it was given', () => {
    const text = 'Tình hình quý I và phương hướng quý II năm 2024';
    const m = reportedPeriod(text)!;
    expect(text.slice(m.index, m.end)).toBe('quý I');
  });

  it('lists every period named, in order', () => {
    const kinds = findPeriodMentions('quý I và phương hướng, nhiệm vụ quý II năm 2024').map((m) => [m.kind, m.part, m.year]);
    expect(kinds).toEqual([
      ['quarter', 1, null],
      ['quarter', 2, 2024],
    ]);
  });
});

describe('isPeriodKey', () => {
  it.each(['2024', '2024-Q1', '2024-Q4', '2024-H1', '2024-H2', '2024-9M', '2021-2025'])('accepts %s', (key) => {
    expect(isPeriodKey(key)).toBe(true);
  });

  it.each(['24', '2024-Q5', '2024-Q0', '2024-H3', '2024-6M', '2025-2021', '2024-2024', '2024-q1', 'Q1-2024', '2024 '])('rejects %s', (key) => {
    expect(isPeriodKey(key)).toBe(false);
  });
});

describe('yearFromReportDate', () => {
  const mention = (kind: 'quarter' | 'half' | 'year', part: number | null) => ({ kind, part, year: null, endYear: null, index: 0, end: 0 });

  it('takes the date year, and the year before for a year-end period dated in January or February', () => {
    expect(yearFromReportDate(mention('quarter', 1), { year: 2024, month: 3 })).toBe(2024);
    expect(yearFromReportDate(mention('quarter', 4), { year: 2025, month: 1 })).toBe(2024);
    expect(yearFromReportDate(mention('half', 2), { year: 2024, month: 12 })).toBe(2024);
    expect(yearFromReportDate(mention('year', null), { year: 2024, month: null })).toBe(2024);
  });
});
