/**
 * `chitieu serve`: the review pages (src/serve/) on 127.0.0.1 by default. Another host makes the
 * pages, and the buttons that change the database, reachable from the network: it is allowed,
 * with a warning, since the server has no accounts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isLoopback } from '../../serve/security.js';
import { startServer } from '../../serve/server.js';
import { UsageError } from '../errors.js';

export interface ServeCliOptions {
  db: string;
  port: string;
  host: string;
  open?: boolean;
}

/** The desktop's own opener; nothing is installed for it. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`could not start ${command}; open ${url} yourself\n`));
  child.unref();
}

export async function runServe(options: ServeCliOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${options.port}: give a port number from 0 to 65535`);
  if (!existsSync(options.db)) throw new UsageError(`there is no database ${options.db}: import reports first (chitieu import <files> --db ${options.db})`);
  if (!isLoopback(options.host)) {
    process.stderr.write(`Warning: --host ${options.host} lets other machines open these pages and change mappings in ${options.db}; there are no accounts. Use it only on a network you trust.\n`);
  }
  const running = await startServer({ db: options.db, host: options.host, port });
  process.stderr.write(`chitieu serve: ${options.db} at ${running.url} (Ctrl+C to stop)\n`);
  process.stdout.write(`${running.url}\n`);
  if (options.open) openInBrowser(running.url);
  await new Promise<void>((resolve) => {
    const stop = () => void running.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
