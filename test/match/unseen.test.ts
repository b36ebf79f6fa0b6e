/**
 * Labels no seed has, as in a newer template version (online services counted as "toàn trình /
 * một phần" since Nghị định 42/2022, not "mức độ 3, 4"): a label the catalog knows maps, with
 * its level read from the reporter; a label it does not know goes to review with candidates,
 * never onto a look-alike ID.
 */
import { describe, expect, it } from 'vitest';
import { processText } from '../helpers/process-seed.js';

const REPORT = [
  'ỦY BAN NHÂN DÂN XÃ HÒA PHÚ',
  'BÁO CÁO',
  'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025',
  'Thực hiện Kế hoạch của UBND huyện, UBND xã Hòa Phú báo cáo kết quả như sau:',
  'Phụ lục',
  'STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú',
  '1.\tCông tác chỉ đạo điều hành CCHC\t\t\t',
  '1.1.\tQuyết định ban hành Kế hoạch CCHC năm 2025\tQuyết định\t1\t',
  '7.\tXây dựng và phát triển Chính quyền điện tử, Chính quyền số\t\t\t',
  '7.1.\tCung cấp dịch vụ công trực tuyến\t\t\t',
  '7.1.1.\tSố TTHC cung cấp dịch vụ công trực tuyến toàn trình\tThủ tục\t35\t',
  '7.1.2.\tSố TTHC cung cấp dịch vụ công trực tuyến một phần\tThủ tục\t52\t',
  '7.1.3.\tTỷ lệ TTHC cung cấp dịch vụ công trực tuyến một phần\t%\t59,8\t',
  '7.1.4.\tSố hồ sơ TTHC được số hóa kết quả giải quyết\tHồ sơ\t118\t',
].join('\n');

const doc = processText(Buffer.from(REPORT), 'hoa-phu-2025-h1.txt');
const byLine = (line: number) => doc.rows.find((r) => r.row.position.line === line)!;

describe('labels of a template version no seed follows', () => {
  it('does not put a count of plan decisions on the plan completion rate', () => {
    const row = byLine(8);
    expect(row.row.label).toBe('Quyết định ban hành Kế hoạch CCHC năm 2025');
    expect(row.match.indicatorId).toBeNull();
    expect(row.match.candidates[0]?.indicatorId).toBe('chidao.ke_hoach.ty_le_hoan_thanh');
  });

  it('maps a known newer wording, at the commune level the reporter implies', () => {
    expect(doc.metadata.level).toBe('xa');
    expect(byLine(11).match.indicatorId).toBe('cqs.dvctt.cap_xa.so_tthc_toan_trinh');
    expect(byLine(12).match.indicatorId).toBe('cqs.dvctt.cap_xa.so_tthc_mot_phan');
  });

  it('sends a rate the catalog lacks to review instead of onto the "toàn trình" rate', () => {
    const row = byLine(13);
    expect(row.match.indicatorId).toBeNull();
    expect(row.match.candidates.map((c) => c.indicatorId)).toContain('cqs.dvctt.cap_xa.ty_le_toan_trinh');
  });

  it('sends an unknown indicator to review with candidates from its area', () => {
    const row = byLine(14);
    expect(row.match.indicatorId).toBeNull();
    expect(row.match.candidates.length).toBeGreaterThan(0);
    expect(doc.messages.some((m) => m.code === 'row/unmatched' && m.position?.line === 14)).toBe(true);
  });
});
