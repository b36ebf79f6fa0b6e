/**
 * Reading the name of a reporting body where it stands in a sentence: "UBND phường Nguyễn Trãi",
 * "Ủy ban nhân dân huyện Krông Pắc", "Sở Tài nguyên và Môi trường tỉnh Đắk Lắk", "Văn phòng UBND
 * tỉnh", "BAN DÂN TỘC". A name starts at a head word (UBND, Sở, Ban, Văn phòng, ...). A People's
 * Committee's name is its level word and a place name in capitalised syllables; a department's
 * name runs to a word that cannot be part of one ("báo cáo", "về", "tỉnh", a stop mark). What
 * follows ("tỉnh Đắk Lắk", ", thành phố Kon Tum") is read as place tails, which give the province.
 */
import type { AdminLevel } from '../model.js';
import { matchProvinceWords, type Province } from './provinces.js';
import { entryAt, type Token } from './tokens.js';
import { unifyTones } from '../../common/vietnamese-text.js';
import { capitaliseSyllable, isCapitalised, isUpperCase } from './vietnamese.js';

export type UnitKind = 'ubnd' | 'department';

export interface UnitReading {
  /** Tidied: "Ủy ban nhân dân" → "UBND", level words in lower case, capitals re-cased, NFC. */
  unit: string;
  kind: UnitKind;
  level: AdminLevel | null;
  /** Province named in the unit or its tails ("UBND tỉnh Đắk Nông", "Sở Nội vụ tỉnh Gia Lai"). */
  province: Province | null;
  /** A UBND with its level and place, a department with its name: usable on its own. */
  complete: boolean;
  /** Token index just after the name and its tails. */
  next: number;
  /** Character offsets of the reading in the text tokenised. */
  index: number;
  end: number;
}

interface Head {
  words: string[];
  name: string;
  kind: UnitKind;
  level: AdminLevel | null;
}

// Longest first. A Phòng is a district-level department (Phòng Nội vụ huyện ...), so its figures
// are cấp huyện ones. "Bảo hiểm xã hội", "Kho bạc", "Cục" are central bodies some provinces assess
// with their departments.
const HEADS: Head[] = [
  { words: ['ủy', 'ban', 'nhân', 'dân'], name: 'UBND', kind: 'ubnd', level: null },
  { words: ['ubnd'], name: 'UBND', kind: 'ubnd', level: null },
  { words: ['bảo', 'hiểm', 'xã', 'hội'], name: 'Bảo hiểm xã hội', kind: 'department', level: 'so' },
  { words: ['văn', 'phòng'], name: 'Văn phòng', kind: 'department', level: 'so' },
  { words: ['thanh', 'tra'], name: 'Thanh tra', kind: 'department', level: 'so' },
  { words: ['kho', 'bạc'], name: 'Kho bạc', kind: 'department', level: 'so' },
  { words: ['trung', 'tâm'], name: 'Trung tâm', kind: 'department', level: 'so' },
  { words: ['công', 'an'], name: 'Công an', kind: 'department', level: 'so' },
  { words: ['chi', 'cục'], name: 'Chi cục', kind: 'department', level: 'so' },
  { words: ['cục'], name: 'Cục', kind: 'department', level: 'so' },
  { words: ['sở'], name: 'Sở', kind: 'department', level: 'so' },
  { words: ['ban'], name: 'Ban', kind: 'department', level: 'so' },
  { words: ['phòng'], name: 'Phòng', kind: 'department', level: 'huyen' },
];

/** 'city': thành phố, province level when centrally run (Hà Nội, Đà Nẵng, ...), else district. */
type PlaceLevel = 'tinh' | 'city' | 'huyen' | 'xa';

interface LevelWord {
  words: string[];
  word: string;
  level: PlaceLevel;
}

const LEVEL_WORDS: LevelWord[] = [
  { words: ['thành', 'phố'], word: 'thành phố', level: 'city' },
  { words: ['tp'], word: 'thành phố', level: 'city' },
  { words: ['thị', 'xã'], word: 'thị xã', level: 'huyen' },
  { words: ['thị', 'trấn'], word: 'thị trấn', level: 'xa' },
  { words: ['tỉnh'], word: 'tỉnh', level: 'tinh' },
  { words: ['huyện'], word: 'huyện', level: 'huyen' },
  { words: ['quận'], word: 'quận', level: 'huyen' },
  { words: ['xã'], word: 'xã', level: 'xa' },
  { words: ['phường'], word: 'phường', level: 'xa' },
];

// Words that end a name: the verb after it, prepositions, dates, a signature's title, the motto.
const STOP_WORDS = new Set(
  ('báo về của đã xin trân kính tổng năm quý tháng ngày số như theo thì tại trên với đối trong ' +
    'được có là thực nhằm để do cho đến đang sẽ cùng gửi từ sau trước này nay chủ tm kt cộng độc')
    .split(' '),
);

/** Abbreviations kept in capitals when a name printed in capitals is re-cased. */
const ACRONYMS = new Set(['ubnd', 'hđnd', 'tp', 'đbqh', 'mttq', 'cchc', 'tthc', 'khđt', 'tttt', 'khcn', 'lđtbxh']);

/** Councils that may stand inside a department's name ("Văn phòng HĐND và UBND tỉnh"). */
const COUNCILS: Head[] = [...HEADS.filter((h) => h.kind === 'ubnd'), { words: ['hđnd'], name: 'HĐND', kind: 'ubnd', level: null }];

const CONNECTORS = new Set([',', '-', '–', 'và']);

function isAcronym(t: Token): boolean {
  return ACRONYMS.has(t.fold) || (t.text.includes('&') && isUpperCase(t.text));
}

/** A head word starting at `i`; it must be capitalised ("Ban Dân tộc", not "Trưởng ban"). */
export function headAt(tokens: readonly Token[], i: number): Head | null {
  const t = tokens[i];
  return t && isCapitalised(t.text) ? entryAt(tokens, i, HEADS) : null;
}

/** Token indexes where a head starts; a head inside another ("ban" in "Ủy ban") is not one. */
export function findHeads(tokens: readonly Token[]): number[] {
  const heads: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i);
    if (!head) continue;
    heads.push(i);
    i += head.words.length - 1;
  }
  return heads;
}

/** Level words that are not: "Xã hội" in "Sở Lao động - Thương binh và Xã hội". */
const NOT_LEVEL_WORDS = [{ words: ['xã', 'hội'] }];

function levelWordAt(tokens: readonly Token[], i: number): { entry: LevelWord; next: number } | null {
  const entry = entryAt(tokens, i, LEVEL_WORDS);
  if (!entry || entryAt(tokens, i, NOT_LEVEL_WORDS)) return null;
  let next = i + entry.words.length;
  if (entry.words[0] === 'tp' && tokens[next]?.text === '.') next++;
  return { entry, next };
}

/** Can `t` be part of a name here? Not a stop word, level word or head; capitalised in prose. */
function isNameWord(tokens: readonly Token[], i: number, upper: boolean, capital: boolean): boolean {
  const t = tokens[i];
  if (!t?.word || STOP_WORDS.has(t.fold) || levelWordAt(tokens, i) || entryAt(tokens, i, HEADS)) return false;
  if (upper) return isUpperCase(t.text) || /^\p{N}+$/u.test(t.text);
  return !capital || isCapitalised(t.text);
}

/**
 * Names printed all in capitals are re-cased. Decided on the words right after the head, leaving
 * out abbreviations and numbers: "SỞ Y TẾ" is in capitals, "Sở Y tế" is not (its "Y" alone is).
 */
function isUpperName(tokens: readonly Token[], i: number): boolean {
  const words: Token[] = [];
  for (let k = i; k < tokens.length && words.length < 3 && tokens[k]!.word; k++) {
    if (!isAcronym(tokens[k]!) && !/^\p{N}+$/u.test(tokens[k]!.text)) words.push(tokens[k]!);
  }
  return words.length > 0 && words.every((t) => isUpperCase(t.text));
}

interface Place {
  words: string[];
  next: number;
}

/** A place name: capitalised syllables or numbers ("Nguyễn Trãi", "Ia H'Drai", "1"), " - " inside. */
function readPlace(tokens: readonly Token[], i: number, upper: boolean): Place {
  const words: string[] = [];
  let k = i;
  while (words.length < 8) {
    if (isNameWord(tokens, k, upper, true)) {
      const t = tokens[k++]!;
      words.push(upper ? capitaliseSyllable(t.text) : t.text);
    } else if (words.length > 0 && /^[-–]$/.test(tokens[k]?.text ?? '') && isNameWord(tokens, k + 1, upper, true)) {
      words.push('-');
      k++;
    } else break;
  }
  return { words, next: k };
}

interface Tail {
  level: PlaceLevel;
  word: string;
  place: string[];
}

/** ", thành phố Kon Tum, tỉnh Kon Tum" after a name; a bare "tỉnh" (no place) counts too. */
function readTails(tokens: readonly Token[], i: number, upper: boolean): { tails: Tail[]; next: number } {
  const tails: Tail[] = [];
  let next = i;
  while (tails.length < 4) {
    const at = /^[,–-]$/.test(tokens[next]?.text ?? '') ? next + 1 : next;
    const lw = levelWordAt(tokens, at);
    if (!lw) break;
    const place = readPlace(tokens, lw.next, upper);
    tails.push({ level: lw.entry.level, word: lw.entry.word, place: place.words });
    next = place.next;
  }
  return { tails, next };
}

/** The province a whole place name is, if any ("Bà Rịa - Vũng Tàu" read as five words). */
function wholeProvince(place: readonly string[]): Province | null {
  const words = place.filter((w) => w !== '-');
  const m = matchProvinceWords(words);
  return m && m.words === words.length ? m.province : null;
}

/** The province "tỉnh X" or a centrally-run "thành phố X" names. */
function provinceOf(level: PlaceLevel, place: readonly string[]): Province | null {
  if (level !== 'tinh' && level !== 'city') return null;
  const p = wholeProvince(place);
  return p && (level === 'tinh' || p.centrallyRun) ? p : null;
}

/** Province level when the place is one (tỉnh, centrally-run city); else the level word's. */
function adminLevelOf(level: PlaceLevel, province: Province | null): AdminLevel {
  if (level === 'city') return province ? 'tinh' : 'huyen';
  return level;
}

function joinWords(words: readonly string[]): string {
  return unifyTones(words.join(' ').replace(/ ,/g, ','));
}

/** "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "UBND phường Nguyễn Trãi, TP Kon Tum" from the word after the head. */
function readCouncil(tokens: readonly Token[], start: number, index: number): UnitReading {
  const upper = isUpperName(tokens, start);
  const lw = levelWordAt(tokens, start);
  const place = lw ? readPlace(tokens, lw.next, upper) : { words: [], next: start };
  const tails = readTails(tokens, place.next, upper);
  const own = lw ? provinceOf(lw.entry.level, place.words) : null;
  const province = own ?? firstProvince(tails.tails);
  const words = ['UBND', ...(lw ? [lw.entry.word, ...place.words] : [])];
  return {
    unit: joinWords(words),
    kind: 'ubnd',
    level: lw ? adminLevelOf(lw.entry.level, own) : null,
    province,
    complete: lw !== null && place.words.length > 0,
    next: tails.next,
    index,
    end: tokens[tails.next - 1]!.end,
  };
}

function firstProvince(tails: readonly Tail[]): Province | null {
  for (const t of tails) {
    const p = provinceOf(t.level, t.place);
    if (p) return p;
  }
  return null;
}

interface DepartmentName {
  words: string[];
  next: number;
  /** Set when the name ends in a council of a level ("Văn phòng UBND tỉnh"). */
  council: { level: PlaceLevel; province: Province | null } | null;
}

/** The department's own words, re-cased when printed in capitals: each part starts with a capital. */
function readDepartmentName(tokens: readonly Token[], start: number, upper: boolean): DepartmentName {
  const words: string[] = [];
  let k = start;
  let startsPart = true;
  while (words.length < 14) {
    const council = entryAt(tokens, k, COUNCILS);
    if (council) return readCouncilInName(tokens, k + council.words.length, upper, [...words, council.name]);
    const t = tokens[k];
    if (!t) break;
    if (CONNECTORS.has(t.fold) && words.length > 0) {
      // Inside a name only before another capitalised part: "Văn hóa, Thể thao và Du lịch".
      if (!isNameWord(tokens, k + 1, upper, true) && !entryAt(tokens, k + 1, COUNCILS)) break;
      words.push(t.fold === 'và' ? 'và' : t.text);
      startsPart = true;
      k++;
      continue;
    }
    if (!isNameWord(tokens, k, upper, words.length === 0)) break;
    words.push(upper && !isAcronym(t) ? caseInName(t.text, startsPart) : t.text);
    startsPart = false;
    k++;
  }
  return { words, next: k, council: null };
}

function caseInName(word: string, startsPart: boolean): string {
  const lower = word.toLowerCase();
  return startsPart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** After "UBND"/"HĐND" inside a department's name: more councils, a level word, a place below province. */
function readCouncilInName(tokens: readonly Token[], k: number, upper: boolean, words: string[]): DepartmentName {
  const sep = tokens[k];
  const next = sep && (sep.fold === 'và' || sep.text === ',') ? entryAt(tokens, k + 1, COUNCILS) : null;
  if (next) return readCouncilInName(tokens, k + 1 + next.words.length, upper, [...words, sep!.fold === 'và' ? 'và' : ',', next.name]);
  const lw = levelWordAt(tokens, k);
  if (!lw) return { words, next: k, council: null };
  const place = readPlace(tokens, lw.next, upper);
  const province = provinceOf(lw.entry.level, place.words);
  const keepPlace = lw.entry.level !== 'tinh' && !province;
  return {
    words: [...words, lw.entry.word, ...(keepPlace ? place.words : [])],
    next: place.next,
    council: { level: lw.entry.level, province },
  };
}

/** "Sở Nội vụ tỉnh Gia Lai", "Văn phòng Ủy ban nhân dân tỉnh", "Thanh tra tỉnh", "BAN DÂN TỘC". */
function readDepartment(tokens: readonly Token[], head: Head, start: number, index: number): UnitReading {
  const upper = isUpperName(tokens, start);
  const name = readDepartmentName(tokens, start, upper);
  const tails = readTails(tokens, name.next, upper);
  const words = [head.name, ...name.words];
  let level: AdminLevel | null = name.council ? departmentLevel(head, name.council.level, name.council.province) : head.level;
  let province = name.council?.province ?? null;
  for (const tail of tails.tails) {
    const p = provinceOf(tail.level, tail.place);
    if (p) province ??= p;
    // A province tail names where the body is: dropped, as "Ban Dân tộc" in every province is
    // keyed by its province anyway. A district or commune tail is part of the body's name.
    if (!p && tail.level !== 'tinh') {
      words.push(tail.word, ...tail.place);
      level = departmentLevel(head, tail.level, null);
    } else if (name.words.length === 0 && words.length === 1) {
      words.push(tail.word); // "Thanh tra tỉnh", "Công an tỉnh": the level word is the name.
    }
  }
  return {
    unit: joinWords(words),
    kind: 'department',
    level,
    province,
    complete: words.length > 1,
    next: tails.next,
    index,
    end: tokens[Math.max(tails.next, start) - 1]!.end,
  };
}

function departmentLevel(head: Head, level: PlaceLevel, province: Province | null): AdminLevel | null {
  const place = adminLevelOf(level, province);
  return place === 'tinh' ? head.level : place;
}

/** The unit whose head stands at token `i`, or null when none does. */
export function readUnitAt(tokens: readonly Token[], i: number): UnitReading | null {
  const head = headAt(tokens, i);
  if (!head) return null;
  const start = i + head.words.length;
  const index = tokens[i]!.index;
  return head.kind === 'ubnd' ? readCouncil(tokens, start, index) : readDepartment(tokens, head, start, index);
}

export interface PlaceMention {
  /** The province a "tỉnh X" or a centrally-run "thành phố X" names. */
  province: Province | null;
  /** A provincial city named like its province ("thành phố Kon Tum" lies in tỉnh Kon Tum). */
  sameName: Province | null;
  index: number;
}

/** Every level word followed by a place name in `tokens`: "tỉnh Khánh Hòa", "TP Kon Tum". */
export function placeMentions(tokens: readonly Token[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  tokens.forEach((t, i) => {
    const lw = levelWordAt(tokens, i);
    if (!lw) return;
    const place = readPlace(tokens, lw.next, isUpperName(tokens, lw.next));
    const province = provinceOf(lw.entry.level, place.words);
    const sameName = !province && lw.entry.level === 'city' ? wholeProvince(place.words) : null;
    if (province || sameName) mentions.push({ province, sameName, index: t.index });
  });
  return mentions;
}
