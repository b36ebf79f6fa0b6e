/**
 * The reporting unit, from the places a report names itself, strongest first: the opening
 * sentence ("..., Ban Dân tộc báo cáo ..."), the agency header ("UBND TỈNH GIA LAI / BAN DÂN
 * TỘC"), the appendix title ("... TẠI BAN DÂN TỘC", "(Kèm theo Báo cáo số ... của Ban Dân tộc)"),
 * the closing ("Trên đây là báo cáo ... của UBND tỉnh Đắk Nông"), the signature ("TM. ỦY BAN NHÂN
 * DÂN XÃ ..."). The signature's title and the "Số: .../BC-BDT" code only hint at the level.
 */
import type { AdminLevel } from '../model.js';
import { joinPieces, looksCut, pieceAt, type Piece, type ReportParts } from './report-parts.js';
import { tokenize, wordsAt, type Token } from './tokens.js';
import { findHeads, readUnitAt, type UnitReading } from './unit-name.js';
import { isUpperCase } from './vietnamese.js';

export type UnitSource = 'opening' | 'header' | 'appendix' | 'closing' | 'signature';

export interface UnitCandidate {
  reading: UnitReading;
  piece: Piece;
  source: UnitSource;
}

/** Verbs a reporting unit is the subject of in the opening sentence. */
const REPORT_VERBS = [['báo', 'cáo'], ['tổng', 'hợp']];
/** Words allowed between the unit and its verb: "Sở Nội vụ xin/trân trọng báo cáo". */
const FILLER = new Set([',', 'xin', 'trân', 'trọng', 'kính', 'đã', 'tiến', 'hành', 'nay']);

/** A reading is not trusted when it runs into the cut end of a truncated line. */
function readingsIn(text: string, accept: (tokens: Token[], head: number) => boolean): UnitReading[] {
  const tokens = tokenize(text);
  const cut = looksCut(text);
  const end = text.trimEnd().length;
  return findHeads(tokens)
    .filter((h) => accept(tokens, h))
    .flatMap((h) => readUnitAt(tokens, h) ?? [])
    .filter((r) => !(cut && r.end >= end - 1));
}

export interface ReportingUnit {
  reading: UnitReading;
  /** What the sentence says after the verb: where the opening names its period. */
  rest: string;
}

/**
 * "<unit> báo cáo ...": a unit whose name runs up to a report verb, only filler between. The
 * earliest such head wins, so "Văn phòng UBND tỉnh báo cáo" is not read as "UBND tỉnh".
 */
export function readReportingUnit(text: string): ReportingUnit | null {
  const tokens = tokenize(text);
  const heads = findHeads(tokens);
  for (let v = 0; v < tokens.length; v++) {
    const verb = REPORT_VERBS.find((w) => wordsAt(tokens, v, w));
    if (!verb) continue;
    for (const h of heads.filter((h) => h < v)) {
      const reading = readUnitAt(tokens, h);
      if (reading && reading.next <= v && tokens.slice(reading.next, v).every((t) => FILLER.has(t.fold))) {
        return { reading, rest: text.slice(tokens[v + verb.length - 1]!.end) };
      }
    }
  }
  return null;
}

function afterWords(words: readonly string[]): (tokens: Token[], head: number) => boolean {
  return (tokens, head) => words.includes(tokens[head - 1]?.fold ?? '');
}

export interface OpeningUnit {
  candidate: UnitCandidate;
  rest: string;
}

export function openingUnit(parts: ReportParts): OpeningUnit | null {
  for (const piece of parts.opening) {
    const found = readReportingUnit(piece.text);
    if (found) {
      return { candidate: { reading: found.reading, piece, source: 'opening' }, rest: found.rest };
    }
  }
  return null;
}

/** The issuer is the last agency line of the header; the lines above it are its parents. */
function headerUnits(parts: ReportParts): UnitCandidate[] {
  const joined = joinPieces(parts.header.filter((p) => isUpperCase(p.text)));
  return readingsIn(joined.text, () => true)
    .reverse()
    .map((reading) => ({ reading, piece: pieceAt(joined, reading.index)!, source: 'header' as const }));
}

/** "của/tại <unit>" in the appendix title or the closing sentence, the last one first. */
function unitsAfterOf(pieces: readonly Piece[], source: UnitSource): UnitCandidate[] {
  const joined = joinPieces(pieces);
  return readingsIn(joined.text, afterWords(['của', 'tại']))
    .reverse()
    .map((reading) => ({ reading, piece: pieceAt(joined, reading.index)!, source }));
}

// Recipients ("- Sở Nội vụ;") and "Lưu: VT" sit between "Nơi nhận" and the signature.
const NOT_SIGNATURE = /^([-+•*–]|lưu(?![\p{L}\p{N}])|nơi\s*nhận)/iu;

/**
 * A council signs "TM. ỦY BAN NHÂN DÂN [XÃ ...]"; a department signs with its head's title only
 * ("TRƯỞNG BAN"), so only council readings name a unit here. Pieces are read one by one: the
 * signer's name on the next line is not part of a unit.
 */
function signatureUnits(parts: ReportParts): UnitCandidate[] {
  return parts.signature
    .filter((p) => !NOT_SIGNATURE.test(p.text))
    .flatMap((piece) => readingsIn(piece.text, () => true).map((reading) => ({ reading, piece, source: 'signature' as const })))
    .filter((c) => c.reading.kind === 'ubnd');
}

/** Every candidate, strongest source first. */
export function unitCandidates(parts: ReportParts, opening: OpeningUnit | null): UnitCandidate[] {
  return [
    ...(opening ? [opening.candidate] : []),
    ...headerUnits(parts),
    ...unitsAfterOf(parts.appendixTitle, 'appendix'),
    ...unitsAfterOf(parts.closing ? [parts.closing] : [], 'closing'),
    ...signatureUnits(parts),
  ];
}

// Titles a head of body signs with (Nghị định 30/2020/NĐ-CP, Phụ lục I: thẩm quyền ký).
const SIGNATURE_TITLES: ReadonlyArray<readonly [RegExp, AdminLevel]> = [
  [/trưởng\s*ban|giám\s*đốc|chánh\s*văn\s*phòng|chánh\s*thanh\s*tra/iu, 'so'],
  [/trưởng\s*phòng/iu, 'huyen'],
];

// The issuer's abbreviation in "Số: 895/BC-UBND", "Số: /BC-BDT", "Số: 12/BC-SNV".
const ISSUER_CODES: ReadonlyArray<readonly [RegExp, AdminLevel]> = [
  [/^(S|B|VP|TTR)/u, 'so'],
  [/^P/u, 'huyen'],
];

/** The level the signature's title or the document code suggest, when no unit says it. */
export function hintedLevel(parts: ReportParts): AdminLevel | null {
  for (const p of parts.signature.filter((s) => !NOT_SIGNATURE.test(s.text))) {
    const hit = SIGNATURE_TITLES.find(([re]) => re.test(p.text));
    if (hit) return hit[1];
  }
  const code = /\/\s*BC\s*-\s*([\p{L}&]+)/u.exec(parts.numberLine?.text ?? '')?.[1]?.toUpperCase();
  if (!code || code === 'UBND') return null;
  return ISSUER_CODES.find(([re]) => re.test(code))?.[1] ?? null;
}
