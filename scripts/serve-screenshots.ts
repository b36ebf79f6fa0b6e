/**
 * The README's screenshots of `chitieu serve` (docs/serve/*.png): a database of the seed reports
 * (text, seed 000 as PDF, seed 001 as DOCX, fixtures/serve/dak-nong-xss.txt as Đắk Nông 2022),
 * served on a free port and photographed by Debian's chromium through playwright-core.
 * Run after `npm run build`: node dist/scripts/serve-screenshots.js
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { startServer } from '../src/serve/server.js';

const repo = join(import.meta.dirname, '../..');
const out = join(repo, 'docs/serve');
const db = join(mkdtempSync(join(tmpdir(), 'chitieu-shots-')), 'shots.sqlite');

function chitieu(args: string[]): void {
  const run = spawnSync(process.execPath, [join(repo, 'dist/src/cli/main.js'), ...args, '--db', db], { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

chitieu(['import', 'fixtures/seeds', 'fixtures/pdf/000_9e493d0445893002.pdf', 'fixtures/docx/001_8f3c16bf5b21494c.docx', '--jobs', '1']);
chitieu(['import', 'fixtures/serve/dak-nong-xss.txt', '--period', '2022', '--jobs', '1']);
mkdirSync(out, { recursive: true });
const ids = new Database(db, { readonly: true });
const idOf = (path: string) => (ids.prepare('SELECT id FROM documents WHERE path = ?').pluck().get(path) as number);
const [text, pdf, docx] = ['fixtures/seeds/003_f51fa97e0584822a.txt', 'fixtures/pdf/000_9e493d0445893002.pdf', 'fixtures/docx/001_8f3c16bf5b21494c.docx'].map(idOf);
ids.close();
process.chdir(repo);
const server = await startServer({ db, host: '127.0.0.1', port: 0 });
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chitieu-profile-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const shot = async (name: string) => {
    await page.screenshot({ path: join(out, `${name}.png`) });
    process.stderr.write(`docs/serve/${name}.png\n`);
  };
  await page.goto(server.url);
  await shot('documents');
  await page.goto(`${server.url}documents/${text}`);
  await page.locator('tr.figure', { hasText: 'Số nhiệm vụ đề ra trong kế hoạch' }).first().click();
  await page.locator('#source .hl').waitFor();
  await shot('document-text');
  await page.goto(`${server.url}documents/${pdf}`);
  await page.locator('tr.figure', { hasText: 'Số văn bản chỉ đạo CCHC đã ban hành' }).first().click();
  await page.locator('#source .pdf-view[data-rendered="yes"]').waitFor();
  await shot('document-pdf');
  await page.goto(`${server.url}documents/${docx}`);
  await page.locator('tr.figure').nth(8).click();
  await page.locator('#source table.docx tr.hl').waitFor();
  await shot('document-docx');
  await page.goto(`${server.url}review`);
  await page.locator('td.snippet').first().click();
  await page.locator('#source .hl').waitFor();
  await shot('review');
  await page.goto(`${server.url}units/${encodeURIComponent('đắk-nông/ubnd-tỉnh')}`);
  await shot('unit');
  await page.goto(`${server.url}warnings`);
  await shot('warnings');
} finally {
  await browser.close();
  await server.close();
}
