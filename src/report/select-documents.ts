/**
 * The reports a command's `--unit`, `--province` and `--period` pick (text-query.ts matching),
 * and of each unit and period the current report unless every version is asked for (the stored
 * flag decided by src/report/versions.ts).
 */
import { findProvince } from '../metadata/provinces.js';
import { listDocuments } from '../store/queries.js';
import type { Db } from '../store/db.js';
import { findUnits, keyDocuments, summariseUnits, type KeyedDocument } from './units.js';
import { LookupError, matchesText, noMatchMessage, type TextQuery } from './text-query.js';

export interface DocumentSelection {
  unit?: TextQuery;
  province?: TextQuery;
  period?: string;
  allVersions?: boolean;
}

/** A province picked by its text, or by the province the text names ("Khánh Hoà", "tinh Khanh Hoa"). */
function provinceMatches(query: TextQuery, province: string | null): boolean {
  if (!province) return false;
  if (matchesText(query, province)) return true;
  if (query.exact) return false;
  const wanted = findProvince(query.text);
  return wanted !== undefined && wanted !== null && findProvince(province)?.name === wanted.name;
}

export function selectDocuments(documents: readonly KeyedDocument[], selection: DocumentSelection): KeyedDocument[] {
  let picked = [...documents];
  const { unit, province, period } = selection;
  if (unit) {
    const units = summariseUnits(documents);
    const typed = `${unit.exact ? '=' : ''}${unit.text}`;
    const keys = new Set(findUnits(units, typed).map((u) => u.key));
    if (keys.size === 0) throw new LookupError(noMatchMessage('unit', unit.text, units.flatMap((u) => u.names), 'chitieu units'));
    picked = picked.filter((d) => d.key !== null && keys.has(d.key));
  }
  if (province) {
    const before = picked;
    picked = picked.filter((d) => provinceMatches(province, d.province));
    if (picked.length === 0 && before.length > 0) {
      throw new LookupError(noMatchMessage('province', province.text, before.flatMap((d) => (d.province ? [d.province] : [])), 'chitieu units'));
    }
  }
  if (period) picked = picked.filter((d) => d.period === period);
  // The stored flag (src/store/current-versions.ts), so a command reads what `figures` holds.
  return selection.allVersions ? picked : picked.filter((d) => d.is_current === 1);
}

/** The stored reports the selection picks (every command and page that takes the unit filters). */
export function selectStoredDocuments(db: Db, selection: DocumentSelection): KeyedDocument[] {
  return selectDocuments(keyDocuments(listDocuments(db)), selection);
}
