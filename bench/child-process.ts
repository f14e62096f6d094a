/**
 * Running a benchmarked tool as a child process: its exit status, the tail of what it
 * printed (with passwords removed before it reaches a message), its wall time and the peak
 * resident set size of its largest process.
 *
 * Owns process handling only; which tool runs with which arguments belongs to tools.ts and
 * source-tools.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Removes the password of every database URL in `text` (PostgreSQL and MySQL/MariaDB). */
export function redact(text: string): string {
  return text.replace(/((?:postgres(?:ql)?|pgsql|mysql|mariadb):\/\/[^:/@\s]+:)[^@\s]+@/g, '$1***@');
}

export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Keeps the last `limit` characters of a stream (a tool's log can be large). */
function tail(stream: NodeJS.ReadableStream | null, limit: number, into: { text: string }): void {
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    into.text = (into.text + chunk).slice(-limit);
  });
}

export function finished(child: ChildProcess, keepStdout = 4_000): Promise<Finished> {
  const out = { text: '' };
  const err = { text: '' };
  tail(child.stdout, keepStdout, out);
  tail(child.stderr, 4_000, err);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout: out.text, stderr: err.text }));
  });
}

/** An error naming what failed, how it ended and the last lines it printed. */
export function failure(what: string, result: Finished, lines = 12): Error {
  const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  const text = redact(`${result.stderr}\n${result.stdout}`.trim()).split('\n').slice(-lines).join('\n');
  return new Error(`${what} ${how}:\n${text}`);
}

export async function exec(command: string, args: string[], what = command): Promise<Finished> {
  const result = await finished(spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  if (result.code !== 0) throw failure(what, result);
  return result;
}

export async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export async function withTempDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Measured {
  result: Finished;
  seconds: number;
  peakRssMb: number | undefined;
}

export interface MeasureOptions {
  /** Characters of stdout kept (default 1,000,000: enough for Decant's --json events). */
  keepStdout?: number;
  /** Kills the process (SIGKILL) after this long: a tool that hangs instead of exiting. */
  timeoutMs?: number;
}

/**
 * Runs `command` and measures its wall time and peak RSS: from GNU time's output file
 * (kilobytes; wait4 reports the largest of the process and the children it waited for), or,
 * without /usr/bin/time, by polling the process's VmHWM in /proc.
 */
export async function measuredChild(
  command: string,
  args: string[],
  options: MeasureOptions = {},
): Promise<Measured> {
  const gnuTime = existsSync('/usr/bin/time');
  return withTempDir('bench-rss-', async (dir) => {
    const rssFile = join(dir, 'rss');
    const started = performance.now();
    const child = gnuTime
      ? spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let polledKb = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          readFile(`/proc/${child.pid}/status`, 'utf8')
            .then((status) => {
              const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
              polledKb = Math.max(polledKb, kb);
            })
            .catch(() => undefined);
        }, 100);
    // Under GNU time the tool is time's child: killing time's process group reaches it too.
    const killer =
      options.timeoutMs === undefined ? undefined : setTimeout(() => killTree(child), options.timeoutMs);
    try {
      const result = await finished(child, options.keepStdout ?? 1_000_000);
      const seconds = (performance.now() - started) / 1000;
      const kb = gnuTime
        ? Number((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').pop())
        : polledKb;
      return { result, seconds, peakRssMb: kb > 0 ? Math.round(kb / 1024) : undefined };
    } finally {
      if (poll) clearInterval(poll);
      if (killer) clearTimeout(killer);
    }
  });
}

/** SIGKILL to the child and to the processes it started (GNU time's child is the tool). */
function killTree(child: ChildProcess): void {
  if (!child.pid) return;
  for (const pid of childPids(child.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
  child.kill('SIGKILL');
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
      .flatMap((child) => [...childPids(child), child]);
  } catch {
    return [];
  }
}
