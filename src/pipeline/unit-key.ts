/**
 * A stable key for a reporting unit across reports: the same body written differently gets one
 * key, and only when the writings cannot name two bodies. Keys read `<province>/<body>` or, for a
 * commune-level council named with its district, `<province>/<body>/<district>`, in lower-case
 * Vietnamese with words joined by "-": `gia-lai/ban-dân-tộc`, `kon-tum/ubnd-phường-nguyễn-trãi`,
 * `kon-tum/ubnd-phường-nguyễn-trãi/thành-phố-kon-tum`.
 *
 * Equivalences applied (each keeps two different bodies apart):
 * - case, NFC/NFD and the old/new tone placement ("Hoà"/"Hòa", "Uỷ"/"Ủy");
 * - "Ủy ban nhân dân" = "UBND", "Hội đồng nhân dân" = "HĐND", "TP"/"TP." = "thành phố" (not after
 *   "Sở", where TP is Tư pháp), "TX" = "thị xã", "VP" at the start = "Văn phòng";
 * - punctuation and "&" inside a name ("Văn hóa, Thể thao và Du lịch" = "Văn hóa - Thể thao và
 *   Du lịch" = "Văn hóa, Thể thao & Du lịch");
 * - a department abbreviation only when the whole name after "Sở" is one of the standard ones
 *   below ("Sở VHTTDL", "Sở VH-TT&DL");
 * - the province named after the body ("Ban Dân tộc tỉnh Gia Lai" = "Ban Dân tộc tỉnh" = "Ban
 *   Dân tộc" in Gia Lai): the province is in the key anyway. A body whose name is a level
 *   ("Thanh tra tỉnh", "Văn phòng UBND tỉnh", "UBND tỉnh Đắk Nông") keeps the word "tỉnh".
 *
 * Not applied, on purpose: tone marks are kept (xã Tân Hòa and xã Tân Hóa are two communes);
 * renamed or merged bodies since 2025 (Ban Dân tộc → Sở Dân tộc và Tôn giáo, DOMAIN.md) keep
 * their own keys, since the new body is not the old one (`chitieu diff --to-unit` compares
 * across the change); a commune named without its district
 * is matched to the one named with it only by `reconcileUnitKeys`, over the keys of an archive,
 * and only when that district is the only one (two "phường 1" exist in one province).
 */
import type { DocumentMetadata } from '../model.js';
import { canonicalProvince, findProvince, type Province } from '../metadata/provinces.js';
import { asciiFold, foldName } from '../../common/vietnamese-text.js';

export type UnitKey = string;

/**
 * Standard abbreviations of provincial departments (Nghị định 24/2014/NĐ-CP and 107/2020/NĐ-CP
 * list the departments), by their letters without diacritics, "&", "-" or spaces.
 */
const DEPARTMENT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['nv', 'nội vụ'],
  ['tp', 'tư pháp'],
  ['khdt', 'kế hoạch và đầu tư'],
  ['tc', 'tài chính'],
  ['ct', 'công thương'],
  ['nnptnt', 'nông nghiệp và phát triển nông thôn'],
  ['gtvt', 'giao thông vận tải'],
  ['xd', 'xây dựng'],
  ['tnmt', 'tài nguyên và môi trường'],
  ['tttt', 'thông tin và truyền thông'],
  ['ldtbxh', 'lao động thương binh và xã hội'],
  ['vhttdl', 'văn hóa thể thao và du lịch'],
  ['khcn', 'khoa học và công nghệ'],
  ['gddt', 'giáo dục và đào tạo'],
  ['yt', 'y tế'],
]);

/** Words that stand for longer ones anywhere in a name (after the department step). */
const WORD_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^| )ủy ban nhân dân( |$)/g, '$1ubnd$2'],
  [/(^| )hội đồng nhân dân( |$)/g, '$1hđnd$2'],
  [/(^| )tp( |$)/g, '$1thành phố$2'],
  [/(^| )tx( |$)/g, '$1thị xã$2'],
  [/^vp /, 'văn phòng '],
];

/** Level words, longest first; "xã hội" is not one ("Lao động - Thương binh và Xã hội"). */
const LEVEL_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];
const DISTRICT_LEVELS = new Set(['thành phố', 'thị xã', 'huyện', 'quận']);
const COMMUNE_COUNCIL = /^ubnd (xã|phường|thị trấn) /;

/** Lower case, one tone placement, punctuation as spaces, "&" as "và"; apostrophes kept (Ia H'Drai). */
function tidy(text: string): string {
  return foldName(text)
    .replace(/[’`]/g, "'")
    .replace(/&/g, ' và ')
    .replace(/[^\p{L}\p{M}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "sở vh tt và dl tỉnh gia lai" → "sở văn hóa thể thao và du lịch tỉnh gia lai": the longest run
 * of words after "sở" whose letters are a standard abbreviation; anything else unchanged. No
 * abbreviation spells Vietnamese words, so a spelt-out name never matches one.
 */
function expandDepartment(name: string): string {
  const words = name.split(' ');
  if (words[0] !== 'sở') return name;
  for (let end = words.length; end > 1; end--) {
    const run = words.slice(1, end);
    const letters = run.filter((w) => w !== 'và').map((w) => asciiFold(w)).join('').replace(/[^a-z]/g, '');
    const full = DEPARTMENT_ABBREVIATIONS.get(letters);
    if (full) return ['sở', full, ...words.slice(end)].join(' ');
  }
  return name;
}

function canonicalName(unit: string): string {
  let name = expandDepartment(tidy(unit));
  for (const [re, to] of WORD_FORMS) name = name.replace(re, to).replace(re, to);
  return name;
}

interface Segment {
  /** Level word starting the segment, or null for the words before the first one. */
  level: string | null;
  words: string;
}

/** "ubnd phường nguyễn trãi thành phố kon tum" → [ubnd] [phường nguyễn trãi] [thành phố kon tum]. */
function segments(name: string): Segment[] {
  const found: Segment[] = [{ level: null, words: '' }];
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const level = LEVEL_WORDS.find((l) => l.split(' ').every((w, k) => words[i + k] === w));
    if (level && !(level === 'xã' && words[i + 1] === 'hội')) {
      found.push({ level, words: '' });
      i += level.split(' ').length - 1;
      continue;
    }
    const last = found[found.length - 1]!;
    last.words = last.words ? `${last.words} ${words[i]}` : words[i]!;
  }
  return found;
}

function joinSegments(segs: readonly Segment[]): string {
  return segs.map((s) => [s.level, s.words].filter(Boolean).join(' ')).join(' ').trim();
}

/** The province a "tỉnh X" / centrally-run "thành phố X" segment names, if it is one. */
function provinceOfSegment(seg: Segment): Province | null {
  if (seg.level !== 'tỉnh' && seg.level !== 'thành phố') return null;
  const p = seg.words ? findProvince(seg.words) : null;
  return p && (seg.level === 'tỉnh' || p.centrallyRun) ? p : null;
}

/** A name that is only a head, or ends in a council, needs its level word: "Thanh tra tỉnh". */
function needsLevelWord(body: string): boolean {
  return /(^| )(ubnd|hđnd)$/.test(body) || /^(thanh tra|công an|kho bạc nhà nước|kho bạc|bảo hiểm xã hội|văn phòng)$/.test(body);
}

export interface UnitIdentity {
  /** The province's official name, or null when neither the report nor the unit name gives one. */
  province: string | null;
  /** The body's name in key form, without the province it sits in. */
  body: string;
  /** The district a commune-level council was named with ("thành phố kon tum"), else null. */
  within: string | null;
}

/** The parts of the key, for a unit name and the province the report gives. */
export function unitIdentity(metadata: Pick<DocumentMetadata, 'unit' | 'province'>): UnitIdentity | null {
  if (!metadata.unit || !metadata.unit.trim()) return null;
  let segs = segments(canonicalName(metadata.unit));
  let province = metadata.province ? findProvince(metadata.province) : null;
  const provinceName = metadata.province ? canonicalProvince(metadata.province) : null;
  // The last segment may name the province: dropped when it is the report's (or there is none).
  const last = segs[segs.length - 1]!;
  const named = segs.length > 1 ? provinceOfSegment(last) : null;
  let stripped: string | null = null;
  if (named && (!provinceName || named.name === province?.name)) {
    province ??= named;
    stripped = last.level;
    segs = segs.slice(0, -1);
  } else if (segs.length > 1 && (last.level === 'tỉnh' || (last.level === 'thành phố' && province?.centrallyRun)) && !last.words) {
    stripped = last.level; // a bare "tỉnh": "Ban Dân tộc tỉnh"
    segs = segs.slice(0, -1);
  }
  let body = joinSegments(segs);
  if (stripped && needsLevelWord(body)) body = `${body} ${province?.centrallyRun ? 'thành phố' : 'tỉnh'}`;
  if (!body) return null;
  // "ubnd phường X thành phố Y": the district goes apart, to be matched by reconcileUnitKeys.
  let within: string | null = null;
  if (COMMUNE_COUNCIL.test(body) && segs.length > 2 && DISTRICT_LEVELS.has(segs[2]!.level ?? '')) {
    within = joinSegments(segs.slice(2));
    body = joinSegments(segs.slice(0, 2));
  }
  return { province: province?.name ?? provinceName, body, within };
}

const slug = (text: string) => tidy(text).replace(/ /g, '-');

/** The unit's key; null when the report names no unit. An unknown province is written "?". */
export function unitKeyOf(metadata: Pick<DocumentMetadata, 'unit' | 'province'>): UnitKey | null {
  const id = unitIdentity(metadata);
  if (!id) return null;
  return [id.province ? slug(id.province) : '?', slug(id.body), ...(id.within ? [slug(id.within)] : [])].join('/');
}

/**
 * Over the keys of an archive: a commune-level council keyed without its district
 * (`p/ubnd-phường-x`) takes the key with the district when exactly one district is seen for it
 * (`p/ubnd-phường-x/thành-phố-y`). Every key maps to itself otherwise.
 */
export function reconcileUnitKeys(keys: Iterable<UnitKey>): Map<UnitKey, UnitKey> {
  const all = new Set(keys);
  const withDistrict = new Map<string, UnitKey[]>();
  for (const key of all) {
    const parts = key.split('/');
    if (parts.length !== 3) continue;
    const bare = `${parts[0]}/${parts[1]}`;
    withDistrict.set(bare, [...(withDistrict.get(bare) ?? []), key]);
  }
  const result = new Map<UnitKey, UnitKey>();
  for (const key of all) {
    const only = withDistrict.get(key);
    result.set(key, only?.length === 1 ? only[0]! : key);
  }
  return result;
}
