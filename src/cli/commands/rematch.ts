/**
 * `chitieu rematch`: the stored rows of every imported report (every version) matched again with
 * the catalog, the database's catalog additions and the users' mapping decisions
 * (src/catalog/rematch.ts). Counts go to stderr; with --dry-run the changed rows are listed on
 * stdout and nothing is written.
 */
import { basename } from 'node:path';
import { catalogFor, refreshIndicators } from '../../catalog/catalog-for.js';
import { countChanges, rematchDocument, totalsOf, type DocumentRematchResult, type RematchChange } from '../../catalog/rematch.js';
import { defaultCatalogDir } from '../../../common/mappings.js';
import { userVariantsFor } from '../../catalog/user-decisions.js';
import { openDatabase } from '../../store/db.js';
import { renderTable } from '../table.js';
import { describePlace } from '../where.js';
import { rowFilters } from '../row-options.js';
import { selectStoredDocuments } from '../../report/select-documents.js';

export interface RematchCliOptions {
  db: string;
  unit?: string;
  province?: string;
  period?: string;
  dryRun?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeCounts(counts: { newlyMapped: number; unmapped: number; changedId: number }): string {
  return `${counts.newlyMapped} newly mapped, ${counts.unmapped} unmapped, ${counts.changedId} changed ID`;
}

function documentLine(r: DocumentRematchResult): string {
  const c = countChanges(r);
  const template = r.templateVersion.from !== r.templateVersion.to ? `; template ${r.templateVersion.from ?? '(none)'} → ${r.templateVersion.to ?? '(none)'}` : '';
  return `document ${r.documentId} ${r.file}: ${describeCounts({ newlyMapped: c['newly-mapped'], unmapped: c.unmapped, changedId: c['changed-id'] })}${template}\n`;
}

function changesTable(results: readonly DocumentRematchResult[]): string {
  const rows = results.flatMap((r) =>
    r.changes.map((c: RematchChange) => [`${basename(r.file)} ${describePlace(c)}`, c.label, c.value, c.from ?? '—', c.to ?? '—']),
  );
  return renderTable(['source', 'label', 'value', 'from', 'to'], rows, 60);
}

export async function runRematch(options: RematchCliOptions): Promise<number> {
  const db = openDatabase(options.db, { readonly: options.dryRun ?? false });
  try {
    const catalogDir = defaultCatalogDir();
    const catalog = catalogFor(db, catalogDir);
    const userVariants = userVariantsFor(db, catalogDir);
    if (!options.dryRun) refreshIndicators(db, catalog);
    // Every version: an older report read with --all-versions must agree with the newest.
    const documents = selectStoredDocuments(db, { ...rowFilters(options), allVersions: true });
    const results = documents.map((d) => rematchDocument(db, d.id, { catalog, userVariants, dryRun: options.dryRun }));
    for (const r of results) if (r.changes.length > 0 || r.templateVersion.from !== r.templateVersion.to) process.stderr.write(documentLine(r));
    if (options.dryRun) process.stdout.write(changesTable(results));
    const t = totalsOf(results);
    const kept = t.keptWithheld + t.keptUser > 0 ? `; kept as they were: ${t.keptWithheld} withheld, ${t.keptUser} mapped by a user` : '';
    process.stderr.write(
      `${options.dryRun ? 'dry run, nothing written: ' : ''}${plural(t.documents, 'report')} matched again, ${t.changedDocuments} with changes: ` +
        `${describeCounts(t)} (${plural(t.rescored, 'other row')} re-scored)${kept}\n`,
    );
  } finally {
    db.close();
  }
  return 0;
}
