/**
 * `chitieu serve` in a real browser (Debian chromium through playwright-core): a figure clicked
 * shows its source highlighted (text line, Word table row, PDF page with the line's box), a
 * review row mapped with one click changes the database and Undo takes it back, the unit chart
 * loads, and the `<script>` label of fixtures/serve shows as text without running.
 */
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { launchChromium } from '../helpers/browser.js';
import { buildServeDb, DOCX_FILE, PDF_FILE, SEED_003, XSS_FILE } from '../helpers/serve-db.js';

let dbPath: string;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const dialogs: string[] = [];

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const documentId = (path: string) => query<{ id: number }>('SELECT id FROM documents WHERE path = ?', path).id;

beforeAll(async () => {
  dbPath = buildServeDb();
  server = await startServer({ db: dbPath, host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a figure and its source', () => {
  it('text: the line of the figure is highlighted among its neighbours', async () => {
    await page.goto(`${server.url}documents/${documentId(SEED_003)}`);
    // Seed 003 line 276: "1.1.1. Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 84".
    await page.locator('tr.figure', { hasText: 'Số nhiệm vụ đề ra trong kế hoạch' }).first().click();
    const line = page.locator('#source .hl');
    await line.waitFor();
    expect(await line.locator('.ln').textContent()).toBe('276');
    expect(await line.textContent()).toContain('Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t84');
    expect(await page.locator('#source .line').count()).toBeGreaterThan(5);
  });

  it('DOCX: the table is shown with the row highlighted', async () => {
    await page.goto(`${server.url}documents/${documentId(DOCX_FILE)}`);
    const figure = page.locator('tr.figure').first();
    const label = (await figure.locator('td').nth(1).textContent())!;
    await figure.click();
    const row = page.locator('#source table.docx tr.hl');
    await row.waitFor();
    expect(await row.textContent()).toContain(label);
  });

  it('PDF: the page is rendered by pdf.js and the line of the row is boxed', async () => {
    await page.goto(`${server.url}documents/${documentId(PDF_FILE)}`);
    // Seed 000 as PDF: "1.2. Số văn bản chỉ đạo CCHC đã ban hành: | Văn bản | 10".
    await page.locator('tr.figure', { hasText: 'Số văn bản chỉ đạo CCHC đã ban hành' }).first().click();
    const view = page.locator('#source .pdf-view[data-rendered="yes"]');
    await view.waitFor({ timeout: 20_000 });
    const canvas = await view.locator('canvas').boundingBox();
    const box = await view.locator('.box').boundingBox();
    expect(canvas!.width).toBeGreaterThan(200);
    expect(box).not.toBeNull();
    expect(box!.height).toBeGreaterThan(5);
    expect(box!.y).toBeGreaterThan(canvas!.y);
    expect(box!.y + box!.height).toBeLessThan(canvas!.y + canvas!.height);
    // The canvas has been drawn on: not every pixel is the same.
    const inked = await view.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 4; i < data.length; i += 4) if (data[i] !== data[0]) return true;
      return false;
    });
    expect(inked).toBe(true);
  });
});

describe('review', () => {
  // Seed 000 line 150, "1.1. Quyết định số 02/QĐ-BDT ...": no catalog entry, best candidate chidao.ke_hoach.ty_le_hoan_thanh.
  const row = () => query<{ id: number; indicator_id: string | null; match_method: string }>(
    "SELECT r.id, r.indicator_id, r.match_method FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path = 'fixtures/seeds/000_9e493d0445893002.txt' AND r.line = 150",
  );

  it('maps a row with one click, the database keeps the decision, and Undo takes it back', async () => {
    expect(row().indicator_id).toBeNull();
    await page.goto(`${server.url}review`);
    await page.locator(`tr.review-row[data-row="${row().id}"] form.map button`).first().click();
    await page.locator('p.said').waitFor();
    expect(await page.locator('p.said').textContent()).toContain('chidao.ke_hoach.ty_le_hoan_thanh');
    expect(row()).toMatchObject({ indicator_id: 'chidao.ke_hoach.ty_le_hoan_thanh', match_method: 'user' });
    expect(query<{ n: number }>('SELECT count(*) AS n FROM map_decisions WHERE row_id = ?', row().id).n).toBe(1);
    expect(await page.locator(`tr.review-row[data-row="${row().id}"]`).count()).toBe(0);

    await page.locator(`tr.decision[data-row="${row().id}"] form.undo button`).click();
    await page.locator('p.said', { hasText: 'undone' }).waitFor();
    expect(row().indicator_id).toBeNull();
    expect(query<{ n: number }>('SELECT count(*) AS n FROM map_decisions').n).toBe(0);
    expect(await page.locator(`tr.review-row[data-row="${row().id}"]`).count()).toBe(1);
  });

  it('shows the label <script>alert(1)</script> as text, and nothing runs', async () => {
    await page.goto(`${server.url}review`);
    const cell = page.locator('td.snippet', { hasText: 'alert(1)' });
    expect(await cell.textContent()).toContain('<script>alert(1)</script>');
    await cell.click();
    await page.locator('#source .hl').waitFor();
    expect(await page.locator('#source .hl').textContent()).toContain('<script>alert(1)</script>');
    await page.goto(`${server.url}documents/${documentId(XSS_FILE)}`);
    expect(dialogs).toEqual([]);
  });
});

describe('unit over time', () => {
  it("draws Đắk Nông's figures over 2021 and 2022 and compares them", async () => {
    await page.goto(`${server.url}units/${encodeURIComponent('đắk-nông/ubnd-tỉnh')}`);
    const row = page.locator('table.unit tr', { hasText: 'chidao.ke_hoach.so_nhiem_vu_de_ra' });
    expect(await row.locator('svg.chart circle').count()).toBe(2);
    expect(await row.locator('td.n').allTextContents()).toEqual(['84', '90']);
    const change = page.locator('table.diff tr.changed', { hasText: 'chidao.ke_hoach.so_nhiem_vu_de_ra' });
    expect(await change.locator('td.n').allTextContents()).toEqual(['84', '90', '+6']);
  });
});
