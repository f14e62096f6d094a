/**
 * check with the canonical method (checkHashMethod: canonical), end to end on PostgreSQL →
 * PostgreSQL, the one pair that runs today: every row read into Decant on both sides,
 * values put in canonical form and hashed there, as MySQL and SQLite sources are checked.
 */
import { describe, expect, it } from 'vitest';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';
import type { EngineEvent } from '../../src/index.js';

function reportOf(events: EngineEvent[]) {
  const report = events.filter((e) => e.type === 'check-report').at(-1);
  if (report?.type !== 'check-report') throw new Error('no check report');
  return report.tables;
}

const logLines = (events: EngineEvent[]) => events.flatMap((e) => (e.type === 'log' ? [e.message] : []));

/** Sends the tables back to d, so that check compares them again. */
const AGAIN = `UPDATE dbt.migration_objects SET stage = 'd' WHERE type = 'TABLE'`;

describe('check with the canonical method', () => {
  it('passes equal tables, names a changed, a deleted and an inserted row, and --repair fixes them', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 6000);
    const config = testConfig(source, target, { dataChunkSize: 64 * 1024, checkHashMethod: 'canonical' });
    const migrated: EngineEvent[] = [];
    expect((await testEngine(config, migrated).migrate()).ok).toBe(true);
    expect(logLines(migrated)).toContain('hashing rows with the canonical method');
    expect(reportOf(migrated).every((t) => t.equal)).toBe(true);
    expect(reportOf(migrated).find((t) => t.table === 'public.items')).toMatchObject({
      sourceRows: 18000,
      targetRows: 18000,
    });

    await execSql(
      target,
      `SET session_replication_role = replica;
       DELETE FROM items WHERE order_id = 4321 AND line = 2;
       INSERT INTO items VALUES (999999, 1, 'SKU-X', 1);
       UPDATE items SET sku = sku || ' ' WHERE order_id = 17 AND line = 3;
       UPDATE orders SET placed = placed + interval '1 microsecond' WHERE id = 2500;
       DELETE FROM audit_log WHERE message = 'event 77';
       ${AGAIN}`,
    );
    const events: EngineEvent[] = [];
    expect((await testEngine(config, events).run('check')).ok).toBe(false);
    const tables = reportOf(events);
    const items = tables.find((t) => t.table === 'public.items')!;
    expect(items.differences.sort()).toEqual([
      'different order_id=17, line=3',
      'extra order_id=999999, line=1',
      'missing order_id=4321, line=2',
    ]);
    expect(items).toMatchObject({ equal: false, sourceRows: 18000, targetRows: 18000 });
    expect(tables.find((t) => t.table === 'public.orders')).toMatchObject({
      equal: false,
      differences: ['different id=2500'],
    });
    const log = tables.find((t) => t.table === 'public.audit_log')!;
    expect(log).toMatchObject({ equal: false, sourceRows: 6000, targetRows: 5999 });
    expect(tables.find((t) => t.table === 'public.customers')?.equal).toBe(true);

    const repaired: EngineEvent[] = [];
    expect((await testEngine(config, repaired).run('check', { repair: true })).ok).toBe(true);
    expect(reportOf(repaired).every((t) => t.equal)).toBe(true);
    const rows = `SELECT (SELECT count(*) FROM items)::int AS items, (SELECT string_agg(sku, ',' ORDER BY order_id, line) FROM items WHERE order_id = 17) AS skus,
                         (SELECT placed::text FROM orders WHERE id = 2500) AS placed, (SELECT count(*) FROM audit_log)::int AS log`;
    expect(await queryRows(target, rows)).toEqual(await queryRows(source, rows));
  });

  it('finds every type equal after a copy, and tells apart values that differ only subtly', async () => {
    const { source, target } = await sourceAndTarget();
    await execSql(
      source,
      `CREATE TYPE mood AS ENUM ('ok', 'it''s "odd"');
       CREATE TABLE t (id bigint PRIMARY KEY, n numeric, d numeric(12,3), r real, f float8, b boolean,
         c char(4), v varchar(9), x text, y bytea, dt date, ts timestamp(3), tz timestamptz, tm time,
         tt timetz, i interval, j json, jb jsonb, u uuid, bt bit(5), vb varbit, a text[], ia int[][],
         ba bytea[], m mood, ip inet, mo money, pt point);
       INSERT INTO t VALUES
         (1, 1.0, 2.5, 0.1, '-0', true, 'ab', 'é', E'tab\\there', '\\x00ff', '0044-03-15 BC', '2024-02-29 23:59:59.999',
          '2024-01-01 12:00:00+05:30', '24:00:00', '12:00:00-08', '1 year -2 days 838:59:59.5', '{"b": 1, "a": [1.0]}',
          '{"b": 1, "a": [1.0, null]}', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', B'10101', B'1', '{"a b",NULL,"\\"q\\""}',
          '{{1,2},{3,NULL}}', ARRAY['\\x00'::bytea, NULL], 'it''s "odd"', '10.0.0.1/8', 12.5, '(1,2)'),
         (2, 'NaN', NULL, 'Infinity', '-Infinity', false, NULL, '', '', '', 'infinity', '-infinity',
          NULL, NULL, NULL, '0', '[]', '{}', NULL, NULL, B'', '{}', '[0:1]={7,8}', '{}', 'ok', NULL, NULL, NULL);`,
    );
    const config = testConfig(source, target, { checkHashMethod: 'canonical' });
    const migrated: EngineEvent[] = [];
    expect((await testEngine(config, migrated).migrate()).ok).toBe(true);
    expect(reportOf(migrated)).toMatchObject([{ table: 'public.t', equal: true, sourceRows: 2 }]);
    for (const [change, undo] of [
      [`n = 1.00`, `n = 1.0`],
      [`f = 0`, `f = '-0'`],
      [`r = 0.1000001`, `r = 0.1`],
      [`c = 'ab c'`, `c = 'ab'`],
      [`i = '1 year -2 days 838:59:59.500001'`, `i = '1 year -2 days 838:59:59.5'`],
      [`jb = '{"b": 1, "a": [1.00, null]}'`, `jb = '{"b": 1, "a": [1.0, null]}'`],
      [`ia = '{{1,2},{3,4}}'`, `ia = '{{1,2},{3,NULL}}'`],
      [`ba = ARRAY['\\x0000'::bytea, NULL]`, `ba = ARRAY['\\x00'::bytea, NULL]`],
    ]) {
      await execSql(target, `UPDATE t SET ${change} WHERE id = 1; ${AGAIN}`);
      const events: EngineEvent[] = [];
      expect((await testEngine(config, events).run('check')).ok, change).toBe(false);
      expect(reportOf(events)[0], change).toMatchObject({ equal: false, differences: ['different id=1'] });
      await execSql(target, `UPDATE t SET ${undo} WHERE id = 1; ${AGAIN}`);
    }
    // json compares as jsonb holds it: key order and spacing do not count.
    await execSql(target, `UPDATE t SET j = '{"a":[1.0],   "b":1}' WHERE id = 1; ${AGAIN}`);
    expect((await testEngine(config).run('check')).ok).toBe(true);
  });
});
