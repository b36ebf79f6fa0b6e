/**
 * The variant plan and the checker the property tests rely on: enough variants, every dimension
 * value in every format several times, the same plan on every run; and a checker that counts the
 * unchanged seeds as right and a changed figure as wrong (so a pass is not vacuous).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../parsers/text.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import { checkVariant, foldLabel } from '../../scripts/variants/check.js';
import { readExpectation, SEED_PREFIXES } from '../../scripts/variants/expected.js';
import { variantPlan } from '../../scripts/variants/plan.js';
import { DIMENSIONS } from '../../scripts/variants/spec.js';
import { renumber } from '../../scripts/variants/stt.js';
import { headerRows } from '../../scripts/variants/header.js';

describe('the variant plan', () => {
  const plan = variantPlan();

  it('has at least 200 variants besides the baselines, with unique names', () => {
    expect(plan.filter((s) => !s.name.endsWith('baseline')).length).toBeGreaterThanOrEqual(200);
    expect(new Set(plan.map((s) => s.name)).size).toBe(plan.length);
  });

  it('is the same on every run', () => {
    expect(variantPlan()).toEqual(plan);
  });

  it.each(['text', 'docx', 'pdf'])('covers every value of every dimension at least three times in %s', (format) => {
    const variants = plan.filter((s) => s.format === format && !s.name.endsWith('baseline'));
    for (const [dimension, valueOf] of Object.entries(DIMENSIONS)) {
      if (dimension === 'family' || (dimension === 'landscape' && format === 'text')) continue;
      const counts = new Map<string, number>();
      for (const s of variants) counts.set(valueOf(s), (counts.get(valueOf(s)) ?? 0) + 1);
      for (const [value, n] of counts) expect(n, `${dimension}=${value}`).toBeGreaterThanOrEqual(3);
    }
    for (const role of ['stt', 'label', 'unit', 'value', 'note'] as const) {
      expect(new Set(variants.map((s) => s.captions[role])).size, role).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('header rows and STT schemes', () => {
  it('put a group over its sub-columns and merge the other captions down', () => {
    const rows = headerRows(['STT', 'Chỉ tiêu', 'ĐVT', 'Số liệu', 'Ghi chú'], [{ caption: 'Kết quả', from: 2, to: 4 }]);
    expect(rows.map((r) => r.cells.map((c) => `${c.raw}/${c.gridSpan}/${c.vMerge ?? ''}`))).toEqual([
      ['STT/1/restart', 'Chỉ tiêu/1/restart', 'Kết quả/2/', 'Ghi chú/1/restart'],
      ['/1/continue', '/1/continue', 'ĐVT/1/', 'Số liệu/1/', '/1/continue'],
    ]);
  });

  it('renumber by depth and keep words', () => {
    const stts = ['1.', '1.1.', '1.1.1.', '', 'Trong đó', '1.2.', '2.', '<b>2.1.</b>'];
    expect(renumber(stts, 'roman')).toEqual(['I.', '1.', 'a)', '', 'Trong đó', '2.', 'II.', '<b>1.</b>']);
    expect(renumber(stts, 'restart')).toEqual(['I.', '1.', '1.1.', '', 'Trong đó', '2.', 'II.', '<b>1.</b>']);
    expect(renumber(stts, 'none')).toEqual(['', '', '', '', 'Trong đó', '', '', '']);
  });
});

describe('the checker', () => {
  const catalog = loadCatalog();
  const processed = (text: string, file: string) => processDocument(readText(Buffer.from(text), file), { catalog });

  it('folds marks, case, spaces and list markers', () => {
    expect(foldLabel('- Số  TTHC <b>đã</b> Công bố')).toBe('sotthcdacongbo');
  });

  it.each(SEED_PREFIXES)('finds no wrong figure in the unchanged seed %s', (prefix) => {
    const expectation = readExpectation(prefix);
    const check = checkVariant(processed(readFileSync(expectation.file, 'utf8'), `${prefix}.txt`), expectation);
    expect(check.wrong).toEqual([]);
    expect(check.lost).toBe(0);
    expect(check.right).toBeGreaterThanOrEqual(check.expected - 1);
  });

  it('counts a changed figure and a figure in an empty cell as wrong', () => {
    const expectation = readExpectation('000');
    const lines = readFileSync(expectation.file, 'utf8').split('\n');
    // 000:151 "- Số nhiệm vụ đề ra trong kế hoạch" 31 → 13; 000:156 "Số sở, ngành đã kiểm tra" (empty) → 7.
    lines[150] = lines[150]!.replace('\t31\t', '\t13\t');
    lines[155] = lines[155]!.split('\t').map((c, i) => (i === 3 ? '7' : c)).join('\t');
    const check = checkVariant(processed(lines.join('\n'), '000-changed.txt'), expectation);
    expect(check.wrong.map((w) => w.line).sort()).toEqual([151, 156]);
  });
});
