import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanSqliteFile } from './index.js';
import { scanTable, type ScanColumn } from './scan.js';

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
});

afterEach(() => db.close());

function scan(sql: string, columns: [string, string][], narrow = true): Record<string, unknown> {
  db.exec(sql);
  const scanned = scanTable(
    db,
    't',
    columns.map(([name, declared]): ScanColumn => ({ name, declared, fixed: false })),
    narrow,
  );
  return Object.fromEntries(
    scanned.map((c) => [c.column, { type: c.chosen.type, misfits: c.misfits, counts: c.counts }]),
  );
}

describe('scanTable', () => {
  it('counts values by storage class and those the chosen type cannot hold', () => {
    const result = scan(
      `CREATE TABLE t (n INTEGER, x);
       INSERT INTO t VALUES (1, 1), ('one', 2.5), (NULL, 'three'), (4.5, X'04'), (5, NULL);`,
      [
        ['n', 'INTEGER'],
        ['x', ''],
      ],
      false,
    );
    expect(result).toEqual({
      n: { type: 'bigint', misfits: 2, counts: { null: 1, integer: 2, real: 1, text: 1, blob: 0 } },
      x: { type: 'bytea', misfits: 3, counts: { null: 1, integer: 1, real: 1, text: 1, blob: 1 } },
    });
  });

  it('narrows integers by range and keeps the declared type when nothing fits better', () => {
    const result = scan(
      `CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER, d NUMERIC, e NUMERIC, f BOOLEAN, g REAL);
       INSERT INTO t VALUES (-32768, 32768, -9223372036854775808, 7, 1.25, 1, 2.5),
                            (32767, -1, 0, -7, 3, 0, 1);`,
      [
        ['a', 'INTEGER'],
        ['b', 'INTEGER'],
        ['c', 'INTEGER'],
        ['d', 'NUMERIC'],
        ['e', 'NUMERIC'],
        ['f', 'BOOLEAN'],
        ['g', 'REAL'],
      ],
    );
    expect(
      Object.fromEntries(Object.entries(result).map(([k, v]) => [k, (v as { type: string }).type])),
    ).toEqual({
      a: 'smallint',
      b: 'integer',
      c: 'bigint',
      d: 'smallint',
      e: 'numeric',
      f: 'boolean',
      g: 'double precision',
    });
  });

  it.each([
    ['2024-02-29', true, false],
    ['2023-02-29', false, false],
    ['0000-01-01', false, false],
    ['2024-1-05', false, false],
    ['2024-01-05 10:00:00', false, true],
    ['2024-01-05T10:00:00.123456', false, true],
    ['2024-01-05 10:00:00.1234567', false, false],
    ['2024-01-05 25:00:00', false, false],
    ['2024-01-05 10:00:00Z', false, false],
    ['2024-01-05 10:00:00.', false, false],
  ])('takes %j as an ISO date: %s, as an ISO timestamp: %s', (value, date, timestamp) => {
    const result = scan(
      `CREATE TABLE t (d DATE, ts DATETIME); INSERT INTO t VALUES ('${value}', '${value}');`,
      [
        ['d', 'DATE'],
        ['ts', 'DATETIME'],
      ],
    );
    expect((result.d as { type: string }).type).toBe(date ? 'date' : 'text');
    expect((result.ts as { type: string }).type).toBe(timestamp ? 'timestamp without time zone' : 'text');
  });

  it('makes VARCHAR(n) varchar(n) only when every value fits and holds no NUL', () => {
    const result = scan(
      `CREATE TABLE t (a VARCHAR(3), b VARCHAR(3), c VARCHAR(3));
       INSERT INTO t VALUES ('abc', 'abcd', 'a' || char(0));`,
      [
        ['a', 'VARCHAR(3)'],
        ['b', 'VARCHAR(3)'],
        ['c', 'VARCHAR(3)'],
      ],
    );
    expect(result.a).toMatchObject({ type: 'character varying(3)', misfits: 0 });
    expect(result.b).toMatchObject({ type: 'text', misfits: 0 });
    expect(result.c).toMatchObject({ type: 'text', misfits: 0 });
  });

  it('gives an untyped column the one class it holds, and numeric for integers beyond 2^53 beside reals', () => {
    const result = scan(
      `CREATE TABLE t (i, r, t, b, wide, mixed);
       INSERT INTO t VALUES (1, 1, 'a', X'01', 9007199254740993, 1), (2, 0.5, 'b', X'02', 0.5, 'x');`,
      ['i', 'r', 't', 'b', 'wide', 'mixed'].map((name): [string, string] => [name, '']),
    );
    expect(
      Object.fromEntries(Object.entries(result).map(([k, v]) => [k, (v as { type: string }).type])),
    ).toEqual({
      i: 'smallint',
      r: 'double precision',
      t: 'text',
      b: 'bytea',
      wide: 'numeric',
      mixed: 'bytea',
    });
  });
});

describe('scanSqliteFile', () => {
  it('scans every ordinary table of a file; a rowid alias keeps bigint', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'decant-sqlite-scan-')), 'scan.db');
    const file = new Database(path);
    file.exec(`CREATE TABLE b (id INTEGER PRIMARY KEY, n INTEGER); INSERT INTO b VALUES (1, 7), (2, 'x');
               CREATE TABLE a (v TEXT); INSERT INTO a VALUES ('ok');
               CREATE VIRTUAL TABLE f USING fts5(body);`);
    file.close();
    expect(
      scanSqliteFile(path, true).map(({ table, columns }) => ({
        table,
        columns: columns.map((c) => [c.column, c.declared, c.chosen.type, c.misfits]),
      })),
    ).toEqual([
      { table: 'a', columns: [['v', 'TEXT', 'text', 0]] },
      {
        table: 'b',
        columns: [
          ['id', 'INTEGER', 'bigint', 0],
          ['n', 'INTEGER', 'bigint', 1],
        ],
      },
    ]);
  });
});
