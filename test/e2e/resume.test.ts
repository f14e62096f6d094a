/**
 * Resumability (issue 2, point 7): SIGKILL during data at several points, then a run to
 * the end; a target backend terminated mid-chunk; a worker that stops making progress is
 * named as stalled by status.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { startCli, testConfig, testEngine } from '../support/engine.js';
import type { EngineEvent } from '../../src/index.js';

const ROWS = 120_000;

async function createSource(source: string): Promise<void> {
  await execSql(
    source,
    `CREATE TABLE events (id bigint PRIMARY KEY, kind int NOT NULL, payload text NOT NULL);
     INSERT INTO events SELECT i, i % 13, repeat(md5(i::text), 1 + i % 4) FROM generate_series(1, ${ROWS}) i;
     CREATE TABLE heap_only (n int, t text);
     INSERT INTO heap_only SELECT i, md5(i::text) FROM generate_series(1, ${ROWS / 2}) i;`,
  );
}

async function doneChunks(target: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    target,
    `SELECT count(*)::int AS n FROM dbt.chunks WHERE state = 'done'`,
  ).catch(() => [{ n: 0 }]);
  return rows[0]!.n;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await delay(50);
  }
}

/** Waits until the data step has planned the chunks of `tables` tables. */
async function waitForPlanned(target: string, tables: number): Promise<void> {
  await waitFor(async () => {
    const [planned] = await queryRows<{ n: number }>(
      target,
      `SELECT count(DISTINCT object_id)::int AS n FROM dbt.chunks`,
    ).catch(() => [{ n: 0 }]);
    return planned!.n === tables;
  });
}

describe('resumable data', () => {
  it('survives SIGKILL at several points with no row missing or doubled', async () => {
    const { source, target } = await sourceAndTarget();
    await createSource(source);
    const args = [
      '--source',
      source,
      '--target',
      target,
      '--jobs',
      '2',
      '--data-chunk-size',
      '256kB',
      '--lease-seconds',
      '3',
    ];
    const prepare = testEngine(testConfig(source, target));
    for (const step of ['init', 'schema'] as const) expect((await prepare.run(step)).ok).toBe(true);
    const total = async (): Promise<number> =>
      (await queryRows<{ n: number }>(target, `SELECT count(*)::int AS n FROM dbt.chunks`))[0]!.n;

    // Once both tables are planned, a lock in the target holds back every copy into
    // heap_only, so that each run is surely killed before it could finish.
    const holder = new pg.Client({ connectionString: target });
    await holder.connect();
    const killedAt: number[] = [];
    try {
      for (const fraction of [0.1, 0.4, 0.7]) {
        const run = startCli(['data', ...args]);
        if (killedAt.length === 0) {
          await waitForPlanned(target, 2);
          await holder.query('BEGIN; LOCK TABLE heap_only IN SHARE MODE');
        }
        await waitFor(
          async () =>
            (await doneChunks(target)) > 0 && (await doneChunks(target)) >= fraction * (await total()),
        );
        run.child.kill('SIGKILL');
        const ended = await run.done;
        expect(ended.signal).toBe('SIGKILL');
        killedAt.push(await doneChunks(target));
      }
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    expect(killedAt[0]!).toBeLessThan(killedAt[2]!);
    expect(killedAt[2]!).toBeLessThan(await total());

    const last = await startCli(['data', ...args]).done;
    expect(last.code).toBe(0);

    // Independent counts: every id exactly once, and the keyless table complete.
    const counts = `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(DISTINCT id) FROM events)::int AS ids,
      (SELECT sum(id)::text FROM events) AS idsum, (SELECT count(*) FROM heap_only)::int AS heap, (SELECT sum(n)::text FROM heap_only) AS nsum`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
    const engine = testEngine(testConfig(source, target));
    expect((await engine.run('constraints')).ok).toBe(true);
    expect((await engine.run('check')).ok).toBe(true);
  });

  it('retries a chunk whose target connection was terminated, with backoff', async () => {
    const { source, target } = await sourceAndTarget();
    await createSource(source);
    const events: EngineEvent[] = [];
    const engine = testEngine(testConfig(source, target, { dataChunkSize: 512 * 1024, jobs: 2 }), events);
    for (const step of ['init', 'schema'] as const) expect((await engine.run(step)).ok).toBe(true);
    const killer = new pg.Client({ connectionString: target });
    await killer.connect();
    const locker = new pg.Client({ connectionString: target });
    let killed = 0;
    const data = engine.run('data');
    try {
      // Once planned, copies into `events` wait on a lock: they are surely caught mid-chunk.
      await waitForPlanned(target, 2);
      // From another session: inside a transaction, pg_stat_activity would not change.
      await locker.connect();
      await locker.query('BEGIN; LOCK TABLE events IN SHARE MODE');
      await waitFor(async () => {
        const { rows } = await killer.query(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
           WHERE datname = current_database() AND application_name LIKE 'decant %data%' AND query LIKE 'COPY%FROM STDIN%' AND state = 'active'`,
        );
        killed += rows.filter((r) => r.ok).length;
        return killed >= 2;
      });
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
      await killer.end();
    }
    const result = await data;
    expect(result.ok).toBe(true);
    expect(
      events.some((e) => e.type === 'log' && e.level === 'warn' && /retrying in \d+ ms/.test(e.message)),
    ).toBe(true);
    const counts = `SELECT (SELECT count(*) FROM events)::int AS a, (SELECT count(DISTINCT id) FROM events)::int AS b, (SELECT count(*) FROM heap_only)::int AS c`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
  });

  it('status names a worker that stopped making progress as stalled', async () => {
    const { source, target } = await sourceAndTarget();
    await createSource(source);
    const engine = testEngine(
      testConfig(source, target, { stallSeconds: 1, jobs: 1, dataChunkSize: 1024 * 1024 }),
    );
    for (const step of ['init', 'schema'] as const) expect((await engine.run(step)).ok).toBe(true);
    // Once chunks are planned, a lock in the target holds the copy of `events` still.
    const blocker = new pg.Client({ connectionString: target });
    await blocker.connect();
    const data = engine.run('data');
    await waitFor(
      async () =>
        (await queryRows<{ n: number }>(target, `SELECT count(*)::int AS n FROM dbt.chunks`))[0]!.n > 0,
    );
    await blocker.query('BEGIN; LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
    try {
      await waitFor(async () => {
        const status = await engine.status().catch(() => null);
        return Boolean(
          status?.workers.some((w) => w.stalled && w.object_name === 'public.events' && w.chunk_seq !== null),
        );
      });
      const status = await engine.status();
      const worker = status.workers.find((w) => w.stalled)!;
      expect(worker.seconds_since_progress).toBeGreaterThan(1);
      expect(worker.seconds_since_heartbeat).toBeLessThan(5);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    expect((await data).ok).toBe(true);
  });
});
