/**
 * `decant serve` as a user starts it: the token made on first start, printed once and kept
 * with mode 600, the same token on the next start, DECANT_API_TOKEN taking its place,
 * --no-auth, a clean stop on SIGTERM with an event stream open, and an operation's own
 * process stopping when the server is killed under it.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionFields } from '../support/api.js';
import { queryRows, sourceAndTarget } from '../support/databases.js';
import { startCli, type CliResult } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';

interface Served {
  url: string;
  stderr: () => string;
  stop: () => Promise<CliResult>;
  /** SIGKILL; resolves when the server has exited (its children may live on). */
  kill: () => Promise<void>;
}

async function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const { child, done } = startCli(['serve', '--listen', '127.0.0.1:0', ...args], env);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', () => {
      // The last line of the greeting: the addresses above it are all printed.
      const match = /listening on (http:\/\/\S+)[\s\S]*API docs/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    void done.then((result) => reject(new Error(`decant serve exited early: ${result.stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    stop: () => {
      child.kill('SIGTERM');
      return done;
    },
    kill: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

const get = (url: string, token?: string) =>
  fetch(`${url}/operation`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** A process that has exited, whether or not its new parent has reaped it yet. */
function gone(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || / Z /.test(readFileSync(stat, 'utf8'));
}

describe('decant serve', () => {
  it('makes a token on first start, keeps it, and takes DECANT_API_TOKEN instead', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'decant-serve-'));
    const first = await serve(['--state-dir', stateDir]);
    const token = readFileSync(join(stateDir, 'token'), 'utf8').trim();
    expect(statSync(join(stateDir, 'token')).mode & 0o777).toBe(0o600);
    expect(first.stderr()).toContain(token);
    expect(first.stderr()).toContain(`${first.url}/#token=${token}`);
    expect((await get(first.url)).status).toBe(401);
    expect((await get(first.url, token)).status).toBe(200);
    // An open event stream does not hold the server up.
    const events = await fetch(`${first.url}/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect((await first.stop()).code).toBe(0);

    const second = await serve(['--state-dir', stateDir]);
    expect(second.stderr()).not.toContain(token);
    expect((await get(second.url, token)).status).toBe(200);
    await second.stop();

    const fromEnv = await serve(['--state-dir', stateDir], { DECANT_API_TOKEN: 'from-the-environment' });
    expect((await get(fromEnv.url, token)).status).toBe(401);
    expect((await get(fromEnv.url, 'from-the-environment')).status).toBe(200);
    await fromEnv.stop();
  });

  it('answers without a token only with --no-auth', async () => {
    const open = await serve(['--no-auth', '--state-dir', mkdtempSync(join(tmpdir(), 'decant-serve-'))]);
    expect((await get(open.url)).status).toBe(200);
    await open.stop();
  });

  it("stops an operation's process when the server is killed, and says so after a restart", async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 40_000);
    const stateDir = mkdtempSync(join(tmpdir(), 'decant-serve-'));
    const first = await serve(['--no-auth', '--state-dir', stateDir]);
    await call(first.url, 'POST', '/connection', {
      id: 's',
      type: 'PostgreSQL',
      ...connectionFields(source),
    });
    await call(first.url, 'POST', '/connection', {
      id: 't',
      type: 'PostgreSQL',
      ...connectionFields(target),
    });
    await call(first.url, 'POST', '/config', { dataChunkSize: 8192, jobs: 1 });
    const migrate = { id: 'm', source: 's', target: 't', stage: 'migrate' };
    const { operation } = await call<{ operation: { pid: number } }>(
      first.url,
      'POST',
      '/operation',
      migrate,
    );
    for (;;) {
      const status = await call<{ tables?: { chunksDone: number }[] }>(first.url, 'GET', '/status?target=t');
      if (status.tables?.some((table) => table.chunksDone > 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(gone(operation.pid)).toBe(false);
    await first.kill();
    // Without its server the operation stops after its current (8 kB) chunk, in well under
    // a second here: no orphan copies on (left alone, it would copy for several seconds more).
    const deadline = Date.now() + 3_000;
    while (!gone(operation.pid) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gone(operation.pid)).toBe(true);

    const second = await serve(['--no-auth', '--state-dir', stateDir]);
    const stopped = await call<{ status: string; summary: string }>(second.url, 'GET', '/operation/m');
    expect(stopped).toMatchObject({ status: 'Failed', summary: expect.stringMatching(/server stopped/) });
    await call(second.url, 'POST', '/operation', migrate);
    const resumed = await call<{ status: string }>(second.url, 'POST', '/operation/m/wait');
    expect(resumed.status).toBe('Succeeded');
    const counts = `SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM items)::int AS items`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
    await second.stop();
  });
});
