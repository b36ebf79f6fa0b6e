/**
 * Provinces and centrally-run cities, for validating a province read from a report and giving it
 * one spelling. Written from the official lists: the 63 units in force until mid-2025, and the 34
 * that Nghị quyết 202/2025/QH15 kept or formed (every one of the 34 carries the name of one of the
 * 63, so the names below cover both; `mergedInto` records where each went).
 */
import { asciiFold, unifyTones } from '../../common/vietnamese-text.js';

export interface Province {
  /** Official name without "tỉnh"/"thành phố", tone on the first vowel of oa/oe/uy ("Khánh Hòa"). */
  name: string;
  /** Thành phố trực thuộc trung ương: "UBND thành phố X" is then province level. */
  centrallyRun: boolean;
  /** Other spellings seen in documents; tone marks, case, spaces and hyphens are ignored anyway. */
  aliases: string[];
  /** The unit it belongs to since 2025 (Nghị quyết 202/2025/QH15); itself when kept or enlarged. */
  mergedInto: string;
}

type Row = [name: string, mergedInto: string, aliases?: string[]];

const CITIES: Row[] = [
  ['Hà Nội', 'Hà Nội'],
  ['Hồ Chí Minh', 'Hồ Chí Minh', ['HCM', 'TPHCM', 'Sài Gòn']],
  ['Hải Phòng', 'Hải Phòng'],
  ['Đà Nẵng', 'Đà Nẵng'],
  ['Cần Thơ', 'Cần Thơ'],
  // Centrally run since 2025; before that a city inside Thừa Thiên Huế.
  ['Huế', 'Huế'],
];

const PROVINCES: Row[] = [
  ['An Giang', 'An Giang'],
  ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh', ['Bà Rịa Vũng Tàu', 'BR-VT']],
  ['Bắc Giang', 'Bắc Ninh'],
  ['Bắc Kạn', 'Thái Nguyên', ['Bắc Cạn']],
  ['Bạc Liêu', 'Cà Mau'],
  ['Bắc Ninh', 'Bắc Ninh'],
  ['Bến Tre', 'Vĩnh Long'],
  ['Bình Định', 'Gia Lai'],
  ['Bình Dương', 'Hồ Chí Minh'],
  ['Bình Phước', 'Đồng Nai'],
  ['Bình Thuận', 'Lâm Đồng'],
  ['Cà Mau', 'Cà Mau'],
  ['Cao Bằng', 'Cao Bằng'],
  ['Đắk Lắk', 'Đắk Lắk', ['Đắc Lắc', 'Daklak']],
  ['Đắk Nông', 'Lâm Đồng', ['Đắc Nông', 'Daknong']],
  ['Điện Biên', 'Điện Biên'],
  ['Đồng Nai', 'Đồng Nai'],
  ['Đồng Tháp', 'Đồng Tháp'],
  ['Gia Lai', 'Gia Lai'],
  ['Hà Giang', 'Tuyên Quang'],
  ['Hà Nam', 'Ninh Bình'],
  ['Hà Tĩnh', 'Hà Tĩnh'],
  ['Hải Dương', 'Hải Phòng'],
  ['Hậu Giang', 'Cần Thơ'],
  ['Hòa Bình', 'Phú Thọ'],
  ['Hưng Yên', 'Hưng Yên'],
  ['Khánh Hòa', 'Khánh Hòa'],
  ['Kiên Giang', 'An Giang'],
  ['Kon Tum', 'Quảng Ngãi'],
  ['Lai Châu', 'Lai Châu'],
  ['Lâm Đồng', 'Lâm Đồng'],
  ['Lạng Sơn', 'Lạng Sơn'],
  ['Lào Cai', 'Lào Cai'],
  ['Long An', 'Tây Ninh'],
  ['Nam Định', 'Ninh Bình'],
  ['Nghệ An', 'Nghệ An'],
  ['Ninh Bình', 'Ninh Bình'],
  ['Ninh Thuận', 'Khánh Hòa'],
  ['Phú Thọ', 'Phú Thọ'],
  ['Phú Yên', 'Đắk Lắk'],
  ['Quảng Bình', 'Quảng Trị'],
  ['Quảng Nam', 'Đà Nẵng'],
  ['Quảng Ngãi', 'Quảng Ngãi'],
  ['Quảng Ninh', 'Quảng Ninh'],
  ['Quảng Trị', 'Quảng Trị'],
  ['Sóc Trăng', 'Cần Thơ'],
  ['Sơn La', 'Sơn La'],
  ['Tây Ninh', 'Tây Ninh'],
  ['Thái Bình', 'Hưng Yên'],
  ['Thái Nguyên', 'Thái Nguyên'],
  ['Thanh Hóa', 'Thanh Hóa'],
  ['Thừa Thiên Huế', 'Huế', ['Thừa Thiên - Huế']],
  ['Tiền Giang', 'Đồng Tháp'],
  ['Trà Vinh', 'Vĩnh Long'],
  ['Tuyên Quang', 'Tuyên Quang'],
  ['Vĩnh Long', 'Vĩnh Long'],
  ['Vĩnh Phúc', 'Phú Thọ'],
  ['Yên Bái', 'Lào Cai'],
];

function toProvince([name, mergedInto, aliases = []]: Row, centrallyRun: boolean): Province {
  return { name, centrallyRun, aliases, mergedInto };
}

export const ALL_PROVINCES: readonly Province[] = [
  ...CITIES.map((r) => toProvince(r, true)),
  ...PROVINCES.map((r) => toProvince(r, false)),
];

/** "Bà Rịa-Vũng Tàu", "BÀ RỊA VŨNG TÀU", "Đăk Nông", "Kontum" all fold to one key. */
export function provinceKey(text: string): string {
  return asciiFold(text).replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, Province>(
  ALL_PROVINCES.flatMap((p) => [p.name, ...p.aliases].map((n) => [provinceKey(n), p] as const)),
);

/** Longest name or alias in words ("Bà Rịa - Vũng Tàu": 4): bounds how far a match looks. */
const MAX_PROVINCE_WORDS = Math.max(
  ...ALL_PROVINCES.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.split(/[\s-]+/).filter(Boolean).length),
);

/** The province a whole name denotes ("Khánh Hoà" → Khánh Hòa), or null when it is none. */
export function findProvince(name: string): Province | null {
  const key = provinceKey(name.replace(/^\s*(tỉnh|thành phố|tp\.?)\s+/iu, ''));
  return key ? (BY_KEY.get(key) ?? null) : null;
}

/**
 * The province whose name starts `words` (plain words, punctuation already dropped), longest
 * first so "Thừa Thiên Huế" beats "Huế"; with the count of words it took.
 */
export function matchProvinceWords(words: readonly string[]): { province: Province; words: number } | null {
  for (let n = Math.min(MAX_PROVINCE_WORDS, words.length); n >= 1; n--) {
    const province = BY_KEY.get(provinceKey(words.slice(0, n).join('')));
    if (province) return { province, words: n };
  }
  return null;
}

/** One spelling for a province read from a document; unknown names come back tidied, not dropped. */
export function canonicalProvince(name: string): string {
  return findProvince(name)?.name ?? unifyTones(name).replace(/\s+/g, ' ').trim();
}
