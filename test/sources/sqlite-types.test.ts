/**
 * SQLite → PostgreSQL type fidelity through the engine (init, schema, data, constraints,
 * check): every affinity and declared type reaches the target with the type the mapping
 * documents and the value unchanged, edge values included (64-bit extremes, REAL
 * infinities, the smallest normal double, 4-byte UTF-8, blobs of zero bytes, NULLs); and with
 * sqliteNarrowTypes the scan picks the narrowest exact types.
 */
import { describe, expect, it } from 'vitest';
import { queryRows } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import type { Config } from '../../src/index.js';
import { createSqliteFile, sqliteTarget } from './sqlite-support.js';

const SOURCE = `
CREATE TABLE all_types (
  id INTEGER PRIMARY KEY,
  i INTEGER, i_big BIGINT, r REAL, d DOUBLE, t TEXT, vc VARCHAR(5), b BLOB, untyped,
  n NUMERIC, dec DECIMAL(10, 2), flag BOOLEAN, day DATE, at DATETIME, doc JSON
);
INSERT INTO all_types VALUES
  (1, -9223372036854775808, 9223372036854775807, 0.1, 1e308, '', 'abc', X'00FF00', X'01',
      123, 12.34, 0, '2024-02-29', '2024-01-02 03:04:05', '{"a": [1, 2]}'),
  (2, 9223372036854775807, -1, 9e999, -9e999, '😀 𝄞 é ü 中', 'abcde', X'', X'0000',
      1.5, 0.5, 1, '1999-12-31', '2000-01-01T00:00:00.123456', '[]'),
  (3, 0, 0, -0.0, 2.2250738585072014e-308, 'tab	and newline
end', NULL, X'000000', NULL, -7, -0.01, NULL, NULL, NULL, 'null'),
  (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
`;

async function migrate(source: string, target: string, overrides: Partial<Config> = {}): Promise<void> {
  const engine = testEngine(testConfig(source, target, overrides));
  for (const step of ['init', 'schema', 'data', 'constraints', 'check'] as const) {
    const result = await engine.run(step);
    expect(result.ok, `${step}: ${result.summary}`).toBe(true);
  }
}

async function columnTypes(target: string, table: string): Promise<Record<string, string>> {
  const rows = await queryRows<{ name: string; type: string }>(
    target,
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [`public.${table}`],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.type]));
}

describe('SQLite types', () => {
  it('maps every affinity and declared type and keeps every value', async () => {
    const source = createSqliteFile(SOURCE);
    const target = await sqliteTarget();
    await migrate(source, target);
    expect(await columnTypes(target, 'all_types')).toEqual({
      id: 'bigint',
      i: 'bigint',
      i_big: 'bigint',
      r: 'double precision',
      d: 'double precision',
      t: 'text',
      vc: 'text',
      b: 'bytea',
      untyped: 'bytea',
      n: 'numeric',
      dec: 'numeric',
      flag: 'boolean',
      day: 'text',
      at: 'text',
      doc: 'text',
    });
    const rows = await queryRows(
      target,
      `SELECT id::int, i::text, i_big::text, r::text, d::text, t, vc, encode(b, 'hex') AS b, encode(untyped, 'hex') AS untyped,
              n::text, dec::text, flag, day, at, doc
       FROM public.all_types ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 1,
        i: '-9223372036854775808',
        i_big: '9223372036854775807',
        r: '0.1',
        d: '1e+308',
        t: '',
        vc: 'abc',
        b: '00ff00',
        untyped: '01',
        n: '123',
        dec: '12.34',
        flag: false,
        day: '2024-02-29',
        at: '2024-01-02 03:04:05',
        doc: '{"a": [1, 2]}',
      },
      {
        id: 2,
        i: '9223372036854775807',
        i_big: '-1',
        r: 'Infinity',
        d: '-Infinity',
        t: '😀 𝄞 é ü 中',
        vc: 'abcde',
        b: '',
        untyped: '0000',
        n: '1.5',
        dec: '0.5',
        flag: true,
        day: '1999-12-31',
        at: '2000-01-01T00:00:00.123456',
        doc: '[]',
      },
      {
        id: 3,
        i: '0',
        i_big: '0',
        // SQLite keeps a whole REAL as an integer on disk: -0.0 reads back as 0 there already.
        r: '0',
        d: '2.2250738585072014e-308',
        t: 'tab\tand newline\nend',
        vc: null,
        b: '000000',
        untyped: null,
        n: '-7',
        dec: '-0.01',
        flag: null,
        day: null,
        at: null,
        doc: 'null',
      },
      {
        id: 4,
        i: null,
        i_big: null,
        r: null,
        d: null,
        t: null,
        vc: null,
        b: null,
        untyped: null,
        n: null,
        dec: null,
        flag: null,
        day: null,
        at: null,
        doc: null,
      },
    ]);
  });

  it('with sqliteNarrowTypes, picks the narrowest exact type that holds every value', async () => {
    const source = createSqliteFile(`
      CREATE TABLE narrow (
        id INTEGER PRIMARY KEY, small INTEGER, medium INT, large INTEGER, whole NUMERIC, fraction NUMERIC,
        day DATE, mixed_day DATE, at DATETIME, name VARCHAR(4), long_name VARCHAR(2), doc JSON, bad_doc JSON,
        u_int, u_real, u_text, u_blob, empty INTEGER
      );
      INSERT INTO narrow VALUES
        (1, -32768, 2147483647, 2147483648, 5, 1.5, '2024-01-31', '2024-01-31', '2024-01-31 10:00:00', 'abcd', 'abc', '{"a":1}', '{a:1}',
            7, 0.25, 'x', X'01', NULL),
        (2, 32767, -2147483648, -1, -5, 2, '0001-01-01', '2024-02-30', '2024-01-31T10:00:00.5', NULL, 'ab', '[1]', '[]',
            -7, 3, 'y', X'02', NULL);
    `);
    const target = await sqliteTarget();
    await migrate(source, target, { sqliteNarrowTypes: true });
    expect(await columnTypes(target, 'narrow')).toEqual({
      id: 'bigint',
      small: 'smallint',
      medium: 'integer',
      large: 'bigint',
      whole: 'smallint',
      fraction: 'numeric',
      day: 'date',
      mixed_day: 'text',
      at: 'timestamp without time zone',
      name: 'character varying(4)',
      long_name: 'text',
      doc: 'json',
      bad_doc: 'text',
      u_int: 'smallint',
      u_real: 'double precision',
      u_text: 'text',
      u_blob: 'bytea',
      empty: 'bigint',
    });
    expect(
      await queryRows(target, `SELECT day::text, at::text, u_real, doc::text FROM public.narrow ORDER BY id`),
    ).toEqual([
      { day: '2024-01-31', at: '2024-01-31 10:00:00', u_real: 0.25, doc: '{"a":1}' },
      { day: '0001-01-01', at: '2024-01-31 10:00:00.5', u_real: 3, doc: '[1]' },
    ]);
  });
});
