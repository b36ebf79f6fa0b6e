/**
 * Where a row is, in the terms of its format: "page 6 line 21" for a PDF, "table 3 row 12" for a
 * Word document, "line 164" for text.
 */
import type { RowPlace } from '../store/queries.js';

export type { RowPlace };

export function describePlace(place: RowPlace): string {
  if (place.page !== null) return `page ${place.page} line ${place.line}`;
  if (place.table_no !== null && place.row_no !== null) return `table ${place.table_no} row ${place.row_no}`;
  return `line ${place.line}`;
}
