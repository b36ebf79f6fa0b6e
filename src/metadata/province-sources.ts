/**
 * The province, in tiers: the unit's own name ("UBND tỉnh Đắk Nông", "Sở Nội vụ tỉnh Gia Lai"),
 * then any other unit reading (the header's "UBND TỈNH GIA LAI"), the place-date line
 * ("Gia Lai, ngày ..."), the most frequent "tỉnh X" / centrally-run "thành phố X" in the prose,
 * and last a provincial city named like its province ("thành phố Kon Tum" lies in tỉnh Kon Tum).
 * Every name is checked against the list of provinces, so a district or ward in the place-date
 * line ("Phường Nguyễn Trãi, ngày ...") is not taken for one.
 */
import { findProvince, type Province } from './provinces.js';
import { PLACE_DATE_NAME } from './report-parts.js';
import type { Piece, ReportParts } from './report-parts.js';
import { tokenize } from './tokens.js';
import type { UnitCandidate } from './unit-sources.js';
import { placeMentions } from './unit-name.js';

export interface ProvinceFound {
  province: Province;
  piece: Piece;
}

function fromCandidates(candidates: readonly UnitCandidate[]): ProvinceFound | null {
  const c = candidates.find((k) => k.reading.province);
  return c ? { province: c.reading.province!, piece: c.piece } : null;
}

function fromPlaceDate(parts: ReportParts): ProvinceFound | null {
  const piece = parts.placeDate;
  const name = piece ? PLACE_DATE_NAME.exec(piece.text)?.[1] : undefined;
  const province = name ? findProvince(name) : null;
  return province && piece ? { province, piece } : null;
}

/** The province mentioned most often in `pieces` (ties: the first mentioned), by `pick`. */
function mostMentioned(pieces: readonly Piece[], pick: (m: ReturnType<typeof placeMentions>[number]) => Province | null): ProvinceFound | null {
  const counts = new Map<string, { found: ProvinceFound; n: number }>();
  for (const piece of pieces) {
    for (const m of placeMentions(tokenize(piece.text))) {
      const province = pick(m);
      if (!province) continue;
      const entry = counts.get(province.name) ?? { found: { province, piece }, n: 0 };
      entry.n++;
      counts.set(province.name, entry);
    }
  }
  let best: { found: ProvinceFound; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.found ?? null;
}

/** `chosen` is the unit kept; `candidates` every unit reading, strongest source first. */
export function findReportProvince(parts: ReportParts, chosen: UnitCandidate | null, candidates: readonly UnitCandidate[]): ProvinceFound | null {
  return (
    fromCandidates(chosen ? [chosen] : []) ??
    fromCandidates(candidates) ??
    fromPlaceDate(parts) ??
    mostMentioned(parts.prose, (m) => m.province) ??
    mostMentioned(parts.prose, (m) => m.sameName)
  );
}
