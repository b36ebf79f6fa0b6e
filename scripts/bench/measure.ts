/**
 * Running a command and measuring it from outside: wall time, CPU time of the child (user + sys,
 * worker threads included: from /proc/self/stat cutime/cstime, children reaped meanwhile) and its
 * peak resident memory (VmHWM of /proc/<pid>/status, sampled every 20 ms; the high-water mark only
 * grows, so the last sample before exit holds the peak up to then).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import PQueue from 'p-queue';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  wallS: number;
  cpuS: number;
  peakRssMb: number | null;
}

/** Clock ticks per second of /proc times (USER_HZ): 100 on Linux. */
const USER_HZ = 100;

/** CPU seconds of this process's reaped children: fields 16 and 17 of /proc/self/stat (proc(5)). */
function childrenCpuS(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state), so field n is fields[n - 3].
    return (Number(fields[13]) + Number(fields[14])) / USER_HZ;
  } catch {
    return NaN;
  }
}

function vmHwmMb(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const cpuBefore = childrenCpuS();
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let peak: number | null = null;
  const sampler = setInterval(() => {
    const now = child.pid ? vmHwmMb(child.pid) : null;
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ status, stdout, stderr, wallS: (performance.now() - started) / 1000, cpuS: childrenCpuS() - cpuBefore, peakRssMb: peak });
    });
  });
}

/** Runs `command file` for every file, `parallel` at a time; wall and CPU time of the lot. */
export async function runEach(command: string, argsOf: (file: string) => string[], files: string[], parallel: number): Promise<{ wallS: number; cpuS: number; failures: number }> {
  const cpuBefore = childrenCpuS();
  const started = performance.now();
  const queue = new PQueue({ concurrency: parallel });
  let failures = 0;
  for (const file of files) {
    void queue.add(async () => {
      const done = await run(command, argsOf(file));
      if (done.status !== 0) failures++;
    });
  }
  await queue.onIdle();
  return { wallS: (performance.now() - started) / 1000, cpuS: childrenCpuS() - cpuBefore, failures };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether a program is installed: it runs with these arguments (e.g. its --version). */
export function installed(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
