/**
 * A scan imported with the real binary (issue #14): the parse worker runs the OCR engine in its
 * own thread, the figures stored are the hand-written ones or none, a withheld row names its page
 * and box in `unmatched` and `explain`, and `--ocr off` keeps the refusal of a scan.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chitieu, tempDir } from '../helpers/cli.js';
import { SCANS_DIR, scoreFigures } from '../helpers/ocr-score.js';

const SCAN = '003-200dpi-jpeg-skew';
const work = tempDir();
const db = join(work, 'scans.sqlite');

interface Exported {
  stt: string;
  label: string;
  value: string;
  observation_id: string;
}

beforeAll(() => {
  const run = chitieu(['import', join(SCANS_DIR, `${SCAN}.pdf`), '--db', db, '--jobs', '1']);
  expect(run.stderr).toContain('1 imported');
  expect(run.status).toBe(0);
}, 180_000);

describe('a skewed 200-dpi JPEG scan through import', () => {
  it('stores only figures typed by hand from the source report, and most of them', () => {
    const figures = (JSON.parse(chitieu(['export', '--db', db, '--format', 'json']).stdout) as Exported[])
      .filter((f) => f.value !== '')
      .map((f) => ({ stt: f.stt, label: f.label, value: String(Number(f.value)) }));
    const score = scoreFigures(SCAN, figures);
    expect(score.wrong).toEqual([]);
    // Measured 22 of 24 when written: "11" (its ink holds two glyphs, the read one) and "87" (69 %) are in review.
    expect(score.right).toBeGreaterThanOrEqual(21);
  });

  it('says in explain how surely and where a stored figure was read', () => {
    const figure = (JSON.parse(chitieu(['export', '--db', db, '--format', 'json']).stdout) as Exported[]).find((f) => f.label.startsWith('Số TTHC bãi bỏ'));
    // fixtures/seeds/expected/003.tsv line 307: "Số TTHC bãi bỏ, thay thế" = 80.
    expect(figure?.value).toBe('80');
    const explain = chitieu(['explain', figure!.observation_id, '--db', db]).stdout;
    expect(explain).toMatch(/because read by OCR: value “80” at \d+ % confidence \(page 1, box x \d+ y \d+ w \d+ h \d+ pt\)/);
  });

  it('says the skew was taken out', () => {
    const warnings = chitieu(['warnings', '--db', db, '--code', 'ocr/page-read', '--format', 'tsv']).stdout;
    expect(warnings).toMatch(/page 1 was read by OCR \(200 dpi, skew -1\.\d+° taken out\)/);
  });

  it('names the page and box of a doubtful cell in unmatched and explain', () => {
    const review = chitieu(['unmatched', '--db', db, '--format', 'json']).stdout;
    const rows = JSON.parse(review) as Array<{ row: number; withheld: string; reason: string }>;
    const doubtful = rows.find((r) => r.withheld.startsWith('ocr/'));
    expect(doubtful?.reason).toMatch(/page 1, box x \d+ y \d+ w \d+ h \d+ pt/);
    const explain = chitieu(['explain', String(doubtful!.row), '--db', db]);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/because withheld \(ocr\/[a-z-]+\): .*page 1, box x \d+ y \d+ w \d+ h \d+ pt/);
  });
});

describe('--ocr off', () => {
  it('refuses a scan as before, with pdf/no-text-layer', () => {
    const run = chitieu(['import', join(SCANS_DIR, '002-200dpi-mono.pdf'), '--db', join(work, 'off.sqlite'), '--ocr', 'off']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[pdf/no-text-layer]');
  });

  it('is one of auto, off and force', () => {
    const run = chitieu(['import', join(SCANS_DIR, '002-200dpi-mono.pdf'), '--db', join(work, 'bad.sqlite'), '--ocr', 'maybe']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Allowed choices are auto, off, force");
  });
});
