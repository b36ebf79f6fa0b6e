/**
 * Tables printed without numbering: what stands in for the lost parents (src/match/match-indicator.ts,
 * docs/column-roles.md "Rows without numbering"). The reports below are typed by hand; the expected
 * IDs are what their rows mean: a ward reports its own (cấp xã) online services, and the sub-rows
 * of "UBND cấp huyện đã hoàn thành …" are the district's.
 */
import { describe, expect, it } from 'vitest';
import { processText } from '../helpers/process-seed.js';

function report(unitLines: string[], rows: string[]): Buffer {
  const head = [...unitLines, '', 'BÁO CÁO', 'Kết quả cải cách hành chính quý II năm 2024', '', 'Chỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú'];
  return Buffer.from([...head, ...rows, ''].join('\n'));
}

const idOf = (bytes: Buffer) => {
  const doc = processText(bytes, 'hand.txt');
  return (label: string, nth = 0) => doc.rows.filter((r) => r.row.label === label)[nth]?.match.indicatorId ?? null;
};

const WARD = ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HÒA BÌNH'];
const ONLINE = [
  'Cung cấp dịch vụ công trực tuyến\t\t\t',
  'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3\t%\t20\t',
  'Tổng số thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3\tThủ tục\t10\t',
  'Số thủ tục hành chính đang cung cấp trực tuyến mức độ 3\tThủ tục\t2\t',
  'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4\t%\t50\t',
  'Tổng số thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4\tThủ tục\t30\t',
  'Số thủ tục hành chính đang cung cấp trực tuyến mức độ 4\tThủ tục\t15\t',
];

describe('an unnumbered table walks the template outline', () => {
  it('keeps a rate row after the sub-rows of the one above under the same level heading', () => {
    const id = idOf(report(WARD, ONLINE));
    expect(id('Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3')).toBe('cqs.dvctt.cap_xa.ty_le_du_dk_muc_do_3');
    expect(id('Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4')).toBe('cqs.dvctt.cap_xa.ty_le_du_dk_muc_do_4');
    expect(id('Tổng số thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4')).toBe('cqs.dvctt.cap_xa.tong_so_du_dk_muc_do_4');
    expect(id('Số thủ tục hành chính đang cung cấp trực tuyến mức độ 4')).toBe('cqs.dvctt.cap_xa.dang_cung_cap_muc_do_4');
  });

  it('sends the rows to review when nothing above names their level', () => {
    const id = idOf(report(WARD, ONLINE.slice(4)));
    expect(id('Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4')).toBeNull();
    expect(id('Tổng số thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4')).toBeNull();
  });

  it('reads sub-rows printed after a sibling heading under that heading, not the one before', () => {
    const id = idOf(report(['SỞ NỘI VỤ TỈNH GIA LAI'], [
      'Sắp xếp, kiện toàn tổ chức bộ máy\t\t\t',
      'Sở, ngành đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ\t\t\t',
      'Đã hoàn thành\tHoàn thành = 1\t1\t',
      'Chưa hoàn thành\tChưa hoàn thành = 2\t0\t',
      'UBND cấp huyện đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ\t%\t\t',
      'Đã hoàn thành\tHoàn thành = 1\t0\t',
      'Chưa hoàn thành\tChưa hoàn thành = 2\t1\t',
    ]));
    expect(id('Đã hoàn thành', 0)).toBe('bomay.sap_xep_phong.cap_so.da_hoan_thanh');
    expect(id('Chưa hoàn thành', 0)).toBe('bomay.sap_xep_phong.cap_so.chua_hoan_thanh');
    expect(id('Đã hoàn thành', 1)).toBe('bomay.sap_xep_phong.cap_huyen.da_hoan_thanh');
    expect(id('Chưa hoàn thành', 1)).toBe('bomay.sap_xep_phong.cap_huyen.chua_hoan_thanh');
  });
});
