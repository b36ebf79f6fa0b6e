/**
 * Folding printed indicator labels ("Chỉ tiêu thống kê" cells) to one comparable form, so that the
 * same wording printed by different units, template versions and fonts compares equal.
 *
 * Steps, in order (each a small function below):
 * 1. NFC; inline tags (`<b>`, `<i>`), footnote markers (`VBQPPL[1]`, `luật⁴`) and zero-width
 *    characters removed (DOMAIN.md: always NFC before comparing).
 * 2. A renaming "(điều chỉnh (lại) thành “X”)", with or without its parentheses and quotes, or
 *    with either left unclosed (Gia Lai 2023 prints all of these), is split off: X becomes
 *    `newerWording`, itself normalised.
 * 3. Leading list markers (`-`, `+`, `•`, `*`), a leading or trailing "Trong đó:" and trailing
 *    `:`, `.`, `;` removed.
 * 4. Parentheticals sorted into three kinds (see `classifyParenthetical`):
 *    - a gloss, an abbreviation repeating the words before it ("(PAKN)", "(LGSP)"): dropped;
 *    - meaning, a short qualifier that selects a subset, so that without it the label would name
 *      another indicator: a recruitment method "(thi tuyển, xét tuyển)", one level "(cấp xã)", a
 *      service level "(mức độ 3)", "(toàn trình)": kept in `text`;
 *    - a remark, anything else: a cumulation period "(Lũy kế đến thời điểm báo cáo)", a
 *      definition "(Chỉ thống kê ...)", examples "(Kết luận, chỉ thị, ...)", a scope that
 *      restates the default "(ở cả 3 cấp)", "(Bao gồm cả TTHC của cơ quan ngành dọc)", a unit's
 *      own comment "(Ban Dân tộc không có ...)": moved to `remarks` (as printed).
 *    An unclosed "(" runs to the end of the label; a stray ")" is dropped.
 * 5. Abbreviations expanded from `mappings/abbreviations.tsv`: whole words, on the printed
 *    case, before lower-casing ("HS TTHC" → "hồ sơ thủ tục hành chính"); a word glued to a
 *    document number ("12/CT-UBND") is left alone.
 * 6. Lower case; old and new tone placement unified to the placement the seeds use
 *    (hoà → hòa, uỷ → ủy, thuỷ → thủy, luỹ → lũy); quotes removed; "mức độ 3, 4" / "mức độ 3 và
 *    mức độ 4" → "mức độ 3 và 4"; spaces around dashes unified ("30%- dưới" → "30% - dưới");
 *    commas and semicolons between words dropped (list punctuation only: "cơ quan, đơn vị" and
 *    "cơ quan đơn vị" are one wording; a decimal comma "98,87" stays); runs of spaces folded.
 */
import { stripDiacritics, unifyTones } from '../../common/vietnamese-text.js';
import { memoByText } from './memo.js';
import { packageAbbreviations } from '../../common/abbreviations.js';
import { isVietnameseSyllable } from './syllable.js';

export interface NormalisedLabel {
  /** The folded label without remarks or renaming, for exact and variant lookup. */
  text: string;
  /** The folded wording from "(điều chỉnh (lại) thành “X”)", or null. */
  newerWording: string | null;
  /** Parenthetical remarks as printed (tags removed, spaces folded), the newer wording's too. */
  remarks: string[];
  /** Words and numbers of `text` (letters, digits and `%`). */
  tokens: string[];
  /** `text` without diacritics, đ → d. */
  ascii: string;
}

export interface NormaliseOptions {
  /** Printed abbreviation → expansion; defaults to the package's `mappings/abbreviations.tsv`. */
  abbreviations?: ReadonlyMap<string, string>;
}

/** Step 1: the printed cell as clean NFC text. */
function cleanPrinted(label: string): string {
  return label
    .normalize('NFC')
    .replace(/<sup>\s*\d+\s*<\/sup>/gi, '')
    .replace(/<\/?(?:b|i|u|em|strong|span|sup|sub)\b[^>]*>/gi, '')
    .replace(/\[\d{1,3}\]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/(?<=\p{L})\*+/gu, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const RENAMING = /\(?\s*điều chỉnh(?:\s+lại)?\s+thành\s*/iu;
const CLOSING_QUOTES: Record<string, string> = { '“': '”"', '"': '"”', '‘': '’\'', "'": '\'’', '«': '»' };

/** Index of the ")" closing a parenthesis already open before `text`, or -1. */
function closingParenIndex(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return i;
  }
  return -1;
}

/** Step 2: splits "old (điều chỉnh thành “new”) rest" into "old rest" and "new". */
function splitNewerWording(text: string): { older: string; newer: string | null } {
  const match = RENAMING.exec(text);
  if (!match) return { older: text, newer: null };
  const inParens = match[0].startsWith('(');
  let rest = text.slice(match.index + match[0].length);
  let newer = rest;
  let after = '';
  const quote = /^([“"‘'«])/.exec(rest)?.[1];
  if (quote) {
    rest = rest.slice(1);
    const close = [...rest].findIndex((c) => CLOSING_QUOTES[quote]!.includes(c));
    newer = close >= 0 ? rest.slice(0, close) : rest;
    after = close >= 0 ? rest.slice(close + 1) : '';
    if (inParens) after = after.replace(/^\s*\)/, '');
  } else if (inParens) {
    const close = closingParenIndex(rest);
    newer = close >= 0 ? rest.slice(0, close) : rest;
    after = close >= 0 ? rest.slice(close + 1) : '';
  }
  const older = `${text.slice(0, match.index)} ${after}`.replace(/\s+/g, ' ').trim();
  return { older, newer: newer.trim() === '' ? null : newer.trim() };
}

/** Step 3 (and again after folding): list markers, "Trong đó:", trailing punctuation. */
function stripMarkers(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current
      .replace(/^[\s\-+•*–—·]+/u, '')
      .replace(/^trong đó\s*[:,]?\s*/iu, '')
      .replace(/[\s:;.,]+$/u, '')
      .replace(/(?:^|[\s.,;:\-–])\s*trong đó$/iu, '');
  } while (current !== previous);
  return current.trim();
}

type ParentheticalKind = 'gloss' | 'meaning' | 'remark';

/** Qualifiers that select a subset of what the label counts (see step 4). */
const MEANING_PATTERNS: readonly RegExp[] = [
  /\b(thi tuyen|xet tuyen|truong hop dac biet)\b/,
  /\bcap (tinh|so|huyen|xa|phuong)\b/,
  /\b(muc do [1-4]|toan trinh|mot phan)\b/,
];
const MEANING_MAX_WORDS = 6;

export function classifyParenthetical(content: string): ParentheticalKind {
  const trimmed = content.trim();
  if (/^[\p{Lu}\d][\p{Lu}\d-]+$/u.test(trimmed)) return 'gloss';
  const ascii = stripDiacritics(trimmed.toLowerCase());
  const words = ascii.split(/\s+/).filter(Boolean).length;
  if (words <= MEANING_MAX_WORDS && MEANING_PATTERNS.some((p) => p.test(ascii))) return 'meaning';
  return 'remark';
}

/** Step 4: top-level parentheticals out of the text (glosses dropped, remarks collected). */
function extractParentheticals(text: string): { text: string; remarks: string[] } {
  const remarks: string[] = [];
  let kept = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ')') {
      i++;
      continue;
    }
    if (c !== '(') {
      kept += c;
      i++;
      continue;
    }
    const close = closingParenIndex(text.slice(i + 1));
    const end = close >= 0 ? i + 1 + close : text.length;
    const content = text.slice(i + 1, end).trim();
    const kind = classifyParenthetical(content);
    if (kind === 'meaning') kept += `(${content})`;
    else if (kind === 'remark' && content !== '') remarks.push(content);
    kept += ' ';
    i = end + 1;
  }
  return { text: kept.replace(/\s+/g, ' ').trim(), remarks };
}

const abbreviationPatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();

function abbreviationPattern(table: ReadonlyMap<string, string>): RegExp | null {
  if (table.size === 0) return null;
  let pattern = abbreviationPatterns.get(table);
  if (!pattern) {
    const keys = [...table.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Not glued to letters, digits or a document number's "/" and "-" ("12/CT-UBND").
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_/-])(?:${keys.join('|')})(?![\\p{L}\\p{N}_/-])`, 'gu');
    abbreviationPatterns.set(table, pattern);
  }
  return pattern;
}

/** The table keyed by lower case, with its pattern matching any case. */
const anyCaseTables = new WeakMap<ReadonlyMap<string, string>, { table: Map<string, string>; pattern: RegExp } | null>();

function anyCase(table: ReadonlyMap<string, string>): { table: Map<string, string>; pattern: RegExp } | null {
  if (anyCaseTables.has(table)) return anyCaseTables.get(table)!;
  const lower = new Map([...table].map(([abbreviation, expansion]) => [abbreviation.toLowerCase(), expansion]));
  // Typed without marks too: "DVSNCL", "HDND", "CDS".
  for (const [abbreviation, expansion] of [...lower]) {
    const plain = stripDiacritics(abbreviation);
    if (!lower.has(plain)) lower.set(plain, expansion);
  }
  const strict = abbreviationPattern(lower);
  const entry = strict ? { table: lower, pattern: new RegExp(strict.source, 'giu') } : null;
  anyCaseTables.set(table, entry);
  return entry;
}

/**
 * Step 5. As printed first ("HS", not "hs": "hs" could be a word); then in any case and with or
 * without marks, where the word could not be Vietnamese ("tthc", "DVSNCL", "ubnd" have no
 * Vietnamese syllable's shape).
 */
function expandAbbreviations(text: string, table: ReadonlyMap<string, string>): string {
  const pattern = abbreviationPattern(table);
  const expanded = pattern ? text.replace(pattern, (abbreviation) => table.get(abbreviation) ?? abbreviation) : text;
  const loose = anyCase(table);
  if (!loose) return expanded;
  return expanded.replace(loose.pattern, (word) => (isVietnameseSyllable(word) ? word : (loose.table.get(word.toLowerCase()) ?? word)));
}

/** Step 6. */
function foldWording(text: string): string {
  const folded = unifyTones(text.toLowerCase())
    .replace(/[“”"‘’„«»]/g, ' ')
    .replace(/mức độ\s*3\s*(?:,|và|\/|&|[-–—])\s*(?:mức độ\s*)?4(?!\d)/gu, 'mức độ 3 và 4')
    .replace(/\s+[-–—]+\s*|\s*[-–—]+\s+/g, ' - ')
    .replace(/(?<!\d),|,(?!\d)|;/g, ' ')
    .replace(/\s+/g, ' ');
  return stripMarkers(folded);
}

/**
 * Typed without marks: no letter with a mark, and three words at least that are no abbreviation
 * ("UBND TP Kon Tum" is a name with abbreviations, not a label typed so).
 */
function isTypedPlain(text: string, table: ReadonlyMap<string, string>): boolean {
  if (/[^\x00-\x7f]/.test(text)) return false;
  const loose = anyCase(table);
  const words = tokensOf(text).filter((w) => /\p{L}/u.test(w) && !(loose?.table.has(w.toLowerCase()) && !isVietnameseSyllable(w)));
  return words.length >= 3;
}

function tokensOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}%]+/u).filter((t) => t !== '');
}

/**
 * Folds a clean wording (a catalog name or variant, an area heading) the same way as a label,
 * without separating remarks or renamings: parentheses stay in the text.
 */
export function foldForCompare(text: string, options: NormaliseOptions = {}): string {
  const table = options.abbreviations ?? packageAbbreviations();
  return foldWording(expandAbbreviations(stripMarkers(cleanPrinted(text)), table));
}

/** Normalised with the package's abbreviations: the case of every import, so it is remembered. */
const normaliseWithPackageTable = memoByText((label) => normaliseUncached(label, packageAbbreviations()));

export function normaliseLabel(label: string, options: NormaliseOptions = {}): NormalisedLabel {
  return options.abbreviations ? normaliseUncached(label, options.abbreviations) : normaliseWithPackageTable(label);
}

function normaliseUncached(label: string, table: ReadonlyMap<string, string>): NormalisedLabel {
  const { older, newer } = splitNewerWording(cleanPrinted(label));
  const core = extractParentheticals(stripMarkers(older));
  const expanded = foldWording(expandAbbreviations(core.text, table));
  // A label typed without any mark gets its abbreviations' expansions without marks too, so that
  // the whole label is compared as typed ("So DVSNCL thuoc UBND tinh").
  const text = isTypedPlain(core.text, table) ? stripDiacritics(expanded) : expanded;
  const renamed = newer === null ? null : normaliseUncached(newer, table);
  return {
    text,
    newerWording: renamed && renamed.text !== '' ? renamed.text : null,
    remarks: [...core.remarks, ...(renamed?.remarks ?? [])],
    tokens: tokensOf(text),
    ascii: stripDiacritics(text),
  };
}
