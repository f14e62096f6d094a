/**
 * `decant serve` as a user starts it: the token made on first start, printed once and kept
 * with mode 600, the same token on the next start, DECANT_API_TOKEN taking its place,
 * --no-auth, and a clean stop on SIGTERM with an event stream open.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCli, type CliResult } from '../support/engine.js';

interface Served {
  url: string;
  stderr: () => string;
  stop: () => Promise<CliResult>;
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
  };
}

const get = (url: string, token?: string) =>
  fetch(`${url}/operation`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

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
});
