import { describe, expect, it } from 'vitest';
import { readText } from '../../parsers/text.js';
import { recogniseAppendix } from '../../src/recognise/recognise-appendix.js';
import type { AppendixRow } from '../../src/model.js';
import { seedBytes } from '../helpers/seeds.js';

function appendixOf(prefix: string) {
  return recogniseAppendix(readText(seedBytes(prefix), `${prefix}.txt`));
}

function rowAt(rows: AppendixRow[], line: number): AppendixRow {
  const row = rows.find((r) => r.position.line === line);
  if (!row) throw new Error(`no appendix row at line ${line}`);
  return row;
}

function parentLine(rows: AppendixRow[], line: number): number | null {
  const row = rowAt(rows, line);
  return row.parentIndex === null ? null : rows[row.parentIndex]!.position.line;
}

describe('recogniseAppendix on seed 000 (continuous numbering, "- " rows)', () => {
  const { rows, messages } = appendixOf('000');

  it('skips the header rows, including those repeated at page breaks', () => {
    for (const line of [147, 148, 168, 169, 198, 199, 226, 227]) expect(rows.some((r) => r.position.line === line)).toBe(false);
  });

  it('reads the cells of a row by the header columns', () => {
    expect(rowAt(rows, 173)).toMatchObject({ stt: '1.7.', unit: '0', value: '0', note: '' });
    expect(rowAt(rows, 310)).toMatchObject({ stt: '', unit: '98,87%', value: '264/267' });
    expect(rowAt(rows, 310).label.startsWith('Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng')).toBe(true);
  });

  it('removes the "- " marker and hangs the row under the numbered row above', () => {
    expect(rowAt(rows, 151).label).toBe('Số nhiệm vụ đề ra trong kế hoạch');
    expect(parentLine(rows, 151)).toBe(150);
    expect(parentLine(rows, 164)).toBe(162);
    expect(parentLine(rows, 171)).toBe(166); // after a page break
  });

  it('joins a unit cell continued after a page break to its row', () => {
    expect(rowAt(rows, 302)).toMatchObject({ label: 'Cấp tỉnh', unit: 'Chưa = 0 Có = 1', value: '1' });
    expect(messages.some((m) => m.code === 'row/joined-continuation' && m.position?.line === 306)).toBe(true);
  });

  it('marks the seven area headings as sections and files rows under their area', () => {
    const sections = rows.filter((r) => r.kind === 'section').map((r) => [r.position.line, r.area]);
    expect(sections).toEqual([[149, 1], [174, 2], [180, 3], [240, 4], [260, 5], [286, 6], [287, 7]]);
    expect(rowAt(rows, 242).area).toBe(4);
    expect(rowAt(rows, 319).area).toBe(7);
  });
});

describe('recogniseAppendix on seed 001 (numbering restarts per area, bold sub-headings)', () => {
  const { rows } = appendixOf('001');

  it('takes unnumbered bold area titles as sections', () => {
    expect(rows.filter((r) => r.kind === 'section').map((r) => [r.position.line, r.area])).toEqual([
      [184, 1], [218, 2], [236, 3], [265, 4], [294, 5], [316, 6], [330, 7],
    ]);
  });

  it('hangs numbered rows under the bold sub-heading that groups them', () => {
    expect(parentLine(rows, 199)).toBe(198);
    expect(parentLine(rows, 201)).toBe(199);
    expect(parentLine(rows, 208)).toBe(199); // 5.4 after a page break
    expect(parentLine(rows, 209)).toBe(198);
    expect(parentLine(rows, 211)).toBe(209);
  });

  it('restarts numbering in each area', () => {
    expect(rowAt(rows, 226)).toMatchObject({ stt: '2.2.1', area: 2 });
    expect(parentLine(rows, 226)).toBe(225);
    expect(rowAt(rows, 251)).toMatchObject({ stt: '3.1.1', area: 3 });
    expect(parentLine(rows, 251)).toBe(250);
    expect(rowAt(rows, 254).parentLabels.at(-1)).toBe('Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn');
  });

  it('keeps bold as a row attribute and strips the tags', () => {
    expect(rowAt(rows, 189)).toMatchObject({ stt: '3', label: 'Kiểm tra CCHC', bold: true });
    expect(rowAt(rows, 190).bold).toBe(false);
  });
});

describe('recogniseAppendix on seed 002 (seven forms, each numbered from 1)', () => {
  const { rows } = appendixOf('002');

  it('files each form\'s rows under the area its subject names', () => {
    expect(rowAt(rows, 167)).toMatchObject({ form: 1, area: 1, stt: '1.' });
    expect(rowAt(rows, 201)).toMatchObject({ form: 2, area: 2, stt: '1.' });
    expect(rowAt(rows, 227)).toMatchObject({ form: 3, area: 3 });
    expect(rowAt(rows, 265)).toMatchObject({ form: 4, area: 4 });
    expect(rowAt(rows, 285)).toMatchObject({ form: 5, area: 5, value: 'Có' });
    expect(rowAt(rows, 310)).toMatchObject({ form: 6, area: 6, value: '200' });
    expect(rowAt(rows, 350)).toMatchObject({ form: 7, area: 7, stt: '6.4.' });
  });

  it('does not carry parents across forms, and accepts gaps in numbering', () => {
    expect(parentLine(rows, 201)).toBe(null);
    expect(parentLine(rows, 350)).toBe(349);
    expect(parentLine(rows, 338)).toBe(337);
    expect(parentLine(rows, 317)).toBe(316);
  });

  it('joins a code list continued after a page break', () => {
    expect(rowAt(rows, 331)).toMatchObject({ unit: 'Chưa = 0 Đang làm = 1 Hoàn thành = 2', value: '2' });
  });
});

describe('recogniseAppendix on seed 003 (older template, duplicated STT, "Trong đó")', () => {
  const { rows, messages } = appendixOf('003');

  it('places a duplicated STT (1.1.1. printed under 1.2.) under 1.2. and says so', () => {
    expect(rowAt(rows, 280)).toMatchObject({ stt: '1.1.1.', label: 'Số sở, ngành đã kiểm tra' });
    expect(parentLine(rows, 280)).toBe(279);
    expect(parentLine(rows, 283)).toBe(279);
    expect(parentLine(rows, 276)).toBe(275);
    expect(messages.some((m) => m.code === 'row/stt-out-of-sequence' && m.position?.line === 280)).toBe(true);
  });

  it('hangs the rows after a "Trong đó" split over two rows under the total above', () => {
    expect(parentLine(rows, 309)).toBe(308);
    expect(parentLine(rows, 313)).toBe(308);
    expect(parentLine(rows, 317)).toBe(308);
    expect(parentLine(rows, 345)).toBe(344);
    expect(rowAt(rows, 309).label).toBe('Số TTHC cấp tỉnh:');
  });

  it('joins a note continued on the next page', () => {
    expect(rowAt(rows, 288).note).toBe(
      'KH số 23/KH-SNV ngày 22/3/2021 về việc tổ chức điều tra, khảo sát mức độ hài lòng của người dân đối với dịch vụ công y tế trên địa bàn tỉnh năm 2021',
    );
  });

  it('gives no row for prose lines', () => {
    expect(rows.every((r) => r.position.line >= 274 && r.position.line <= 421)).toBe(true);
  });
});

describe('recogniseAppendix without an appendix', () => {
  it('returns no rows and a warning', () => {
    const doc = readText(Buffer.from('BÁO CÁO\nKết quả cải cách hành chính năm 2024\n\nKhông có phụ lục.\n'), 'x.txt');
    const { rows, messages } = recogniseAppendix(doc);
    expect(rows).toEqual([]);
    expect(messages.map((m) => m.code)).toContain('appendix/not-found');
  });
});
