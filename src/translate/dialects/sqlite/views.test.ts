/**
 * SQLite views as their authors write them, created in a real SQLite database, their CREATE
 * VIEW text read back from sqlite_master, translated, created on PostgreSQL over the same
 * tables and rows (fixtures/schema.sql), and read: both must give the same rows. Numbers are
 * compared to eight decimals (SQLite's floats, whose Julian days carry about ten, against
 * PostgreSQL's numeric); the views avoid the differences the translation notes for review
 * (LOWER of non-ASCII letters, a month past a month's end).
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/support/databases.js';
import { translate } from '../../index.js';

const SQLITE_TABLES = `
  CREATE TABLE Customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, joined DATETIME, active INTEGER);
  CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, amount REAL, placed TEXT);
  INSERT INTO Customers VALUES
    (1, 'Ann', 'ann@example.com', '2024-01-31 08:30:00', 1),
    (2, 'bob', NULL, '2024-02-29 23:00:00', 0),
    (3, 'Émile', 'emile@example.com', NULL, NULL);
  INSERT INTO orders VALUES
    (10, 1, 9.5, '2024-03-05 14:07:09'),
    (11, 1, 20, '2024-03-06 00:00:00'),
    (12, 2, NULL, '2024-01-01 12:00:00');`;

const VIEWS: Record<string, string> = {
  v_conditions: `SELECT id, email IS NULL AS no_email, active AND id > 1 AS both_, active OR id = 3 AS either,
    NOT active AS inactive, active > 0 AS positive FROM Customers WHERE active OR id = 3`,
  v_concat: `SELECT id, name || ' <' || email || '>' AS who, 'n' || id AS tag, 1 || 2 AS digits FROM Customers`,
  v_functions: `SELECT id, iif(active, 'yes', 'no') AS a, ifnull(email, 'none') AS e, coalesce(active, -1) AS c,
    nullif(active, 0) AS n, max(id, active) AS mx, min(id, 2) AS mn, abs(-id) AS ab FROM Customers`,
  v_like: `SELECT id FROM Customers WHERE name LIKE 'a%' OR name LIKE '_OB' OR email LIKE 'emile\\_%'`,
  v_math: `SELECT id, amount / 2 AS half, id / 3 AS third, id % 4 AS m, amount % 3 AS am, 7 / 0 AS z,
    round(amount) AS r, round(amount / 3, 2) AS r2 FROM orders`,
  v_strings: `SELECT id, substr(name, 2) AS a, substr(name, -2) AS b, substr(name, 2, 2) AS c, substr(name, -9, 3) AS d,
    substring(name, id - 1) AS e, length(name) AS l, instr(name, 'o') AS i, upper(name) AS u,
    trim('  ' || name || '  ') AS t, trim(name, 'A') AS t2, replace(name, 'b', 'B') AS r FROM Customers`,
  v_dates: `SELECT id, date(placed) AS d, datetime(placed, '+90 minutes') AS dt, strftime('%Y-%m', placed) AS ym,
    strftime('%j %H:%M:%S', placed) AS doy, date(placed, 'start of month', '-1 day') AS eom,
    julianday(placed) - julianday('2024-01-01') AS days, strftime('%s', placed) AS epoch,
    unixepoch(placed) AS ue, date(placed, '+1.5 days') AS later FROM orders`,
  v_joined: `SELECT id, date(joined) AS d, datetime(joined, '-1 hour') AS dt FROM Customers`,
  v_group: `SELECT customer_id, count(*) AS n, count(amount) AS na, sum(amount) AS s, avg(amount) AS a,
    total(amount) AS t, max(placed) AS last, group_concat(id, '+') AS ids FROM orders GROUP BY customer_id`,
  v_join: `SELECT c.name, o.id, o.amount FROM Customers c JOIN orders o ON o.customer_id = c.id WHERE o.amount IS NOT NULL`,
  v_left: `SELECT c.id, count(o.id) AS n FROM Customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id`,
  v_comma: `SELECT c.id, o.id AS order_id FROM Customers c, orders o WHERE o.customer_id = c.id`,
  v_nulls_first: `SELECT amount FROM orders ORDER BY amount LIMIT 2`,
  v_case: `SELECT id, CASE WHEN amount > 10 THEN 'big' WHEN amount IS NULL THEN 'none' ELSE 'small' END AS size,
    CASE customer_id WHEN 1 THEN 'Ann' ELSE 'other' END AS who FROM orders`,
  v_cast: `SELECT id, CAST(amount AS INTEGER) AS i, CAST(id AS TEXT) AS t, CAST(id AS REAL) AS r,
    CAST('3.5' AS NUMERIC) AS n, CAST(-amount AS INT) AS ni FROM orders`,
  v_union: `SELECT id FROM Customers UNION SELECT customer_id FROM orders ORDER BY 1 DESC LIMIT 2`,
  v_is: `SELECT id, active IS 1 AS one, active IS NOT NULL AS known, email ISNULL AS noemail, email NOTNULL AS hasemail,
    active IS TRUE AS t, active IS NOT FALSE AS nf, active == 1 AS eq FROM Customers`,
  v_exists: `SELECT id FROM Customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AND id NOT IN (SELECT 2)`,
  v_window: `SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS rn,
    sum(amount) OVER (ORDER BY id) AS running FROM orders`,
  v_columns: `SELECT id, name FROM [Customers] WHERE "active" = 1`,
};

/** A value as text; a number to eight decimals, without trailing zeros. */
function normalised(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(text)) return text;
  const fixed = Number(text).toFixed(8);
  return fixed.replace(/0+$/, '').replace(/\.$/, '');
}

/** Rows normalised and sorted: where a view orders, its LIMIT already picks the rows that order decides. */
const rowsOf = (rows: readonly (readonly unknown[])[]): string[] =>
  rows.map((row) => JSON.stringify(row.map(normalised))).sort();

let sqlite: Database.Database;
let postgres: pg.Client;

beforeAll(async () => {
  sqlite = new Database(':memory:');
  sqlite.exec(SQLITE_TABLES);
  for (const [name, sql] of Object.entries(VIEWS)) sqlite.exec(`CREATE VIEW ${name} AS ${sql}`);
  postgres = new pg.Client({
    connectionString: await createDatabase('sqlite_views'),
    types: { getTypeParser: () => (value: string) => value },
  });
  await postgres.connect();
  await postgres.query(readFileSync(new URL('./fixtures/schema.sql', import.meta.url), 'utf8'));
});

afterAll(async () => {
  sqlite.close();
  await postgres.end();
});

describe("SQLite views translated from sqlite_master give SQLite's rows on PostgreSQL", () => {
  it.each(Object.keys(VIEWS))('%s', async (name) => {
    const { sql } = sqlite
      .prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?')
      .get('view', name) as {
      sql: string;
    };
    await postgres.query(translate(sql, { from: 'sqlite' }).sql);
    const expected = sqlite.prepare(`SELECT * FROM ${name}`).raw().all() as unknown[][];
    const actual = await postgres.query({ text: `SELECT * FROM ${name}`, rowMode: 'array' });
    expect(rowsOf(actual.rows as unknown[][])).toEqual(rowsOf(expected));
  });
});
