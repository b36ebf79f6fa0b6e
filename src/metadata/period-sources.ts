/**
 * The period, read from the title first, then the opening sentence (only what follows
 * "<unit> báo cáo": the clause before cites other documents and their years), then the appendix
 * title. A period printed without its year ("Báo cáo CCHC quý I") takes the year from a later
 * source naming the same period, else from the report's date.
 */
import type { Message } from '../../parsers/ir.js';
import { message } from '../../parsers/ir.js';
import type { PeriodKey } from '../model.js';
import { periodKeyOf, reportedPeriod, yearFromReportDate, type PeriodMention } from './period.js';
import { joinPieces, looksCut, pieceAt, type Joined, type Piece, type ReportParts } from './report-parts.js';

export type PeriodSource = 'title' | 'opening' | 'appendix';

export interface PeriodReading {
  mention: PeriodMention;
  piece: Piece;
  source: PeriodSource;
}

/**
 * The reported period in joined pieces; a mention that runs into a cut line's end is dropped.
 * `cut` overrides the test for a piece that is the tail of a longer line.
 */
function readJoined(joined: Joined, source: PeriodSource, cut?: boolean): PeriodReading | null {
  const mention = reportedPeriod(joined.text);
  const piece = mention ? pieceAt(joined, mention.index) : null;
  if (!mention || !piece) return null;
  const pieceEnd = joined.starts[joined.pieces.indexOf(piece)]! + piece.text.trimEnd().length;
  if ((cut ?? looksCut(piece.text)) && mention.end >= pieceEnd - 1) return null;
  return { mention, piece, source };
}

function readOpening(opening: { piece: Piece; rest: string }): PeriodReading | null {
  const tail = { text: opening.rest, position: opening.piece.position };
  return readJoined(joinPieces([tail]), 'opening', looksCut(opening.piece.text));
}

export function periodReadings(parts: ReportParts, opening: { piece: Piece; rest: string } | null): PeriodReading[] {
  const readings = [
    readJoined(joinPieces(parts.title), 'title'),
    opening ? readOpening(opening) : null,
    readJoined(joinPieces(parts.appendixTitle), 'appendix'),
  ];
  return readings.filter((r): r is PeriodReading => r !== null);
}

/** "Gia Lai, ngày ... tháng 12 năm 2023", "ngày 24/12/2021": the year and, if printed, the month. */
export function reportDate(placeDate: Piece | null): { year: number; month: number | null } | null {
  const text = placeDate?.text ?? '';
  const words = /tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu.exec(text);
  if (words) return { year: Number(words[2]), month: words[1] ? Number(words[1]) : null };
  const digits = /(\d{1,2})?\s*\/\s*(\d{4})/u.exec(text);
  return digits ? { year: Number(digits[2]), month: digits[1] ? Number(digits[1]) : null } : null;
}

export interface PeriodChoice {
  period: PeriodKey | null;
  reading: PeriodReading | null;
  messages: Message[];
}

function samePeriod(a: PeriodMention, b: PeriodMention): boolean {
  return a.kind === b.kind && a.part === b.part;
}

/** The first reading wins; its year is completed when missing; title and appendix are compared. */
export function choosePeriod(readings: readonly PeriodReading[], placeDate: Piece | null): PeriodChoice {
  const first = readings[0];
  if (!first) return { period: null, reading: null, messages: [] };
  let mention = first.mention;
  if (mention.year === null) {
    const dated = reportDate(placeDate);
    const year = readings.find((r) => r.mention.year !== null && samePeriod(r.mention, mention))?.mention.year
      ?? (dated ? yearFromReportDate(mention, dated) : null);
    mention = { ...mention, year };
  }
  const period = periodKeyOf(mention);
  return { period, reading: period ? { ...first, mention } : null, messages: conflicts(readings, period) };
}

function conflicts(readings: readonly PeriodReading[], period: PeriodKey | null): Message[] {
  const title = readings.find((r) => r.source === 'title');
  const appendix = readings.find((r) => r.source === 'appendix');
  const other = appendix ? periodKeyOf(appendix.mention) : null;
  if (!title || !appendix || !period || !other || other === period) return [];
  return [
    message(
      'info',
      'meta/period-conflict',
      `The title reports on ${period} but the appendix title says ${other} ("${appendix.piece.text}"); ${period} from the title is kept. Pass --period to choose another.`,
      appendix.piece.position,
    ),
  ];
}
