/**
 * The gateway benchmark (`npm run bench:gateway`): pgbench select-only, straight to
 * PostgreSQL and through `decant gateway`, with the same clients, threads and duration.
 *
 * One embedded PostgreSQL server with `pgbench -i` (scale 10, a million accounts) and the
 * Oracle compatibility schema; the gateway runs as users run it, `node bin/decant.js
 * gateway` in a process of its own (dist/, made by the build). Two workloads, each with
 * -M prepared and -M simple:
 *
 *  - proxy: the native statement `SELECT abalance FROM pgbench_accounts WHERE aid = :aid`,
 *    through a postgres-dialect session (PGOPTIONS=-c decant.dialect=postgres): what relaying
 *    the protocol costs, without translation;
 *  - oracle: `SELECT NVL(abalance, 0) ... AND ROWNUM <= 1` through the gateway against its
 *    native equivalent `SELECT COALESCE(abalance, 0) ... LIMIT 1` straight to PostgreSQL.
 *
 * Where PgBouncer is installed (Debian's pgbouncer), the proxy workload also goes through it
 * (session pooling, the same server), as what a proxy written in C costs on the same machine.
 * Each workload runs twice: the proxy (gateway or PgBouncer) reaching PostgreSQL on loopback
 * TCP, and on its Unix socket (`-socket`), as on the database's host; pgbench always connects
 * over TCP, to PostgreSQL or to the proxy.
 *
 * Throughput at -c 8 -j 2 (the target: through the gateway at least 85% of direct), and
 * median latency from pgbench's per-transaction logs (-l), at -c 8 and, where the machine
 * is not saturated, at -c 1 (the target: at most 100 µs added). Environment:
 * BENCH_GATEWAY_SECONDS (per run, default 15), BENCH_GATEWAY_ONLY (comma-separated runs to
 * keep, as workload-mode-clients: `proxy-prepared-8`), BENCH_GATEWAY_PROFILE=1 (write a CPU
 * profile of the gateway process to bench/results/), BENCH_GATEWAY_DECANT (the bin/decant.js
 * to run, another build's to compare). Results also go to
 * bench/results/gateway-<date>.json (git-ignored).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { freeLoopbackPort, startEmbeddedPostgres } from '../src/embedded/postgres-server.js';
import { installOracleCompat } from '../src/target/compat/oracle-compat.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const SECONDS = Number(process.env['BENCH_GATEWAY_SECONDS'] ?? 15);
const PROFILE = process.env['BENCH_GATEWAY_PROFILE'] === '1';
const ONLY = process.env['BENCH_GATEWAY_ONLY']?.split(',');
const SCALE = 10;
const ACCOUNTS = 100_000 * SCALE;

const SCRIPTS = {
  native: 'SELECT abalance FROM pgbench_accounts WHERE aid = :aid;',
  equivalent: 'SELECT COALESCE(abalance, 0) FROM pgbench_accounts WHERE aid = :aid LIMIT 1;',
  oracle: 'SELECT NVL(abalance, 0) FROM pgbench_accounts WHERE aid = :aid AND ROWNUM <= 1;',
} as const;

interface Workload {
  readonly name: string;
  /** Through PgBouncer instead of the gateway. */
  readonly pgbouncer?: boolean;
  readonly direct: keyof typeof SCRIPTS;
  readonly gateway: keyof typeof SCRIPTS;
  readonly pgOptions: string;
  /** The proxy reaches PostgreSQL on its Unix socket (on the database's host), not loopback TCP. */
  readonly socket?: boolean;
}

const PROXY = '-c decant.dialect=postgres';
const WORKLOADS: readonly Workload[] = [
  { name: 'proxy', direct: 'native', gateway: 'native', pgOptions: PROXY },
  { name: 'oracle', direct: 'equivalent', gateway: 'oracle', pgOptions: '' },
  { name: 'pgbouncer', direct: 'native', gateway: 'native', pgOptions: '', pgbouncer: true },
  { name: 'proxy-socket', direct: 'native', gateway: 'native', pgOptions: PROXY, socket: true },
  { name: 'oracle-socket', direct: 'equivalent', gateway: 'oracle', pgOptions: '', socket: true },
  {
    name: 'pgbouncer-socket',
    direct: 'native',
    gateway: 'native',
    pgOptions: '',
    pgbouncer: true,
    socket: true,
  },
];

interface Measure {
  readonly tps: number;
  readonly transactions: number;
  readonly failed: number;
  /** Median of the per-transaction latencies in pgbench's logs, in µs. */
  readonly medianUs: number;
}

interface Row {
  readonly workload: string;
  readonly mode: 'prepared' | 'simple';
  readonly clients: number;
  readonly direct: Measure;
  readonly gateway: Measure;
}

async function pgbench(
  env: NodeJS.ProcessEnv,
  work: string,
  script: string,
  mode: string,
  clients: number,
): Promise<Measure> {
  const dir = await mkdtemp(join(work, 'run-'));
  const file = join(dir, 'script.sql');
  await writeFile(file, `\\set aid random(1, ${ACCOUNTS})\n${script}\n`);
  const threads = Math.min(clients, 2);
  const args = ['-n', '-M', mode, '-c', `${clients}`, '-j', `${threads}`, '-T', `${SECONDS}`, '-f', file];
  const { stdout } = await run('pgbench', [...args, '-l', `--log-prefix=${join(dir, 'log')}`], { env });
  const number = (pattern: RegExp): number => {
    const match = pattern.exec(stdout);
    if (!match) throw new Error(`pgbench printed no ${pattern.source}:\n${stdout}`);
    return Number(match[1]);
  };
  const latencies: number[] = [];
  for (const name of await readdir(dir)) {
    if (!name.startsWith('log')) continue;
    // client_id transaction_no time_us script_no time_epoch time_us_part
    for (const line of (await readFile(join(dir, name), 'utf8')).split('\n'))
      if (line) latencies.push(Number(line.split(' ')[2]));
  }
  latencies.sort((a, b) => a - b);
  await rm(dir, { recursive: true, force: true });
  return {
    tps: number(/tps = ([\d.]+) \(without initial connection time\)/),
    transactions: number(/number of transactions actually processed: (\d+)/),
    failed: number(/number of failed transactions: (\d+)/),
    medianUs: latencies[Math.floor(latencies.length / 2)] ?? NaN,
  };
}

/** `decant gateway` in a process of its own; resolves once it listens. */
async function startGatewayProcess(targetUrl: string, profileDir: string | undefined) {
  const args = [
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    process.env['BENCH_GATEWAY_DECANT'] ?? join(ROOT, 'bin', 'decant.js'),
    'gateway',
    '--target',
    targetUrl,
    '--listen',
    '127.0.0.1:0',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      said += chunk;
      const match = /listening on [\d.]+:(\d+)/.exec(said);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`decant gateway exited (${code}): ${said}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    async stop(): Promise<void> {
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** PgBouncer in front of the target (session pooling), or undefined where it is not installed. */
async function startPgbouncer(target: URL, work: string, socketDirectory?: string) {
  try {
    await run('pgbouncer', ['--version']);
  } catch {
    return undefined;
  }
  const port = await freeLoopbackPort();
  const config = join(work, `pgbouncer-${port}.ini`);
  const database = decodeURIComponent(target.pathname.slice(1));
  await writeFile(
    config,
    [
      '[databases]',
      `${database} = host=${socketDirectory ?? target.hostname} port=${target.port} user=${decodeURIComponent(target.username)} password=${decodeURIComponent(target.password)}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      // The target checks the password given in [databases]; clients are not asked for one.
      'auth_type = any',
      'pool_mode = session',
      'max_client_conn = 100',
      'default_pool_size = 20',
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root.
  const asRoot = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  const child = spawn('pgbouncer', [...asRoot, config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (said = (said + chunk).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let tries = 0; ; tries++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) break;
    if (tries > 100 || child.exitCode !== null) throw new Error(`pgbouncer did not start: ${said}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const version = (await run('pgbouncer', ['--version'])).stdout.split('\n')[0]!;
  return {
    port,
    version,
    async stop(): Promise<void> {
      child.kill('SIGINT');
      await exited;
    },
  };
}

function libpq(url: URL, port: number, pgOptions = ''): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: String(port),
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    PGOPTIONS: pgOptions,
  };
}

const server = await startEmbeddedPostgres({ settings: { shared_buffers: '256MB', max_connections: 50 } });
const work = await mkdtemp(join(tmpdir(), 'decant-bench-gateway-'));
try {
  const targetUrl = await server.createDatabase('bench_gateway');
  const url = new URL(targetUrl);
  process.stderr.write(`pgbench -i -s ${SCALE}...\n`);
  await run('pgbench', ['-i', '-q', '-s', `${SCALE}`], { env: libpq(url, Number(url.port)) });
  const admin = new pg.Client({ connectionString: targetUrl });
  await admin.connect();
  await installOracleCompat(admin);
  await admin.end();
  await mkdir(RESULTS, { recursive: true });
  const socketUrl = new URL(targetUrl);
  socketUrl.hostname = '';
  socketUrl.searchParams.set('host', server.socketDirectory);
  socketUrl.searchParams.set('port', url.port);
  const gateway = await startGatewayProcess(targetUrl, PROFILE ? RESULTS : undefined);
  const socketGateway = await startGatewayProcess(socketUrl.toString(), undefined);
  const pgbouncer = await startPgbouncer(url, work);
  const socketPgbouncer = pgbouncer && (await startPgbouncer(url, work, server.socketDirectory));
  const rows: Row[] = [];
  try {
    for (const clients of [8, 1])
      for (const mode of ['prepared', 'simple'] as const)
        for (const workload of WORKLOADS) {
          if (ONLY && !ONLY.includes(`${workload.name}-${mode}-${clients}`)) continue;
          if (workload.pgbouncer && !pgbouncer) continue;
          const bouncer = workload.socket ? socketPgbouncer : pgbouncer;
          const proxy = workload.socket ? socketGateway : gateway;
          const direct = await pgbench(
            libpq(url, Number(url.port)),
            work,
            SCRIPTS[workload.direct],
            mode,
            clients,
          );
          const through = await pgbench(
            libpq(url, workload.pgbouncer ? bouncer!.port : proxy.port, workload.pgOptions),
            work,
            SCRIPTS[workload.gateway],
            mode,
            clients,
          );
          rows.push({ workload: workload.name, mode, clients, direct, gateway: through });
          process.stderr.write(
            `${workload.name} ${mode} -c ${clients}: ${direct.tps.toFixed(0)} / ${through.tps.toFixed(0)} tps\n`,
          );
        }
  } finally {
    await gateway.stop();
    await socketGateway.stop();
    await pgbouncer?.stop();
    await socketPgbouncer?.stop();
  }
  const failed = rows.filter((r) => r.direct.failed || r.gateway.failed);
  const lines = [
    `pgbench select-only, scale ${SCALE}, -T ${SECONDS}, threads min(clients, 2)${pgbouncer ? `; ${pgbouncer.version}` : ''}; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    '',
    '| workload | mode | clients | direct tps | gateway tps | ratio | direct median | gateway median | added median |',
    '| -------- | ---- | ------- | ---------- | ----------- | ----- | ------------- | -------------- | ------------ |',
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.mode} | ${r.clients} | ${r.direct.tps.toFixed(0)} | ${r.gateway.tps.toFixed(0)} | ` +
        `${((100 * r.gateway.tps) / r.direct.tps).toFixed(1)}% | ${r.direct.medianUs} µs | ${r.gateway.medianUs} µs | ` +
        `${r.gateway.medianUs - r.direct.medianUs} µs |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (failed.length) process.stdout.write(`\n${failed.length} runs had failed transactions\n`);
  const date = new Date().toISOString().replace(/:/g, '-').slice(0, 19);
  await writeFile(
    join(RESULTS, `gateway-${date}.json`),
    `${JSON.stringify({ date, seconds: SECONDS, scale: SCALE, cores: availableParallelism(), rows }, null, 2)}\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
  await server.stop();
}
