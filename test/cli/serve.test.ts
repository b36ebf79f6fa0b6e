/** `chitieu serve` on the command line: usage errors, the address on stdout, the warning for another host. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chitieu, REPO, tempDir } from '../helpers/cli.js';

/** Starts the binary, waits for its first line on stdout, then stops it with SIGINT. */
function serveUntilListening(args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'dist/src/cli/main.js'), 'serve', ...args], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (stdout.includes('\n')) child.kill('SIGINT');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('chitieu serve', () => {
  it('refuses a database that does not exist and a bad port, exit 2', () => {
    const missing = chitieu(['serve', '--db', join(tempDir(), 'none.sqlite')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Error: there is no database .*none\.sqlite: import reports first/);
    const db = join(tempDir(), 'x.sqlite');
    expect(chitieu(['import', 'fixtures/seeds/002_60f12e1201b41f59.txt', '--db', db]).status).toBe(0);
    const port = chitieu(['serve', '--db', db, '--port', 'eighty']);
    expect(port.status).toBe(2);
    expect(port.stderr).toBe('Error: --port eighty: give a port number from 0 to 65535\n');
  });

  it('prints its address on stdout, warns on stderr for a host other than 127.0.0.1, and stops on Ctrl+C', async () => {
    const db = join(tempDir(), 'y.sqlite');
    expect(chitieu(['import', 'fixtures/seeds/002_60f12e1201b41f59.txt', '--db', db]).status).toBe(0);
    const local = await serveUntilListening(['--db', db, '--port', '0']);
    expect(local.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n$/);
    expect(local.stderr).not.toContain('Warning');
    expect(local.code).toBe(0);
    const open = await serveUntilListening(['--db', db, '--port', '0', '--host', '0.0.0.0']);
    expect(open.stdout).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/\n$/);
    expect(open.stderr).toContain('Warning: --host 0.0.0.0 lets other machines open these pages');
  });
});
