/**
 * A stable key for a reporting unit: the same body written differently ("Ủy ban nhân dân phường
 * X" / "UBND phường X", "Ban Dân tộc tỉnh Gia Lai" / "Ban Dân tộc") gets one key. The province
 * is part of the key: "Ban Dân tộc" exists in every province.
 */
import type { DocumentMetadata } from '../model.js';
import { asciiFold } from '../recognise/fold.js';

function foldUnit(unit: string): string {
  return asciiFold(unit)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(uy|u) ban nhan dan\b/g, 'ubnd')
    .replace(/\bthanh pho\b/g, 'tp')
    .replace(/\s+/g, ' ')
    .trim();
}

export function unitKeyOf(metadata: Pick<DocumentMetadata, 'unit' | 'province'>): string | null {
  if (!metadata.unit) return null;
  const province = metadata.province ? foldUnit(metadata.province) : '';
  let unit = foldUnit(metadata.unit);
  // "Ban Dân tộc tỉnh Gia Lai" names the province the key already holds; "UBND tỉnh Gia Lai" IS it.
  const suffix = ` tinh ${province}`;
  if (province && unit.endsWith(suffix) && !/^ubnd$/.test(unit.slice(0, -suffix.length))) unit = unit.slice(0, -suffix.length);
  return `${province.replace(/ /g, '-') || 'unknown'}/${unit.replace(/ /g, '-')}`;
}
