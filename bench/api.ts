/**
 * `npm run bench:api`: does `decant serve` slow the engine, and does it answer while the
 * engine works? On the benchmark dataset in one embedded PostgreSQL:
 *
 * 1. Throughput: the data step run by the CLI (`decant data`, a child process) and by the
 *    API (`decant serve`, a child process; POST /operation then POST .../wait), in turn,
 *    each into a fresh target prepared by init and schema. Data bytes over data seconds.
 * 2. Dashboard: during each API run, a client of /events counts progress snapshots per
 *    second, and how many of them show more rows than the one before.
 * 3. Polling: GET /operation/{id} from 50 pollers at 10 requests a second each, spread in
 *    phase (bench/pollers.ts), for BENCH_POLL_SECONDS: against the idle server first, then
 *    while one more API data operation runs; then, during another, autocannon's 50
 *    connections that ask as fast as they are answered. Beside each load under a data
 *    operation, a process that only sleeps measures how late it wakes: the scheduler's
 *    share of any latency on this machine.
 *
 * Each timed data step starts after a checkpoint.
 *
 * Environment: BENCH_SCALE (1), BENCH_JOBS (8: "eight workers copy"), BENCH_ROUNDS (3),
 * BENCH_POLL_SECONDS (10).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/embedded/postgres-server.js';
import { BENCH_SERVER_SETTINGS, buildDataset } from './dataset.js';
import { pacedPollers, type PollingResult } from './pollers.js';

const CLI = fileURLToPath(new URL('../bin/decant.js', import.meta.url));
const MB = 1024 * 1024;
const scale = Number(process.env.BENCH_SCALE ?? 1);
const jobs = Number(process.env.BENCH_JOBS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const pollSeconds = Number(process.env.BENCH_POLL_SECONDS ?? 10);

/** Runs the CLI with --json; answers the seconds between its step's start and end events. */
function runCli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`decant ${args[0]} exited ${code}: ${stderr}`));
      const at = stdout
        .split('\n')
        .filter((line) => line.startsWith('{"type":"step"'))
        .map((line) => Date.parse((JSON.parse(line) as { at: string }).at));
      resolve((at[1]! - at[0]!) / 1000);
    });
  });
}

/** The same span for an API operation: its "<step>: started" line to its last line. */
function stepSeconds(messages: string[]): number {
  const started = messages.find((line) => / (info) \w+: started$/.test(line))!;
  return (Date.parse(messages.at(-1)!.split(' ')[0]!) - Date.parse(started.split(' ')[0]!)) / 1000;
}

/**
 * What any process on this machine waits for the CPU while the copy runs: a child that
 * only sleeps 10 ms at a time measures how late it wakes. An HTTP answer needs the server
 * and the load tool to wake, so this is a floor under the polling latency that no server
 * code can go below.
 */
function wakeUpLateness(seconds: number): Promise<{ p50: number; p99: number; max: number }> {
  const script = `
    const { monitorEventLoopDelay } = require('node:perf_hooks');
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    setTimeout(() => {
      const ms = (ns) => Math.max(0, ns / 1e6 - 10);
      console.log(JSON.stringify({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) }));
    }, ${seconds * 1000});`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`wake-up probe exited ${code}`)),
    );
  });
}

/** `decant serve` as deployed: a child process without auth on a loopback port. */
async function startServe(): Promise<{ url: string; child: ChildProcess; stateDir: string }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'decant-bench-api-'));
  const port = 3400 + Math.floor(Math.random() * 500);
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--no-auth', '--state-dir', stateDir, '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('listening on')) resolve();
    });
    child.on('close', (code) => reject(new Error(`decant serve exited ${code}: ${stderr}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, stateDir };
}

async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const parsed = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(parsed)}`);
  return parsed;
}

function connection(id: string, databaseUrl: string): Record<string, unknown> {
  const url = new URL(databaseUrl);
  return {
    id,
    type: 'PostgreSQL',
    host: url.hostname,
    port: Number(url.port),
    database: url.pathname.slice(1),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

function describePolling(result: PollingResult): string {
  return (
    `${result.requests} requests, ${result.failed} failed, ${result.skipped} ticks skipped (answer still pending), ` +
    `latency p50 ${result.p50} ms, p90 ${result.p90} ms, p99 ${result.p99} ms, max ${result.max} ms`
  );
}

/** Reads /events until `stop` resolves: progress snapshots and how many showed new rows. */
async function watchEvents(
  url: string,
  stop: Promise<unknown>,
): Promise<{ snapshots: number; advancing: number; maxGapMs: number }> {
  const controller = new AbortController();
  const response = await fetch(`${url}/events`, { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let snapshots = 0;
  let advancing = 0;
  let lastRows = -1;
  let lastAt = 0;
  let maxGapMs = 0;
  void stop.then(() => controller.abort());
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!message.startsWith('event: progress')) continue;
        const data = JSON.parse(message.slice(message.indexOf('data: ') + 6)) as {
          operations: { tables: { rows: number; step: string }[] }[];
        };
        const tables = data.operations.flatMap((o) => o.tables).filter((t) => t.step === 'data');
        if (tables.length === 0) continue;
        const rows = tables.reduce((sum, t) => sum + t.rows, 0);
        const now = performance.now();
        if (lastAt > 0) maxGapMs = Math.max(maxGapMs, now - lastAt);
        lastAt = now;
        snapshots++;
        if (rows > lastRows && lastRows >= 0) advancing++;
        lastRows = rows;
      }
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
  return { snapshots, advancing, maxGapMs };
}

/** As bench/run.ts before each tool: no side pays for the writes of the one before it. */
async function checkpoint(server: EmbeddedServer): Promise<void> {
  const client = new pg.Client({ connectionString: server.url() });
  await client.connect();
  try {
    await client.query('checkpoint');
  } finally {
    await client.end();
  }
}

async function tableBytes(server: EmbeddedServer): Promise<number> {
  const client = new pg.Client({ connectionString: server.url('bench_src') });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>(
      `select sum(pg_table_size(c.oid))::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r'`,
    );
    return Number(rows[0]!.bytes);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  console.log(
    `API benchmark: scale ${scale}, ${jobs} jobs, ${rounds} rounds, ${cpus().length} cores, ${Math.round(totalmem() / MB / 1024)} GB`,
  );
  const server = await startEmbeddedPostgres({ settings: BENCH_SERVER_SETTINGS });
  const serve = await startServe();
  try {
    await server.createDatabase('bench_src');
    await buildDataset(server.url('bench_src'), {
      scale,
      jobs: 2,
      onProgress: (m) => console.log(`  dataset: ${m}`),
    });
    const bytes = await tableBytes(server);
    console.log(`Source: ${(bytes / MB).toFixed(0)} MB of tables`);
    const source = server.url('bench_src');
    await call(serve.url, 'POST', '/connection', connection('source', source));
    await call(serve.url, 'POST', '/config', { jobs, eraseOnInit: true });

    let targets = 0;
    const freshTarget = async (): Promise<string> => {
      const name = `bench_api_${++targets}`;
      await server.createDatabase(name);
      return server.url(name);
    };
    const apiRun = async (stage: string): Promise<string | number> => {
      const { operation } = await call<{ operation: { id: string | number } }>(
        serve.url,
        'POST',
        '/operation',
        {
          source: 'source',
          target: 'target',
          stage,
        },
      );
      return operation.id;
    };
    const apiWait = async (id: string | number): Promise<string[]> => {
      const done = await call<{ status: string; summary: string; messages: string[] }>(
        serve.url,
        'POST',
        `/operation/${id}/wait`,
      );
      if (done.status !== 'Succeeded') throw new Error(`operation ${id}: ${done.summary}`);
      return done.messages;
    };

    const results: {
      round: number;
      cli: number;
      api: number;
      cliWall: number;
      apiWall: number;
      events: Awaited<ReturnType<typeof watchEvents>>;
    }[] = [];
    for (let round = 1; round <= rounds; round++) {
      // CLI first in odd rounds, API first in even ones: the machine's drift falls on both.
      const order = round % 2 === 1 ? ['cli', 'api'] : ['api', 'cli'];
      const timing: Record<string, number> = {};
      let events: Awaited<ReturnType<typeof watchEvents>> | undefined;
      for (const side of order) {
        const target = await freshTarget();
        if (side === 'cli') {
          const common = ['--source', source, '--target', target, '--jobs', String(jobs)];
          await runCli(['init', ...common]);
          await runCli(['schema', ...common]);
          await checkpoint(server);
          const started = performance.now();
          timing.cli = await runCli(['data', ...common]);
          timing.cliWall = (performance.now() - started) / 1000;
        } else {
          await call(serve.url, 'POST', '/connection', connection('target', target));
          await apiWait(await apiRun('init'));
          await apiWait(await apiRun('schema'));
          await checkpoint(server);
          const started = performance.now();
          const id = await apiRun('data');
          const finished = apiWait(id);
          const watched = watchEvents(serve.url, finished);
          timing.api = stepSeconds(await finished);
          timing.apiWall = (performance.now() - started) / 1000;
          events = await watched;
        }
      }
      results.push({
        round,
        cli: timing.cli!,
        api: timing.api!,
        cliWall: timing.cliWall!,
        apiWall: timing.apiWall!,
        events: events!,
      });
      const r = results.at(-1)!;
      console.log(
        `  round ${round} (data step; wall time CLI process ${r.cliWall.toFixed(2)} s, API request to answer ${r.apiWall.toFixed(2)} s): CLI ${r.cli.toFixed(2)} s (${(bytes / MB / r.cli).toFixed(0)} MB/s), ` +
          `API ${r.api.toFixed(2)} s (${(bytes / MB / r.api).toFixed(0)} MB/s), API ÷ CLI throughput ${((r.cli / r.api) * 100).toFixed(1)}%; ` +
          `dashboard: ${r.events.snapshots} snapshots (${(r.events.snapshots / r.api).toFixed(2)}/s), ${r.events.advancing} with new rows, longest gap ${r.events.maxGapMs.toFixed(0)} ms`,
      );
    }

    // Polling: 50 paced pollers at 10 requests a second each (a dashboard asks once a
    // second), first against the idle server as the baseline, then during a data operation;
    // then, during another, 50 connections that ask as fast as the server answers (a
    // saturation test: latency there is mostly queueing).
    await call(serve.url, 'POST', '/connection', connection('target', await freshTarget()));
    const idleId = await apiRun('init');
    await apiWait(idleId);
    const idle = await pacedPollers({
      url: `${serve.url}/operation/${idleId}`,
      pollers: 50,
      perSecond: 10,
      seconds: pollSeconds,
    });
    console.log(
      `  polling GET /operation/{id}, 50 pollers at 10 requests/s each, server idle: ${describePolling(idle)}`,
    );
    for (const load of ['paced', 'saturating'] as const) {
      await call(serve.url, 'POST', '/connection', connection('target', await freshTarget()));
      await apiWait(await apiRun('init'));
      await apiWait(await apiRun('schema'));
      const id = await apiRun('data');
      const url = `${serve.url}/operation/${id}`;
      const [polled, lateness] = await Promise.all([
        load === 'paced'
          ? pacedPollers({ url, pollers: 50, perSecond: 10, seconds: pollSeconds }).then(describePolling)
          : autocannon({ url, connections: 50, duration: pollSeconds }).then(
              (poll) =>
                `${poll.requests.total} requests, ${poll.non2xx} non-2xx, latency p50 ${poll.latency.p50} ms, p90 ${poll.latency.p90} ms, ` +
                `p99 ${poll.latency.p99} ms, max ${poll.latency.max} ms`,
            ),
        wakeUpLateness(pollSeconds),
      ]);
      const stillRunning =
        (await call<{ status: string }>(serve.url, 'GET', `/operation/${id}`)).status === 'Running';
      await apiWait(id);
      const label =
        load === 'paced'
          ? '50 pollers at 10 requests/s each'
          : '50 connections as fast as answered (autocannon)';
      console.log(
        `  polling GET /operation/{id}, ${label}, during a data operation, ${pollSeconds} s${stillRunning ? '' : ' (the operation ended before the polling did)'}: ` +
          `${polled}; meanwhile a process that only sleeps woke late by p50 ${lateness.p50.toFixed(1)} ms, p99 ${lateness.p99.toFixed(1)} ms, max ${lateness.max.toFixed(1)} ms`,
      );
    }

    const ratios = results.map((r) => r.cli / r.api).sort((a, b) => a - b);
    console.log('\nSummary');
    console.log(
      '| round | CLI data s | API data s | API ÷ CLI throughput | snapshots/s | snapshots with new rows | longest gap |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results)
      console.log(
        `| ${r.round} | ${r.cli.toFixed(2)} | ${r.api.toFixed(2)} | ${((r.cli / r.api) * 100).toFixed(1)}% | ${(r.events.snapshots / r.api).toFixed(2)} | ${r.events.advancing} of ${r.events.snapshots} | ${r.events.maxGapMs.toFixed(0)} ms |`,
      );
    console.log(`median API ÷ CLI throughput: ${(ratios[Math.floor(ratios.length / 2)]! * 100).toFixed(1)}%`);
  } finally {
    serve.child.kill('SIGTERM');
    rmSync(serve.stateDir, { recursive: true, force: true });
    await server.stop();
  }
}

await main();
