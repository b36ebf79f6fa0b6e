/**
 * Header captions the variants print, by column role: at least five wordings per role, from the
 * seeds, the Bộ Nội vụ template and what provinces print (mappings/template/columns.json lists the
 * ones the recogniser knows; some here are deliberately not in it, e.g. "CHỈ TIÊU THỐNG KÊ" in
 * capitals or "TH" for Thực hiện). The cases (as listed, upper, lower) are applied by the plan.
 */
export type ColumnRole = 'stt' | 'label' | 'unit' | 'value' | 'plan' | 'ratio' | 'previous' | 'note';

export const ROLE_WORDINGS: Record<'stt' | 'label' | 'unit' | 'value' | 'note', readonly string[]> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'stt'],
  label: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Các chỉ tiêu', 'Nội dung', 'CHỈ TIÊU THỐNG KÊ', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)'],
  unit: ['Đơn vị tính', 'ĐVT', 'Đơn vị đo', 'đvt', 'ĐV tính'],
  value: ['Số liệu', 'Số lượng', 'Kết quả thực hiện', 'Giá trị', 'Kết quả'],
  note: ['Ghi chú', 'Đơn vị thực hiện', 'Cơ quan thực hiện', 'Ghi chú/Giải trình', 'GHI CHÚ'],
};

/** Extra value columns; the source's figure goes in `actual` (the current period / Thực hiện). */
export const EXTRA_WORDINGS = {
  plan: {
    plan: ['Kế hoạch', 'KH', 'Chỉ tiêu kế hoạch', 'Kế hoạch năm', 'Dự kiến'],
    actual: ['Thực hiện', 'TH', 'Kết quả thực hiện', 'Thực hiện kỳ này', 'Số liệu thực hiện'],
    ratio: ['Tỷ lệ (%)', 'Tỷ lệ', 'Tỉ lệ %', '% hoàn thành', 'TH/KH (%)'],
  },
  period: {
    previous: ['Kỳ trước', 'Cùng kỳ năm trước', 'Kỳ báo cáo trước', 'Cùng kỳ', 'Kỳ trước liền kề'],
    actual: ['Kỳ này', 'Kỳ báo cáo', 'Kỳ báo cáo này', 'Thực hiện kỳ này', 'Kỳ hiện tại'],
  },
} as const;

/** Captions of a group spanning sub-columns: the outer one (over unit and values) and the inner one (over values). */
export const GROUP_WORDINGS = {
  outer: ['Kết quả thống kê', 'Kết quả', 'Kết quả thực hiện', 'Số liệu thống kê', 'KẾT QUẢ'],
  /** `{period}` is the report's period as printed ("quý I năm 2024"), `{year}` its year. */
  inner: ['Số liệu {period}', 'Kết quả {period}', 'Năm {year}', 'Kỳ báo cáo', 'Số liệu thống kê'],
} as const;

export type CaptionCase = 'as-listed' | 'upper' | 'lower';

export function applyCase(caption: string, style: CaptionCase): string {
  if (style === 'upper') return caption.toLocaleUpperCase('vi');
  if (style === 'lower') return caption.toLocaleLowerCase('vi');
  return caption;
}
