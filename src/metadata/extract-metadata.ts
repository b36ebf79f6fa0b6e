/**
 * Document metadata: who reports (unit, level), where (province), on which period and when it is
 * dated (the report's own date, which tells a corrected re-issue from the first issue), each with
 * the position of the block it was read from. Pure over the IR; problems are messages with fixed
 * codes: `meta/no-period`, `meta/no-unit`, `meta/no-province` (warnings), `meta/period-conflict`
 * (info).
 */
import type { DocumentIR, Message } from '../../parsers/ir.js';
import { message } from '../../parsers/ir.js';
import type { AdminLevel, DocumentMetadata } from '../model.js';
import { choosePeriod, periodReadings } from './period-sources.js';
import { findReportProvince } from './province-sources.js';
import { findReportDate } from './report-date.js';
import { locateParts } from './report-parts.js';
import { hintedLevel, openingUnit, unitCandidates, type UnitCandidate } from './unit-sources.js';

export { isPeriodKey, parsePeriod } from './period.js';

/**
 * The unit kept: the first complete reading; else a nameless "UBND tỉnh" to be named by the
 * province, but not one from the closing, where "của UBND tỉnh" is as often a cited plan's author.
 */
function chooseUnit(candidates: readonly UnitCandidate[]): UnitCandidate | null {
  return (
    candidates.find((c) => c.reading.complete) ??
    candidates.find((c) => c.reading.kind === 'ubnd' && c.reading.level === 'tinh' && c.source !== 'closing') ??
    null
  );
}

function unitName(chosen: UnitCandidate, province: string | null): string | null {
  if (chosen.reading.complete) return chosen.reading.unit;
  return province ? `${chosen.reading.unit} ${province}` : null;
}

/**
 * The chosen unit's level; else that of a nameless reporter ("Ban báo cáo", "TM. ỦY BAN NHÂN DÂN
 * XÃ"), not of a unit merely cited ("của UBND tỉnh"); else the signature's or the code's hint.
 */
function levelOf(chosen: UnitCandidate | null, candidates: readonly UnitCandidate[], hinted: AdminLevel | null): AdminLevel | null {
  const reporter = candidates.find((c) => c.reading.level && (c.source === 'opening' || c.source === 'signature'));
  return chosen?.reading.level ?? reporter?.reading.level ?? hinted;
}

const MISSING = {
  period: ['meta/no-period', 'No reporting period found in the title, the opening sentence or the appendix title; pass --period (e.g. 2024-Q1).'],
  unit: ['meta/no-unit', 'No reporting unit found in the opening sentence, the header, the appendix title or the closing sentence; pass --unit.'],
  province: ['meta/no-province', 'No province found in the unit name, the place-date line or "tỉnh ..." mentions; pass --province.'],
} as const;

export function extractMetadata(doc: DocumentIR): { metadata: DocumentMetadata; messages: Message[] } {
  const parts = locateParts(doc);
  const opening = openingUnit(parts);
  const candidates = unitCandidates(parts, opening);
  const chosen = chooseUnit(candidates);
  const province = findReportProvince(parts, chosen, candidates);
  const unit = chosen ? unitName(chosen, province?.province.name ?? null) : null;
  const period = choosePeriod(periodReadings(parts, opening ? { piece: opening.candidate.piece, rest: opening.rest } : null), parts.placeDate);
  const reportDate = findReportDate(parts);

  const metadata: DocumentMetadata = {
    unit,
    province: province?.province.name ?? null,
    period: period.period,
    level: levelOf(chosen, candidates, hintedLevel(parts)),
    ...(reportDate ? { reportDate: reportDate.date } : {}),
    evidence: {
      ...(unit && chosen ? { unit: chosen.piece.position } : {}),
      ...(province ? { province: province.piece.position } : {}),
      ...(period.reading ? { period: period.reading.piece.position } : {}),
      ...(reportDate ? { reportDate: reportDate.position } : {}),
    },
  };
  const messages: Message[] = [...period.messages];
  for (const field of ['period', 'unit', 'province'] as const) {
    if (metadata[field] === null) messages.push(message('warning', MISSING[field][0], MISSING[field][1]));
  }
  return { metadata, messages };
}
