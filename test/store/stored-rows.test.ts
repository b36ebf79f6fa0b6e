/**
 * Rows read back for suggestions and rematch: the rows in review with what their parent row is
 * mapped to and whether rows sit below them, withheld rows left out; a document's rows in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/match/catalog.js';
import { processFile } from '../../src/pipeline/process-document.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { listReviewRows, storedRowsOf } from '../../src/store/stored-rows.js';
import { saveDocument } from '../../src/store/write-document.js';
import { tempDir } from '../helpers/cli.js';
import { seedPath } from '../helpers/seeds.js';

let db: Db;
let documentId: number;

beforeAll(async () => {
  db = openDatabase(join(tempDir(), 'rows.sqlite'));
  const seed = seedPath('000');
  documentId = saveDocument(db, await processFile(readFileSync(seed), seed, { catalog: loadCatalog() })).documentId;
});

describe('listReviewRows', () => {
  it('lists the rows in review with their parent mapping and children', () => {
    // Seed 000: line 150 "1.1. Quyết định số 02/QĐ-BDT ..." has the plan's tasks below it (lines
    // 151-152); line 170 "- Dự kiến thực hiện vào Quý IV" sits under 1.6 "Khảo sát sự hài lòng ...".
    expect(listReviewRows(db).map((r) => [r.line, r.stt, r.value_raw, r.value_kind, r.area, r.parent_indicator_id, r.has_children])).toEqual([
      [150, '1.1.', '1', 'number', 1, null, 1],
      [170, '', '', 'empty', 1, 'chidao.khao_sat', 0],
    ]);
  });

  it('leaves out rows withheld for doubtful columns', () => {
    db.prepare("UPDATE appendix_rows SET match_method = 'withheld' WHERE document_id = ? AND line = 150").run(documentId);
    expect(listReviewRows(db).map((r) => r.line)).toEqual([170]);
    db.prepare("UPDATE appendix_rows SET match_method = 'none' WHERE document_id = ? AND line = 150").run(documentId);
  });
});

describe('storedRowsOf', () => {
  it("gives a document's rows in order, row_index from 0 with no gap", () => {
    const rows = storedRowsOf(db, documentId);
    expect(rows.map((r) => r.row_index)).toEqual(rows.map((_, i) => i));
    expect(rows.find((r) => r.line === 170)).toMatchObject({ kind: 'indicator', label: 'Dự kiến thực hiện vào Quý IV', parent_labels: JSON.stringify(['Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của đơn vị mình']) });
  });
});
