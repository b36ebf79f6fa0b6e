/**
 * `chitieu serve`: Node's own http server over one database connection. Routes are a lookup
 * table of (method, path pattern) → handler; handlers are plain functions over the database that
 * return an answer, and pages are made by src/serve/html.ts. Everything the pages load is served
 * from here (the style, the script, pdf.js from the installed pdfjs-dist): no CDN, no network.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { openDatabase, type Db } from '../store/db.js';
import { listDocuments } from '../store/queries.js';
import { APP_JS, STYLE_CSS } from './assets.js';
import { servedCatalog } from './catalog-cache.js';
import { hostAllowed, makeGuard, postRefusal, SECURITY_HEADERS, type Guard } from './security.js';
import { documentFile, documentPage, documentSource } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { addFromReview, mapFromReview, reviewPage, undoFromReview } from './pages/review.js';
import { unitPage, unitsPage } from './pages/units.js';
import { warningsPage } from './pages/warnings.js';

export interface Answer {
  status?: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface Context {
  db: Db;
  dbPath: string;
  guard: Guard;
  url: URL;
  /** The form fields of a POST. */
  form: URLSearchParams;
}

type Handler = (context: Context, params: string[]) => Answer | Promise<Answer>;

export const htmlAnswer = (body: string, status = 200): Answer => ({ status, type: 'text/html; charset=utf-8', body });
export const redirect = (to: string): Answer => ({ status: 303, type: 'text/plain; charset=utf-8', body: '', headers: { location: to } });

const require = createRequire(import.meta.url);
const pdfjsFile = (name: string) => () => readFileSync(require.resolve(`pdfjs-dist/build/${name}`));
const ASSETS: Record<string, [type: string, body: () => string | Buffer]> = {
  'style.css': ['text/css; charset=utf-8', () => STYLE_CSS],
  'app.js': ['text/javascript; charset=utf-8', () => APP_JS],
  'pdf.mjs': ['text/javascript; charset=utf-8', pdfjsFile('pdf.min.mjs')],
  'pdf.worker.mjs': ['text/javascript; charset=utf-8', pdfjsFile('pdf.worker.min.mjs')],
};

const ROUTES: Array<[method: string, path: RegExp, handler: Handler]> = [
  ['GET', /^\/$/, documentsPage],
  ['GET', /^\/documents\/(\d+)$/, documentPage],
  ['GET', /^\/documents\/(\d+)\/source$/, documentSource],
  ['GET', /^\/documents\/(\d+)\/file$/, documentFile],
  ['GET', /^\/review$/, reviewPage],
  ['POST', /^\/review\/map$/, mapFromReview],
  ['POST', /^\/review\/undo$/, undoFromReview],
  ['POST', /^\/review\/add$/, addFromReview],
  ['GET', /^\/units$/, unitsPage],
  ['GET', /^\/units\/([^/]+)$/, unitPage],
  ['GET', /^\/warnings$/, warningsPage],
];

const plain = (status: number, text: string): Answer => ({ status, type: 'text/plain; charset=utf-8', body: `${text}\n` });

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // A review form is a few hundred bytes.
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function answer(state: { db: Db; dbPath: string; guard: Guard }, request: IncomingMessage): Promise<Answer> {
  if (!hostAllowed(state.guard, request)) return plain(421, `Refused: this server answers only to ${[...state.guard.hosts].join(', ')}`);
  const url = new URL(request.url ?? '/', 'http://local');
  const method = request.method ?? 'GET';
  if (method === 'GET' && url.pathname.startsWith('/assets/')) {
    const asset = ASSETS[url.pathname.slice('/assets/'.length)];
    return asset ? { type: asset[0], body: asset[1]() } : plain(404, 'Not found');
  }
  const form = method === 'POST' ? await readForm(request) : new URLSearchParams();
  if (method === 'POST') {
    const refused = postRefusal(state.guard, request, form.get('csrf') ?? undefined);
    if (refused) return plain(403, `Refused: ${refused}`);
  }
  for (const [routeMethod, path, handler] of ROUTES) {
    const found = path.exec(url.pathname);
    if (!found) continue;
    if (routeMethod !== method) continue;
    return handler({ ...state, url, form }, found.slice(1).map(decodeURIComponent));
  }
  return plain(404, 'Not found');
}

/**
 * Loads at start what every first request would otherwise pay for: the catalog (about 60 ms),
 * the document list, and pdf.js for the first PDF source (about 200 ms to import).
 */
async function warm(db: Db): Promise<void> {
  servedCatalog(db);
  listDocuments(db);
  await import('pdfjs-dist/legacy/build/pdf.mjs').catch(() => undefined);
}

export interface ServeOptions {
  db: string;
  host: string;
  port: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** Opens the database and listens; port 0 picks a free port. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const db = openDatabase(options.db);
  const state = { db, dbPath: options.db, guard: makeGuard(options.host, 0) };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    answer(state, request)
      .catch((error: unknown) => plain(500, `Error: ${(error as Error)?.message ?? error}`))
      .then((a) => {
        response.writeHead(a.status ?? 200, { ...SECURITY_HEADERS, 'content-type': a.type, ...a.headers });
        response.end(a.body);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  state.guard = makeGuard(options.host, port);
  await warm(db);
  const name = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    server,
    url: `http://${name}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
