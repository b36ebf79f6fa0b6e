/**
 * The report's own date (DOMAIN.md: "Gia Lai, ngày ... tháng 12 năm 2023", often left blank in
 * drafts), from the place-date line under the header, else from the appendix title that cites
 * the report ("(Kèm theo Báo cáo số /BC-BDT ngày 14/3/2024 của Ban Dân tộc)"). Kept as precise
 * as printed: `YYYY-MM-DD`, `YYYY-MM` when the day is blank, `YYYY` when the month is too.
 */
import type { Position } from '../../parsers/ir.js';
import type { Piece, ReportParts } from './report-parts.js';

export interface ReportDate {
  date: string;
  position: Position;
}

// "ngày 14 tháng 3 năm 2024", "ngày   tháng 12 năm 2023", "ngày … tháng … năm 2023".
const IN_WORDS = /ngày[\s.…_]*(\d{1,2})?[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*năm[\s.…_]*(\d{4})/iu;
// "ngày 14/3/2024", "ngày 24 / 12/2021", "ngày 14-3-2024".
const IN_DIGITS = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
// In the appendix title only the date of the report itself counts, not of a cited plan.
const CITING_REPORT = /báo\s*cáo\s*số[^()]{0,40}?(ngày[^()]{0,40})/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date from the text after "ngày"; parts out of range are dropped with the finer ones. */
export function readDate(text: string): string | null {
  const m = IN_DIGITS.exec(text) ?? IN_WORDS.exec(text);
  if (!m) return null;
  const year = Number(m[3]);
  if (year < 1990 || year > 2100) return null;
  const month = m[2] ? Number(m[2]) : null;
  if (month === null || month < 1 || month > 12) return String(year);
  const day = m[1] ? Number(m[1]) : null;
  if (day === null || day < 1 || day > 31) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromPiece(piece: Piece | null | undefined, pick: (text: string) => string | null): ReportDate | null {
  const date = piece ? pick(piece.text) : null;
  return date && piece ? { date, position: piece.position } : null;
}

function fromAppendixTitle(parts: ReportParts): ReportDate | null {
  for (const piece of parts.appendixTitle) {
    const found = fromPiece(piece, (text) => {
      const cited = CITING_REPORT.exec(text);
      return cited ? readDate(cited[1]!) : null;
    });
    if (found) return found;
  }
  return null;
}

/** The more precise of the two readings; the place-date line when they are as precise. */
export function findReportDate(parts: ReportParts): ReportDate | null {
  const placeDate = fromPiece(parts.placeDate, readDate);
  const appendix = fromAppendixTitle(parts);
  if (!placeDate || !appendix) return placeDate ?? appendix;
  return appendix.date.length > placeDate.date.length ? appendix : placeDate;
}
