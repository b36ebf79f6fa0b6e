/**
 * Column roles from evidence (docs/column-roles.md) on small tables typed by hand: the figures
 * expected are those printed in the tables below.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../parsers/text.js';
import { recogniseAppendix } from '../../src/recognise/recognise-appendix.js';

const PROSE = 'UBND HUYỆN ĐẮK MIL\nBÁO CÁO Công tác cải cách hành chính quý II năm 2024\n';

function appendix(lines: string[]) {
  return recogniseAppendix(readText(Buffer.from(PROSE + lines.join('\n') + '\n'), 'hand.txt'));
}

const figures = (lines: string[]) =>
  appendix(lines).rows.filter((r) => r.value !== '' && !r.withheld).map((r) => [r.stt, r.value]);

const BODY = (order: (stt: string, label: string, unit: string, value: string, note: string) => string[]) =>
  [
    ['1.', 'Công tác chỉ đạo điều hành CCHC', '', '', ''],
    ['1.1.', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '12', 'Phòng Nội vụ'],
    ['1.2.', 'Số cuộc kiểm tra CCHC đã thực hiện', 'Cuộc', '4', ''],
    ['1.3.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '2.028', ''],
    ['1.4.', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', '98,87%', 'Tăng so với quý I'],
    ['2.', 'Cải cách thủ tục hành chính', '', '', ''],
    ['2.1.', 'Số TTHC được công bố', 'Thủ tục', '31', ''],
  ].map(([s, l, u, v, n]) => order(s!, l!, u!, v!, n!).join('\t'));

const EXPECTED = [['1.1.', '12'], ['1.2.', '4'], ['1.3.', '2.028'], ['1.4.', '98,87%'], ['2.1.', '31']];

describe('column roles from header and cells', () => {
  it('a two-row header whose group caption spans the unit and the figure', () => {
    const lines = ['STT\tChỉ tiêu\tKết quả\t\tGhi chú', '\t\tĐơn vị tính\tSố liệu\t', ...BODY((s, l, u, v, n) => [s, l, u, v, n])];
    expect(figures(lines)).toEqual(EXPECTED);
    expect(appendix(lines).rows.find((r) => r.stt === '1.1.')?.valueColumn).toBe('Kết quả › Số liệu');
  });

  it('other captions, the value before the unit', () => {
    const lines = ['TT\tNội dung\tSố lượng\tĐVT\tGhi chú', ...BODY((s, l, u, v, n) => [s, l, v, u, n])];
    expect(figures(lines)).toEqual(EXPECTED);
    expect(appendix(lines).rows.find((r) => r.stt === '1.1.')).toMatchObject({ unit: 'Văn bản', note: 'Phòng Nội vụ' });
  });

  it('the note column first and no unit column', () => {
    const lines = ['Ghi chú\tSTT\tTên chỉ tiêu\tKết quả thực hiện', ...BODY((s, l, _u, v, n) => [n, s, l, v])];
    expect(figures(lines)).toEqual(EXPECTED);
  });

  it('no STT column: the figures are still read, by label', () => {
    const lines = ['Các chỉ tiêu\tĐơn vị tính\tSố liệu', ...BODY((_s, l, u, v) => [l, u, v])];
    expect(appendix(lines).rows.filter((r) => r.value !== '' && !r.withheld).map((r) => r.value)).toEqual(['12', '4', '2.028', '98,87%', '31']);
  });

  it('captions that contradict the cells: the cells win, with a warning', () => {
    // The author swapped the captions: "Số liệu" over the measure words, "ĐVT" over the figures.
    const lines = ['STT\tChỉ tiêu\tSố liệu\tĐVT\tGhi chú', ...BODY((s, l, u, v, n) => [s, l, u, v, n])];
    const result = appendix(lines);
    expect(figures(lines)).toEqual(EXPECTED);
    expect(result.messages.map((m) => m.code)).toContain('table/roles-from-content');
  });

  it('Kế hoạch | Thực hiện | Tỷ lệ: the figure is Thực hiện, the others are kept with their roles', () => {
    const lines = [
      'STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ (%)',
      '1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t10\t12\t120%',
      '2.\tSố cuộc kiểm tra CCHC đã thực hiện\tCuộc\t5\t4\t80%',
      '3.\tSố TTHC được công bố\tThủ tục\t30\t31\t103,3%',
    ];
    const rows = appendix(lines).rows;
    expect(rows.map((r) => r.value)).toEqual(['12', '4', '31']);
    expect(rows[0]!.valueColumn).toBe('Thực hiện');
    expect(rows[0]!.otherValues).toEqual([
      { column: 'Kế hoạch', role: 'plan', raw: '10' },
      { column: 'Tỷ lệ (%)', role: 'ratio', raw: '120%' },
    ]);
  });

  it('per year: the latest year is the figure, the earlier one is kept as a year column', () => {
    const lines = [
      'STT\tChỉ tiêu\tĐVT\tKết quả\t',
      '\t\t\tNăm 2023\tNăm 2024',
      '1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t9\t12',
      '2.\tSố cuộc kiểm tra CCHC đã thực hiện\tCuộc\t3\t4',
      '3.\tSố TTHC được công bố\tThủ tục\t28\t31',
    ];
    const rows = appendix(lines).rows;
    expect(rows.map((r) => r.value)).toEqual(['12', '4', '31']);
    expect(rows[2]!.otherValues).toEqual([{ column: 'Kết quả › Năm 2023', role: 'year', raw: '28' }]);
  });

  it('two columns of figures that nothing tells apart: the table is withheld, not guessed', () => {
    const lines = [
      'STT\tChỉ tiêu\tĐVT\tSố liệu\tKết quả',
      '1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t9\t12',
      '2.\tSố cuộc kiểm tra CCHC đã thực hiện\tCuộc\t3\t4',
      '3.\tSố TTHC được công bố\tThủ tục\t28\t31',
    ];
    const result = appendix(lines);
    expect(result.rows.every((r) => r.withheld?.code === 'table/roles-doubtful')).toBe(true);
    expect(result.messages.map((m) => m.code)).toContain('table/roles-doubtful');
  });

  it('a value cell holding a measure word is withheld with its reason', () => {
    const lines = ['STT\tChỉ tiêu\tĐơn vị tính\tSố liệu', '1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t12', '2.\tSố cuộc kiểm tra CCHC\t\tCuộc', '3.\tSố TTHC được công bố\tThủ tục\t31', '4.\tSố TTHC cấp xã\tThủ tục\t7'];
    const rows = appendix(lines).rows;
    expect(rows[1]!.withheld?.code).toBe('row/value-is-measure-word');
    expect(rows.filter((r) => !r.withheld).map((r) => r.value)).toEqual(['12', '31', '7']);
  });
});
