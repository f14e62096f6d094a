/**
 * A gateway in front of a fresh database of the test run's embedded server, and the ways the
 * gateway tests reach it: node-postgres clients, libpq environment variables for psql and
 * pgbench, and node-postgres's Connection taken over to speak the protocol by hand.
 */
import { spawnSync } from 'node:child_process';
import type { Socket } from 'node:net';
import pg from 'pg';
import { startGateway, type Gateway } from '../../src/gateway/server.js';
import { installOracleCompat } from '../../src/target/compat/oracle-compat.js';
import { createDatabase, execSql } from './databases.js';

export interface TestGateway {
  readonly gateway: Gateway;
  /** The target database itself, bypassing the gateway. */
  readonly targetUrl: string;
  /** A client of the gateway as the target's user (not connected yet). */
  client(options?: string): pg.Client;
  /** libpq's environment for the gateway (PGOPTIONS when options are given). */
  env(options?: string): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** A database made by `setupSql`, with the Oracle compatibility schema, behind a gateway. */
export async function startTestGateway(prefix: string, setupSql: string): Promise<TestGateway> {
  const targetUrl = await createDatabase(prefix);
  await execSql(targetUrl, setupSql);
  const admin = new pg.Client({ connectionString: targetUrl });
  await admin.connect();
  try {
    await installOracleCompat(admin);
  } finally {
    await admin.end();
  }
  const url = new URL(targetUrl);
  const gateway = await startGateway({
    target: { host: url.hostname, port: Number(url.port) },
    listen: { host: '127.0.0.1', port: 0 },
  });
  const login = {
    host: gateway.address.host,
    port: gateway.address.port,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
  };
  return {
    gateway,
    targetUrl,
    client: (options) => new pg.Client({ ...login, ...(options ? { options } : {}) }),
    env: (options) => ({
      ...process.env,
      PGHOST: login.host,
      PGPORT: String(login.port),
      PGUSER: login.user,
      PGPASSWORD: login.password,
      PGDATABASE: login.database,
      PGOPTIONS: options ?? '',
    }),
    close: () => gateway.close(),
  };
}

/**
 * Fails unless `command --version` runs. The tests that use psql and pgbench never skip: the
 * README says where the tools come from, and CI installs them.
 */
export function requireTool(command: string): void {
  const run = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(
      `${command} is needed by the gateway tests and does not run here (${run.error?.message ?? run.stderr.trim()}): ` +
        'on Debian, apt-get install postgresql-client postgresql (psql comes with the first, pgbench with the second; see the README)',
    );
}

/** The part of node-postgres's Connection that the tests drive by hand. */
export interface RawConnection {
  readonly stream: Socket;
  removeAllListeners(): void;
  on(event: string, listener: (message: never) => void): void;
  off(event: string, listener: (message: never) => void): void;
  query(text: string): void;
  parse(query: { name: string; text: string; types?: number[] }): void;
  bind(config: { portal?: string; statement?: string; values?: unknown[] }): void;
  describe(message: { type: 'S' | 'P'; name: string }): void;
  execute(config: { portal?: string; rows?: number }): void;
  close(message: { type: 'S' | 'P'; name: string }): void;
  sync(): void;
}

/**
 * Connects `client` (the gateway relays SCRAM, which node-postgres does for us) and takes
 * the protocol over from it: what comes back is read as events of the returned connection.
 */
export async function rawSession(client: pg.Client): Promise<RawConnection> {
  await client.connect();
  const connection = (client as unknown as { connection: RawConnection }).connection;
  connection.removeAllListeners();
  // The socket's own events tell how it ended; an 'error' re-emitted without a listener
  // would throw.
  connection.on('error', () => undefined);
  return connection;
}

/** The code and message of the next ErrorResponse on `connection`. */
export function nextError(connection: RawConnection): Promise<{ code: string; message: string }> {
  return new Promise((resolve) => {
    const listener = (error: { code: string; message: string }): void => {
      connection.off('errorMessage', listener);
      resolve({ code: error.code, message: error.message });
    };
    connection.on('errorMessage', listener);
  });
}
