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

  it('learns the column types of tables created through it, in either dialect, without a restart', async () => {
    const target = await createDatabase('gateway_cli_ddl');
    const gateway = await startGatewayCli(target);
    const url = new URL(target);
    const login = {
      host: '127.0.0.1',
      port: gateway.port,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
    };
    const oracle = new pg.Client(login);
    // As Decant itself reaches a target through the gateway: PostgreSQL, untranslated.
    const native = new pg.Client({ ...login, options: '-c decant.dialect=postgres' });
    /** The query's rows once the gateway has read the new types (it reads them after the DDL commits). */
    const rowsOnceKnown = async (sql: string): Promise<unknown[]> => {
      for (let tries = 0; ; tries++) {
        try {
          return (await oracle.query(sql)).rows;
        } catch (error) {
          // Before the types are read, DATE + 1 is PostgreSQL's timestamp + integer: no such operator.
          if (tries === 50 || !/operator does not exist/.test((error as Error).message)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };
    let exitCode: number | null;
    try {
      await Promise.all([oracle.connect(), native.connect()]);
      await oracle.query('CREATE TABLE due_dates (id NUMBER(9) PRIMARY KEY, due DATE)');
      await oracle.query("INSERT INTO due_dates VALUES (1, TO_DATE('2026-03-31', 'YYYY-MM-DD'))");
      expect(await rowsOnceKnown("SELECT TO_CHAR(due + 1, 'YYYY-MM-DD') AS next FROM due_dates")).toEqual([
        { next: '2026-04-01' },
      ]);
      await native.query('BEGIN');
      await native.query('CREATE TABLE shipments (id integer, sent timestamp(0))');
      await native.query("INSERT INTO shipments VALUES (1, '2026-12-31 18:00')");
      await native.query('COMMIT');
      expect(
        await rowsOnceKnown("SELECT TO_CHAR(sent + 0.25, 'YYYY-MM-DD HH24:MI') AS t FROM shipments"),
      ).toEqual([{ t: '2027-01-01 00:00' }]);
    } finally {
      await Promise.all([oracle.end(), native.end()].map((p) => p.catch(() => undefined)));
      exitCode = await gateway.stop();
    }
    expect(exitCode).toBe(0);
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
