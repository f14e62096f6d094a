/**
 * `decant gateway` as an operator runs it: the built CLI in front of a real target, the
 * compatibility schema installed at start, the target's column types used for date arithmetic,
 * untranslatable statements recorded and listed by `decant gateway report`.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDatabase, execSql } from '../support/databases.js';
import { runCli, startCli } from '../support/engine.js';

/** Starts the gateway on a free port; resolves once it listens. */
async function startGatewayCli(
  target: string,
): Promise<{ port: number; stop: () => Promise<number | null> }> {
  const { child, done } = startCli([
    'gateway',
    '--target',
    target,
    '--listen',
    '127.0.0.1:0',
    '--install-compat',
  ]);
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    void done.then((r) => reject(new Error(`the gateway exited: ${r.stderr}`)));
  });
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      return (await done).code;
    },
  };
}

describe('decant gateway (CLI)', () => {
  it('serves Oracle SQL with exact date arithmetic, and reports what it could not translate', async () => {
    const target = await createDatabase('gateway_cli');
    await execSql(
      target,
      `CREATE TABLE orders (id integer PRIMARY KEY, placed timestamp(0), shipped timestamp(0));
       INSERT INTO orders VALUES (1, '2026-01-01 00:00', '2026-01-03 12:00');`,
    );
    const gateway = await startGatewayCli(target);
    const url = new URL(target);
    const client = new pg.Client({
      host: '127.0.0.1',
      port: gateway.port,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
    });
    let exitCode: number | null;
    try {
      await client.connect();
      // Known from the target's catalog: DATE - DATE is a number of days, DATE + 1 the next day.
      const { rows } = await client.query(
        "SELECT shipped - placed AS days, TO_CHAR(placed + 1, 'YYYY-MM-DD') AS next FROM orders",
      );
      expect(rows).toEqual([{ days: '2.5', next: '2026-01-02' }]);
      for (let i = 0; i < 3; i++) await expect(client.query('SELECT * FROM orders@remote')).rejects.toThrow();
      await expect(client.query('SELECT * FROM orders AS OF SCN 42')).rejects.toThrow(/flashback/i);
    } finally {
      await client.end().catch(() => undefined);
      // Stopped whatever happened above: a gateway left running would outlive the test run.
      exitCode = await gateway.stop();
    }
    expect(exitCode).toBe(0);

    const report = await runCli(['gateway', 'report', '--target', target, '--json']);
    expect(report.code).toBe(0);
    const { statements } = JSON.parse(report.stdout) as {
      statements: { sql: string; code: string; count: number }[];
    };
    expect(statements.map((s) => [s.sql, s.code, s.count])).toEqual([
      ['SELECT * FROM orders@remote', 'TRANSLATE_UNSUPPORTED', 3],
      ['SELECT * FROM orders AS OF SCN 42', 'TRANSLATE_UNSUPPORTED', 1],
    ]);
    const text = await runCli(['gateway', 'report', '--target', target]);
    expect(text.stdout).toContain('2 distinct statements, 4 executions refused');
  });

  it('refuses a --listen that is not host:port, a startup timeout that is no time, and TLS with a certificate but no key', async () => {
    const target = await createDatabase('gateway_cli_flags');
    const listen = await runCli(['gateway', '--target', target, '--listen', '127.0.0.1:http']);
    expect(listen.code).toBe(2);
    expect(listen.stderr).toContain('is not host:port');
    const tls = await runCli(['gateway', '--target', target, '--tls-cert', 'cert.pem']);
    expect(tls.code).toBe(2);
    expect(tls.stderr).toContain('both --tls-cert and --tls-key');
    const timeout = await runCli(['gateway', '--target', target, '--startup-timeout', '0']);
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain('--startup-timeout 0 is not a number of seconds');
  });
});
