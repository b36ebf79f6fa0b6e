/**
 * Time of `chitieu export` on a large archive: fills a temporary database with synthetic reports
 * (plain SQL into the schema the store's migrations make: 200 figures a report, indicator IDs,
 * names and Vietnamese labels from the catalog, values printed the Vietnamese way, some notes
 * starting with "- " as in seed 000), then runs the built binary and reports wall time, rows and
 * bytes for the long and the wide export. Target (issue "Archive scale"): 1 million figures
 * in under 10 s.
 *
 * Usage: npm run build && node dist/scripts/measure-export.js [--rows 1000000] [--runs 3] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/match/catalog.js';
import { openDatabase } from '../src/store/db.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const BIN = join(ROOT, 'dist/src/cli/main.js');
const ROWS_PER_REPORT = 200;
const PROVINCES = ['Gia Lai', 'Khánh Hòa', 'Kon Tum', 'Đắk Nông', 'Đắk Lắk', 'Bình Định', 'Lâm Đồng', 'Phú Yên', 'Quảng Ngãi'];
const UNITS = ['Ban Dân tộc', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Văn phòng UBND tỉnh', 'UBND phường Nguyễn Trãi', 'UBND huyện Krông Pắc'];
const PERIODS = ['2023-Q1', '2023-H1', '2023-Q3', '2023', '2024-Q1', '2024-H1', '2024-Q3', '2024'];

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
}

/** 1234567.5 → "1.234.567,5": how reports print numbers (DOMAIN.md). */
function printed(n: number): string {
  const [whole, fraction] = String(n).split('.');
  return whole!.replace(/\B(?=(\d{3})+$)/g, '.') + (fraction ? `,${fraction}` : '');
}

function fill(path: string, rows: number): number {
  const db = openDatabase(path);
  const indicators = loadCatalog().indicators.filter((i) => i.valueType !== 'group' && i.valueType !== 'code').slice(0, ROWS_PER_REPORT);
  const insertDocument = db.prepare(
    `INSERT INTO documents (sha256, path, format, unit, unit_key, province, period, level, template_version, status, row_count, imported_at, report_date)
     VALUES (?, ?, 'text', ?, NULL, ?, ?, 'so', 'bnv-2022', 'imported', ?, ?, ?)`,
  );
  const insertRow = db.prepare(
    `INSERT INTO appendix_rows (document_id, row_index, kind, stt, label, unit, value_raw, note, bold, area, section_title, parent_labels,
       line, value_kind, value_number, value_text, indicator_id, confidence, match_method)
     VALUES (?, ?, 'indicator', ?, ?, ?, ?, ?, 0, ?, '', '[]', ?, ?, ?, NULL, ?, 0.93, 'exact')`,
  );
  const reports = Math.ceil(rows / ROWS_PER_REPORT);
  let written = 0;
  db.transaction(() => {
    for (let r = 0; r < reports; r++) {
      const unit = UNITS[r % UNITS.length]!;
      const province = PROVINCES[Math.floor(r / UNITS.length) % PROVINCES.length]!;
      const period = PERIODS[Math.floor(r / (UNITS.length * PROVINCES.length)) % PERIODS.length]!;
      const batch = Math.floor(r / (UNITS.length * PROVINCES.length * PERIODS.length));
      const id = insertDocument.run(`sha-${r}`, `archive/${batch}/${province}/${unit}/${period}.docx`, unit, province, period, ROWS_PER_REPORT,
        new Date(Date.UTC(2025, 0, 1, 0, 0, r)).toISOString(), `${period.slice(0, 4)}-12-${String(1 + (batch % 28)).padStart(2, '0')}`).lastInsertRowid;
      for (let i = 0; i < ROWS_PER_REPORT && written < rows; i++, written++) {
        const indicator = indicators[i % indicators.length]!;
        const number = indicator.valueType === 'percent' ? ((r * 7 + i) % 1000) / 10 : (r * 31 + i * 17) % 5000;
        const raw = indicator.valueType === 'percent' ? `${printed(number)}%` : printed(number);
        const kind = indicator.valueType === 'percent' ? 'percent' : i % 23 === 0 ? 'empty' : 'number';
        insertRow.run(id, i, `${indicator.area}.${i + 1}.`, `- ${indicator.name}`, indicator.measureUnit, kind === 'empty' ? '' : raw,
          i % 5 === 0 ? '- Ban Dân tộc' : '', indicator.area, 100 + i, kind, kind === 'empty' ? null : number, indicator.id);
      }
    }
  })();
  db.close();
  return written;
}

function timeExport(db: string, out: string, extra: string[]): { seconds: number; bytes: number; lines: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--out', out, ...extra], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`);
  const lines = Number(/^(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { seconds, bytes: statSync(out).size, lines };
}

function main(argv: string[]): void {
  const rows = option(argv, '--rows', 1_000_000);
  const runs = option(argv, '--runs', 3);
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-measure-'));
  const db = join(dir, 'archive.sqlite');
  const filling = process.hrtime.bigint();
  const written = fill(db, rows);
  process.stdout.write(`filled ${db}: ${written} figures in ${Math.ceil(written / ROWS_PER_REPORT)} reports (${(Number(process.hrtime.bigint() - filling) / 1e9).toFixed(1)} s)\n`);
  for (const [name, extra] of [['long', ['--all-versions']], ['wide', ['--format', 'wide', '--all-versions']], ['long, newest only', []]] as const) {
    const times: number[] = [];
    let last = { seconds: 0, bytes: 0, lines: 0 };
    for (let i = 0; i < runs; i++) {
      last = timeExport(db, join(dir, 'out.csv'), [...extra]);
      times.push(last.seconds);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `export ${name}: median ${times[times.length >> 1]!.toFixed(2)} s over ${runs} runs (min ${times[0]!.toFixed(2)}), ${last.lines} rows, ${(last.bytes / 1e6).toFixed(0)} MB\n`,
    );
  }
  if (argv.includes('--keep')) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

main(process.argv.slice(2));
