/** normaliseLabel and friends, on hand-written cases taken from the seeds' wordings. */
import { describe, expect, it } from 'vitest';
import { classifyParenthetical, foldForCompare, normaliseLabel } from '../../src/match/normalise-label.js';

const text = (label: string) => normaliseLabel(label).text;

describe('normaliseLabel: the text', () => {
  it('takes NFC first, so decomposed input folds like composed input', () => {
    const nfd = 'Số văn bản chỉ đạo đã ban hành'.normalize('NFD');
    expect(text(nfd)).toBe('số văn bản chỉ đạo đã ban hành');
    expect(text(nfd)).toBe(text('Số văn bản chỉ đạo đã ban hành'));
  });

  it('lower-cases and folds runs of spaces, tabs and no-break spaces', () => {
    expect(text('Tổng số  VĂN BẢN ĐI\u00a0giữa các\tcơ quan')).toBe('tổng số văn bản đi giữa các cơ quan');
  });

  it.each([
    ['- Số nhiệm vụ đề ra trong kế hoạch', 'số nhiệm vụ đề ra trong kế hoạch'],
    ['+ Số TTHC cấp tỉnh', 'số thủ tục hành chính cấp tỉnh'],
    ['• Cấp huyện', 'cấp huyện'],
    ['* Cấp xã', 'cấp xã'],
    ['– Số lượng phiếu khảo sát', 'số lượng phiếu khảo sát'],
    ['Số văn bản chỉ đạo CCHC đã ban hành:', 'số văn bản chỉ đạo cải cách hành chính đã ban hành'],
    ['Số công chức được tuyển dụng theo trường hợp đặc biệt.', 'số công chức được tuyển dụng theo trường hợp đặc biệt'],
    ['Số lãnh đạo cấp tỉnh bị kỷ luật;', 'số lãnh đạo cấp tỉnh bị kỷ luật'],
  ])('removes list markers and trailing punctuation: %s', (label, expected) => {
    expect(text(label)).toBe(expected);
  });

  it.each([
    ['Tổng số TTHC ngành/lĩnh vực đang có hiệu lực. Trong đó:', 'tổng số thủ tục hành chính ngành/lĩnh vực đang có hiệu lực'],
    ['Số TTHC thực hiện theo cơ chế một cửa liên thông. Trong đó:', 'số thủ tục hành chính thực hiện theo cơ chế một cửa liên thông'],
    ['Trong đó: Số ĐVSNCL thuộc UBND tỉnh', 'số đơn vị sự nghiệp công lập thuộc ủy ban nhân dân tỉnh'],
    ['Trong đó', ''],
  ])('removes a leading or trailing "Trong đó:": %s', (label, expected) => {
    expect(text(label)).toBe(expected);
  });

  it.each([
    ['Tổng số VBQPPL[1] ban hành', 'tổng số văn bản quy phạm pháp luật ban hành'],
    ['Tổng số văn bản quy phạm pháp luật⁴ do địa phương ban hành', 'tổng số văn bản quy phạm pháp luật do địa phương ban hành'],
    ['Số văn bản quy phạm pháp luật<sup>12</sup> đã rà soát', 'số văn bản quy phạm pháp luật đã rà soát'],
    ['Số TTHC* cấp xã', 'số thủ tục hành chính cấp xã'],
  ])('removes footnote markers: %s', (label, expected) => {
    expect(text(label)).toBe(expected);
  });

  it('removes inline tags', () => {
    expect(text('- <i>Tỷ lệ văn bản được gửi</i> <b>hoàn toàn</b>')).toBe('tỷ lệ văn bản được gửi hoàn toàn');
  });

  it.each([
    ['Tỷ lệ HS TTHC do các sở, ngành tiếp nhận', 'tỷ lệ hồ sơ thủ tục hành chính do các sở ngành tiếp nhận'],
    ['Số ĐVị sự nghiệp đã được phê duyệt', 'số đơn vị sự nghiệp đã được phê duyệt'],
    ['Số ĐVSNCL thuộc UBND cấp huyện', 'số đơn vị sự nghiệp công lập thuộc ủy ban nhân dân cấp huyện'],
    ['Số đơn vị SNCL bị kỷ luật', 'số đơn vị sự nghiệp công lập bị kỷ luật'],
    ['Tổng số ĐVSN công lập', 'tổng số đơn vị sự nghiệp công lập'],
    ['Số LĐ cấp phòng thuộc sở', 'số lãnh đạo cấp phòng thuộc sở'],
    ['Tỷ lệ CQ, ĐV đã kết nối', 'tỷ lệ cơ quan đơn vị đã kết nối'],
    ['Số người hưởng lương từ NSNN', 'số người hưởng lương từ ngân sách nhà nước'],
    ['Số TTHC đã công khai trên Cổng DVC quốc gia', 'số thủ tục hành chính đã công khai trên cổng dịch vụ công quốc gia'],
    ['Hồ sơ tiếp nhận qua dịch vụ BCCI', 'hồ sơ tiếp nhận qua dịch vụ bưu chính công ích'],
    ['Tổng số PAKN đã tiếp nhận', 'tổng số phản ánh kiến nghị đã tiếp nhận'],
    ['văn bản QPPL', 'văn bản quy phạm pháp luật'],
    ['Số CBCCVC và CCVC', 'số cán bộ công chức viên chức và công chức viên chức'],
    ['UBND TP Kon Tum', 'ủy ban nhân dân thành phố kon tum'],
  ])('expands abbreviations as whole printed words: %s', (label, expected) => {
    expect(text(label)).toBe(expected);
  });

  it('expands abbreviations typed in lower case or without marks, never a Vietnamese word or a document number', () => {
    expect(text('hs tthc')).toBe('hồ sơ thủ tục hành chính');
    expect(text('Số đvsncl thuộc ubnd tỉnh')).toBe('số đơn vị sự nghiệp công lập thuộc ủy ban nhân dân tỉnh');
    expect(text('Số HDND, DVSNCL')).toBe('số hội đồng nhân dân đơn vị sự nghiệp công lập');
    expect(normaliseLabel('ban HS Ban', { abbreviations: new Map([['HS', 'học sinh'], ['BAN', 'ban chỉ đạo']]) }).text).toBe('ban học sinh ban');
    expect(text('Chỉ thị số 12/CT-UBND ngày 26/5/2017')).toBe('chỉ thị số 12/ct-ubnd ngày 26/5/2017');
    expect(text('Quyết định số 02/QĐ-BDT')).toBe('quyết định số 02/qđ-bdt');
    expect(text('TTHCX và XTTHC')).toBe('tthcx và xtthc');
  });

  it('a label typed without any mark is compared without marks, its abbreviations too', () => {
    expect(text('So DVSNCL thuoc UBND tinh')).toBe('so don vi su nghiep cong lap thuoc uy ban nhan dan tinh');
    expect(text('UBND TP Kon Tum')).toBe('ủy ban nhân dân thành phố kon tum');
  });

  it('takes the abbreviation table from the options when given', () => {
    expect(normaliseLabel('Số HS', { abbreviations: new Map([['HS', 'học sinh']]) }).text).toBe('số học sinh');
    expect(normaliseLabel('Số HS TTHC', { abbreviations: new Map() }).text).toBe('số hs tthc');
  });

  it.each([
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['điện tử hoá', 'điện tử hóa'],
    ['hoà', 'hòa'],
    ['thuỷ lợi', 'thủy lợi'],
    ['luỹ kế', 'lũy kế'],
    ['tuỳ', 'tùy'],
    ['khoẻ', 'khỏe'],
  ])('unifies old and new tone placement: %s = %s', (a, b) => {
    expect(text(a)).toBe(text(b));
  });

  it('moves no tone where both placements agree (quý, quỹ, hoàn, ngoài)', () => {
    expect(text('quý quỹ hoàn thành ngoài')).toBe('quý quỹ hoàn thành ngoài');
  });

  it('folds quotes', () => {
    expect(text('Hệ thống “một cửa” "điện tử"')).toBe('hệ thống một cửa điện tử');
  });

  it.each([
    'Số TTHC mức độ 3, 4 đã tích hợp',
    'Số TTHC mức độ 3 và 4 đã tích hợp',
    'Số TTHC mức độ 3,4 đã tích hợp',
    'Số TTHC mức độ 3 và mức độ 4 đã tích hợp',
    'Số TTHC mức độ 3/4 đã tích hợp',
  ])('unifies "mức độ 3, 4" and its spellings: %s', (label) => {
    expect(text(label)).toBe('số thủ tục hành chính mức độ 3 và 4 đã tích hợp');
  });

  it('drops list commas but keeps a decimal comma', () => {
    expect(text('Cơ quan, đơn vị')).toBe(text('Cơ quan đơn vị'));
    expect(text('Tỷ lệ 98,87% văn bản')).toBe('tỷ lệ 98,87% văn bản');
  });

  it('spaces dashes between words alike and leaves hyphenated words alone', () => {
    expect(text('từ 30%- dưới 70%')).toBe('từ 30% - dưới 70%');
    expect(text('từ 70% -dưới 100%')).toBe('từ 70% - dưới 100%');
    expect(text('E-Office Quý III-IV/2024')).toBe('e-office quý iii-iv/2024');
  });
});

describe('normaliseLabel: renamings "(điều chỉnh thành “...”)"', () => {
  it.each<[string, string, string, string, string[]]>([
    [
      'in parentheses and quotes, the newer wording with a remark of its own',
      'Số TTHC cấp sở (điều chỉnh thành “Số TTHC cấp tỉnh (Bao gồm cả TTHC của cơ quan ngành dọc)”)',
      'số thủ tục hành chính cấp sở', 'số thủ tục hành chính cấp tỉnh', ['Bao gồm cả TTHC của cơ quan ngành dọc'],
    ],
    [
      'with "lại"',
      'Cập nhật Kiến trúc chính quyền điện tử phiên bản 2.0 (điều chỉnh lại thành “Cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất”)',
      'cập nhật kiến trúc chính quyền điện tử phiên bản 2.0', 'cập nhật kiến trúc chính quyền điện tử phiên bản mới nhất', [],
    ],
    [
      'with the closing quote and parenthesis missing (001, area 1 row 2)',
      'Kế hoạch CCHC (điều chỉnh thành “Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)',
      'kế hoạch cải cách hành chính', 'tỷ lệ hoàn thành kế hoạch cải cách hành chính năm', ['Lũy kế đến thời điểm báo cáo'],
    ],
    [
      'without parentheses (001, area 6 row 2.5)',
      'Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo) điều chỉnh lại thành “Số ĐVSN do Nhà nước bảo đảm chi thường xuyên”',
      'số đơn vị sự nghiệp công lập do nhà nước đảm bảo 100% chi thường xuyên', 'số đơn vị sự nghiệp do nhà nước bảo đảm chi thường xuyên', ['lũy kế đến thời điểm báo cáo'],
    ],
    [
      'without quotes, up to its closing parenthesis',
      'Số VBQPPL đã rà soát (điều chỉnh thành Số VBQPPL đã rà soát thuộc thẩm quyền) ghi chú',
      'số văn bản quy phạm pháp luật đã rà soát ghi chú', 'số văn bản quy phạm pháp luật đã rà soát thuộc thẩm quyền', [],
    ],
    [
      'after a colon ending the old wording (001, area 3 row 1.4.2)',
      'Số TTHC cấp huyện: (điều chỉnh thành “Số TTHC cấp huyện (Bao gồm cả TTHC của cơ quan ngành dọc)”)',
      'số thủ tục hành chính cấp huyện', 'số thủ tục hành chính cấp huyện', ['Bao gồm cả TTHC của cơ quan ngành dọc'],
    ],
  ])('splits off the newer wording %s', (_how, label, older, newer, remarks) => {
    expect(normaliseLabel(label)).toMatchObject({ text: older, newerWording: newer, remarks });
  });

  it('has no newer wording for an ordinary label, nor for an empty renaming', () => {
    expect(normaliseLabel('Số VBQPPL đã rà soát').newerWording).toBeNull();
    expect(normaliseLabel('Số VBQPPL đã rà soát (điều chỉnh thành “”)').newerWording).toBeNull();
  });
});

describe('normaliseLabel: parentheses', () => {
  it.each([
    ['Tỷ lệ hoàn thành Kế hoạch cải cách hành chính năm (Lũy kể đến thời điểm báo cáo)', 'Lũy kể đến thời điểm báo cáo'],
    ['Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', 'Kết luận, chỉ thị, công văn chỉ đạo, quán triệt'],
    ['Tỷ lệ hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hạn (ở cả 3 cấp).', 'ở cả 3 cấp'],
    ['Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến mức độ 3 và 4 (Chỉ thống kê đối với các TTHC mức độ 3 và 4 có phát sinh hồ sơ)', 'Chỉ thống kê đối với các TTHC mức độ 3 và 4 có phát sinh hồ sơ'],
    ['Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)', 'cả trực tiếp và trực tuyến'],
    ['Thực hiện cơ chế một cửa, một cửa liên thông (Ban Dân tộc không có Bộ phận một cửa, một cửa liên thông)', 'Ban Dân tộc không có Bộ phận một cửa, một cửa liên thông'],
    ['Số lượng CBCCVC bị kỷ luật (cả về Đảng và chính quyền)', 'cả về Đảng và chính quyền'],
  ])('moves a remark out of the text: %s', (label, remark) => {
    const n = normaliseLabel(label);
    expect(n.remarks).toEqual([remark]);
    expect(n.text).not.toContain('(');
  });

  it.each([
    ['Số công chức được tuyển dụng (thi tuyển, xét tuyển)', 'số công chức được tuyển dụng (thi tuyển xét tuyển)'],
    ['Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn (cấp xã)', 'tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn (cấp xã)'],
    ['Số TTHC cung cấp trực tuyến (mức độ 4)', 'số thủ tục hành chính cung cấp trực tuyến (mức độ 4)'],
    ['Số hồ sơ trực tuyến (toàn trình)', 'số hồ sơ trực tuyến (toàn trình)'],
  ])('keeps a parenthesis that carries meaning: %s', (label, expected) => {
    expect(normaliseLabel(label)).toMatchObject({ text: expected, remarks: [] });
  });

  it('drops an abbreviation gloss', () => {
    expect(normaliseLabel('Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC')).toMatchObject({
      text: 'tỷ lệ giải quyết phản ánh kiến nghị về quy định thủ tục hành chính',
      remarks: [],
    });
    expect(text('Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP).')).toBe('triển khai xây dựng nền tảng chia sẻ tích hợp dùng chung');
  });

  it('copes with unbalanced parentheses', () => {
    expect(normaliseLabel('Số đơn vị (ghi chú chưa đóng')).toMatchObject({ text: 'số đơn vị', remarks: ['ghi chú chưa đóng'] });
    expect(normaliseLabel('Số đơn vị) đã kiểm tra')).toMatchObject({ text: 'số đơn vị đã kiểm tra', remarks: [] });
    expect(normaliseLabel('Số (a (b) c) đơn vị')).toMatchObject({ text: 'số đơn vị', remarks: ['a (b) c'] });
  });

  it('classifies parentheticals', () => {
    expect(classifyParenthetical('PAKN')).toBe('gloss');
    expect(classifyParenthetical('ĐVSN')).toBe('gloss');
    expect(classifyParenthetical('thi tuyển, xét tuyển')).toBe('meaning');
    expect(classifyParenthetical('ở cả 3 cấp')).toBe('remark');
    expect(classifyParenthetical('E-Office')).toBe('remark');
    expect(classifyParenthetical('Lũy kế từ đầu năm')).toBe('remark');
  });
});

describe('normaliseLabel: tokens and ascii', () => {
  it('gives the words, numbers and percentages of the text, and the text without diacritics', () => {
    const n = normaliseLabel('Số ĐVSN tự bảo đảm từ 70% - dưới 100% chi thường xuyên');
    expect(n.tokens).toEqual(['số', 'đơn', 'vị', 'sự', 'nghiệp', 'tự', 'bảo', 'đảm', 'từ', '70%', 'dưới', '100%', 'chi', 'thường', 'xuyên']);
    expect(n.ascii).toBe('so don vi su nghiep tu bao dam tu 70% - duoi 100% chi thuong xuyen');
  });

  it('gives no tokens for an empty label', () => {
    expect(normaliseLabel('  - ')).toEqual({ text: '', newerWording: null, remarks: [], tokens: [], ascii: '' });
  });
});

describe('foldForCompare', () => {
  it('folds like normaliseLabel but keeps parentheses and renamings in the text', () => {
    expect(foldForCompare('Số HS TTHC giải quyết đúng hạn.')).toBe(text('Số HS TTHC giải quyết đúng hạn.'));
    expect(foldForCompare('Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)')).toBe(
      'tỷ lệ hoàn thành kế hoạch cải cách hành chính năm (lũy kế đến thời điểm báo cáo)',
    );
    expect(foldForCompare('Ủy ban nhân dân')).toBe(foldForCompare('Uỷ ban nhân dân'));
  });
});
