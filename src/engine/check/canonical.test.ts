/**
 * canonicalValue: a value as a MySQL or SQLite reader gives it against the value real
 * PostgreSQL holds for the same column, read back through the target's RowSource (never
 * typed here as we think PostgreSQL prints it). Pairs that hold the same logical value
 * must have one canonical form; near misses must not.
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, execSql } from '../../../test/support/databases.js';
import type { ColumnInfo, SourceRow, SourceValue, TableToCopy } from '../../sources/source.js';
import { createPostgresRowSource } from '../../target/row-source.js';
import { TARGET_SIDE } from '../../target/row-hasher.js';
import { canonicalValue } from './canonical.js';

interface Case {
  /** The column's type in the target, as CREATE TABLE writes it. */
  type: string;
  /** The value as the source reader yields it. */
  source: SourceValue;
  /** SQL for the value the target holds. */
  target: string;
  equal: boolean;
}

const same = (type: string, source: SourceValue, target: string): Case => ({
  type,
  source,
  target,
  equal: true,
});
const differ = (type: string, source: SourceValue, target: string): Case => ({
  type,
  source,
  target,
  equal: false,
});

const CASES: Case[] = [
  // Integers: exact beyond 2^53, from numbers, bigints and strings.
  same('smallint', 32767, '32767'),
  same('smallint', -32768, '-32768'),
  same('integer', '007', '7'),
  same('bigint', 9223372036854775807n, '9223372036854775807'),
  same('bigint', '-9223372036854775808', '-9223372036854775808'),
  differ('bigint', 9223372036854775806n, '9223372036854775807'),
  differ('bigint', '9007199254740993', '9007199254740992'),
  differ('integer', 1.5, '1'),
  // numeric: exact, scale-sensitive, padded to a declared scale.
  same('numeric(20,0)', '18446744073709551615', '18446744073709551615'),
  same('numeric(20,0)', 18446744073709551615n, '18446744073709551615'),
  same(
    'numeric(65,30)',
    '-12345678901234567890123456789012345.123456789012345678901234567890',
    '-12345678901234567890123456789012345.123456789012345678901234567890',
  ),
  same('numeric(10,2)', '1.50', '1.50'),
  same('numeric(10,2)', '1.5', '1.5'),
  same('numeric(10,2)', '-0.00', '-0.00'),
  same('numeric', '1.50', '1.50'),
  differ('numeric', '1.5', '1.50'),
  differ('numeric(12,2)', '1.555', '1.555'),
  same('numeric', 0.1, '0.1'),
  same('numeric', 1e21, '1e21'),
  same('numeric', '1.5e3', '1500'),
  same('numeric', NaN, "'NaN'"),
  same('numeric', Infinity, "'Infinity'"),
  same('numeric', '-Infinity', "'-Infinity'"),
  // Floats: float4 compares as float32, float8 as the double; -0, NaN and infinities kept.
  same('real', 0.1, '0.1'),
  same('real', Math.fround(0.1), '0.1'),
  same('real', 3.4028234663852886e38, '3.4028235e38'),
  same('real', '1.17549435e-38', '1.17549435e-38'),
  differ('real', 0.1, '0.2'),
  same('double precision', 0.1, '0.1'),
  differ('double precision', Math.fround(0.1), '0.1'),
  same('double precision', 5e-324, '4.9406564584124654e-324'),
  same('double precision', 1.7976931348623157e308, '1.7976931348623157e308'),
  same('double precision', -0, "'-0'"),
  differ('double precision', 0, "'-0'"),
  same('real', -0, "'-0'"),
  same('double precision', NaN, "'NaN'"),
  same('double precision', Infinity, "'Infinity'"),
  same('double precision', '-Infinity', "'-Infinity'"),
  differ('double precision', Infinity, "'-Infinity'"),
  // boolean from MySQL's tinyint(1) and from SQLite's 0/1.
  same('boolean', 1, 'true'),
  same('boolean', 0, 'false'),
  same('boolean', 1n, 'true'),
  same('boolean', true, 'true'),
  differ('boolean', 1, 'false'),
  // Text: exact; char(n) without its padding; UTF-8 Buffers decoded.
  same('text', 'a', "'a'"),
  differ('text', 'a', "'a '"),
  differ('text', 'a', "'A'"),
  same('text', '', "''"),
  same('text', Buffer.from('héllo 😀 𝄞', 'utf8'), "'héllo 😀 𝄞'"),
  same('character varying(10)', 'x\ty\nz', "E'x\\ty\\nz'"),
  same('character(3)', 'a', "'a'"),
  same('character(3)', 'a', "'a  '"),
  differ('character(3)', ' a', "'a'"),
  differ('character(3)', 'ab', "'a'"),
  // Bytes.
  same('bytea', Buffer.from([0, 1, 255]), "'\\x0001ff'"),
  same('bytea', Buffer.alloc(0), "''"),
  differ('bytea', Buffer.from([0, 1]), "'\\x000100'"),
  same('bytea', 'AB', "'\\x4142'"),
  // Dates and times.
  same('date', '2024-02-29', "'2024-02-29'"),
  differ('date', '2024-01-01', "'2024-01-02'"),
  same('date', '0001-01-01', "'0001-01-01'"),
  same('timestamp without time zone', '2024-01-01 00:00:00', "'2024-01-01 00:00:00'"),
  differ('timestamp without time zone', '2024-01-01 00:00:00', "'2024-01-01 00:00:01'"),
  same('timestamp without time zone', '2024-01-01 12:34:56.500000', "'2024-01-01 12:34:56.5'"),
  same('timestamp without time zone', '2024-01-01 12:34:56.000001', "'2024-01-01 12:34:56.000001'"),
  differ('timestamp without time zone', '2024-01-01 12:34:56.000001', "'2024-01-01 12:34:56'"),
  same('timestamp(3) without time zone', '1000-01-01 00:00:00.123000', "'1000-01-01 00:00:00.123'"),
  same('timestamp with time zone', '2024-01-01 10:00:00', "'2024-01-01 12:00:00+02'"),
  same('timestamp with time zone', '2023-12-31 23:30:00.25', "'2024-01-01 05:00:00.25+05:30'"),
  differ('timestamp with time zone', '2024-01-01 10:00:00', "'2024-01-01 10:00:00-01'"),
  same('timestamp with time zone', '1970-01-01 00:00:00.000000', "'1969-12-31 19:00:00-05'"),
  same('time without time zone', '12:34:56.500000', "'12:34:56.5'"),
  differ('time without time zone', '23:59:59', "'23:59:58'"),
  same('time with time zone', '12:00:00+05:30', "'12:00:00+05:30'"),
  differ('time with time zone', '12:00:00+05:30', "'06:30:00+00'"),
  // MySQL's TIME beyond 24 hours into interval.
  same('interval', '838:59:59', "'838:59:59'"),
  same('interval', '-838:59:59.500000', "'-838:59:59.5'"),
  same('interval', '00:00:00', "'0'"),
  differ('interval', '24:00:00', "'1 day'"),
  same(
    'interval',
    '1 year 2 mons -3 days +04:05:06.5',
    "'1 year 2 months -3 days 4 hours 5 minutes 6.5 seconds'",
  ),
  // json and jsonb compare as jsonb holds them.
  same('jsonb', '{"a":1,"b":2}', `'{"b": 2, "a": 1}'`),
  same('json', '{"a":1,"b":2}', `'{"b": 2,  "a": 1}'`),
  same('jsonb', '{"a":1,"a":2}', `'{"a": 2}'`),
  differ('jsonb', '{"a":1.0}', `'{"a": 1}'`),
  differ('jsonb', '{"a":[1,2]}', `'{"a": [2, 1]}'`),
  same('jsonb', '{"n":12345678901234567890}', `'{"n": 12345678901234567890}'`),
  differ('jsonb', '{"n":12345678901234567890}', `'{"n": 12345678901234567891}'`),
  same('jsonb', '{"s":"\\u00e9\\n"}', `'{"s": "é\\n"}'`),
  same('jsonb', Buffer.from('[true, null, "x"]'), `'[true,null,"x"]'`),
  // uuid, bits, arrays, enums.
  same('uuid', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"),
  same(
    'uuid',
    Buffer.from('a0eebc999c0b4ef8bb6d6bb9bd380a11', 'hex'),
    "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
  ),
  same('bit(5)', Buffer.from([0x15]), "B'10101'"),
  differ('bit(5)', Buffer.from([0x14]), "B'10101'"),
  same('bit(10)', Buffer.from([0x02, 0x01]), "B'1000000001'"),
  same('bit(64)', Buffer.from('8000000000000001', 'hex'), `B'1${'0'.repeat(62)}1'`),
  same('bit(5)', '101', "B'00101'"),
  same('bit varying(8)', Buffer.from([0x05]), "B'00000101'"),
  same('bit varying(8)', '101', "B'101'"),
  differ('bit varying(8)', '101', "B'00000101'"),
  differ('bit varying(8)', '101', "B'1010'"),
  same('text[]', ['a', 'b c', 'x,y', 'q"\\', 'NULL', ''], `ARRAY['a', 'b c', 'x,y', 'q"\\', 'NULL', '']`),
  differ('text[]', ['b', 'a'], "ARRAY['a', 'b']"),
  differ('text[]', ['NULL'], 'ARRAY[NULL]::text[]'),
  same('text[]', [], "'{}'"),
  same('integer[]', ['1', '2'], "'{1,2}'"),
  same('mood', 'it\'s "odd"', `'it''s "odd"'`),
  differ('mood', 'ok', "'so-so'"),
];

let url: string;
let columns: ColumnInfo[];
let targetRow: SourceRow;

beforeAll(async () => {
  url = await createDatabase('canonical');
  await execSql(
    url,
    `CREATE TYPE mood AS ENUM ('ok', 'so-so', 'it''s "odd"');
     CREATE TABLE pairs (${CASES.map((c, i) => `c${i} ${c.type}`).join(', ')});
     INSERT INTO pairs VALUES (${CASES.map((c) => c.target).join(', ')});`,
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The column types as the engine knows them: format_type's spelling.
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
     WHERE attrelid = 'pairs'::regclass AND attnum > 0 ORDER BY attnum`,
  );
  columns = rows.map((row) => ({ ...row, copied: true }));
  const table: TableToCopy = {
    owner: 'public',
    name: 'pairs',
    dataSize: 0,
    details: {
      kind: 'table',
      targetSchema: 'public',
      targetName: 'pairs',
      partitioned: false,
      columns,
      key: null,
      copyFormat: 'binary',
      pages: 1,
    },
  };
  const source = createPostgresRowSource(client, TARGET_SIDE);
  const read: SourceRow[] = [];
  for await (const batch of source.rows(table, {
    kind: 'whole',
    lower: null,
    upper: null,
    estimatedBytes: 0,
  })) {
    read.push(...batch);
  }
  await source.close();
  expect(read).toHaveLength(1);
  targetRow = read[0]!;
});

describe('canonicalValue', () => {
  it.each(CASES.map((c, i) => ({ ...c, i })))(
    '$type: $source against $target ($equal)',
    ({ source, equal, i }) => {
      const column = columns[i]!;
      const fromSource = canonicalValue(source, column);
      const fromTarget = canonicalValue(targetRow[i] ?? null, column);
      if (equal) expect(fromSource).toBe(fromTarget);
      else expect(fromSource).not.toBe(fromTarget);
    },
  );

  it('gives NULL as null and keeps it apart from every value', () => {
    expect(canonicalValue(null, { type: 'text' })).toBeNull();
    expect(canonicalValue('', { type: 'text' })).toBe('');
  });

  it('gives a value that is not of the column type a form no valid value has', () => {
    const forms = [
      canonicalValue('soon', { type: 'date' }),
      canonicalValue(2.5, { type: 'bigint' }),
      canonicalValue('{"a":', { type: 'jsonb' }),
      canonicalValue(Buffer.from([0xff]), { type: 'bit(4)' }),
    ];
    for (const form of forms) expect(form?.startsWith('\u0000')).toBe(true);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
