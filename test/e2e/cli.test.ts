/**
 * The CLI as scripts and people use it: --json progress events a script can follow,
 * plain progress lines when stderr is not a terminal, status output, two data processes
 * sharing one migration (seed 000 starts two data operations).
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { queryRows, sourceAndTarget } from '../support/databases.js';
import { runCli, startCli } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';

describe('decant CLI', () => {
  it('answers --help with every step and the settings', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const word of [
      'init',
      'schema',
      'data',
      'constraints',
      'check',
      'migrate',
      'status',
      'demo',
      '--data-chunk-size',
      '--jobs',
      '--users',
      '--erase',
    ]) {
      expect(help.stdout).toContain(word);
    }
    const check = await runCli(['check', '--help']);
    expect(check.stdout).toContain('--repair');
  });

  it('prints one JSON object per line with --json, ending with the result', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 1500);
    const run = await runCli([
      'migrate',
      '--source',
      source,
      '--target',
      target,
      '--json',
      '--data-chunk-size',
      '32kB',
    ]);
    expect(run.code).toBe(0);
    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.every((e) => typeof e.type === 'string' && typeof e.at === 'string')).toBe(true);
    const steps = events.filter((e) => e.type === 'step' && e.phase === 'end').map((e) => [e.step, e.status]);
    expect(steps).toEqual([
      ['init', 'Succeeded'],
      ['schema', 'Succeeded'],
      ['data', 'Succeeded'],
      ['constraints', 'Succeeded'],
      ['check', 'Succeeded'],
    ]);
    const items = events.filter((e) => e.type === 'table' && e.step === 'data' && e.table === 'public.items');
    expect(items.at(-1)).toMatchObject({ done: true, rows: 4500 });
    expect(items.every((e) => typeof e.bytes === 'number' && typeof e.chunksTotal === 'number')).toBe(true);
    expect(events.find((e) => e.type === 'check-report')).toMatchObject({
      tables: expect.arrayContaining([expect.objectContaining({ table: 'public.items', equal: true })]),
    });
    expect(events.at(-1)).toMatchObject({ type: 'result', ok: true });
    expect(run.stdout).not.toContain(new URL(source).password);
  });

  it('prints plain progress lines and the check report when not on a terminal', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 500);
    const run = await runCli(['migrate', '--source', source, '--target', target]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/data: [\d,]+ rows, [\d.]+ \w?B, [\d.]+ \w?B\/s, ETA/);
    expect(run.stderr).toContain('check: Succeeded');
    expect(run.stdout).toMatch(/public\.items\s+1,500\s+1,500\s+\d+\s+identical/);
    expect(run.stdout).toContain('4 of 4 table(s) identical');

    const status = await runCli(['status', '--target', target, '--source', source]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/TABLE\s+K verified\s+4/);
    const json = JSON.parse((await runCli(['status', '--target', target, '--json'])).stdout) as {
      byStage: unknown[];
    };
    expect(json.byStage).toContainEqual({ type: 'TABLE', stage: 'K', count: 4 });
  });

  it('runs the demo end to end: embedded server, sample source, migration, check report', async () => {
    const run = await runCli(['demo', '--scale', '0.05']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/demo: sample source ready: \d+ tables, \d+ rows/);
    expect(run.stderr).toContain('check: Succeeded');
    expect(run.stdout).toMatch(/(\d+) of \1 table\(s\) identical/);
  });

  it('lets two data processes share the chunks and one snapshot', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 50_000);
    const common = ['--source', source, '--target', target, '--data-chunk-size', '64kB', '--jobs', '1'];
    for (const step of ['init', 'schema']) expect((await runCli([step, ...common])).code).toBe(0);
    // Copies into items wait on a lock until the second process has joined, so the first
    // cannot finish everything before the second starts.
    const holder = new pg.Client({ connectionString: target });
    await holder.connect();
    const first = startCli(['data', ...common]);
    const until = Date.now() + 60_000;
    while (
      (await queryRows(target, `SELECT 1 FROM dbt.snapshots WHERE released_at IS NULL`).catch(() => []))
        .length === 0
    ) {
      if (Date.now() > until) throw new Error('the first data run published no snapshot');
      await new Promise((r) => setTimeout(r, 25));
    }
    await holder.query('BEGIN; LOCK TABLE items IN SHARE MODE');
    const second = startCli(['data', ...common]);
    while (
      (
        await queryRows(
          target,
          `SELECT 1 FROM dbt.operation_messages WHERE message LIKE 'joined source snapshot%'`,
        )
      ).length === 0
    ) {
      if (Date.now() > until) throw new Error('the second data run did not join the snapshot');
      await new Promise((r) => setTimeout(r, 25));
    }
    await holder.query('ROLLBACK');
    await holder.end();
    const [firstDone, secondDone] = await Promise.all([first.done, second.done]);
    expect(firstDone.code, firstDone.stderr).toBe(0);
    expect(secondDone.code, secondDone.stderr).toBe(0);
    const messages = await queryRows<{ message: string }>(
      target,
      `SELECT message FROM dbt.operation_messages WHERE message LIKE 'joined source snapshot%'`,
    );
    expect(messages.length).toBe(1);
    const workers = await queryRows<{ n: number }>(
      target,
      `SELECT count(DISTINCT operation_id)::int AS n FROM dbt.workers`,
    );
    expect(workers[0]!.n).toBe(2);
    const counts = `SELECT (SELECT count(*) FROM items)::int AS items, (SELECT count(DISTINCT (order_id, line))::int FROM items) AS keys, (SELECT count(*) FROM orders)::int AS orders`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
  });
});
