/**
 * Variants of the seed reports for the benchmark corpus: another unit, province and period, and
 * other figures in the value column (Số liệu), so that no two files of the corpus are the same
 * document. Text and DOCX are rewritten here; PDFs are made from rewritten DOCX (corpus.ts).
 *
 * Figures keep their printed shape: every digit run of a value cell is replaced by one of the same
 * length ("2.028" → "7.391", "98,87" → "43,12", "264/267" → "518/903"); a run of zeros stays, so
 * an empty or zero count stays what it was.
 */

/** What each seed says about itself (fixtures/seeds/README.md): the names a variant replaces. */
interface SeedFacts {
  province: string;
  /** The reporting unit's own name, where it is not "UBND tỉnh <province>". */
  unit: string | null;
  units: string[];
}

const SEEDS: Record<string, SeedFacts> = {
  '000': { province: 'Khánh Hòa', unit: 'Ban Dân tộc', units: ['Ban Dân tộc', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Y tế', 'Sở Công Thương', 'Sở Giáo dục và Đào tạo'] },
  '001': { province: 'Gia Lai', unit: 'Ban Dân tộc', units: ['Ban Dân tộc', 'Sở Tài chính', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Văn hóa, Thể thao và Du lịch', 'Thanh tra tỉnh'] },
  '002': { province: 'Kon Tum', unit: 'phường Nguyễn Trãi', units: ['phường Nguyễn Trãi', 'phường Quang Trung', 'phường Lê Lợi', 'xã Hòa Bình', 'phường Trần Hưng Đạo', 'xã Ia Chim', 'phường Thống Nhất'] },
  '003': { province: 'Đắk Nông', unit: null, units: [] },
};

const PROVINCES = [
  'Bình Định', 'Quảng Nam', 'Nghệ An', 'Thanh Hóa', 'Lâm Đồng', 'Đắk Lắk', 'Phú Yên', 'Quảng Ngãi', 'Bắc Giang', 'Thái Nguyên',
  'Lào Cai', 'Hà Tĩnh', 'An Giang', 'Đồng Tháp', 'Long An', 'Bình Thuận', 'Ninh Thuận', 'Sơn La', 'Hà Giang', 'Cà Mau',
];

export interface Variant {
  index: number;
  province: string;
  unit: string | null;
  yearShift: number;
  quarterShift: number;
  random: () => number;
}

/** mulberry32: a small seeded generator, so the same index always gives the same file. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function variantOf(seed: string, index: number): Variant {
  const random = seeded(index * 7919 + Number(seed));
  const facts = SEEDS[seed]!;
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  return {
    index,
    province: index === 0 ? facts.province : pick(PROVINCES),
    unit: facts.unit && index > 0 ? pick(facts.units) : facts.unit,
    yearShift: index === 0 ? 0 : pick([-3, -2, -1, 0, 1]),
    quarterShift: index === 0 ? 0 : pick([-1, 0, 1]),
    random,
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** Unit, province and period words, anywhere in the text (or XML: the names hold no markup characters). */
export function rewriteNames(text: string, seed: string, v: Variant): string {
  const facts = SEEDS[seed]!;
  let out = text;
  if (facts.unit && v.unit) out = out.replace(new RegExp(escapeRegExp(facts.unit), 'g'), v.unit);
  out = out.replace(new RegExp(escapeRegExp(facts.province), 'g'), v.province);
  out = out.replace(/\b(20[12]\d)\b/g, (year) => String(Number(year) + v.yearShift));
  out = out.replace(/quý (IV|III|II|I)(?![IVX])/g, (_, q: string) => {
    const n = Math.min(4, Math.max(1, QUARTERS.indexOf(q) + 1 + v.quarterShift));
    return `quý ${QUARTERS[n - 1]}`;
  });
  return out;
}

/** Same-length digit runs, zeros kept (see the module comment). */
export function rewriteFigures(cell: string, random: () => number): string {
  return cell.replace(/\d+/g, (run) => {
    if (/^0+$/.test(run)) return run;
    let out = String(1 + Math.floor(random() * 9));
    for (let i = 1; i < run.length; i++) out += String(Math.floor(random() * 10));
    return out;
  });
}

/** A seed text (tab-separated appendix rows: STT, label, unit, value, note). */
export function rewriteText(text: string, seed: string, v: Variant): string {
  return rewriteNames(text, seed, v)
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length < 4) return line;
      cells[3] = rewriteFigures(cells[3]!, v.random);
      return cells.join('\t');
    })
    .join('\n');
}

/** word/document.xml: the text of the fourth cell of every body row (not header rows) of every table. */
export function rewriteDocumentXml(xml: string, seed: string, v: Variant): string {
  return rewriteNames(xml, seed, v).replace(/<w:tr>([\s\S]*?)<\/w:tr>/g, (row: string) => {
    if (row.includes('<w:tblHeader/>') || row.includes('BangTieuDe')) return row;
    const cells = row.split('<w:tc>');
    // cells[0] is what precedes the first cell; the value column is the fourth cell.
    if (cells.length < 5) return row;
    cells[4] = cells[4]!.replace(/(<w:t[^>]*>)([^<]*)(<\/w:t>)/g, (_, open: string, text: string, close: string) => open + rewriteFigures(text, v.random) + close);
    return cells.join('<w:tc>');
  });
}
