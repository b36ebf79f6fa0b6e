/**
 * `chitieu serve` over plain HTTP: the Host check (DNS rebinding), CSRF token and Origin on
 * POSTs, files served only by document id, labels escaped, numbers in Vietnamese form, and the
 * CSV downloads equal to the CLI's own output.
 */
import Database from 'better-sqlite3';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGuard } from '../../src/serve/security.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { chitieu } from '../helpers/cli.js';
import { buildServeDb, XSS_FILE } from '../helpers/serve-db.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dbPath: string;
let server: RunningServer;
let port: number;

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const csrfOf = (page: string) => /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;

function xssRow(): { id: number; indicator_id: string | null } {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare('SELECT r.id, r.indicator_id FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE d.path = ? AND r.line = 282')
      .get(XSS_FILE) as { id: number; indicator_id: string | null };
  } finally {
    db.close();
  }
}

function post(path: string, fields: Record<string, string>, headers: Record<string, string>): Promise<Reply> {
  return send(path, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
}

beforeAll(async () => {
  dbPath = buildServeDb();
  server = await startServer({ db: dbPath, host: '127.0.0.1', port: 0 });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
});

describe('Host check (DNS rebinding)', () => {
  it('answers its own names and refuses any other Host', async () => {
    expect((await send('/')).status).toBe(200);
    expect((await send('/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
    const rebound = await send('/', { headers: { host: `evil.example:${port}` } });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('<table');
    expect((await send('/', { headers: { host: `127.0.0.1:${port + 1}` } })).status).toBe(421);
  });
});

describe('POST: CSRF token and Origin', () => {
  const origin = () => `http://127.0.0.1:${port}`;
  const target = 'chidao.kiem_tra.so_van_de_phat_hien';

  it('refuses a map without the token, with a wrong token, or from another origin, and the row stays unmapped', async () => {
    const token = csrfOf((await send('/review')).body);
    const row = String(xssRow().id);
    const noToken = await post('/review/map', { row, indicator: target }, { origin: origin() });
    const wrongToken = await post('/review/map', { row, indicator: target, csrf: `${token}x` }, { origin: origin() });
    const otherOrigin = await post('/review/map', { row, indicator: target, csrf: token }, { origin: 'http://evil.example' });
    const noOrigin = await post('/review/map', { row, indicator: target, csrf: token }, {});
    for (const reply of [noToken, wrongToken, otherOrigin, noOrigin]) expect(reply.status).toBe(403);
    expect(otherOrigin.body).toContain('another origin');
    expect(xssRow().indicator_id).toBeNull();
  });

  it('maps with the token from its own origin, and undoes', async () => {
    const token = csrfOf((await send('/review')).body);
    const row = String(xssRow().id);
    const mapped = await post('/review/map', { row, indicator: target, csrf: token }, { origin: origin() });
    expect(mapped.status).toBe(303);
    expect(xssRow().indicator_id).toBe(target);
    const undone = await post('/review/undo', { row, csrf: token }, { origin: origin() });
    expect(undone.status).toBe(303);
    expect(String(undone.headers.location)).toContain('said=undone');
    expect(xssRow().indicator_id).toBeNull();
  });
});

describe('escaping, files and numbers', () => {
  it('shows the label <script>alert(1)</script> as text on the review page', async () => {
    const page = (await send('/review')).body;
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
  });

  it('serves a recorded file by document id only', async () => {
    const documents = (await send('/?format=csv')).body;
    const pdfLine = documents.split('\n').find((l) => l.includes('000_9e493d0445893002.pdf'))!;
    const id = pdfLine.split(',')[0];
    const file = await send(`/documents/${id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body.startsWith('%PDF')).toBe(true);
    expect((await send('/documents/999/file')).status).toBe(404);
    expect((await send('/documents/..%2F..%2Fetc%2Fpasswd/file')).status).toBe(404);
    expect((await send('/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it("shows Đắk Nông's 1200 survey forms of 2022 as 1.200, the stored 1200 on hover", async () => {
    const page = (await send(`/units/${encodeURIComponent('đắk-nông/ubnd-tỉnh')}`)).body;
    expect(page).toContain('title="stored: 1200 · printed: 1200">1.200</span>');
    expect(page).toContain('title="stored: 800 · printed: 800">800</span>');
  });
});

describe('CSV as the CLI writes it', () => {
  const withoutBom = (text: string) => text.replace(/^\ufeff/, '');

  it('/review?format=csv is chitieu unmatched --format csv', async () => {
    const cli = chitieu(['unmatched', '--db', dbPath, '--format', 'csv']);
    expect(cli.status).toBe(0);
    expect(withoutBom((await send('/review?format=csv')).body)).toBe(cli.stdout);
  });

  it('/warnings?format=csv is chitieu warnings --format csv, and a filter gives the same rows', async () => {
    expect(withoutBom((await send('/warnings?format=csv')).body)).toBe(chitieu(['warnings', '--db', dbPath, '--format', 'csv']).stdout);
    const filtered = chitieu(['warnings', '--db', dbPath, '--format', 'csv', '--code', 'table/']).stdout;
    expect(withoutBom((await send('/warnings?format=csv&code=table%2F')).body)).toBe(filtered);
  });

  it('/?format=csv is chitieu documents --format csv', async () => {
    expect(withoutBom((await send('/?format=csv')).body)).toBe(chitieu(['documents', '--db', dbPath, '--format', 'csv']).stdout);
  });
});

describe('names of a server on every interface', () => {
  it('answers to the loopback names and refuses another name', () => {
    const guard = makeGuard('0.0.0.0', 8080);
    expect(guard.hosts.has('127.0.0.1:8080')).toBe(true);
    expect(guard.hosts.has('localhost:8080')).toBe(true);
    expect(guard.hosts.has('evil.example:8080')).toBe(false);
    expect(makeGuard('127.0.0.1', 8080).hosts).toEqual(new Set(['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']));
  });
});

describe('a new indicator from catalog suggest', () => {
  // Seed 000 line 150, "1.1. Quyết định số 02/QĐ-BDT ngày 15/01/2024 về Kế hoạch CCHC năm 2024 của Ban Dân tộc.":
  // no catalog entry; printed by the text and the PDF source of the report.
  const rowsOfLabel = () => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db
        .prepare("SELECT d.path, r.indicator_id FROM appendix_rows r JOIN documents d ON d.id = r.document_id WHERE r.label LIKE 'Quyết định số 02/QĐ-BDT ngày 15/01/2024%' ORDER BY d.path")
        .all() as Array<{ path: string; indicator_id: string | null }>;
    } finally {
      db.close();
    }
  };

  it('adds the suggested entry with one click and maps the rows it was made from', async () => {
    const review = (await send('/review')).body;
    const key = /catalog suggest<\/code> \(key <code>([0-9a-f]+)<\/code>\)/.exec(review)![1]!;
    expect(rowsOfLabel().map((r) => r.indicator_id)).toEqual([null, null]);
    const added = await post('/review/add', { key, csrf: csrfOf(review) }, { origin: `http://127.0.0.1:${port}` });
    expect(added.status).toBe(303);
    const db = new Database(dbPath, { readonly: true });
    const id = db.prepare('SELECT id FROM catalog_additions WHERE suggestion = ?').pluck().get(key) as string;
    db.close();
    expect(id).toMatch(/^chidao\./);
    expect(rowsOfLabel()).toEqual([
      { path: 'fixtures/pdf/000_9e493d0445893002.pdf', indicator_id: id },
      { path: 'fixtures/seeds/000_9e493d0445893002.txt', indicator_id: id },
    ]);
    expect(decodeURIComponent(String(added.headers.location)).replace(/\+/g, ' ')).toContain(`added ${id}`);
  });
});
