/** Hand mapping decisions (`chitieu map`) kept in the database: migration 007-map-decisions. */
import type { Db } from './db.js';

export interface MapDecision {
  id: number;
  row_id: number | null;
  document_id: number | null;
  source: string;
  label: string;
  /** JSON array of the parent rows' labels, as appendix_rows.parent_labels. */
  parent_labels: string;
  before: string | null;
  after: string;
  decided_at: string;
}

export type NewDecision = Omit<MapDecision, 'id'>;

function hasTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'map_decisions'").get() !== undefined;
}

/** Every decision, oldest first (none in a database opened read-only before migration 007). */
export function listDecisions(db: Db): MapDecision[] {
  if (!hasTable(db)) return [];
  return db.prepare('SELECT * FROM map_decisions ORDER BY id').all() as MapDecision[];
}

export function addDecision(db: Db, decision: NewDecision): number {
  const d = decision;
  return Number(
    db
      .prepare('INSERT INTO map_decisions (row_id, document_id, source, label, parent_labels, before, after, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(d.row_id, d.document_id, d.source, d.label, d.parent_labels, d.before, d.after, d.decided_at).lastInsertRowid,
  );
}

/** The latest decision made on this row, if any. */
export function decisionOnRow(db: Db, rowId: number): MapDecision | undefined {
  if (!hasTable(db)) return undefined;
  return db.prepare('SELECT * FROM map_decisions WHERE row_id = ? ORDER BY id DESC LIMIT 1').get(rowId) as MapDecision | undefined;
}

/** Whether the same label under the same parents is already decided for this ID. */
export function hasDecision(db: Db, label: string, parentLabels: string, after: string): boolean {
  return db.prepare('SELECT 1 FROM map_decisions WHERE label = ? AND parent_labels = ? AND after = ?').get(label, parentLabels, after) !== undefined;
}

export function deleteDecision(db: Db, id: number): void {
  db.prepare('DELETE FROM map_decisions WHERE id = ?').run(id);
}

/**
 * Rows a user mapped to `after` under this label and parents go back to unmapped, to be matched
 * again (catalog/rematch.ts); returns their documents.
 */
export function releaseUserRows(db: Db, decision: Pick<MapDecision, 'label' | 'parent_labels' | 'after'>): number[] {
  const where = "match_method = 'user' AND indicator_id = ? AND label = ? AND parent_labels = ?";
  const params = [decision.after, decision.label, decision.parent_labels];
  const documents = db.prepare(`SELECT DISTINCT document_id FROM appendix_rows WHERE ${where}`).pluck().all(...params) as number[];
  db.prepare(`UPDATE appendix_rows SET indicator_id = NULL, is_group = 0, confidence = NULL, match_method = 'none' WHERE ${where}`).run(...params);
  return documents;
}

/** Stored rows still unmapped with this label (and these parents, when the decision names any). */
export function applyDecisionToRows(db: Db, decision: Pick<MapDecision, 'label' | 'parent_labels' | 'after'>, isGroup: boolean): number {
  const reasons = JSON.stringify([`mapped by a user to ${decision.after}`]);
  const parents = decision.parent_labels === '[]' ? '' : ' AND parent_labels = @parents';
  return db
    .prepare(
      `UPDATE appendix_rows SET indicator_id = @after, is_group = @group, confidence = 1, match_method = 'user', reasons = @reasons
       WHERE kind = 'indicator' AND indicator_id IS NULL AND match_method <> 'withheld' AND label = @label${parents}`,
    )
    .run({ after: decision.after, group: isGroup ? 1 : 0, reasons, label: decision.label, parents: decision.parent_labels }).changes;
}
