import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, queryRows, withClient } from '../../test/support/databases.js';
import {
  buildSampleSource,
  expectedOrderItems,
  sampleSizes,
  type SampleSourceSummary,
} from './sample-source.js';

const SCALE = 0.05;

/** One fingerprint per table, materialized view and sequence of schema shop. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const relations = await client.query<{ name: string; kind: string }>(
      `select c.relname as name, c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'shop' and c.relkind in ('r', 'p', 'm', 'S') order by 1`,
    );
    const result: Record<string, string> = {};
    for (const { name, kind } of relations.rows) {
      const table = `shop."${name.replaceAll('"', '""')}"`;
      const sql =
        kind === 'S'
          ? `select last_value::text || '/' || is_called as hash from ${table}`
          : `select count(*) || ':' || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as hash from ${table} t`;
      const { rows } = await client.query<{ hash: string }>(sql);
      result[name] = rows[0]?.hash ?? '';
    }
    return result;
  });
}

describe('buildSampleSource', () => {
  let first: string;
  let second: string;
  let summary: SampleSourceSummary;
  const messages: string[] = [];

  beforeAll(async () => {
    [first, second] = await Promise.all([createDatabase('sample'), createDatabase('sample')]);
    summary = await withClient(first, (client) =>
      buildSampleSource(client, { scale: SCALE, onProgress: (message) => messages.push(message) }),
    );
    await withClient(second, (client) => buildSampleSource(client, { scale: SCALE }));
  });

  it('loads the row counts of its scale', async () => {
    const sizes = sampleSizes(SCALE);
    const counts = Object.fromEntries(
      (
        await queryRows<{ name: string; rows: string }>(
          first,
          `select 'customers' as name, count(*) as rows from shop.customers
           union all select 'products', count(*) from shop.products
           union all select 'orders', count(*) from shop.orders
           union all select 'order_items', count(*) from shop.order_items
           union all select 'payments', count(*) from shop.payments
           union all select 'events', count(*) from shop.events
           union all select 'AuditLog', count(*) from shop."AuditLog"`,
        )
      ).map((row) => [row.name, Number(row.rows)]),
    );
    expect(counts).toMatchObject({
      customers: sizes.customers,
      products: sizes.products,
      orders: sizes.orders,
      order_items: expectedOrderItems(SCALE),
      events: sizes.events,
    });
    expect(sizes).toEqual({ customers: 2500, products: 250, orders: 7500, events: 5000 });
    const [paid] = await queryRows<{ n: string }>(
      first,
      `select count(*) as n from shop.orders where status not in ('pending', 'cancelled')`,
    );
    expect(counts.payments).toBe(Number(paid?.n));
    expect(counts.AuditLog).toBeGreaterThan(0);
    const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(summary).toEqual({ tables: 7, rows: total });
    expect(messages.some((m) => m.startsWith('loaded order_items'))).toBe(true);
  });

  it('creates every kind of object the demo relies on', async () => {
    const [objects] = await queryRows<Record<string, string | boolean>>(
      first,
      `select
         (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace
           where n.nspname = 'shop' and t.typtype = 'e')::int as enums,
         (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace
           where n.nspname = 'shop' and t.typtype = 'd')::int as domains,
         (select count(*) from pg_inherits where inhparent = 'shop.events'::regclass)::int as partitions,
         (select count(*) from shop.events_other)::int as default_partition_rows,
         (select count(*) from pg_views where schemaname = 'shop')::int as views,
         (select ispopulated from pg_matviews where schemaname = 'shop' and matviewname = 'daily_sales') as matview_populated,
         (select count(*) from pg_trigger where tgrelid = 'shop.orders'::regclass and not tgisinternal)::int as triggers,
         (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           join pg_language l on l.oid = p.prolang where n.nspname = 'shop' and l.lanname = 'plpgsql')::int as plpgsql,
         (select count(*) from pg_indexes where schemaname = 'shop' and indexdef like '% WHERE %')::int as partial_indexes,
         (select count(*) from pg_indexes where schemaname = 'shop' and indexdef like '%lower(full_name)%')::int as expression_indexes,
         (select attidentity from pg_attribute where attrelid = 'shop.customers'::regclass and attname = 'id') as identity,
         (select attgenerated from pg_attribute where attrelid = 'shop.products'::regclass and attname = 'price_with_vat') as generated,
         (select pg_get_serial_sequence('shop.products', 'id')) as serial,
         (select obj_description('shop.customers'::regclass, 'pg_class')) as table_comment,
         (select col_description('shop.customers'::regclass, 2)) as column_comment,
         (select format_type(atttypid, atttypmod) from pg_attribute
           where attrelid = 'shop."AuditLog"'::regclass and attname = 'order') as reserved_word_column`,
    );
    expect(objects).toEqual({
      enums: 1,
      domains: 1,
      partitions: 4,
      default_partition_rows: expect.any(Number),
      views: 1,
      matview_populated: true,
      triggers: 1,
      plpgsql: 2,
      partial_indexes: 1,
      expression_indexes: 1,
      identity: 'a',
      generated: 's',
      serial: 'shop.products_id_seq',
      table_comment: 'People who have an account in the shop',
      column_comment: 'Login and contact address, unique per customer',
      reserved_word_column: 'bigint',
    });
    expect(objects?.default_partition_rows).toBeGreaterThan(0);
  });

  it('loads rows that satisfy every foreign key', async () => {
    // The build may skip per-row RI checks; adding each key again validates every row.
    await withClient(first, async (client) => {
      const keys = await client.query<{ rel: string; def: string; name: string }>(
        `select conrelid::regclass::text as rel, conname as name, pg_get_constraintdef(oid) as def
           from pg_constraint where contype = 'f' and connamespace = 'shop'::regnamespace and conparentid = 0`,
      );
      expect(keys.rows.length).toBe(6);
      await client.query('begin');
      for (const key of keys.rows) {
        await client.query(`alter table ${key.rel} add constraint "${key.name}_recheck" ${key.def}`);
      }
      await client.query('rollback');
    });
  });

  it('builds identical content every time', async () => {
    const [a, b] = await Promise.all([fingerprint(first), fingerprint(second)]);
    expect(Object.keys(a)).toContain('AuditLog');
    expect(Object.keys(a)).toContain('daily_sales');
    expect(Object.keys(a)).toContain('orders_id_seq');
    expect(b).toEqual(a);
  });

  it('refuses a database that already has the shop schema', async () => {
    await expect(withClient(first, (client) => buildSampleSource(client, { scale: SCALE }))).rejects.toThrow(
      /already exists/,
    );
  });
});
