import { describe, expect, it } from 'vitest';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';
import type { EngineEvent } from '../../src/index.js';

const COUNTS = `SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM orders)::int AS orders,
  (SELECT count(*) FROM items)::int AS items, (SELECT count(*) FROM audit_log)::int AS audit_log`;

describe('migrate PostgreSQL to PostgreSQL', () => {
  it('runs every step and leaves source and target identical', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 3000);
    const events: EngineEvent[] = [];
    // Small chunks so that every table is cut into several.
    const result = await testEngine(
      testConfig(source, target, { dataChunkSize: 64 * 1024 }),
      events,
    ).migrate();
    expect(result.summary).toContain('check:');
    expect(result.ok).toBe(true);

    expect(await queryRows(target, COUNTS)).toEqual(await queryRows(source, COUNTS));
    const stages = await queryRows<{ type: string; stage: string }>(
      target,
      `SELECT DISTINCT type, stage FROM dbt.migration_objects ORDER BY 1`,
    );
    expect(stages.map((s) => s.type)).toEqual(
      expect.arrayContaining(['FUNCTION', 'INDEX', 'SEQUENCE', 'TABLE', 'TRIGGER', 'VIEW']),
    );
    expect(stages.filter((s) => s.type !== 'TABLE').every((s) => s.stage === 'D')).toBe(true);
    expect(stages.filter((s) => s.type === 'TABLE')).toEqual([{ type: 'TABLE', stage: 'K' }]);

    const chunks = await queryRows<{ name: string; n: number; kinds: string }>(
      target,
      `SELECT o.name, count(*)::int AS n, string_agg(DISTINCT c.kind, ',') AS kinds FROM dbt.chunks c JOIN dbt.migration_objects o ON o.id = c.object_id GROUP BY o.name ORDER BY o.name`,
    );
    expect(chunks.find((c) => c.name === 'items')).toMatchObject({ kinds: 'key' });
    expect(chunks.find((c) => c.name === 'items')!.n).toBeGreaterThan(2);
    expect(chunks.find((c) => c.name === 'audit_log')).toMatchObject({ kinds: 'ctid' });

    // Each table was vacuumed and analyzed by the data step, before any index was built on it,
    // and analyzed once: the constraints step found its statistics current.
    const vacuumed = await queryRows<{ relname: string }>(
      target,
      `SELECT relname FROM pg_stat_user_tables
       WHERE schemaname = 'public' AND last_vacuum IS NOT NULL AND analyze_count = 1 ORDER BY 1`,
    );
    expect(vacuumed.map((t) => t.relname)).toEqual(['audit_log', 'customers', 'items', 'orders']);
    expect(result.summary).toMatch(/^data: .*; 4 vacuumed and analyzed$/m);

    expect(await queryRows(target, `SELECT count(*)::int AS n FROM order_sizes`)).toEqual([{ n: 3000 }]);
    // Constraints, indexes, triggers and sequence values arrived.
    const defs = `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`;
    expect(await queryRows(target, defs)).toEqual(await queryRows(source, defs));
    const indexes = `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`;
    expect(await queryRows(target, indexes)).toEqual(await queryRows(source, indexes));
    const sequence = `SELECT last_value::int FROM orders_id_seq`;
    expect(await queryRows(target, sequence)).toEqual(await queryRows(source, sequence));
    expect(await queryRows(target, `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal`)).toEqual([
      { tgname: 'orders_touch' },
    ]);

    // Progress was reported per table, and the check report names every table.
    expect(
      events.some((e) => e.type === 'table' && e.step === 'data' && e.table === 'public.items' && e.done),
    ).toBe(true);
    const report = events.find((e) => e.type === 'check-report');
    expect(
      report && report.type === 'check-report' && report.tables.map((t) => [t.table, t.equal]).sort(),
    ).toEqual([
      ['public.audit_log', true],
      ['public.customers', true],
      ['public.items', true],
      ['public.orders', true],
    ]);

    // Running a step again does only what is left: nothing.
    const again = await testEngine(testConfig(source, target)).run('data');
    expect(again.summary).toMatch(/^0 table\(s\) copied/);
  });

  it('splits a table of few rows with large values, counting its TOAST', async () => {
    const { source, target } = await sourceAndTarget();
    await execSql(
      source,
      `CREATE TABLE blobs (id int PRIMARY KEY, v text);
       ALTER TABLE blobs ALTER COLUMN v SET STORAGE EXTERNAL;
       INSERT INTO blobs SELECT i, (SELECT string_agg(md5((i * 100000 + j)::text), '') FROM generate_series(1, 8000) j)
       FROM generate_series(1, 40) i;`,
    );
    const result = await testEngine(testConfig(source, target, { dataChunkSize: 1024 * 1024 })).migrate();
    expect(result.ok).toBe(true);
    const [chunks] = await queryRows<{ n: number }>(
      target,
      `SELECT count(*)::int AS n FROM dbt.chunks c JOIN dbt.migration_objects o ON o.id = c.object_id WHERE o.name = 'blobs'`,
    );
    // 40 rows of 256 kB: about 10 MB, nearly all of it in TOAST, so about ten 1 MB chunks.
    expect(chunks!.n).toBeGreaterThanOrEqual(5);
    const digest = `SELECT md5(string_agg(v, '' ORDER BY id)) AS d FROM blobs`;
    expect(await queryRows(target, digest)).toEqual(await queryRows(source, digest));
  });
  it('analyzes a table in the constraints step when its statistics are older than its copy', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 500);
    const engine = testEngine(testConfig(source, target));
    for (const step of ['init', 'schema', 'data'] as const) expect((await engine.run(step)).ok).toBe(true);
    // As if the data step's VACUUM (ANALYZE) had failed on orders: no statistics since the copy.
    await execSql(target, `SELECT pg_stat_reset_single_table_counters('public.orders'::regclass)`);
    expect((await engine.run('constraints')).ok).toBe(true);
    const counts = await queryRows<{ relname: string; analyzed: number }>(
      target,
      `SELECT relname, analyze_count::int AS analyzed FROM pg_stat_user_tables
       WHERE schemaname = 'public' AND relname IN ('customers', 'orders') ORDER BY 1`,
    );
    expect(counts).toEqual([
      { relname: 'customers', analyzed: 1 },
      { relname: 'orders', analyzed: 1 },
    ]);
  });
});
