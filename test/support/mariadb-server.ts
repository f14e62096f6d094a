/**
 * A throw-away MariaDB server for the tests and the benchmark, from Debian's mariadb-server
 * binaries: a fresh data directory in a temporary directory, a free loopback port, removed
 * again on stop or exit. It never touches the system service, its socket or /var/lib/mysql
 * (every program runs with --no-defaults). Free of vitest, so that bench/ can import it.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { freeLoopbackPort } from '../../src/embedded/postgres-server.js';

export interface MariaDbServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly socketPath: string;
  /** The temporary directory holding data, socket, pid file and error log. */
  readonly directory: string;
  /** `SELECT VERSION()`, e.g. `10.11.19-MariaDB-0+deb12u1-log`. */
  readonly version: string;
  /** `mysql://decant:…@127.0.0.1:<port>/<database>`: a user with every privilege. */
  url(database?: string): string;
  /** The same for `reader`, who may only SELECT: for the missing-privilege paths. */
  readerUrl(database?: string): string;
  stop(): Promise<void>;
}

export interface MariaDbOptions {
  /** Extra `--name=value` server settings; they come last, so they override the defaults. */
  settings?: Record<string, string | number>;
  /** How long the server may take to accept connections (default 60 s: the CPU is shared). */
  startTimeoutMs?: number;
}

/** Settings for speed (nothing here needs to survive a crash) and for the MySQL source. */
const DEFAULT_SETTINGS: Record<string, string | number> = {
  'skip-name-resolve': 'ON',
  'innodb-flush-log-at-trx-commit': 0,
  'innodb-doublewrite': 'OFF',
  'innodb-buffer-pool-size': '128M',
  'innodb-log-file-size': '64M',
  'sync-binlog': 0,
  // The source records a binlog position at its snapshot and captures row events from it.
  'log-bin': 'binlog',
  'binlog-format': 'ROW',
  'server-id': 1,
  // Debian's own configuration says utf8mb4; the compiled-in default is latin1.
  'character-set-server': 'utf8mb4',
  'collation-server': 'utf8mb4_general_ci',
  'max-connections': 300,
};

const ATTEMPTS_ON_TAKEN_PORT = 3;
const execFileAsync = promisify(execFile);

export async function startMariaDb(options: MariaDbOptions = {}): Promise<MariaDbServer> {
  const [serverBinary, installBinary] = await Promise.all([
    findBinary('mariadbd'),
    findBinary('mariadb-install-db'),
  ]);
  const directory = await mkdtemp(join(tmpdir(), 'decant-mariadb-'));
  const paths = {
    data: join(directory, 'data'),
    socket: join(directory, 'mariadb.sock'),
    pid: join(directory, 'mariadb.pid'),
    errorLog: join(directory, 'error.log'),
  };
  // mariadbd refuses to run as root unless told to; otherwise it runs as whoever we are.
  const asUser = userInfo().uid === 0 ? ['--user=root'] : [];
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const innodbSettings = Object.fromEntries(
    Object.entries(settings).filter(([name]) => name.replaceAll('_', '-').startsWith('innodb-')),
  );
  let child: ChildProcess | undefined;
  const removeOnExit = (): void => {
    child?.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  };
  process.once('exit', removeOnExit);
  try {
    await execFileAsync(installBinary, [
      '--no-defaults',
      `--datadir=${paths.data}`,
      ...asUser,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      // The InnoDB files are made here: made to the server's settings, they need no resizing at start.
      ...settingFlags(innodbSettings),
    ]).catch((error: unknown) => {
      const output = error as { stdout?: string; stderr?: string; message?: string };
      throw new Error(
        `mariadb-install-db failed in ${paths.data}: ${lastLines(`${output.stderr ?? ''}${output.stdout ?? ''}`) || output.message}`,
      );
    });
    const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
    for (let attempt = 1; ; attempt++) {
      const port = await freeLoopbackPort();
      // mariadbd appends to its log: empty it so that this attempt's lines are the only ones read.
      await writeFile(paths.errorLog, '');
      child = spawn(
        serverBinary,
        [
          '--no-defaults',
          `--datadir=${paths.data}`,
          `--socket=${paths.socket}`,
          `--pid-file=${paths.pid}`,
          `--log-error=${paths.errorLog}`,
          `--tmpdir=${directory}`,
          ...asUser,
          '--bind-address=127.0.0.1',
          `--port=${port}`,
          ...settingFlags(settings),
        ],
        { stdio: 'ignore' },
      );
      const started = await acceptingConnections(child, paths.socket, deadline);
      if (started.ready) {
        const passwords = {
          decant: randomBytes(12).toString('hex'),
          reader: randomBytes(12).toString('hex'),
        };
        const version = await createUsers(paths.socket, passwords);
        return {
          host: '127.0.0.1',
          port,
          socketPath: paths.socket,
          directory,
          version,
          url: (database = '') => mysqlUrl('decant', passwords.decant, port, database),
          readerUrl: (database = '') => mysqlUrl('reader', passwords.reader, port, database),
          async stop(): Promise<void> {
            process.off('exit', removeOnExit);
            await stopProcess(child);
            await rm(directory, { recursive: true, force: true });
          },
        };
      }
      const log = await readFile(paths.errorLog, 'utf8').catch(() => '');
      // Another process may take the free port between our probe and the server's bind.
      if (started.exited && log.includes('Address already in use') && attempt < ATTEMPTS_ON_TAKEN_PORT)
        continue;
      throw new Error(
        `MariaDB (${serverBinary}) did not accept connections on 127.0.0.1:${port}: ${started.reason}. The end of its error log:\n${lastLines(log)}`,
      );
    }
  } catch (error) {
    process.off('exit', removeOnExit);
    await stopProcess(child);
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

/** Looks on PATH and in /usr/sbin, where Debian puts mariadbd but a user's PATH may not reach. */
async function findBinary(name: string): Promise<string> {
  const folders = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/bin'];
  for (const folder of folders) {
    const candidate = join(folder, name);
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  throw new Error(
    `${name} was not found (looked on PATH, /usr/sbin and /usr/bin): the MariaDB tests start their own server ` +
      `from Debian's mariadb-server package. Install it with "apt-get install --no-install-recommends mariadb-server" ` +
      `(.ci/run does this when it is missing).`,
  );
}

function settingFlags(settings: Record<string, string | number>): string[] {
  return Object.entries(settings).map(([name, value]) => `--${name}=${value}`);
}

type StartResult = { ready: true } | { ready: false; exited: boolean; reason: string };

/** Polls the server's own socket as root until it answers, the process dies, or time runs out. */
async function acceptingConnections(
  child: ChildProcess,
  socketPath: string,
  deadline: number,
): Promise<StartResult> {
  let exitReason: string | undefined;
  const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
    exitReason = `the server exited (${signal ?? `code ${code}`})`;
  };
  const onError = (error: Error): void => {
    exitReason = `the server could not be run: ${error.message}`;
  };
  child.once('exit', onExit);
  child.once('error', onError);
  let lastError = 'no attempt yet';
  try {
    while (Date.now() < deadline) {
      if (exitReason) return { ready: false, exited: true, reason: exitReason };
      try {
        const connection = await mysql.createConnection({ socketPath, user: 'root', connectTimeout: 2_000 });
        await connection.end();
        return { ready: true };
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return {
      ready: false,
      exited: false,
      reason: `no answer before the deadline (last error: ${lastError})`,
    };
  } finally {
    child.off('exit', onExit);
    child.off('error', onError);
  }
}

/**
 * `decant` may do anything, as a migration's source user with full rights would (ALL on *.*
 * includes RELOAD for FLUSH TABLES WITH READ LOCK, BINLOG MONITOR for SHOW MASTER STATUS and
 * REPLICATION SLAVE for reading the binlog); `reader` may only SELECT.
 */
async function createUsers(
  socketPath: string,
  passwords: { decant: string; reader: string },
): Promise<string> {
  const connection = await mysql.createConnection({ socketPath, user: 'root' });
  try {
    await connection.query('CREATE USER ?@? IDENTIFIED BY ?', ['decant', '127.0.0.1', passwords.decant]);
    await connection.query('GRANT ALL PRIVILEGES ON *.* TO ?@? WITH GRANT OPTION', ['decant', '127.0.0.1']);
    await connection.query('CREATE USER ?@? IDENTIFIED BY ?', ['reader', '127.0.0.1', passwords.reader]);
    await connection.query('GRANT SELECT ON *.* TO ?@?', ['reader', '127.0.0.1']);
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
    return String(rows[0]?.version);
  } finally {
    await connection.end();
  }
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGTERM is mariadbd's clean shutdown; a server that hangs in it is killed.
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
}

function mysqlUrl(user: string, password: string, port: number, database: string): string {
  return `mysql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

function lastLines(text: string, count = 25): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
