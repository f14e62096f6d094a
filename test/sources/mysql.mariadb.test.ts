/**
 * The MySQL/MariaDB source against a real MariaDB and a real PostgreSQL: the shop migrated
 * through init, schema, data and constraints with identity, keys, enum types and JSON;
 * every column type with its edge values round-tripped exactly; zero dates under both
 * policies; tinyint(1) as boolean; a type option changed between init and data refused by
 * name (and the table copied once retried with init's options); a chunk stream ended early (by its reader, or by a value
 * refused) leaving its session usable; the snapshot's fallback without the RELOAD
 * privilege; and a data run killed (SIGKILL) mid-copy, then resumed with no row lost or
 * doubled.
 */
import { copyRows } from '../support/binary-copy.js';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDatabase, queryRows, withClient } from '../support/databases.js';
import { startCli, testConfig, testEngine } from '../support/engine.js';
import {
  createMariaDatabase,
  execMaria,
  mariaReaderUrl,
  mariaDatabaseOf,
  queryMaria,
} from '../support/mariadb.js';
import { createMariaShop } from '../support/mariadb-fixtures.js';
import type { Config, EngineEvent } from '../../src/index.js';
import { createMysqlSource } from '../../src/sources/mysql/index.js';
import type { TableDetails, TableToCopy } from '../../src/sources/source.js';

async function migrate(source: string, overrides: Partial<Config> = {}, events: EngineEvent[] = []) {
  const target = await createDatabase('mysql_target');
  const engine = testEngine(testConfig(source, target, { dataChunkSize: 8192, ...overrides }), events);
  const results: Record<string, { ok: boolean; summary: string }> = {};
  for (const step of ['init', 'schema', 'data', 'constraints', 'check'] as const)
    results[step] = await engine.run(step);
  return { target, results, engine };
}

describe('MySQL/MariaDB source', () => {
  it('migrates the shop: rows, identity, keys, enum type, JSON and what needs review', async () => {
    const source = await createMariaDatabase('shop');
    await createMariaShop(source, 3000);
    const schema = mariaDatabaseOf(source);
    const { target, results } = await migrate(source);
    // The trigger is recorded for review; the two views are translated.
    expect(results.init!.summary).toMatch(/1 cannot be migrated/);
    expect(results.schema!.ok, results.schema!.summary).toBe(true);
    expect(results.data!.ok).toBe(true);
    expect(results.constraints!.ok).toBe(true);
    // check compares across engines with the canonical method: every table equal.
    expect(results.check!.summary).toBe('4 of 4 table(s) identical');

    for (const table of ['customers', 'orders', 'items', 'audit_log']) {
      const [mysql] = await queryMaria<{ n: number }>(source, `SELECT count(*) AS n FROM \`${table}\``);
      const [pg] = await queryRows<{ n: number }>(
        target,
        `SELECT count(*)::int AS n FROM "${schema}"."${table}"`,
      );
      expect(pg!.n, table).toBe(Number(mysql!.n));
    }
    // Identity continues where AUTO_INCREMENT would.
    const [next] = await queryMaria<{ next: string }>(
      source,
      `SELECT AUTO_INCREMENT AS next FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'`,
    );
    const [inserted] = await queryRows<{ id: number }>(
      target,
      `INSERT INTO "${schema}".orders (customer_id, placed) VALUES (1, now()) RETURNING id`,
    );
    expect(inserted!.id).toBe(Number(next!.next));
    // Keys and foreign keys exist; the enum is a type; JSON became jsonb.
    const constraints = await queryRows<{ conname: string; contype: string }>(
      target,
      `SELECT conname, contype FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = $1 AND contype IN ('p', 'f', 'u') ORDER BY conname`,
      [schema],
    );
    expect(constraints).toEqual(
      expect.arrayContaining([
        { conname: 'orders_customer', contype: 'f' },
        { conname: 'items_order', contype: 'f' },
        { conname: 'orders_pkey', contype: 'p' },
        { conname: 'items_pkey', contype: 'p' },
      ]),
    );
    // MySQL's CHECK (total >= 0) is translated and holds.
    const checks = await queryRows<{ conname: string; def: string }>(
      target,
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = '"${schema}".orders'::regclass AND contype = 'c'`,
    );
    expect(checks).toEqual([{ conname: 'total', def: expect.stringMatching(/^CHECK \(\(total >= /) }]);
    await expect(
      queryRows(target, `INSERT INTO "${schema}".orders (customer_id, placed, total) VALUES (1, now(), -1)`),
    ).rejects.toThrow(/violates check constraint "total"/);
    const [status] = await queryRows<{ type: string; labels: string }>(
      target,
      `SELECT format_type(a.atttypid, a.atttypmod) AS type,
              (SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = a.atttypid) AS labels
       FROM pg_attribute a WHERE a.attrelid = '"${schema}".orders'::regclass AND a.attname = 'status'`,
    );
    expect(status!.labels).toBe('new,paid,shipped');
    const gifts = await queryRows<{ n: number }>(
      target,
      `SELECT count(*)::int AS n FROM "${schema}".items WHERE attributes @> '{"gift": true}'`,
    );
    const [mysqlGifts] = await queryMaria<{ n: number }>(
      source,
      `SELECT count(*) AS n FROM items WHERE JSON_EXTRACT(attributes, '$.gift') = true`,
    );
    expect(gifts[0]!.n).toBe(Number(mysqlGifts!.n));
    // The views answer as in MySQL.
    for (const [view, query] of [
      ['big_orders', 'SELECT count(*) AS n, sum(total) AS s FROM big_orders'],
      ['order_sizes', 'SELECT count(*) AS n, sum(qty) AS s FROM order_sizes'],
    ]) {
      const [mysql] = await queryMaria<{ n: number; s: string }>(source, query!);
      const [pg] = await queryRows<{ n: string; s: string }>(
        target,
        `SELECT count(*)::text AS n, sum(${view === 'big_orders' ? 'total' : 'qty'})::text AS s FROM "${schema}"."${view}"`,
      );
      expect(pg, view).toEqual({ n: String(mysql!.n), s: String(mysql!.s) });
    }
  });

  it('copies every type exactly, edge values included', async () => {
    const source = await createMariaDatabase('types');
    await execMaria(
      source,
      `SET SESSION sql_mode = '';
       CREATE TABLE t (
         id int PRIMARY KEY,
         ti tinyint, tiu tinyint unsigned, si smallint, siu smallint unsigned, mi mediumint unsigned,
         i int, iu int unsigned, bi bigint, biu bigint unsigned,
         d decimal(65,30), f float, db double, b5 bit(5), b64 bit(64), y year,
         dt date, ts datetime(6), tz timestamp(3) NULL, tm time(6),
         c char(3), vc varchar(10), tx text, bin binary(3), vb varbinary(8), bl blob,
         e enum('a b', 'it''s', 'x,y', 'é'), st set('red', 'green', 'blue'), j json,
         g point, l1 varchar(10) CHARACTER SET latin1, bs bigint, u3 varchar(10) CHARACTER SET utf8mb3);
       INSERT INTO t VALUES
         (1, -128, 255, -32768, 65535, 16777215, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615,
          '-99999999999999999999999999999999999.999999999999999999999999999999', 0.1, 1.7976931348623157e308,
          b'10101', b'1111111111111111111111111111111111111111111111111111111111111111', 2155,
          '1000-01-01', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999', '-838:59:59.000000',
          'ab', 'x😀y', 'tab\\there', x'000100', x'00ff00', x'00',
          'it''s', 'red,blue', '{"b": [1, 2.5], "a": null}', ST_GeomFromText('POINT(1 2)'), 'café', 9007199254740991, 'ñandú €'),
         (2, 127, 0, 32767, 0, 0, 2147483647, 0, 9223372036854775807, 0,
          '0.000000000000000000000000000001', 1.1754943508222875e-38, -0, b'0', b'0', 1901,
          '2024-02-29', '2024-02-29 12:00:00', '1970-01-01 00:00:01', '838:59:59',
          '', '', '', x'', x'', x'',
          'é', '', '[]', NULL, 'ÿ', -9007199254740993, ''),
         (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
          NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
          NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`,
    );
    const schema = mariaDatabaseOf(source);
    const { target, results } = await migrate(source);
    expect(results.data!.ok, results.data!.summary).toBe(true);
    expect(results.check!.ok, results.check!.summary).toBe(true);
    const rows = await withClient(target, async (client) => {
      await client.query(`SET timezone = 'UTC'; SET extra_float_digits = 3`);
      return (
        await client.query<Record<string, string | null>>(
          `SELECT id::text, ti::text, tiu::text, si::text, siu::text, mi::text, i::text, iu::text, bi::text, biu::text,
              d::text, f::text, db::text, b5::text, b64::text, y::text, dt::text, ts::text, tz::text, tm::text,
              c::text, vc, tx, encode(bin, 'hex') AS bin, encode(vb, 'hex') AS vb, encode(bl, 'hex') AS bl,
              e::text, st::text, j::text, g, l1, bs::text, u3
       FROM "${schema}".t ORDER BY id`,
        )
      ).rows;
    });
    expect(rows[0]).toEqual({
      id: '1',
      ti: '-128',
      tiu: '255',
      si: '-32768',
      siu: '65535',
      mi: '16777215',
      i: '-2147483648',
      iu: '4294967295',
      bi: '-9223372036854775808',
      biu: '18446744073709551615',
      d: '-99999999999999999999999999999999999.999999999999999999999999999999',
      f: '0.1',
      db: '1.7976931348623157e+308',
      b5: '10101',
      b64: '1'.repeat(64),
      y: '2155',
      dt: '1000-01-01',
      ts: '9999-12-31 23:59:59.999999',
      tz: '2038-01-19 03:14:07.999+00',
      tm: '-838:59:59',
      c: 'ab',
      vc: 'x😀y',
      tx: 'tab\there',
      bin: '000100',
      vb: '00ff00',
      bl: '00',
      e: "it's",
      st: '{red,blue}',
      j: '{"a": null, "b": [1, 2.5]}',
      g: 'POINT(1 2)',
      // A latin1 column arrives as UTF-8; a BIGINT up to 2^53 as a number, beyond as its text.
      l1: 'café',
      bs: '9007199254740991',
      // A utf8mb3 column's bytes are UTF-8 already: read without a conversion.
      u3: 'ñandú €',
    });
    expect(rows[1]).toMatchObject({
      ti: '127',
      tiu: '0',
      biu: '0',
      d: '0.000000000000000000000000000001',
      // MariaDB prints this float as 1.17549e-38; it is read as DOUBLE, so no digit is lost.
      f: '1.1754944e-38',
      // MariaDB stores -0 as 0.
      db: '0',
      b5: '00000',
      y: '1901',
      ts: '2024-02-29 12:00:00',
      tz: '1970-01-01 00:00:01+00',
      tm: '838:59:59',
      c: '',
      vc: '',
      bin: '000000',
      vb: '',
      e: 'é',
      st: '{}',
      j: '[]',
      g: null,
      l1: 'ÿ',
      bs: '-9007199254740993',
      u3: '',
    });
    expect(Object.entries(rows[2]!).filter(([column, value]) => column !== 'id' && value !== null)).toEqual(
      [],
    );
  });

  it('stops at a zero date naming table, key and column, or stores NULL when asked', async () => {
    const source = await createMariaDatabase('zero');
    await execMaria(
      source,
      `SET SESSION sql_mode = '';
       CREATE TABLE events (id int PRIMARY KEY, happened date, logged datetime);
       INSERT INTO events VALUES (1, '2024-01-01', '2024-01-01 10:00:00'), (2, '0000-00-00', '2024-01-02 00:00:00'),
         (3, '2024-01-03', '0000-00-00 00:00:00')`,
    );
    const strict = await migrate(source, { retries: 0 });
    expect(strict.results.data!.ok).toBe(false);
    const [failed] = await queryRows<{ error: string }>(
      strict.target,
      `SELECT error FROM dbt.migration_objects WHERE name = 'events' AND type = 'TABLE'`,
    );
    expect(failed!.error).toMatch(/events/);
    expect(failed!.error).toMatch(/id=2/);
    expect(failed!.error).toMatch(/happened/);
    expect(failed!.error).toMatch(/invalidDates/);

    const lenient = await migrate(source, { invalidDates: 'null' });
    expect(lenient.results.data!.ok).toBe(true);
    const schema = mariaDatabaseOf(source);
    expect(
      await queryRows(
        lenient.target,
        `SELECT id, happened::text, logged::text FROM "${schema}".events ORDER BY id`,
      ),
    ).toEqual([
      { id: 1, happened: '2024-01-01', logged: '2024-01-01 10:00:00' },
      { id: 2, happened: null, logged: '2024-01-02 00:00:00' },
      { id: 3, happened: '2024-01-03', logged: null },
    ]);
  });

  it('makes tinyint(1) boolean when asked: 0 false, any other value true', async () => {
    const source = await createMariaDatabase('flags');
    await execMaria(
      source,
      `CREATE TABLE flags (id int PRIMARY KEY, on_off tinyint(1), n tinyint, m int);
       INSERT INTO flags VALUES (1, 0, 0, 0), (2, 1, -1, -2147483648), (3, -1, 127, 2147483647),
         (4, 2, -128, 1), (5, NULL, NULL, NULL)`,
    );
    const { target, results } = await migrate(source, { mysqlTinyint1AsBoolean: true });
    expect(results.check!.ok, results.check!.summary).toBe(true);
    expect(
      await queryRows(target, `SELECT id, on_off, n, m FROM "${mariaDatabaseOf(source)}".flags ORDER BY id`),
    ).toEqual([
      { id: 1, on_off: false, n: 0, m: 0 },
      { id: 2, on_off: true, n: -1, m: -2147483648 },
      { id: 3, on_off: true, n: 127, m: 2147483647 },
      { id: 4, on_off: true, n: -128, m: 1 },
      { id: 5, on_off: null, n: null, m: null },
    ]);
  });

  it('refuses to copy when a type option changed since init, naming the column and both types', async () => {
    const source = await createMariaDatabase('changed');
    await execMaria(
      source,
      `CREATE TABLE flags (id int PRIMARY KEY, on_off tinyint(1));
       INSERT INTO flags VALUES (1, 0), (2, 1)`,
    );
    const target = await createDatabase('mysql_target');
    const atInit = testEngine(testConfig(source, target, { mysqlTinyint1AsBoolean: false, retries: 0 }));
    expect((await atInit.run('init')).ok).toBe(true);
    expect((await atInit.run('schema')).ok).toBe(true);
    const changed = testEngine(testConfig(source, target, { mysqlTinyint1AsBoolean: true, retries: 0 }));
    expect((await changed.run('data')).ok).toBe(false);
    const [failed] = await queryRows<{ id: number; error: string; stage: string }>(
      target,
      `SELECT id::int, error, stage FROM dbt.migration_objects WHERE name = 'flags' AND type = 'TABLE'`,
    );
    expect(failed!.stage).toBe('F');
    expect(failed!.error).toMatch(/"on_off" \(smallint at init, boolean now\)/);
    expect(failed!.error).toMatch(/mysqlTinyint1AsBoolean/);
    expect(
      await queryRows(target, `SELECT count(*)::int AS n FROM "${mariaDatabaseOf(source)}".flags`),
    ).toEqual([{ n: 0 }]);
    // Retried with the options init had, the same target copies.
    await atInit.retry(failed!.id);
    const again = await atInit.run('data');
    expect(again.ok, again.summary).toBe(true);
  });

  it('leaves the reader session usable after a chunk stream ends early', async () => {
    const source = await createMariaDatabase('early');
    await execMaria(
      source,
      `SET SESSION sql_mode = '';
       CREATE TABLE wide (id int PRIMARY KEY, payload varchar(200));
       INSERT INTO wide SELECT seq, REPEAT('w', 200) FROM seq_1_to_20000;
       CREATE TABLE events (id int PRIMARY KEY, happened date);
       INSERT INTO events VALUES (1, '2024-01-01'), (2, '0000-00-00'), (3, '2024-01-03')`,
    );
    const adapter = await createMysqlSource(source, testConfig(source, 'postgresql://unused'));
    const discovered = await adapter.discover({ schemas: [], include: [], exclude: [] });
    const table = (name: string): TableToCopy => {
      const found = discovered.find((object) => object.name === name)!;
      return { owner: found.owner, name, details: found.details as TableDetails, dataSize: 0 };
    };
    const whole = { kind: 'key', lower: null, upper: null, estimatedBytes: 0 } as const;
    const reader = await adapter.openReader(null);
    try {
      // Its reader stops after the first piece: the server is still sending rows.
      const abandoned = await reader.read(table('wide'), whole);
      await new Promise((resolve) => abandoned.once('data', resolve));
      abandoned.destroy();
      // A zero date under invalidDates 'error' ends the stream with the encoder's error.
      const refused = await copyRows(await reader.read(table('events'), whole)).catch(
        (error: Error) => error,
      );
      expect(refused).toMatchObject({ code: 'DATA_VALUE_REJECTED', message: expect.stringMatching(/id=2/) });
      expect(await copyRows(await reader.read(table('wide'), whole))).toBe(20_000);
    } finally {
      await reader.close();
      await adapter.close();
    }
  });

  it('copies without the RELOAD privilege, and says the snapshot is not one point', async () => {
    const source = await createMariaDatabase('noreload');
    await createMariaShop(source, 200);
    const events: EngineEvent[] = [];
    const { results } = await migrate(mariaReaderUrl(mariaDatabaseOf(source)), {}, events);
    expect(results.data!.ok).toBe(true);
    const warnings = events.filter((event) => event.type === 'log' && event.level === 'warn');
    expect(warnings.map((event) => (event as { message: string }).message).join('\n')).toMatch(
      /FLUSH TABLES WITH READ LOCK was refused/,
    );
  });

  it('resumes after SIGKILL during data with no row missing or doubled', async () => {
    const source = await createMariaDatabase('killed');
    await createMariaShop(source, 20_000);
    const schema = mariaDatabaseOf(source);
    const target = await createDatabase('mysql_killed');
    const args = [
      '--source',
      source,
      '--target',
      target,
      '--jobs',
      '2',
      '--data-chunk-size',
      '64kB',
      '--lease-seconds',
      '3',
    ];
    const prepare = testEngine(testConfig(source, target));
    await prepare.run('init');
    expect((await prepare.run('schema')).ok).toBe(true);
    const done = async (): Promise<number> =>
      (
        await queryRows<{ n: number }>(
          target,
          `SELECT count(*)::int AS n FROM dbt.chunks WHERE state = 'done'`,
        ).catch(() => [{ n: 0 }])
      )[0]!.n;
    // A lock in the target holds back every copy into audit_log, so the run is surely killed
    // before it could finish.
    const holder = new pg.Client({ connectionString: target });
    await holder.connect();
    try {
      await holder.query(`BEGIN; LOCK TABLE "${schema}".audit_log IN SHARE MODE`);
      const run = startCli(['data', ...args]);
      const until = Date.now() + 60_000;
      while ((await done()) < 3 && Date.now() < until) await delay(50);
      run.child.kill('SIGKILL');
      expect((await run.done).signal).toBe('SIGKILL');
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    const [chunks] = await queryRows<{ done: number; all: number }>(
      target,
      `SELECT count(*) FILTER (WHERE state = 'done')::int AS done, count(*)::int AS all FROM dbt.chunks`,
    );
    expect(chunks!.done).toBeGreaterThan(0);
    expect(chunks!.done).toBeLessThan(chunks!.all);

    const last = await startCli(['data', ...args]).done;
    expect(last.code, last.stderr).toBe(0);
    for (const [table, key] of [
      ['orders', 'id'],
      ['items', 'order_id * 10 + line'],
      ['audit_log', 'at'],
    ]) {
      const [mysql] = await queryMaria<{ n: string; keys: string }>(
        source,
        `SELECT count(*) AS n, COUNT(DISTINCT ${key}) AS \`keys\` FROM \`${table}\``,
      );
      const [pgCounts] = await queryRows<{ n: string; keys: string }>(
        target,
        `SELECT count(*)::text AS n, count(DISTINCT ${key})::text AS keys FROM "${schema}"."${table}"`,
      );
      expect(pgCounts, table).toEqual({ n: String(mysql!.n), keys: String(mysql!.keys) });
    }
    const engine = testEngine(testConfig(source, target));
    expect((await engine.run('constraints')).ok).toBe(true);
    expect((await engine.run('check')).ok).toBe(true);
  });
});
