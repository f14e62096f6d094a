/**
 * MySQL views as a DBA writes them, created on a real MariaDB, which stores their definitions
 * in its own normalised form; each definition read back from information_schema.VIEWS,
 * translated, created on PostgreSQL over the same tables and rows, and read: the two servers
 * must give the same rows. Numbers are compared as numbers (MySQL's 3.125000 is PostgreSQL's
 * 3.1250000000000000); the views avoid the differences the translation notes for review
 * (collations, a quotient's decimals). Needs the run's MariaDB (test/support/global-setup.ts).
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/support/databases.js';
import {
  createMariaDatabase,
  execMaria,
  mariaDatabaseOf,
  queryMaria,
} from '../../../../test/support/mariadb.js';
import { translate } from '../../index.js';

const TABLES = {
  mysql: `
    CREATE TABLE orders (id int PRIMARY KEY, customer varchar(20), note varchar(20), placed datetime,
      total decimal(10,2), status varchar(10));
    CREATE TABLE OrderItems (order_id int, sku varchar(10), qty int);`,
  postgres: (schema: string) => `
    CREATE SCHEMA "${schema}";
    CREATE TABLE "${schema}".orders (id integer PRIMARY KEY, customer varchar(20), note varchar(20),
      placed timestamp(0), total numeric(10,2), status varchar(10));
    CREATE TABLE "${schema}"."OrderItems" (order_id integer, sku varchar(10), qty integer);`,
  rows: (orders: string, items: string) => `
    INSERT INTO ${orders} VALUES
      (1, 'alice', 'gift', '2024-01-31 09:05:07', 12.50, 'paid'),
      (2, 'bob', NULL, '2024-02-29 23:59:59', 7.25, 'open'),
      (3, 'Carol', 'rush', '2023-12-31 00:00:00', 100.00, 'paid'),
      (4, NULL, 'x', NULL, 0.00, 'void');
    INSERT INTO ${items} VALUES (1, 'A-1', 2), (1, 'B-2', 1), (2, 'A-1', 5), (3, 'C-3', 1), (3, 'A-1', NULL);`,
};

/** The views, by name: what the issue names (CONCAT, IF, IFNULL, LIMIT, date functions, GROUP_CONCAT) and more. */
const VIEWS: Record<string, string> = {
  v_concat: `select id, concat(customer, '-', note) as label, concat_ws('/', customer, note, id) as path,
    concat('#', id, ' ', total) as tag from orders`,
  v_conditions: `select id, if(total > 10, 'big', 'small') as size, ifnull(note, 'none') as note,
    isnull(placed) as undated, coalesce(customer, note) as who, nullif(status, 'void') as status from orders`,
  v_limit: `select id, customer from orders order by id limit 1, 2`,
  v_dates: `select id, date_format(placed, '%d/%m/%Y %H:%i:%s') as a, date_format(placed, '%W %M %D %Y, %l:%i %p') as b,
    date_format(placed, '%y%m%d %j %c %e %k') as c, date_add(placed, interval 1 month) as d,
    date_sub(placed, interval 90 minute) as e, placed + interval -2 week as f, adddate(placed, 3) as g,
    datediff(placed, '2024-01-01') as h, year(placed) as y, month(placed) as m, day(placed) as dd,
    dayofweek(placed) as w, weekday(placed) as wd, last_day(placed) as l, date(placed) as dt,
    monthname(placed) as mn, timestampdiff(hour, '2024-01-01 00:00:00', placed) as hrs from orders`,
  v_parse: `select str_to_date('05/03/2024', '%d/%m/%Y') as a, str_to_date('March 5 2024 2:07 PM', '%M %e %Y %l:%i %p') as b,
    to_days('2024-03-01') as c`,
  v_group: `select order_id, group_concat(sku order by sku desc separator ';') as skus, group_concat(distinct sku) as d,
    group_concat(sku, ':', qty order by qty) as pairs, count(*) as n, sum(qty) as q, avg(qty) as av
    from OrderItems group by order_id`,
  v_booleans: `select id, total > 10 as big, note is null as nn, id between 2 and 3 as mid, note <=> null as ns,
    (id = 1 || id = 4) && !(total > 50) as picked, id in (1, 2) xor total > 10 as x, (total > 10) + 1 as plus from orders`,
  v_counts: `select sum(qty > 1) as many, count(if(qty, 1, null)) as nonzero, max(qty is null) as gap from OrderItems`,
  v_where: `select id from orders where (status = 'paid' || id = 4) && not total > 50 and true`,
  v_math: `select id, total / 4 as quarter, id div 2 as half, id mod 3 as m, mod(id, 0) as z, id / 0 as q,
    round(total, 1) as r, round(total) as r0, truncate(total, 0) as t, greatest(id, 2) as g, least(id, null) as l,
    abs(-id) as a, ceiling(total) as c, floor(total) as f, pow(id, 2) as p from orders`,
  v_strings: `select id, substring(customer, 2) as a, substring(customer, -3) as b, substring(customer, 2, 2) as c,
    substr(customer, id) as d, left(customer, 2) as e, right(customer, id - 2) as f, length(customer) as g,
    char_length(customer) as h, locate('o', customer) as i, instr(customer, 'o') as j, upper(customer) as k,
    lower(customer) as l, trim(leading 'a' from customer) as m, replace(customer, 'o', '0') as n,
    reverse(customer) as o, repeat('ab', id) as p, ltrim(concat('  ', customer)) as q from orders`,
  v_case: `select id, case when total > 50 then 'high' when total > 10 then 'mid' else 'low' end as band,
    case status when 'paid' then 1 when 'open' then 2 else 0 end as s from orders`,
  v_having: `select order_id, count(*) as c, sum(qty) as total from OrderItems group by order_id
    having c > 1 and total is not null order by c desc`,
  v_join: `select o.id, count(i.sku) as n, sum(i.qty) as q from orders o left join OrderItems i on i.order_id = o.id
    group by o.id`,
  v_comma: `select o.id, i.sku from orders o, OrderItems i where i.order_id = o.id and i.qty > 1`,
  v_union: `select id from orders where id < 2 union all select order_id from OrderItems where qty > 1 order by 1 desc limit 2`,
  v_cast: `select id, cast(total as signed) as a, cast(total as char) as b, cast(placed as date) as c,
    cast(total as decimal(10,1)) as d, convert(id, char) as e, cast(id as unsigned) as f from orders`,
  v_window: `select sku, qty, row_number() over (partition by sku order by qty) as rn,
    sum(qty) over (order by order_id, sku) as running from OrderItems`,
  v_subquery: `select id, (select count(*) from OrderItems where order_id = orders.id) as n from orders
    where exists (select 1 from OrderItems where order_id = orders.id) and id not in (select 2)`,
  v_nulls_first: `select qty from OrderItems order by qty limit 2`,
  v_escapes: `select 'it\\'s' as a, 'tab\\there' as b, 'line\\nbreak' as c, 'back\\\\slash' as d, "dq" as e,
    '50\\%' as f, 'x''y' as g, _utf8mb4'intro' as h`,
  v_now: `select now() = current_timestamp as a, curdate() = date(now()) as b, date_format(now(), '%f') as c`,
};

/** A value as text, a number without trailing zeros after its point, so that the servers' spellings compare. */
function normalised(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/**
 * The rows, normalised and sorted: a view without ORDER BY has no order, and where a view
 * orders, its LIMIT already picks the rows that order decides.
 */
const rowsOf = (rows: readonly (readonly unknown[])[]): string[] =>
  rows.map((row) => JSON.stringify(row.map(normalised))).sort();

let mariaUrl: string;
let schema: string;
let postgres: pg.Client;
const definitions = new Map<string, string>();

beforeAll(async () => {
  mariaUrl = await createMariaDatabase('views');
  schema = mariaDatabaseOf(mariaUrl);
  await execMaria(mariaUrl, TABLES.mysql + TABLES.rows('orders', 'OrderItems'));
  for (const [name, sql] of Object.entries(VIEWS)) await execMaria(mariaUrl, `CREATE VIEW ${name} AS ${sql}`);
  const stored = await queryMaria<{ name: string; definition: string }>(
    mariaUrl,
    'SELECT TABLE_NAME AS name, VIEW_DEFINITION AS definition FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?',
    [schema],
  );
  for (const { name, definition } of stored) definitions.set(name, definition);
  postgres = new pg.Client({
    connectionString: await createDatabase('mysql_views'),
    types: { getTypeParser: () => (value: string) => value },
  });
  await postgres.connect();
  await postgres.query(
    TABLES.postgres(schema) + TABLES.rows(`"${schema}".orders`, `"${schema}"."OrderItems"`),
  );
  return () => postgres.end();
});

describe("MySQL views translated from MariaDB give MariaDB's rows on PostgreSQL", () => {
  it.each(Object.keys(VIEWS))('%s', async (name) => {
    const definition = definitions.get(name);
    expect(definition, `MariaDB's definition of ${name}`).toBeDefined();
    const translation = translate(definition!, { from: 'mysql' });
    await postgres.query(`CREATE VIEW "${schema}".${name} AS ${translation.sql}`);
    const expected = await queryMaria<Record<string, unknown>>(mariaUrl, `SELECT * FROM ${name}`);
    const actual = await postgres.query({ text: `SELECT * FROM "${schema}".${name}`, rowMode: 'array' });
    expect(rowsOf(actual.rows as unknown[][])).toEqual(rowsOf(expected.map((row) => Object.values(row))));
  });
});
