/**
 * check: differences are found, narrowed to keys, recorded, and repaired; both hash
 * methods tell apart values that only differ subtly.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';
import { createRowHasher, TARGET_SIDE } from '../../src/target/row-hasher.js';
import type { TableToCopy } from '../../src/sources/source.js';
import type { EngineEvent } from '../../src/index.js';

describe('check', () => {
  it('names the keys that differ, records them, and --repair makes the table identical', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 6000);
    const engine = testEngine(testConfig(source, target, { dataChunkSize: 64 * 1024 }));
    expect((await engine.migrate()).ok).toBe(true);
    await execSql(
      target,
      `SET session_replication_role = replica;
       DELETE FROM items WHERE order_id = 4321 AND line = 2;
       INSERT INTO items VALUES (999999, 1, 'SKU-X', 1);
       UPDATE items SET qty = qty + 1 WHERE order_id = 17 AND line = 3;
       DELETE FROM audit_log WHERE message = 'event 77';`,
    );
    await execSql(target, `UPDATE dbt.migration_objects SET stage = 'd' WHERE type = 'TABLE'`);
    const events: EngineEvent[] = [];
    const failed = await testEngine(testConfig(source, target), events).run('check');
    expect(failed.ok).toBe(false);
    const report = events.find((e) => e.type === 'check-report');
    if (report?.type !== 'check-report') throw new Error('no report');
    const items = report.tables.find((t) => t.table === 'public.items')!;
    expect(items.equal).toBe(false);
    expect(items.differences.sort()).toEqual(
      [
        'different order_id=17, line=3',
        'extra order_id=999999, line=1',
        'missing order_id=4321, line=2',
      ].sort(),
    );
    expect(items).toMatchObject({ sourceRows: 18000, targetRows: 18000 });
    const log = report.tables.find((t) => t.table === 'public.audit_log')!;
    expect(log).toMatchObject({ equal: false, sourceRows: 6000, targetRows: 5999 });
    expect(log.note).toMatch(/no primary or unique key/);
    expect(
      report.tables
        .filter((t) => t.equal)
        .map((t) => t.table)
        .sort(),
    ).toEqual(['public.customers', 'public.orders']);
    const recorded = await queryRows(
      target,
      `SELECT difference, key_value FROM dbt.check_differences ORDER BY difference`,
    );
    expect(recorded).toEqual(
      [
        { difference: 'different', key_value: 'order_id=17, line=3' },
        { difference: 'missing', key_value: 'order_id=4321, line=2' },
        { difference: 'extra', key_value: 'order_id=999999, line=1' },
      ].sort((a, b) => a.difference.localeCompare(b.difference)),
    );
    const stages = await queryRows(
      target,
      `SELECT name, stage FROM dbt.migration_objects WHERE type = 'TABLE' ORDER BY name`,
    );
    expect(stages).toEqual([
      { name: 'audit_log', stage: 'i' },
      { name: 'customers', stage: 'K' },
      { name: 'items', stage: 'i' },
      { name: 'orders', stage: 'K' },
    ]);

    const repaired = await testEngine(testConfig(source, target), events).run('check', { repair: true });
    expect(repaired.ok).toBe(true);
    const counts = `SELECT (SELECT count(*) FROM items)::int AS i, (SELECT sum(qty)::int FROM items) AS q, (SELECT count(*) FROM audit_log)::int AS a`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
    expect(
      await queryRows(target, `SELECT DISTINCT stage FROM dbt.migration_objects WHERE type = 'TABLE'`),
    ).toEqual([{ stage: 'K' }]);
  });

  it.each(['record', 'text'] as const)(
    'with the %s method, tells apart values that differ only subtly',
    async (method) => {
      const { source, target } = await sourceAndTarget();
      const columns = [
        { name: 'id', type: 'integer', copied: true },
        { name: 'n', type: 'numeric', copied: true },
        { name: 'f', type: 'double precision', copied: true },
        { name: 'i', type: 'interval', copied: true },
        { name: 'c', type: 'character(4)', copied: true },
        { name: 't', type: 'text', copied: true },
        { name: 'j', type: 'json', copied: true },
      ];
      const create = `CREATE TABLE t (id int PRIMARY KEY, n numeric, f float8, i interval, c char(4), t text, j json);
      INSERT INTO t VALUES (1, 1.0, 0, '1 day', 'ab', 'x', '{"a":1}')`;
      await execSql(source, create);
      await execSql(target, create);
      const table: TableToCopy = {
        owner: 'public',
        name: 't',
        dataSize: 0,
        details: {
          kind: 'table',
          targetSchema: 'public',
          targetName: 't',
          partitioned: false,
          columns,
          key: [{ name: 'id', type: 'integer' }],
          copyFormat: 'binary',
          pages: 1,
        },
      };
      const whole = { kind: 'key' as const, lower: null, upper: null, estimatedBytes: 0 };
      const connectTo = async (url: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const hasher = await createRowHasher(client, TARGET_SIDE);
        hasher.useMethod(method);
        return hasher;
      };
      const [a, b] = [await connectTo(source), await connectTo(target)];
      try {
        expect(await b.hashChunk(table, whole)).toEqual(await a.hashChunk(table, whole));
        for (const change of [
          `n = 1.00`,
          `f = '-0'`,
          `i = '24 hours'`,
          `c = 'a b'`,
          `t = 'X'`,
          `j = '{"a": 1}'`,
        ]) {
          await execSql(target, `UPDATE t SET ${change}`);
          const [sa, ta] = [await a.hashChunk(table, whole), await b.hashChunk(table, whole)];
          expect(ta.hash, `${method}: ${change}`).not.toBe(sa.hash);
          await execSql(
            target,
            `TRUNCATE t; INSERT INTO t VALUES (1, 1.0, 0, '1 day', 'ab', 'x', '{"a":1}')`,
          );
        }
      } finally {
        await a.close();
        await b.close();
      }
    },
  );
});
