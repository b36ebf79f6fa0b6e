/**
 * Runs read by OCR through the positioned-layout rebuild (parsers/positioned/): a table printed
 * without rules, given as phrases with their evidence (as parsers/ocr/words.ts makes them), is
 * rebuilt with its columns and each cell keeps what it was read with; a caption one letter off
 * still names its column, but only when read by OCR.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../parsers/ir.js';
import { coalesceRuns, type Line, type PlacedRun } from '../../../parsers/positioned/lines.js';
import { headerRole, misreadHeaderRole } from '../../../parsers/positioned/header-words.js';
import { rebuildPages } from '../../../parsers/positioned/rebuild.js';
import { PDF_UNITS, type TextRun } from '../../../parsers/positioned/types.js';

const SIZE = 13;

function run(text: string, x: number, y: number, confidence = 95): TextRun {
  return { text, x, y, width: text.length * 0.5 * SIZE, size: SIZE, bold: false, italic: false, ocr: { confidence, box: { page: 1, x, y: y - 9, w: text.length * 0.5 * SIZE, h: 9 } } };
}

describe('misreadHeaderRole', () => {
  it('takes a caption one letter off, five letters or more', () => {
    expect(headerRole('Số liê')).toBeNull();
    expect(misreadHeaderRole('Số liê')).toBe('value');
    expect(misreadHeaderRole('Ghi chu')).toBe('note');
    // Too short to tell from other words, or two letters off.
    expect(misreadHeaderRole('STI')).toBeNull();
    expect(misreadHeaderRole('Số lê')).toBeNull();
  });
});

describe('coalesceRuns', () => {
  it('keeps the evidence of both runs it joins: the lower confidence, the box around them', () => {
    const a = { ...run('Nhiệm', 100, 50, 96), line: 1 } as PlacedRun;
    const b = { ...run('vụ', 100 + a.width + 3, 50, 70), line: 1 } as PlacedRun;
    const line = { runs: [a, b], y: 50, size: SIZE } as unknown as Line;
    const [joined] = coalesceRuns(line, PDF_UNITS).runs;
    expect(joined?.text).toBe('Nhiệm vụ');
    expect(joined?.ocr).toEqual({ confidence: 70, box: { page: 1, x: 100, y: 41, w: b.x + b.width - 100, h: 9 } });
  });
});

describe('a table without rules read by OCR', () => {
  // Columns: STT at 90, label at 128, unit at 356, value at 441, note at 500 (points), rows 15 pt apart.
  const header = [run('STT', 90, 84), run('Chỉ tiêu', 140, 84), run('Đơn vị tính', 356, 84), run('Số liê', 440, 84), run('Ghi chú', 500, 84)];
  const rows = [
    ['1.', 'Số văn bản chỉ đạo đã ban hành', 'Văn bản', '08'],
    ['2.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '29'],
    ['2.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '23'],
  ].flatMap(([stt, label, unit, value], i) => {
    const y = 110 + 15 * i;
    return [run(stt!, 92, y), run(label!, 128, y), run(unit!, 356, y), run(value!, 441, y, 80 + i)];
  });
  const page = { number: 1, width: 595, height: 842, runs: [...header, ...rows], rules: [] };

  it('is rebuilt with its five columns, the misread value caption included', () => {
    const table = rebuildPages([page], PDF_UNITS, 'scan.pdf', 'pdf').blocks.find((b): b is Table => b.kind === 'table');
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liê', 'Ghi chú'],
      ['1.', 'Số văn bản chỉ đạo đã ban hành', 'Văn bản', '08', ''],
      ['2.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '29', ''],
      ['2.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '23', ''],
    ]);
    // Each value cell carries the evidence its word was read with.
    expect(table?.rows.slice(1).map((r) => r.cells[3]!.ocr?.confidence)).toEqual([80, 81, 82]);
    expect(table?.rows[2]!.cells[3]!.ocr?.box).toEqual({ page: 1, x: 441, y: 116, w: 13, h: 9 });
  });

  it('is not found when the same misread caption comes from a digital PDF', () => {
    const digital = { ...page, runs: page.runs.map(({ ocr: _, ...r }) => r) };
    const table = rebuildPages([digital], PDF_UNITS, 'report.pdf', 'pdf').blocks.find((b): b is Table => b.kind === 'table');
    expect(table?.rows[0]?.cells.map((c) => c.text)).not.toContain('Số liê');
  });
});
