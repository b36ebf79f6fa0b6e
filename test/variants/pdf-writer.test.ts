/**
 * The variant PDF writer (scripts/variants/pdf-writer.ts) on a small input, read back by our own
 * PDF reader: Vietnamese text comes back as written, and a table longer than a page continues on
 * the next one under its header rows drawn again.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../parsers/read-document.js';
import type { SeedBlock, SeedRow } from '../../scripts/seed-tables.js';
import { writePdf } from '../../scripts/variants/pdf-writer.js';

const row = (...cells: string[]): SeedRow => ({ cells: cells.map((raw) => ({ raw, gridSpan: 1 })), line: 0 });

describe('writePdf', () => {
  it('keeps Vietnamese text and repeats the header on every page a table runs over', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => row(`${i + 1}.`, `Số nhiệm vụ đã hoàn thành đúng hạn của đơn vị thứ ${i + 1}`, 'Nhiệm vụ', String(i * 3), ''));
    const blocks: SeedBlock[] = [
      { kind: 'paragraph', raw: '<b>BÁO CÁO</b> kết quả cải cách hành chính quý II năm 2024 của UBND phường Nguyễn Trãi', line: 1 },
      { kind: 'table', header: [row('STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú')], rows, pieceStarts: [], width: 5 },
    ];
    const doc = await readDocument(await writePdf(blocks, { landscape: false, pieces: 'none' }), 'writer.pdf');
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('kết quả cải cách hành chính quý II năm 2024 của UBND phường Nguyễn Trãi');
    expect(text).toContain('Số nhiệm vụ đã hoàn thành đúng hạn của đơn vị thứ 90');
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    const pages = new Set(tables.flatMap((t) => (t.kind === 'table' ? t.rows.map((r) => r.position.page) : [])));
    expect(pages.size).toBeGreaterThanOrEqual(2);
    // Each page's part of the table starts with the header row.
    for (const page of pages) {
      const first = tables.flatMap((t) => (t.kind === 'table' ? t.rows : [])).find((r) => r.position.page === page);
      expect(first?.cells.map((c) => c.text)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú']);
    }
  });
});
