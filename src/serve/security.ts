/**
 * What keeps a local review server local: requests must name the server itself in `Host` (a page
 * on another site that re-points its DNS name to 127.0.0.1, "DNS rebinding", sends its own name),
 * and a POST must come from one of our pages (its `Origin`, or `Referer` when a browser sends no
 * Origin, is ours) and carry the token those pages hold (CSRF). OWASP CSRF Prevention Cheat Sheet:
 * synchronizer token plus origin verification.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

export interface Guard {
  /** The random token every form of this server run carries. */
  csrf: string;
  /** `host:port` values a request may name. */
  hosts: Set<string>;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** The names this server answers to once it listens on `host`:`port`. */
export function makeGuard(host: string, port: number): Guard {
  const name = host.includes(':') ? `[${host}]` : host;
  const hosts = new Set([`${name}:${port}`]);
  if (isLoopback(host)) for (const loopback of LOOPBACK_NAMES) hosts.add(`${loopback}:${port}`);
  // Listening on every interface: the machine's own addresses and name are its own too.
  if (host === '0.0.0.0' || host === '::') {
    const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => (a.family === 'IPv6' ? `[${a.address}]` : a.address)));
    for (const name of [...LOOPBACK_NAMES, ...addresses, hostname().toLowerCase()]) hosts.add(`${name}:${port}`);
  }
  return { csrf: randomBytes(24).toString('base64url'), hosts };
}

export function hostAllowed(guard: Guard, request: IncomingMessage): boolean {
  const host = request.headers.host?.toLowerCase();
  return host !== undefined && guard.hosts.has(host);
}

/** Why a POST is refused, or null when it is ours. */
export function postRefusal(guard: Guard, request: IncomingMessage, token: string | undefined): string | null {
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  if (!origin) return 'the request names no Origin';
  const host = origin.replace(/^http:\/\//, '');
  if (!origin.startsWith('http://') || !guard.hosts.has(host.toLowerCase()) || host.toLowerCase() !== request.headers.host?.toLowerCase()) {
    return `the request comes from another origin (${origin})`;
  }
  if (!token || !sameText(token, guard.csrf)) return 'the form token is missing or wrong (reload the page)';
  return null;
}

function originOf(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Headers every answer carries: nothing from elsewhere is loaded, nothing frames the pages. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};
