/**
 * The database the `chitieu serve` tests read: the four seed reports as text, seed 000 as PDF and
 * seed 001 as DOCX (other sources of the same reports), and fixtures/serve/dak-nong-xss.txt as
 * Đắk Nông's 2022 report (fixtures/serve/README.md).
 */
import { join } from 'node:path';
import { chitieu, tempDir } from './cli.js';

export const PDF_FILE = 'fixtures/pdf/000_9e493d0445893002.pdf';
export const DOCX_FILE = 'fixtures/docx/001_8f3c16bf5b21494c.docx';
export const XSS_FILE = 'fixtures/serve/dak-nong-xss.txt';
export const SEED_003 = 'fixtures/seeds/003_f51fa97e0584822a.txt';

export function buildServeDb(): string {
  const db = join(tempDir(), 'serve.sqlite');
  const first = chitieu(['import', 'fixtures/seeds', PDF_FILE, DOCX_FILE, '--db', db, '--jobs', '1']);
  if (first.status !== 0) throw new Error(first.stderr);
  const second = chitieu(['import', XSS_FILE, '--period', '2022', '--db', db, '--jobs', '1']);
  if (second.status !== 0) throw new Error(second.stderr);
  return db;
}
