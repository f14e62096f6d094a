/**
 * The operator's levers from seed 000's playbook, each through the ledger as an
 * operator would pull it: edit ddl1 + stage I, edit ddl2 + stage R, D to copy again,
 * S or a deleted row to skip (with dependents).
 */
import { describe, expect, it } from 'vitest';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';

async function objectRow(target: string, name: string, type = 'TABLE') {
  const rows = await queryRows<{ stage: string; error: string }>(
    target,
    `SELECT stage, error FROM dbt.migration_objects WHERE name = $1 AND type = $2`,
    [name, type],
  );
  return rows[0];
}

describe('operator levers', () => {
  it('edit ddl1 and set stage I retries the schema; dependents wait meanwhile', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 100);
    const engine = testEngine(testConfig(source, target));
    expect((await engine.run('init')).ok).toBe(true);
    const good = (
      await queryRows<{ ddl1: string }>(
        target,
        `SELECT ddl1 FROM dbt.migration_objects WHERE name = 'orders' AND type = 'TABLE'`,
      )
    )[0]!.ddl1;
    await execSql(
      target,
      `UPDATE dbt.migration_objects SET ddl1 = replace(ddl1, 'numeric(12,2)', 'numeric(12,2) COLLATE "no such collation"') WHERE name = 'orders' AND type = 'TABLE'`,
    );

    const first = await engine.run('schema');
    expect(first.ok).toBe(false);
    expect(await objectRow(target, 'orders')).toMatchObject({
      stage: 'E',
      error: expect.stringMatching(/collation/),
    });
    expect((await objectRow(target, 'big_orders', 'VIEW'))!.stage).toBe('I');
    expect(await queryRows(target, `SELECT to_regclass('public.orders') AS t`)).toEqual([{ t: null }]);

    await execSql(
      target,
      `UPDATE dbt.migration_objects SET stage = 'I', error = '', ddl1 = $$${good}$$ WHERE name = 'orders' AND type = 'TABLE'`,
    );
    const second = await engine.run('schema');
    expect(second.ok).toBe(true);
    expect(await objectRow(target, 'orders')).toEqual({ stage: 'D', error: '' });
    expect((await objectRow(target, 'big_orders', 'VIEW'))!.stage).toBe('D');
  });

  it('edit ddl2 and set stage R retries the constraints', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 200);
    const engine = testEngine(testConfig(source, target));
    for (const step of ['init', 'schema', 'data'] as const) expect((await engine.run(step)).ok).toBe(true);
    const good = (
      await queryRows<{ ddl2: string }>(
        target,
        `SELECT ddl2 FROM dbt.migration_objects WHERE name = 'customers' AND type = 'TABLE'`,
      )
    )[0]!.ddl2;
    expect(good).toMatch(/PRIMARY KEY/);
    // A check that the data violates: constraints must fail on this table only.
    await execSql(
      target,
      `UPDATE dbt.migration_objects SET ddl2 = ddl2 || E'\\nALTER TABLE public.customers ADD CONSTRAINT short_names CHECK (length(name) < 5);' WHERE name = 'customers' AND type = 'TABLE'`,
    );
    const first = await engine.run('constraints');
    expect(first.ok).toBe(false);
    expect(await objectRow(target, 'customers')).toMatchObject({
      stage: 'e',
      error: expect.stringMatching(/short_names/),
    });
    expect((await objectRow(target, 'items'))!.stage).toBe('d');

    await execSql(
      target,
      `UPDATE dbt.migration_objects SET stage = 'R', error = '', ddl2 = $$${good}$$ WHERE name = 'customers' AND type = 'TABLE'`,
    );
    const second = await engine.run('constraints');
    expect(second.ok).toBe(true);
    expect(await objectRow(target, 'customers')).toEqual({ stage: 'd', error: '' });
    expect(
      await queryRows(
        target,
        `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'public.customers'::regclass AND contype = 'p'`,
      ),
    ).toEqual([{ n: 1 }]);
    // orders references customers: its foreign key could only be added once customers had its key.
    expect((await objectRow(target, 'orders'))!.stage).toBe('d');
    expect((await engine.run('check')).ok).toBe(true);
  });

  it('a foreign key the rows break fails its table and leaves no unvalidated key behind', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 200);
    const engine = testEngine(testConfig(source, target));
    for (const step of ['init', 'schema', 'data'] as const) expect((await engine.run(step)).ok).toBe(true);
    // An order whose customer is not in the target: orders' foreign key cannot be validated.
    const [orphan] = await queryRows<{ id: number }>(
      target,
      `DELETE FROM customers WHERE id = (SELECT min(customer_id) FROM orders) RETURNING id::int`,
    );
    const fks = `SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 'public.orders'::regclass AND contype = 'f'`;

    const first = await engine.run('constraints');
    expect(first.ok).toBe(false);
    expect(await objectRow(target, 'orders')).toMatchObject({
      stage: 'e',
      error: expect.stringMatching(/orders_customer_id_fkey/),
    });
    expect(await queryRows(target, fks)).toEqual([]);
    // items references orders, whose key exists: its own foreign key was added and validated.
    expect((await objectRow(target, 'items'))!.stage).toBe('d');

    await execSql(target, `INSERT INTO customers (id, name) VALUES (${orphan!.id}, 'back')`);
    await execSql(target, `UPDATE dbt.migration_objects SET stage = 'R', error = '' WHERE name = 'orders'`);
    expect((await engine.run('constraints')).ok).toBe(true);
    expect(await objectRow(target, 'orders')).toEqual({ stage: 'd', error: '' });
    expect(await queryRows(target, fks)).toEqual([
      { conname: 'orders_customer_id_fkey', convalidated: true },
    ]);
  });

  it('stage D copies a table again, replacing whatever the target holds', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 300);
    const engine = testEngine(testConfig(source, target, { dataChunkSize: 16 * 1024 }));
    expect((await engine.migrate()).ok).toBe(true);
    await execSql(
      target,
      `SET session_replication_role = replica; DELETE FROM items WHERE order_id % 2 = 0; UPDATE items SET qty = 99 WHERE order_id = 1`,
    );
    await execSql(
      target,
      `UPDATE customers SET name = 'changed' WHERE id = 3;
       UPDATE dbt.migration_objects SET stage = 'D' WHERE name IN ('items', 'customers') AND type = 'TABLE'`,
    );
    // customers is referenced by orders' foreign key: it cannot be truncated, only emptied.
    const data = await engine.run('data');
    expect(data.ok).toBe(true);
    expect(data.summary).toMatch(/^2 table\(s\) copied \(930 rows\)/);
    expect(await queryRows(target, `SELECT name FROM customers WHERE id = 3`)).toEqual([
      { name: 'customer 3' },
    ]);
    expect(await queryRows(target, `SELECT count(*)::int AS n, sum(qty)::int AS q FROM items`)).toEqual(
      await queryRows(source, `SELECT count(*)::int AS n, sum(qty)::int AS q FROM items`),
    );
    expect((await engine.run('constraints')).ok).toBe(true);
    expect((await engine.run('check')).ok).toBe(true);
    expect((await objectRow(target, 'items'))!.stage).toBe('K');
    expect((await objectRow(target, 'customers'))!.stage).toBe('K');
  });

  it('a table that failed in data (F) resumes from its failed chunks when set back to D', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 400);
    const engine = testEngine(testConfig(source, target, { dataChunkSize: 16 * 1024 }));
    for (const step of ['init', 'schema'] as const) expect((await engine.run(step)).ok).toBe(true);
    // The target column no longer takes the source's values: a permanent error, not retried.
    await execSql(target, `ALTER TABLE items ALTER COLUMN sku TYPE int USING 0`);
    const failed = await engine.run('data');
    expect(failed.ok).toBe(false);
    expect(await objectRow(target, 'items')).toMatchObject({
      stage: 'F',
      error: expect.stringMatching(/items chunk \d+/),
    });
    expect((await objectRow(target, 'orders'))!.stage).toBe('R');

    await execSql(target, `ALTER TABLE items ALTER COLUMN sku TYPE text`);
    await execSql(
      target,
      `UPDATE dbt.migration_objects SET stage = 'D', error = '' WHERE name = 'items' AND type = 'TABLE'`,
    );
    expect((await engine.run('data')).ok).toBe(true);
    const counts = `SELECT count(*)::int AS n, count(DISTINCT (order_id, line))::int AS ids, md5(string_agg(sku, ',' ORDER BY order_id, line)) AS skus FROM items`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
  });

  it('stage S skips an object and its dependents; a deleted row does the same', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 100);
    const engine = testEngine(testConfig(source, target));
    expect((await engine.run('init')).ok).toBe(true);
    await execSql(
      target,
      `UPDATE dbt.migration_objects SET stage = 'S' WHERE name = 'orders' AND type = 'TABLE'`,
    );
    await execSql(target, `DELETE FROM dbt.migration_objects WHERE name = 'audit_log' AND type = 'TABLE'`);
    const result = await engine.migrate();
    expect(result.ok).toBe(true);
    // The view over orders and the trigger and index on orders are skipped with it.
    expect(await objectRow(target, 'big_orders', 'VIEW')).toMatchObject({
      stage: 'S',
      error: expect.stringMatching(/orders/),
    });
    const onOrders = await queryRows<{ type: string; stage: string }>(
      target,
      `SELECT type, stage FROM dbt.migration_objects WHERE parent_name = 'orders' ORDER BY type`,
    );
    expect(onOrders.length).toBeGreaterThan(0);
    expect(onOrders.every((o) => o.stage === 'S')).toBe(true);
    expect(
      await queryRows(
        target,
        `SELECT to_regclass('public.orders') AS o, to_regclass('public.audit_log') AS a, to_regclass('public.big_orders') AS v`,
      ),
    ).toEqual([{ o: null, a: null, v: null }]);
    // items references orders: its foreign key is left out, the rest of items is migrated and checked.
    expect((await objectRow(target, 'items'))!.stage).toBe('K');
    expect(
      await queryRows(
        target,
        `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'public.items'::regclass AND contype = 'f'`,
      ),
    ).toEqual([{ n: 0 }]);
    const messages = await queryRows<{ message: string }>(
      target,
      `SELECT message FROM dbt.operation_messages WHERE message LIKE '%foreign key left out%'`,
    );
    expect(messages).toHaveLength(1);
  });
});
