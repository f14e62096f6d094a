/**
 * The benchmark dataset: one large table `big` (~5M rows, ~1 GB at scale 1) of mixed
 * types, two medium tables, a few small ones and a table of ~1 KB bytea values, with
 * primary keys, secondary indexes and foreign keys between them.
 *
 * Owns the dataset's DDL and generation only. Rows come from generate_series arithmetic and
 * hashes (md5, sha512), never random(), so every build holds the same bytes. Tables are
 * loaded bare and then indexed, keyed and vacuumed, as a restore would do: the build is not
 * what is measured, and a frozen, analyzed source gives every tool the same start.
 */
import pg from 'pg';

export interface DatasetOptions {
  /** Multiplies the row counts (1 → `big` has 5M rows); 0.02 makes a quick run. */
  scale?: number;
  /** Connections used to load `big` in slices (default 2). */
  jobs?: number;
  onProgress?: (message: string) => void;
}

export interface DatasetTable {
  name: string;
  rows: number;
}

const BASE = { big: 5_000_000, medium: 500_000, small: 1_000, blobs: 100_000 } as const;

/** The embedded server's settings for every benchmark that copies the dataset. */
export const BENCH_SERVER_SETTINGS = {
  shared_buffers: '1GB',
  max_wal_size: '4GB',
  checkpoint_timeout: '30min',
  maintenance_work_mem: '512MB',
  max_connections: 200,
} as const;

export function datasetSizes(scale = 1): { readonly [K in keyof typeof BASE]: number } {
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new RangeError(`scale must be a positive number, not ${scale}`);
  const size = (base: number): number => Math.max(10, Math.round(base * scale));
  // Small tables keep their size: they stand for lookup tables, which do not grow.
  return { big: size(BASE.big), medium: size(BASE.medium), small: BASE.small, blobs: size(BASE.blobs) };
}

const TABLES_DDL = `
create table currencies (code text not null, name text not null, rate numeric(18,8) not null, updated_on date not null);
create table branches (id integer not null, name text not null, city text not null, opened_at timestamptz not null);
create table settings (key text not null, value jsonb not null, updated_at timestamptz not null);
create table accounts (
  id bigint not null, branch_id integer not null, owner text not null, email text not null,
  currency text not null, balance numeric(14,2) not null, opened_at timestamptz not null,
  closed boolean not null, limits jsonb
);
create table transfers (
  id bigint not null, from_account bigint not null, to_account bigint not null, currency text not null,
  amount numeric(14,2) not null, booked_at timestamptz not null, value_date date not null, memo text
);
create table big (
  id bigint not null, account_id bigint not null, quantity integer not null, amount numeric(14,2),
  label text not null, description text, created_at timestamptz not null, due_on date, active boolean,
  ref uuid not null, attrs jsonb
);
create table blobs (id bigint not null, big_id bigint not null, mime text not null, content bytea not null);
`;

const CONSTRAINTS_DDL = [
  'alter table currencies add primary key (code)',
  'alter table branches add primary key (id)',
  'alter table settings add primary key (key)',
  'alter table accounts add primary key (id)',
  'alter table accounts add constraint accounts_email_key unique (email)',
  'alter table transfers add primary key (id)',
  'alter table big add primary key (id)',
  'alter table blobs add primary key (id)',
  'create index big_account_id_idx on big (account_id)',
  'create index big_created_at_idx on big (created_at)',
  'create index transfers_from_account_idx on transfers (from_account)',
  'alter table accounts add foreign key (branch_id) references branches (id)',
  'alter table accounts add foreign key (currency) references currencies (code)',
  'alter table transfers add foreign key (from_account) references accounts (id)',
  'alter table transfers add foreign key (to_account) references accounts (id)',
  'alter table transfers add foreign key (currency) references currencies (code)',
  'alter table big add foreign key (account_id) references accounts (id)',
  'alter table blobs add foreign key (big_id) references big (id)',
];

/** `count` ids spread over `seconds` from 2020-01-01 UTC, in exact integer arithmetic. */
const moment = (i: string, count: number, seconds: number): string =>
  `(timestamptz '2020-01-01 00:00:00+00' + make_interval(secs => (${i} * ${seconds}::bigint / ${count})::float8))`;

function loadSql(
  sizes: ReturnType<typeof datasetSizes>,
): Record<string, (from: number, to: number) => string> {
  const { big, medium, small } = sizes;
  return {
    currencies: (from, to) => `
insert into currencies select 'C' || lpad(i::text, 4, '0'), 'Currency ' || md5(i::text), ((i * 7919) % 1000000) / 10000.0 + 0.0001,
       date '2024-01-01' + (i % 365)::integer
  from generate_series(${from}::bigint, ${to}) i`,
    branches: (from, to) => `
insert into branches select i, 'Branch ' || i, (array['Paris', 'Lyon', 'Berlin', 'Tokyo', 'São Paulo', 'Zürich'])[1 + i % 6],
       ${moment('i', small, 315_360_000)}
  from generate_series(${from}::bigint, ${to}) i`,
    settings: (from, to) => `
insert into settings select 'setting.' || i, jsonb_build_object('value', i, 'enabled', i % 2 = 0, 'label', md5(i::text)),
       ${moment('i', small, 31_536_000)}
  from generate_series(${from}::bigint, ${to}) i`,
    accounts: (from, to) => `
insert into accounts select i, 1 + (i * 31) % ${small}, 'Owner ' || substr(md5(i::text), 1, (4 + i % 20)::integer),
       'account' || i || '@example.com', 'C' || lpad((1 + (i * 17) % ${small})::text, 4, '0'),
       ((i * 104729) % 100000000) / 100.0 - 100000, ${moment('i', medium, 315_360_000)}, i % 23 = 0,
       case when i % 3 = 0 then null else jsonb_build_object('daily', (i % 50) * 100, 'monthly', (i % 50) * 3000) end
  from generate_series(${from}::bigint, ${to}) i`,
    transfers: (from, to) => `
insert into transfers select i, 1 + (i * 7919) % ${medium}, 1 + (i * 104729) % ${medium},
       'C' || lpad((1 + i % ${small})::text, 4, '0'), ((i * 6997) % 10000000) / 100.0,
       ${moment('i', medium, 157_680_000)}, date '2020-01-01' + (i * 1825 / ${medium})::integer,
       case when i % 4 = 0 then null else 'Transfer ' || i || ': ' || substr(md5(i::text), 1, (i % 33)::integer) end
  from generate_series(${from}::bigint, ${to}) i`,
    big: (from, to) => `
insert into big select i, 1 + (i * 7919) % ${medium}, (i * 31 % 1000)::integer - 100,
       case when i % 101 = 0 then null else ((i * 104729) % 1000000000) / 100.0 end,
       substr(repeat(md5(i::text), 3), 1, (8 + (i * 13) % 80)::integer),
       case when i % 5 = 0 then null else repeat(md5((i + 1)::text), (i % 4)::integer) end,
       ${moment('i', big, 157_680_000)}, date '2020-01-01' + (i % 3650)::integer,
       case when i % 97 = 0 then null else i % 3 = 0 end, md5('ref' || i)::uuid,
       case when i % 7 = 0 then null else jsonb_build_object('k', i % 100, 'tag', 't' || i % 7, 'ok', i % 2 = 0) end
  from generate_series(${from}::bigint, ${to}) i`,
    blobs: (from, to) => `
insert into blobs select i, 1 + (i * 7919) % ${big}, (array['image/png', 'application/pdf', 'text/plain'])[1 + i % 3],
       (select string_agg(sha512(int8send(i * 16 + k)), ''::bytea) from generate_series(0, 15) k)
  from generate_series(${from}::bigint, ${to}) i`,
  };
}

/** Loads `count` rows as slices of about `slice` rows each. */
function slices(count: number, slice: number): [number, number][] {
  const result: [number, number][] = [];
  for (let from = 1; from <= count; from += slice) result.push([from, Math.min(count, from + slice - 1)]);
  return result;
}

async function inParallel<T>(
  items: readonly T[],
  jobs: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/**
 * Builds the dataset in the (empty) database at `url`, in schema public.
 * Returns each table with its row count.
 */
export async function buildDataset(url: string, options: DatasetOptions = {}): Promise<DatasetTable[]> {
  const sizes = datasetSizes(options.scale ?? 1);
  const jobs = Math.max(1, options.jobs ?? 2);
  const progress = options.onProgress ?? ((): void => undefined);
  const pool = new pg.Pool({ connectionString: url, max: jobs, application_name: 'decant bench dataset' });
  pool.on('error', () => undefined);
  try {
    await pool.query(TABLES_DDL);
    const rowsOf: Record<string, number> = {
      currencies: sizes.small,
      branches: sizes.small,
      settings: sizes.small,
      accounts: sizes.medium,
      transfers: sizes.medium,
      big: sizes.big,
      blobs: sizes.blobs,
    };
    const load = loadSql(sizes);
    // Slices of every table in one queue, largest first, so that both connections stay busy.
    const work = Object.entries(rowsOf)
      .flatMap(([table, rows]) => slices(rows, 250_000).map(([from, to]) => ({ table, from, to })))
      .sort((a, b) => b.to - b.from - (a.to - a.from));
    let started = performance.now();
    await inParallel(work, jobs, async ({ table, from, to }) => {
      const sql = load[table]?.(from, to);
      if (!sql) throw new Error(`no generator for table ${table}`);
      await pool.query(sql);
    });
    progress(`loaded ${work.length} slices in ${seconds(started)} s`);
    started = performance.now();
    const client = await pool.connect();
    try {
      await client.query(`set maintenance_work_mem = '512MB'`);
      for (const ddl of CONSTRAINTS_DDL) await client.query(ddl);
    } finally {
      client.release();
    }
    progress(`built keys and indexes in ${seconds(started)} s`);
    started = performance.now();
    // Frozen and analyzed: no tool pays for hint bits or a first autovacuum of the source.
    await inParallel(Object.keys(rowsOf), jobs, async (table) => {
      await pool.query(`vacuum (freeze, analyze) ${table}`);
    });
    await pool.query('checkpoint');
    progress(`vacuumed and checkpointed in ${seconds(started)} s`);
    return Object.entries(rowsOf).map(([name, rows]) => ({ name, rows }));
  } finally {
    await pool.end();
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
