import { catalogFor } from '../../catalog/catalog-for.js';
import type { MatchCandidate } from '../../match/types.js';
import { openDatabase } from '../../store/db.js';
import { listUnmatched } from '../../store/queries.js';
import { renderTable } from '../table.js';
import { describePlace } from '../where.js';

export async function runUnmatched(options: { db: string; withValue?: boolean; json?: boolean }): Promise<number> {
  const db = openDatabase(options.db, { readonly: true });
  const catalog = catalogFor(db);
  const rows = listUnmatched(db, { withValue: options.withValue });
  db.close();
  const withCandidates = rows.map((r) => ({
    row: r.id,
    file: r.source_file,
    page: r.page,
    line: r.line,
    table: r.table_no,
    tableRow: r.row_no,
    place: describePlace(r),
    area: r.area,
    stt: r.stt,
    label: r.label,
    value: r.value_raw,
    otherValues: r.other_values,
    withheld: r.withheld_code,
    reason: r.reason,
    parents: JSON.parse(r.parent_labels) as string[],
    candidates: (JSON.parse(r.candidates) as MatchCandidate[]).map((c) => ({ ...c, name: catalog.byId.get(c.indicatorId)?.name ?? '' })),
  }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(withCandidates, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(
    renderTable(
      ['row', 'source', 'stt', 'label', 'value', 'withheld / best candidates'],
      withCandidates.map((r) => [
        String(r.row),
        `${r.file} ${r.place}`,
        r.stt,
        r.label,
        [r.value, r.otherValues].filter(Boolean).join('; '),
        r.withheld ? `withheld: ${r.reason ?? r.withheld}` : r.candidates.slice(0, 3).map((c) => `${c.indicatorId} (${c.score.toFixed(2)})`).join(', '),
      ]),
      70,
    ),
  );
  process.stderr.write(`${rows.length} rows to review; map one with: chitieu map <row> <indicator-id>\n`);
  return 0;
}
