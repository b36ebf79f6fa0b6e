/**
 * The report's own date: from the place-date line, else from the appendix title citing the
 * report; as precise as printed. Expectations read from the seeds' lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../parsers/docx/read-docx.js';
import { readText } from '../../parsers/text.js';
import { extractMetadata } from '../../src/metadata/extract-metadata.js';
import { readDate } from '../../src/metadata/report-date.js';
import { seedPath } from '../helpers/seeds.js';

const metadataOf = (...lines: string[]) => extractMetadata(readText(Buffer.from(lines.join('\n')), 'hand.txt')).metadata;
const table = ['STT\tChỉ tiêu\tĐơn vị tính\tSố liệu', '1\tSố văn bản\tVăn bản\t2'];

describe('readDate', () => {
  it.each([
    ['Gia Lai, ngày 25 tháng 01 năm 2024', '2024-01-25'],
    ['ngày 14/3/2024', '2024-03-14'],
    ['ngày 24 / 12/2021', '2021-12-24'],
    ['Gia Lai, ngày tháng 12 năm 2023', '2023-12'],
    ['Phường Nguyễn Trãi, ngày tháng năm 2023', '2023'],
    ['Khánh Hòa, ngày ... tháng ... năm 2024', '2024'],
    ['ngày 31 tháng 13 năm 2024', '2024'],
    ['ngày 32 tháng 3 năm 2024', '2024-03'],
    ['Số: 12/BC-UBND', null],
  ])('%s', (text, date) => {
    expect(readDate(text)).toBe(date);
  });
});

describe('the seeds', () => {
  it.each([
    // 000 has no place-date line; L145: "(Kèm theo Báo cáo số /BC-BDT ngày 14/3/2024 của Ban Dân tộc)".
    ['000', '2024-03-14', 145],
    // 001 L5: "Gia Lai, ngày tháng 12 năm 2023" (L180 repeats it in the appendix title).
    ['001', '2023-12', 5],
    // 002 L5: "Phường Nguyễn Trãi, ngày tháng năm 2023".
    ['002', '2023', 5],
    // 003 L270: "(Ban hành kèm Báo cáo số 895 /BC-UBND ngày 24 / 12/2021 của UBND tỉnh Đắk Nông)".
    ['003', '2021-12-24', 270],
  ])('%s is dated %s (line %i)', (prefix, date, line) => {
    const { metadata } = extractMetadata(readText(readFileSync(seedPath(prefix)), `${prefix}.txt`));
    expect(metadata.reportDate).toBe(date);
    expect(metadata.evidence.reportDate).toEqual({ file: `${prefix}.txt`, line });
  });

  it('reads the same date from the Word form of seed 003', async () => {
    const file = 'fixtures/docx/003_f51fa97e0584822a.docx';
    expect(extractMetadata(await readDocx(readFileSync(file), file)).metadata.reportDate).toBe('2021-12-24');
  });
});

describe('hand-written reports', () => {
  it('prefers the more precise of the place-date line and the appendix title', () => {
    const m = metadataOf('Gia Lai, ngày   tháng 3 năm 2024', 'BÁO CÁO', 'Công tác CCHC quý I năm 2024', 'Nơi nhận:', '- Lưu: VT.', 'Phụ lục', '(Kèm theo Báo cáo số 12/BC-SNV ngày 20/3/2024 của Sở Nội vụ)', ...table);
    expect(m.reportDate).toBe('2024-03-20');
  });

  it('does not take the date of a plan cited in the appendix title', () => {
    const m = metadataOf('BÁO CÁO', 'Công tác CCHC năm 2023', 'Nơi nhận:', '- Lưu: VT.', 'Phụ lục', '(Theo Kế hoạch số 3033/KH-UBND ngày 23/12/2022 của UBND tỉnh)', ...table);
    expect(m.reportDate).toBeUndefined();
  });
});
