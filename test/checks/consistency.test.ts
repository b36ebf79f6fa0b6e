import { describe, expect, it } from 'vitest';
import { processSeed, processText } from '../helpers/process-seed.js';

function checks(doc: ReturnType<typeof processText>) {
  return doc.messages.filter((m) => m.code.startsWith('check/')).map((m) => [m.code, m.position?.line, m.severity]);
}

const HEADER = 'STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú';

describe('consistency checks', () => {
  it('flag the two rates of seed 002 that disagree with their counts, and nothing else in the seeds', () => {
    // 002 line 364: 14,51% printed, 15 of 271 files received online = 5.54%;
    // line 367: 24,34% printed, 28 of 28 procedures = 100%.
    expect(checks(processSeed('002'))).toEqual([
      ['check/rate-mismatch', 364, 'warning'],
      ['check/rate-mismatch', 367, 'warning'],
    ]);
    for (const prefix of ['000', '001', '003']) expect(checks(processSeed(prefix)), prefix).toEqual([]);
  });

  it('flag a part larger than its total and more tasks done than assigned, as warnings with positions', () => {
    const report = [
      HEADER,
      '1.\tCông tác chỉ đạo điều hành CCHC\t\t\t',
      '1.1.\tThực hiện nhiệm vụ UBND tỉnh giao\t\t\t',
      '\t- Tổng số nhiệm vụ được giao\tNhiệm vụ\t10\t',
      '\t- Số nhiệm vụ đã hoàn thành đúng hạn\tNhiệm vụ\t12\t',
      '3.\tCải cách thủ tục hành chính\t\t\t',
      '3.1.\tTổng số TTHC đang có hiệu lực\tThủ tục\t100\t',
      '\t- Số TTHC cấp tỉnh\tThủ tục\t120\t',
      '\t- Số TTHC cấp xã\tThủ tục\t40\t',
      '3.2.\tTỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn\t%\t90\t',
      '3.2.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t200\t',
      '3.2.2.\tSố hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t199\t',
    ].join('\n');
    const doc = processText(Buffer.from(report), 'checks.txt');
    expect(checks(doc)).toEqual([
      ['check/done-exceeds-assigned', 5, 'warning'],
      ['check/part-exceeds-total', 8, 'warning'],
      ['check/rate-mismatch', 10, 'warning'],
    ]);
    // The figures themselves are kept as printed.
    expect(doc.rows.find((r) => r.row.position.line === 8)?.value.number).toBe(120);
  });

  it('accept a rate within rounding of its counts', () => {
    const report = [
      HEADER,
      '3.\tCải cách thủ tục hành chính\t\t\t',
      '3.2.\tTỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn\t%\t99,5\t',
      '3.2.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t200\t',
      '3.2.2.\tSố hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t199\t',
    ].join('\n');
    expect(checks(processText(Buffer.from(report), 'ok.txt'))).toEqual([]);
  });
});
