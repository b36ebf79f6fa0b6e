/**
 * Schema changes as named migrations, applied in order and recorded in `migrations`, so a
 * database written by an older chitieu opens in a newer one (sqlite-utils style).
 */
import { decideAllVersions } from './current-versions.js';
import type { Db } from './db.js';

export interface Migration {
  name: string;
  sql: string;
  /** A step SQL cannot say, run after `sql` in the same transaction. */
  after?: (db: Db) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    name: '001-documents-and-rows',
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        format TEXT,
        unit TEXT,
        unit_key TEXT,
        province TEXT,
        period TEXT,
        level TEXT,
        template_version TEXT,
        status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
        error_code TEXT,
        messages TEXT NOT NULL DEFAULT '[]',
        row_count INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL
      );
      CREATE INDEX documents_unit_period ON documents (unit_key, period);

      -- Every appendix row, mapped or not; observations and unmatched rows are views of it.
      CREATE TABLE appendix_rows (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        row_index INTEGER NOT NULL,
        kind TEXT NOT NULL,
        stt TEXT NOT NULL,
        label TEXT NOT NULL,
        unit TEXT NOT NULL,
        value_raw TEXT NOT NULL,
        note TEXT NOT NULL,
        bold INTEGER NOT NULL,
        area INTEGER,
        section_title TEXT NOT NULL,
        form INTEGER,
        parent_index INTEGER,
        parent_labels TEXT NOT NULL,
        page INTEGER,
        line INTEGER NOT NULL,
        table_no INTEGER,
        row_no INTEGER,
        value_kind TEXT NOT NULL,
        value_number REAL,
        value_text TEXT,
        numerator REAL,
        denominator REAL,
        code_list TEXT,
        code_meaning TEXT,
        remark TEXT,
        indicator_id TEXT,
        is_group INTEGER NOT NULL DEFAULT 0,
        confidence REAL,
        match_method TEXT NOT NULL,
        candidates TEXT NOT NULL DEFAULT '[]',
        reasons TEXT NOT NULL DEFAULT '[]',
        UNIQUE (document_id, row_index)
      );
      CREATE INDEX appendix_rows_indicator ON appendix_rows (indicator_id);

      CREATE VIEW observations AS
        SELECT * FROM appendix_rows
        WHERE indicator_id IS NOT NULL AND (is_group = 0 OR value_kind <> 'empty');

      CREATE VIEW unmatched_rows AS
        SELECT * FROM appendix_rows WHERE kind = 'indicator' AND indicator_id IS NULL;
    `,
  },
  {
    // The report's own date (src/metadata/report-date.ts) tells a corrected re-issue from the
    // first issue; documents of one unit and period are then read newest first.
    name: '002-document-report-date',
    sql: `
      ALTER TABLE documents ADD COLUMN report_date TEXT;
      CREATE INDEX documents_period ON documents (period);
    `,
  },
  {
    // Several value columns (Kế hoạch | Thực hiện | Tỷ lệ, per year, per level): the row keeps its
    // default figure with the header path it was read from, the other columns' cells go to
    // row_values; `value_observations` is every figure, the default one first (docs/column-roles.md).
    // A withheld row (doubtful columns) is stored unmapped with its reason code.
    name: '003-value-columns',
    sql: `
      ALTER TABLE appendix_rows ADD COLUMN value_column TEXT NOT NULL DEFAULT '';
      ALTER TABLE appendix_rows ADD COLUMN value_role TEXT NOT NULL DEFAULT 'actual';
      ALTER TABLE appendix_rows ADD COLUMN withheld_code TEXT;
      CREATE TABLE row_values (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        row_index INTEGER NOT NULL,
        column_no INTEGER NOT NULL,
        value_column TEXT NOT NULL,
        value_role TEXT NOT NULL,
        value_raw TEXT NOT NULL,
        value_kind TEXT NOT NULL,
        value_number REAL,
        value_text TEXT,
        PRIMARY KEY (document_id, row_index, column_no)
      ) WITHOUT ROWID;
      CREATE VIEW value_observations AS
        SELECT document_id, row_index, 0 AS column_no, indicator_id, area, stt, label, value_kind, value_number, value_text,
               value_raw, unit, note, page, line, table_no, row_no, confidence, match_method, value_column, value_role
        FROM observations
        UNION ALL
        SELECT v.document_id, v.row_index, v.column_no, o.indicator_id, o.area, o.stt, o.label, v.value_kind, v.value_number, v.value_text,
               v.value_raw, o.unit, o.note, o.page, o.line, o.table_no, o.row_no, o.confidence, o.match_method, v.value_column, v.value_role
        FROM row_values v JOIN observations o ON o.document_id = v.document_id AND o.row_index = v.row_index;
    `,
  },
  {
    // Catalog entries added with `chitieu catalog add` (src/catalog/): data kept with the figures
    // they describe, never written into the install folder. `variants` is a JSON array of printed
    // labels, `stt` a JSON object {template id: STT}; `suggestion` is the key the entry came from.
    name: '004-catalog-additions',
    sql: `
      CREATE TABLE catalog_additions (
        id TEXT PRIMARY KEY,
        area INTEGER NOT NULL,
        parent TEXT,
        name TEXT NOT NULL,
        value_type TEXT NOT NULL,
        measure_unit TEXT NOT NULL,
        variants TEXT NOT NULL DEFAULT '[]',
        stt TEXT NOT NULL DEFAULT '{}',
        suggestion TEXT,
        example TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
      );
    `,
  },
  {
    // Which document of a unit and period is read by default, stored (issue #13): decided by the
    // rule of src/report/versions.ts after each save (src/store/current-versions.ts), here once
    // for the documents already imported. `current_reason` says why in words, `same_report_as`
    // names the current source of the report a document is another source of.
    name: '005-current-versions',
    sql: `
      ALTER TABLE documents ADD COLUMN is_current INTEGER;
      ALTER TABLE documents ADD COLUMN current_reason TEXT;
      ALTER TABLE documents ADD COLUMN same_report_as INTEGER;
      CREATE INDEX documents_current ON documents (is_current, unit_key, period);
    `,
    after: (db) => void decideAllVersions(db, { write: true }),
  },
  {
    // The database as a plain SQL source (Datasette, pandas): the catalog as a table, refreshed
    // from the loaded catalog by import and the catalog commands (src/store/indicators.ts), and
    // `figures`, one row per figure of the current documents: the rows of the default long export.
    // `value` is the number (an integer when whole, as the export prints it), or the text of a
    // text-only cell, NULL for an empty cell (never 0);
    // the measure unit is the catalog's, except for coded answers (their cell holds the code list).
    name: '006-figures-view',
    sql: `
      CREATE TABLE indicators (
        id TEXT PRIMARY KEY,
        area INTEGER NOT NULL,
        parent TEXT,
        name TEXT NOT NULL,
        value_type TEXT NOT NULL,
        measure_unit TEXT NOT NULL,
        level TEXT,
        catalog_version TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX indicators_area ON indicators (area);
      CREATE VIEW figures AS
        SELECT d.id AS document_id, d.path AS source_file, d.unit, d.unit_key, d.province, d.level, d.period, d.report_date,
               o.indicator_id, i.name AS indicator_name, o.area, o.stt, o.label,
               CASE WHEN o.value_kind = 'empty' THEN NULL
                    WHEN o.value_number = CAST(o.value_number AS INTEGER) AND abs(o.value_number) < 1e15 THEN CAST(o.value_number AS INTEGER)
                    WHEN o.value_number IS NOT NULL THEN o.value_number ELSE o.value_text END AS value,
               o.value_raw, o.value_kind,
               CASE WHEN i.value_type IS NOT NULL AND i.value_type <> 'code' THEN i.measure_unit ELSE o.unit END AS measure_unit,
               o.value_column, o.value_role, o.page, o.line, o.table_no, o.row_no, o.confidence, o.match_method AS method
        FROM documents d
        JOIN value_observations o ON o.document_id = d.id
        LEFT JOIN indicators i ON i.id = o.indicator_id
        WHERE d.status = 'imported' AND d.is_current = 1;
    `,
  },
  {
    // Hand decisions of `chitieu map`, kept with the data they decide (never in the install
    // folder): which row (and report) it was made on, the printed label and its parents, the ID
    // before and after, and when. Later imports into this database apply them by label; `map
    // --export/--import` carries them to another database; `map --undo <row>` takes one back.
    // row_id and document_id are not foreign keys: a decision outlives a re-import of its report.
    // With it, documents.parser_version, for `chitieu reimport --outdated`.
    name: '007-map-decisions',
    sql: `
      CREATE TABLE map_decisions (
        id INTEGER PRIMARY KEY,
        row_id INTEGER,
        document_id INTEGER,
        source TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL,
        parent_labels TEXT NOT NULL DEFAULT '[]',
        before TEXT,
        after TEXT NOT NULL,
        decided_at TEXT NOT NULL
      );
      CREATE INDEX map_decisions_row ON map_decisions (row_id);
      -- The version of the reading (src/pipeline/parser-version.ts); null: read before it was kept.
      ALTER TABLE documents ADD COLUMN parser_version INTEGER;
    `,
  },
];
