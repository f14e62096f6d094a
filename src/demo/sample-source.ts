/**
 * The demo's sample source: a small online shop in schema `shop`, built in the connected
 * PostgreSQL database with the object kinds a real migration meets (enum, domain, identity
 * and serial columns, a generated column, jsonb, bytea, arrays, a partitioned table, partial
 * and expression indexes, views, a materialized view, a PL/pgSQL function and trigger,
 * comments, a mixed-case table with a reserved-word column).
 *
 * Owns only the sample's DDL and data. Everything is derived from generate_series indexes
 * (arithmetic and md5), never random() or now(), so two builds hold identical rows. It does
 * not create the database, and it refuses (PostgreSQL's own error) a database that already
 * has a `shop` schema. The build runs in one transaction: it leaves all or nothing.
 */
import type pg from 'pg';
import { qualified, quoteLiteral } from '../core/sql/ident.js';

export interface SampleSourceOptions {
  /** Multiplies every row count (1 → ~50k customers, ~150k orders, ~400k order items). */
  scale?: number;
  onProgress?: (message: string) => void;
}

export interface SampleSourceSummary {
  /** Tables as an application sees them: a partitioned table counts once. */
  tables: number;
  /** Rows in those tables. */
  rows: number;
}

/** Row counts at scale 1. */
const BASE = { customers: 50_000, products: 5_000, orders: 150_000, events: 100_000 } as const;

export type SampleSizes = { readonly [K in keyof typeof BASE]: number };

export function sampleSizes(scale = 1): SampleSizes {
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new RangeError(`scale must be a positive number, not ${scale}`);
  const size = (base: number): number => Math.max(1, Math.round(base * scale));
  return {
    customers: size(BASE.customers),
    products: size(BASE.products),
    orders: size(BASE.orders),
    events: size(BASE.events),
  };
}

/** Lines of order `o` (1 to 6, about 2.7 on average): SQL and its TypeScript twin. */
const linesOf = (o: string): string => `(1 + ${o} % 4 + case when ${o} % 10 = 0 then 2 else 0 end)`;
export function orderLines(order: number): number {
  return 1 + (order % 4) + (order % 10 === 0 ? 2 : 0);
}

/** How many order_items rows a build at this scale holds. */
export function expectedOrderItems(scale = 1): number {
  const { orders } = sampleSizes(scale);
  let total = 0;
  for (let o = 1; o <= orders; o += 1) total += orderLines(o);
  return total;
}

const productOf = (o: string, l: string, products: number): string =>
  `(1 + (${o} * 131 + ${l} * 977) % ${products})`;
const quantityOf = (o: string, l: string): string => `(1 + (${o} * ${l}) % 3)`;
const pick = (values: readonly string[], index: string): string =>
  `(array[${values.map(quoteLiteral).join(', ')}])[1 + (${index}) % ${values.length}]`;

const FIRST_NAMES =
  'Ada Alan Grace Edsger Barbara Donald Frances Ken Radia Niklaus Margaret Dennis Hedy Tim Katherine Linus'.split(
    ' ',
  );
const LAST_NAMES =
  'Lovelace Turing Hopper Dijkstra Liskov Knuth Allen Thompson Perlman Wirth Hamilton Ritchie Lamarr'.split(
    ' ',
  );

const SCHEMA_DDL = `
create schema shop;
comment on schema shop is 'Decant demo: a small online shop';

create type shop.order_status as enum ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');

create domain shop.email as text
  constraint email_format check (value ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[a-z]{2,}$');

create table shop.customers (
  id bigint generated always as identity primary key,
  email shop.email not null constraint customers_email_key unique,
  full_name text not null,
  country char(2) not null,
  tags text[],
  is_active boolean not null default true,
  loyalty_points integer not null default 0 check (loyalty_points >= 0),
  notes text,
  created_at timestamptz not null default now()
);
comment on table shop.customers is 'People who have an account in the shop';
comment on column shop.customers.email is 'Login and contact address, unique per customer';

create table shop.products (
  id serial primary key,
  sku text not null unique,
  name text not null,
  category text not null,
  price numeric(12,2) not null check (price >= 0),
  price_with_vat numeric(12,2) generated always as (round(price * 1.20, 2)) stored,
  weight_grams integer check (weight_grams > 0),
  attributes jsonb,
  thumbnail bytea,
  created_at timestamptz not null default now()
);

create table shop.orders (
  id bigint generated always as identity primary key,
  customer_id bigint not null references shop.customers (id),
  status shop.order_status not null default 'pending',
  ordered_at timestamptz not null default now(),
  shipped_at timestamptz,
  updated_at timestamptz not null default now(),
  total numeric(12,2) not null default 0 check (total >= 0),
  note text,
  constraint orders_shipped_after_ordered check (shipped_at is null or shipped_at >= ordered_at)
);
comment on table shop.orders is 'One row per checkout';

create table shop.order_items (
  order_id bigint not null references shop.orders (id) on delete cascade,
  line_no smallint not null,
  product_id integer not null references shop.products (id),
  quantity integer not null check (quantity > 0),
  unit_price numeric(12,2) not null,
  primary key (order_id, line_no)
);

create table shop.payments (
  id bigint generated by default as identity primary key,
  order_id bigint not null references shop.orders (id),
  amount numeric(12,2) not null check (amount > 0),
  method text not null check (method in ('card', 'paypal', 'bank_transfer', 'gift_card')),
  paid_at timestamptz not null,
  reference uuid not null unique
);

create table shop.events (
  id bigint not null,
  occurred_on date not null,
  occurred_at timestamptz not null,
  customer_id bigint references shop.customers (id),
  kind text not null,
  payload jsonb not null default '{}',
  primary key (id, occurred_on)
) partition by range (occurred_on);
create table shop.events_2023 partition of shop.events for values from ('2023-01-01') to ('2024-01-01');
create table shop.events_2024 partition of shop.events for values from ('2024-01-01') to ('2025-01-01');
create table shop.events_2025 partition of shop.events for values from ('2025-01-01') to ('2026-01-01');
create table shop.events_other partition of shop.events default;

create table shop."AuditLog" (
  id bigserial primary key,
  "order" bigint not null references shop.orders (id),
  action text not null,
  old_status shop.order_status,
  new_status shop.order_status,
  "at" timestamptz not null
);

create index orders_customer_id_idx on shop.orders (customer_id);
create index orders_pending_idx on shop.orders (ordered_at) where status = 'pending';
create index customers_lower_name_idx on shop.customers (lower(full_name));
create index order_items_product_id_idx on shop.order_items (product_id);

create function shop.log_order_status() returns trigger
language plpgsql as $$
begin
  -- The application stamps updated_at; the log reuses it so that replays stay reproducible.
  insert into shop."AuditLog" ("order", action, old_status, new_status, "at")
  values (new.id, 'status', old.status, new.status, new.updated_at);
  return new;
end;
$$;
create trigger orders_status_audit after update of status on shop.orders
  for each row when (old.status is distinct from new.status) execute function shop.log_order_status();

create function shop.customer_lifetime_value(p_customer bigint) returns numeric
language plpgsql stable as $$
declare
  v_total numeric := 0;
begin
  select coalesce(sum(total), 0) into v_total
    from shop.orders where customer_id = p_customer and status not in ('cancelled', 'refunded');
  return v_total;
end;
$$;

create view shop.order_summary as
  select o.id, c.email, o.status, o.ordered_at, o.total, count(i.line_no) as items
    from shop.orders o
    join shop.customers c on c.id = o.customer_id
    left join shop.order_items i on i.order_id = o.id
   group by o.id, c.email;

create materialized view shop.daily_sales as
  select (ordered_at at time zone 'UTC')::date as day, count(*) as orders, sum(total) as revenue
    from shop.orders
   where status not in ('cancelled', 'refunded')
   group by 1
  with no data;
create unique index daily_sales_day_idx on shop.daily_sales (day);
`;

interface LoadStep {
  table: string;
  sql: string;
  /** The step relies on the application's triggers (the others load rows that are consistent by construction). */
  triggers?: boolean;
}

function loadSteps(sizes: SampleSizes): LoadStep[] {
  const { customers, products, orders, events } = sizes;
  // Spreads the series index over a span of seconds, exact in integers.
  const spread = (i: string, count: number, seconds: number): string =>
    `make_interval(secs => (${i}::bigint * ${seconds} / ${count})::float8)`;
  return [
    {
      table: 'customers',
      sql: `
insert into shop.customers (id, email, full_name, country, tags, is_active, loyalty_points, notes, created_at)
overriding system value
select i,
       'customer' || i || '@' || ${pick(['example.com', 'mail.test', 'shop.example'], 'i')},
       ${pick(FIRST_NAMES, 'i')} || ' ' || ${pick(LAST_NAMES, 'i / 16')},
       ${pick(['FR', 'DE', 'US', 'GB', 'JP', 'BR', 'IN', 'ES'], 'i * 7')},
       case i % 5 when 0 then null when 1 then '{}'::text[] else array['tag' || i % 7, 'tag' || i % 11] end,
       i % 13 <> 0,
       (i * 37) % 5000,
       case i % 50
         when 0 then E'line one\\nline two'
         when 1 then E'tab\\there'
         when 2 then E'back\\\\slash "quoted" \\'single\\''
         when 3 then ''
         when 4 then 'Zoë from Ærøskøbing, 東京 🚀'
       end,
       timestamptz '2022-01-01 00:00:00+00' + ${spread('i', customers, 31_536_000)}
  from generate_series(1::bigint, ${customers}) i`,
    },
    {
      table: 'products',
      sql: `
insert into shop.products (id, sku, name, category, price, weight_grams, attributes, thumbnail, created_at)
select p,
       'SKU-' || lpad(p::text, 6, '0'),
       ${pick(['Small', 'Large', 'Red', 'Organic', 'Vintage', 'Smart', 'Foldable', 'Quiet', 'Solar', 'Wooden'], 'p')}
         || ' ' || ${pick(['lamp', 'chair', 'kettle', 'backpack', 'watch', 'desk', 'mug', 'speaker', 'tent', 'bike', 'pen', 'rug'], 'p / 10')}
         || ' #' || p,
       ${pick(['home', 'garden', 'outdoor', 'office', 'kitchen', 'sport'], 'p * 3')},
       round((((p * 7919) % 99900) + 100) / 100.0, 2),
       case when p % 11 = 0 then null else 50 + (p * 13) % 20000 end,
       case when p % 17 = 0 then null else jsonb_build_object(
         'color', ${pick(['red', 'green', 'blue', 'black', 'white', 'teal'], 'p')},
         'size', ${pick(['S', 'M', 'L', 'XL'], 'p')},
         'stock', (p * 13) % 500,
         'rating', round(((p * 7) % 50) / 10.0, 1),
         'tags', jsonb_build_array('t' || p % 5, 't' || p % 9)) end,
       case when p % 10 = 0 then null else decode(repeat(md5(p::text), (1 + p % 8)::integer), 'hex') end,
       timestamptz '2021-06-01 00:00:00+00' + ${spread('p', products, 15_552_000)}
  from generate_series(1::bigint, ${products}) p`,
    },
    {
      table: 'orders',
      sql: `
insert into shop.orders (id, customer_id, status, ordered_at, shipped_at, updated_at, total, note)
overriding system value
select o, customer_id, status, ordered_at, shipped_at, coalesce(shipped_at, ordered_at),
       (select sum(${quantityOf('o', 'l')} * p.price)
          from generate_series(1, ${linesOf('o')}) l
          join shop.products p on p.id = ${productOf('o', 'l', products)}),
       case when o % 7 = 0 then 'Please leave at door ' || substr(md5(o::text), 1, (1 + o % 32)::integer) end
  from (select o,
               1 + (o * 7919) % ${customers} as customer_id,
               s.status,
               timestamptz '2023-01-01 00:00:00+00' + ${spread('o', orders, 77_760_000)} as ordered_at,
               case when s.status in ('shipped', 'delivered')
                    then timestamptz '2023-01-01 00:00:00+00' + ${spread('o', orders, 77_760_000)}
                         + make_interval(hours => (2 + o % 96)::integer) end as shipped_at
          from generate_series(1::bigint, ${orders}) o,
               lateral (select (case (o * 7) % 20
                                  when 0 then 'cancelled' when 1 then 'pending' when 2 then 'pending'
                                  when 3 then 'paid' when 4 then 'paid' when 5 then 'paid'
                                  when 6 then 'shipped' when 7 then 'shipped' when 8 then 'shipped'
                                  else 'delivered' end)::shop.order_status as status) s) src`,
    },
    {
      table: 'order_items',
      sql: `
insert into shop.order_items (order_id, line_no, product_id, quantity, unit_price)
select o, l, p.id, ${quantityOf('o', 'l')}, p.price
  from generate_series(1::bigint, ${orders}) o
 cross join lateral generate_series(1, ${linesOf('o')}) l
  join shop.products p on p.id = ${productOf('o', 'l', products)}`,
    },
    {
      table: 'payments',
      sql: `
insert into shop.payments (id, order_id, amount, method, paid_at, reference)
select row_number() over (order by id), id, total,
       ${pick(['card', 'paypal', 'bank_transfer', 'gift_card'], 'id')},
       ordered_at + make_interval(mins => (1 + id % 30)::integer),
       md5('payment:' || id)::uuid
  from shop.orders
 where status not in ('pending', 'cancelled')`,
    },
    {
      table: 'events',
      sql: `
insert into shop.events (id, occurred_on, occurred_at, customer_id, kind, payload)
select e, day, (day + make_interval(secs => (e * 37) % 86400)) at time zone 'UTC',
       case when e % 9 = 0 then null else 1 + (e * 104729) % ${customers} end,
       ${pick(['page_view', 'search', 'add_to_cart', 'checkout', 'login'], 'e')},
       jsonb_build_object('path', '/products/' || (1 + e % ${products}), 'ms', e % 900,
                          'agent', ${pick(['firefox', 'chrome', 'safari', 'curl'], 'e / 3')},
                          'ab', jsonb_build_object('variant', e % 2 = 0, 'bucket', e % 100))
  from (select e, date '2023-01-01' + (e::bigint * 1100 / ${events})::integer as day
          from generate_series(1::bigint, ${events}) e) src`,
    },
    {
      table: 'AuditLog',
      // Refunds go through the trigger, as the application's updates would.
      triggers: true,
      sql: `
update shop.orders set status = 'refunded', updated_at = shipped_at + interval '14 days'
 where status = 'delivered' and id % 53 = 0`,
    },
  ];
}

/**
 * Builds the sample shop in the connected database.
 *
 * @example
 * await buildSampleSource(client, { scale: 0.1 }); // → { tables: 7, rows: 83906 }
 */
export async function buildSampleSource(
  client: pg.Client,
  options: SampleSourceOptions = {},
): Promise<SampleSourceSummary> {
  const sizes = sampleSizes(options.scale ?? 1);
  const progress = options.onProgress ?? ((): void => undefined);
  await client.query('begin');
  try {
    // Interval and date arithmetic must not depend on the caller's session.
    await client.query(`set local timezone = 'UTC'`);
    await client.query(SCHEMA_DDL);
    progress('created schema shop: types, tables, indexes, views, functions, trigger');
    // Foreign keys are declared and valid, but checking them row by row would double the
    // build time: a superuser loads the rows, consistent by construction, without firing the
    // per-row RI triggers (as logical replication's apply does). Others just wait longer.
    const superuser = (
      await client.query<{ on: boolean }>(`select current_setting('is_superuser') = 'on' as on`)
    ).rows[0]?.on;
    for (const step of loadSteps(sizes)) {
      if (superuser) {
        await client.query(`set local session_replication_role = ${step.triggers ? 'origin' : 'replica'}`);
      }
      const started = performance.now();
      const result = await client.query(step.sql);
      progress(
        `loaded ${step.table}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    await client.query(`
      select setval(pg_get_serial_sequence('shop.customers', 'id'), ${sizes.customers});
      select setval(pg_get_serial_sequence('shop.products', 'id'), ${sizes.products});
      select setval(pg_get_serial_sequence('shop.orders', 'id'), ${sizes.orders});
      select setval(pg_get_serial_sequence('shop.payments', 'id'), coalesce(max(id), 1)) from shop.payments;
      refresh materialized view shop.daily_sales;`);
    progress('set sequences, refreshed shop.daily_sales');
    const { rows } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'shop' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
    );
    const counts = await client.query<{ rows: string }>(
      `select ${rows.map((r) => `(select count(*) from ${qualified('shop', r.name)})`).join(' + ')} as rows`,
    );
    await client.query('commit');
    // Realistic row estimates for whoever reads the catalog next (Decant's init does).
    await client.query(`analyze ${rows.map((r) => qualified('shop', r.name)).join(', ')}, shop.daily_sales`);
    return { tables: rows.length, rows: Number(counts.rows[0]?.rows ?? 0) };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
