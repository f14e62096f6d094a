import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../test/support/databases.js';
import { DecantError } from '../../core/errors.js';
import { qualified, quoteIdent, quoteLiteral } from '../../core/sql/ident.js';
import {
  createCopyEncoder,
  type SourceValue,
  type ValuePolicies,
  type WireColumn,
  type WireType,
} from './binary-encoder.js';

const STRICT: ValuePolicies = { nulCharacters: 'error', invalidUtf8: 'error', invalidDates: 'error' };
const ODD_LABELS = ["it's", 'a,b', ' spaced ', 'back\\slash', 'ünï ☃', 'with "dq"', '{braces}'];

interface RoundTrip {
  name: string;
  sql: string;
  wire: Omit<WireColumn, 'name'>;
  input: SourceValue;
  expected: string | null;
  policies: ValuePolicies;
  /** How the value is read back; ::text unless the text cast would hide something (char(n)'s padding). */
  read: string;
}

/** Cases of one column type: [input, the value's text as PostgreSQL prints it]. */
function trips(
  sql: string,
  wire: WireType | Omit<WireColumn, 'name'>,
  cases: [SourceValue, string | null][],
  options: { policies?: Partial<ValuePolicies>; read?: string; label?: string } = {},
): RoundTrip[] {
  const policies = { ...STRICT, ...options.policies };
  return cases.map(([input, expected]) => ({
    name: `${sql} ← ${describeInput(input)}${options.label ? ` (${options.label})` : ''}`,
    sql,
    wire: typeof wire === 'string' ? { type: wire } : wire,
    input,
    expected,
    policies,
    read: options.read ?? 'v::text',
  }));
}

function describeInput(input: SourceValue): string {
  if (Buffer.isBuffer(input)) return `Buffer ${input.toString('hex').slice(0, 40)}`;
  if (typeof input === 'bigint') return `${input}n`;
  const text = JSON.stringify(input);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

const ROUND_TRIPS: RoundTrip[] = [
  ...trips('boolean', 'bool', [
    [true, 'true'],
    [false, 'false'],
    [1, 'true'],
    [0n, 'false'],
    ['t', 'true'],
    ['false', 'false'],
    ['1', 'true'],
  ]),
  ...trips('smallint', 'int2', [
    [-32768, '-32768'],
    [32767, '32767'],
    ['-123', '-123'],
    [255n, '255'],
  ]),
  ...trips('integer', 'int4', [
    [-2147483648, '-2147483648'],
    [2147483647, '2147483647'],
    [65535, '65535'],
    [16777215, '16777215'],
    ['-17', '-17'],
  ]),
  ...trips('bigint', 'int8', [
    [-9223372036854775808n, '-9223372036854775808'],
    [9223372036854775807n, '9223372036854775807'],
    ['9223372036854775807', '9223372036854775807'],
    ['-9223372036854775808', '-9223372036854775808'],
    [4294967295, '4294967295'],
    [9007199254740991, '9007199254740991'],
    [-9007199254740991, '-9007199254740991'],
    [9007199254740992, '9007199254740992'],
    [-1, '-1'],
    ['123456789012345', '123456789012345'],
  ]),
  ...trips('numeric(20)', 'numeric', [
    ['18446744073709551615', '18446744073709551615'],
    [18446744073709551615n, '18446744073709551615'],
    [0, '0'],
    ['-0', '0'],
  ]),
  ...trips('numeric(65,30)', 'numeric', [
    [
      '99999999999999999999999999999999999.999999999999999999999999999999',
      '99999999999999999999999999999999999.999999999999999999999999999999',
    ],
    [
      '-99999999999999999999999999999999999.999999999999999999999999999999',
      '-99999999999999999999999999999999999.999999999999999999999999999999',
    ],
    ['0.000000000000000000000000000001', '0.000000000000000000000000000001'],
    ['1.5', '1.500000000000000000000000000000'],
  ]),
  ...trips('numeric(10,2)', 'numeric', [
    ['1.005', '1.01'],
    ['-1.005', '-1.01'],
    [12.5, '12.50'],
  ]),
  ...trips('numeric', 'numeric', [
    ['-123.4500', '-123.4500'],
    ['1.50', '1.50'],
    ['1.5e-7', '0.00000015'],
    ['1E+21', '1000000000000000000000'],
    ['12345.6789e2', '1234567.89'],
    ['00012.3400', '12.3400'],
    ['.5', '0.5'],
    ['0.0001', '0.0001'],
    ['0.000', '0.000'],
    [1.5, '1.5'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [9999.5, '9999.5'],
    [10000, '10000'],
    [123456789, '123456789'],
    [-100000000, '-100000000'],
    [9007199254740991, '9007199254740991'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e-10, '-0.00000000025'],
    [123.456, '123.456'],
    [-0.05, '-0.05'],
    [1234567890.12345, '1234567890.12345'],
    [99999999999999.9, '99999999999999.9'],
    [0.1 + 0.2, '0.30000000000000004'],
    [0.1 + 0.7, '0.7999999999999999'],
    [1.7976931348623157e308, `17976931348623157${'0'.repeat(292)}`],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [42n, '42'],
    [9007199254740993n, '9007199254740993'],
    [-9007199254740992n, '-9007199254740992'],
    [-123456789012345678901234567890n, '-123456789012345678901234567890'],
    [NaN, 'NaN'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-inf', '-Infinity'],
    [-Infinity, '-Infinity'],
  ]),
  ...trips('real', 'float4', [
    [0.1, '0.1'],
    [3.4028234663852886e38, '3.4028235e+38'],
    [1.401298464324817e-45, '1e-45'],
    ['1.5', '1.5'],
    ['inf', 'Infinity'],
    ['-INF', '-Infinity'],
    ['NaN', 'NaN'],
    [-0, '-0'],
  ]),
  ...trips('double precision', 'float8', [
    [0.1, '0.1'],
    [123.456, '123.456'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [5e-324, '5e-324'],
    ['1e300', '1e+300'],
    ['-inf', '-Infinity'],
    ['nan', 'NaN'],
    [-0, '-0'],
    [Infinity, 'Infinity'],
  ]),
  ...trips('text', 'text', [
    ['', ''],
    ['emoji 😀 and 𝄞, four bytes each', 'emoji 😀 and 𝄞, four bytes each'],
    ['quote \' " \\ tab\t newline\n', 'quote \' " \\ tab\t newline\n'],
    [Buffer.from('héllo 😀', 'utf8'), 'héllo 😀'],
    ['x'.repeat(200_000), 'x'.repeat(200_000)],
    // Bytes up to 128 take one loop when plain ASCII, the full checks otherwise.
    [Buffer.from('quote \' " \\ tab\t newline\n'), 'quote \' " \\ tab\t newline\n'],
    [Buffer.from('a'.repeat(128)), 'a'.repeat(128)],
    [Buffer.from('b'.repeat(129)), 'b'.repeat(129)],
    [Buffer.from(`${'c'.repeat(126)}é`), `${'c'.repeat(126)}é`],
    [Buffer.alloc(0), ''],
  ]),
  ...trips('varchar(5)', 'text', [
    ['abcde', 'abcde'],
    ['ü😀', 'ü😀'],
  ]),
  ...trips('char(5)', 'text', [['ab', '[ab   ]']], { read: `format('[%s]', v)` }),
  ...trips(
    'odd_label',
    'text',
    ODD_LABELS.map((label) => [label, label]),
    { label: 'enum' },
  ),
  ...trips('bytea', 'bytea', [
    [Buffer.from([0, 1, 2, 0, 255]), '\\x00010200ff'],
    [Buffer.alloc(0), '\\x'],
    ['text😀', '\\x74657874f09f9880'],
  ]),
  ...trips('date', 'date', [
    ['2024-02-29', '2024-02-29'],
    ['0001-01-01', '0001-01-01'],
    ['9999-12-31', '9999-12-31'],
    ['1999-12-31', '1999-12-31'],
    ['1582-10-10', '1582-10-10'],
    ['1900-02-28', '1900-02-28'],
    ['10000-01-01', '10000-01-01'],
    ['5874897-12-31', '5874897-12-31'],
  ]),
  ...trips('time', 'time', [
    ['00:00:00', '00:00:00'],
    ['23:59:59.999999', '23:59:59.999999'],
    ['24:00:00', '24:00:00'],
    ['12:34:56.5', '12:34:56.5'],
    ['1:02:03', '01:02:03'],
    ['12:00:00.1234560', '12:00:00.123456'],
  ]),
  ...trips('timestamp', 'timestamp', [
    ['2024-02-29 12:34:56.123456', '2024-02-29 12:34:56.123456'],
    ['2024-01-01T00:00:00', '2024-01-01 00:00:00'],
    ['2000-01-01 00:00:00', '2000-01-01 00:00:00'],
    ['1999-12-31 23:59:59.999999', '1999-12-31 23:59:59.999999'],
    ['1969-12-31 23:59:59.5', '1969-12-31 23:59:59.5'],
    ['1000-01-01 00:00:00', '1000-01-01 00:00:00'],
    ['0001-01-01 00:00:00', '0001-01-01 00:00:00'],
    ['9999-12-31 23:59:59.999999', '9999-12-31 23:59:59.999999'],
    ['294276-12-31 23:59:59.999999', '294276-12-31 23:59:59.999999'],
  ]),
  ...trips('timestamptz', 'timestamptz', [
    ['2024-02-29 12:34:56', '2024-02-29 12:34:56+00'],
    ['2024-02-29 12:34:56+02:00', '2024-02-29 10:34:56+00'],
    ['2024-02-29T12:34:56.25Z', '2024-02-29 12:34:56.25+00'],
    ['2024-01-01 00:30:00-05:30', '2024-01-01 06:00:00+00'],
    ['9999-12-31 23:59:59.999999', '9999-12-31 23:59:59.999999+00'],
    ['1000-01-01 00:00:00', '1000-01-01 00:00:00+00'],
  ]),
  ...trips('interval', 'interval', [
    ['838:59:59', '838:59:59'],
    ['-838:59:59.000000', '-838:59:59'],
    ['100:00:00', '100:00:00'],
    ['00:00:00', '00:00:00'],
    ['-00:00:01.5', '-00:00:01.5'],
    ['-0:00:00.000001', '-00:00:00.000001'],
    ['12:30:00.25', '12:30:00.25'],
  ]),
  ...trips('json', 'json', [
    ['{"b": 1, "a": [1, 2]}', '{"b": 1, "a": [1, 2]}'],
    ['{"a": "x\\u0000y"}', '{"a": "x\\u0000y"}'],
    [Buffer.from('{"k": "ü"}', 'utf8'), '{"k": "ü"}'],
    [Buffer.from('{"a": "x\\u0000y"}'), '{"a": "x\\u0000y"}'],
  ]),
  ...trips('jsonb', 'jsonb', [
    ['{"b": {"c": [1, 2, {"d": null}]}, "a": "x"}', '{"a": "x", "b": {"c": [1, 2, {"d": null}]}}'],
    ['{"a": "\\\\u0000"}', '{"a": "\\\\u0000"}'],
    ['["😀", "\\ud83d\\ude00"]', '["😀", "😀"]'],
    [Buffer.from('{"k": [true, 1.50]}', 'utf8'), '{"k": [true, 1.50]}'],
    [Buffer.from('{"a": "\\\\u0000", "b": "\\n"}'), '{"a": "\\\\u0000", "b": "\\n"}'],
  ]),
  ...trips('uuid', 'uuid', [
    ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
  ]),
  ...trips('bit(1)', { type: 'bit', bits: 1 }, [
    [Buffer.from([1]), '1'],
    [Buffer.from([0]), '0'],
    ['1', '1'],
  ]),
  ...trips('bit(5)', { type: 'bit', bits: 5 }, [
    [Buffer.from([0b10101]), '10101'],
    [Buffer.from([0b11111]), '11111'],
    ['101', '00101'],
    ['01100', '01100'],
  ]),
  ...trips('bit(64)', { type: 'bit', bits: 64 }, [
    [Buffer.alloc(8, 0xff), '1'.repeat(64)],
    [Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 1]), `1${'0'.repeat(62)}1`],
  ]),
  ...trips('bit varying(70)', { type: 'bit', bits: 70 }, [
    [Buffer.from([0x20, 0, 0, 0, 0, 0, 0, 0, 0x01]), `100000${'0'.repeat(56)}00000001`],
    ['1', `${'0'.repeat(69)}1`],
  ]),
  ...trips('text[]', 'text[]', [
    [[], '{}'],
    [['a'], '{a}'],
    [
      ['a,b', 'with "dq"', 'back\\slash', '', 'NULL', ' spaced ', 'ü😀', '{x}'],
      '{"a,b","with \\"dq\\"","back\\\\slash","","NULL"," spaced ",ü😀,"{x}"}',
    ],
  ]),
  // The policies: what PostgreSQL cannot hold becomes what the user chose, and the row stays.
  ...trips('text', 'text', [['a\0b\0', 'ab']], { policies: { nulCharacters: 'remove' } }),
  ...trips('text', 'text', [['a\0b', null]], { policies: { nulCharacters: 'null' } }),
  ...trips('text', 'text', [[Buffer.from([0x61, 0, 0x62]), 'ab']], { policies: { nulCharacters: 'remove' } }),
  ...trips('json', 'json', [['{"a": "x\0"}', '{"a": "x"}']], { policies: { nulCharacters: 'remove' } }),
  ...trips('jsonb', 'jsonb', [['{"a": "x\\u0000y", "b": "\\\\u0000"}', '{"a": "xy", "b": "\\\\u0000"}']], {
    policies: { nulCharacters: 'remove' },
  }),
  ...trips('jsonb', 'jsonb', [['{"a": "x\\u0000y"}', null]], { policies: { nulCharacters: 'null' } }),
  ...trips('text[]', 'text[]', [[['a\0b', 'c'], '{ab,c}']], { policies: { nulCharacters: 'remove' } }),
  ...trips('text[]', 'text[]', [[['a\0b', 'c'], null]], { policies: { nulCharacters: 'null' } }),
  ...trips(
    'text',
    'text',
    [
      [Buffer.from([0x61, 0xff, 0x62]), 'a\uFFFDb'],
      [Buffer.from([0xed, 0xa0, 0x80]), '\uFFFD\uFFFD\uFFFD'],
    ],
    { policies: { invalidUtf8: 'replace' } },
  ),
  ...trips('text', 'text', [[Buffer.from([0x61, 0xc3]), null]], { policies: { invalidUtf8: 'null' } }),
  ...trips('text', 'text', [[Buffer.from([0xff, 0x00, 0x41]), '\uFFFDA']], {
    policies: { invalidUtf8: 'replace', nulCharacters: 'remove' },
  }),
  ...trips(
    'date',
    'date',
    [
      ['0000-00-00', null],
      ['2020-00-10', null],
      ['2020-10-00', null],
      ['2021-02-29', null],
      ['5874898-01-01', null],
    ],
    { policies: { invalidDates: 'null' } },
  ),
  ...trips(
    'timestamp',
    'timestamp',
    [
      ['0000-00-00 00:00:00', null],
      ['2021-02-29 10:00:00', null],
      ['294277-01-01 00:00:00', null],
    ],
    { policies: { invalidDates: 'null' } },
  ),
  ...trips('timestamptz', 'timestamptz', [['0000-00-00 00:00:00', null]], {
    policies: { invalidDates: 'null' },
  }),
];

let url: string;
let client: pg.Client;
let tableNumber = 0;

beforeAll(async () => {
  url = await createDatabase('encoder');
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `SET timezone = 'UTC'; SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres'; SET extra_float_digits = 3`,
  );
  await client.query(`CREATE TYPE odd_label AS ENUM (${ODD_LABELS.map(quoteLiteral).join(', ')})`);
});

afterAll(async () => {
  await client?.end();
});

async function newTable(columns: { name: string; sql: string }[]): Promise<string> {
  const table = `t${++tableNumber}`;
  const definitions = columns.map((column) => `${quoteIdent(column.name)} ${column.sql}`);
  await client.query(`CREATE TABLE ${qualified('public', table)} (${definitions.join(', ')})`);
  return table;
}

/** Rows through the encoder into COPY FROM STDIN (FORMAT binary); the chunks it handed on. */
async function copyRows(
  table: string,
  columns: readonly WireColumn[],
  rows: Iterable<SourceValue[]>,
  policies: ValuePolicies = STRICT,
): Promise<{ rowCount: number; copied: number; chunks: number[] }> {
  const encoder = createCopyEncoder(columns, policies, { table: `public.${table}`, keyColumns: [] });
  const names = columns.map((column) => quoteIdent(column.name)).join(', ');
  const copyIn = client.query(
    copyFrom(`COPY ${qualified('public', table)} (${names}) FROM STDIN (FORMAT binary)`),
  );
  const chunks: number[] = [];
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.length);
      callback(null, chunk);
    },
  });
  await pipeline(Readable.from(rows), encoder, meter, copyIn);
  return { rowCount: encoder.rowCount, copied: copyIn.rowCount, chunks };
}

describe('createCopyEncoder round trips through COPY FROM STDIN (FORMAT binary)', () => {
  it.each(ROUND_TRIPS)('$name', async ({ sql, wire, input, expected, policies, read }) => {
    const table = await newTable([{ name: 'v', sql }]);
    const { rowCount } = await copyRows(table, [{ name: 'v', ...wire }], [[input]], policies);
    const { rows } = await client.query(`SELECT ${read} AS v FROM ${qualified('public', table)}`);
    expect(rowCount).toBe(1);
    expect(rows).toEqual([{ v: expected }]);
  });

  const EVERY_TYPE: {
    name: string;
    sql: string;
    wire: Omit<WireColumn, 'name'>;
    value: SourceValue;
    text: string;
  }[] = [
    { name: 'b', sql: 'boolean', wire: { type: 'bool' }, value: true, text: 'true' },
    { name: 's', sql: 'smallint', wire: { type: 'int2' }, value: -5, text: '-5' },
    { name: 'i', sql: 'integer', wire: { type: 'int4' }, value: 70000, text: '70000' },
    { name: 'l', sql: 'bigint', wire: { type: 'int8' }, value: 1n << 40n, text: '1099511627776' },
    { name: 'n', sql: 'numeric(12,3)', wire: { type: 'numeric' }, value: '-0.5', text: '-0.500' },
    { name: 'r', sql: 'real', wire: { type: 'float4' }, value: 2.5, text: '2.5' },
    { name: 'd', sql: 'double precision', wire: { type: 'float8' }, value: -1e-10, text: '-1e-10' },
    { name: 'Mixed Case', sql: 'varchar(20)', wire: { type: 'text' }, value: 'ça va', text: 'ça va' },
    { name: 'e', sql: 'odd_label', wire: { type: 'text' }, value: 'a,b', text: 'a,b' },
    { name: 'by', sql: 'bytea', wire: { type: 'bytea' }, value: Buffer.from([0]), text: '\\x00' },
    { name: 'da', sql: 'date', wire: { type: 'date' }, value: '2001-02-03', text: '2001-02-03' },
    { name: 'ti', sql: 'time', wire: { type: 'time' }, value: '04:05:06', text: '04:05:06' },
    {
      name: 'ts',
      sql: 'timestamp',
      wire: { type: 'timestamp' },
      value: '2001-02-03 04:05:06',
      text: '2001-02-03 04:05:06',
    },
    {
      name: 'tz',
      sql: 'timestamptz',
      wire: { type: 'timestamptz' },
      value: '2001-02-03 04:05:06',
      text: '2001-02-03 04:05:06+00',
    },
    { name: 'iv', sql: 'interval', wire: { type: 'interval' }, value: '-30:00:00', text: '-30:00:00' },
    { name: 'j', sql: 'json', wire: { type: 'json' }, value: '[1]', text: '[1]' },
    { name: 'jb', sql: 'jsonb', wire: { type: 'jsonb' }, value: '{"x":1}', text: '{"x": 1}' },
    {
      name: 'u',
      sql: 'uuid',
      wire: { type: 'uuid' },
      value: '123e4567-e89b-12d3-a456-426614174000',
      text: '123e4567-e89b-12d3-a456-426614174000',
    },
    { name: 'bt', sql: 'bit(3)', wire: { type: 'bit', bits: 3 }, value: Buffer.from([5]), text: '101' },
    { name: 'st', sql: 'text[]', wire: { type: 'text[]' }, value: ['x', 'y'], text: '{x,y}' },
  ];

  it('copies rows with a column of every wire type, and NULL in every column', async () => {
    const table = await newTable(EVERY_TYPE);
    const columns = EVERY_TYPE.map(({ name, wire }) => ({ name, ...wire }));
    const { rowCount, copied } = await copyRows(table, columns, [
      EVERY_TYPE.map(({ value }) => value),
      EVERY_TYPE.map(() => null),
    ]);
    expect([rowCount, copied]).toEqual([2, 2]);
    const read = EVERY_TYPE.map(({ name }) => `${quoteIdent(name)}::text`).join(', ');
    const { rows } = await client.query({
      text: `SELECT ${read} FROM ${qualified('public', table)} ORDER BY ${quoteIdent('b')} NULLS LAST`,
      rowMode: 'array',
    });
    expect(rows).toEqual([EVERY_TYPE.map(({ text }) => text), EVERY_TYPE.map(() => null)]);
  });

  it('copies an empty chunk as a header and a trailer', async () => {
    const table = await newTable([{ name: 'v', sql: 'integer' }]);
    const { rowCount, copied, chunks } = await copyRows(table, [{ name: 'v', type: 'int4' }], []);
    expect([rowCount, copied]).toEqual([0, 0]);
    expect(chunks).toEqual([19 + 2]);
  });

  it('streams 100,000 rows in chunks of about 64 kB, every row arriving once and intact', async () => {
    const columns: WireColumn[] = [
      { name: 'id', type: 'int8' },
      { name: 'name', type: 'text' },
      { name: 'amount', type: 'numeric' },
      { name: 'at', type: 'timestamp' },
    ];
    const table = await newTable([
      { name: 'id', sql: 'bigint' },
      { name: 'name', sql: 'text' },
      { name: 'amount', sql: 'numeric(12,2)' },
      { name: 'at', sql: 'timestamp' },
    ]);
    const count = 100_000;
    function* rows(): Generator<SourceValue[]> {
      for (let id = 1; id <= count; id++) {
        yield [
          id,
          `name ${id} ü`,
          `${id}.${String(id % 100).padStart(2, '0')}`,
          `2020-01-01 00:00:${String(id % 60).padStart(2, '0')}`,
        ];
      }
    }
    const names = Array.from({ length: count }, (_, index) => `name ${index + 1} ü`).join(',');
    const { rowCount, copied, chunks } = await copyRows(table, columns, rows());
    expect([rowCount, copied]).toEqual([count, count]);
    expect(chunks.length).toBeGreaterThan(20);
    for (const size of chunks.slice(0, -1)) {
      expect(size).toBeGreaterThanOrEqual(64 * 1024);
      expect(size).toBeLessThan(64 * 1024 + 100);
    }
    const [summary] = (
      await client.query(
        `SELECT count(*)::text AS count, sum(id)::text AS ids, sum(amount)::text AS amounts,
                md5(string_agg(name, ',' ORDER BY id)) AS names, count(DISTINCT at)::text AS times
           FROM ${qualified('public', table)}`,
      )
    ).rows;
    expect(summary).toEqual({
      count: '100000',
      ids: '5000050000',
      amounts: '5000099500.00',
      names: createHash('md5').update(names).digest('hex'),
      times: '60',
    });
  });

  it('stops the COPY: a rejected row leaves no row of the chunk in the target', async () => {
    const table = await newTable([{ name: 'v', sql: 'date' }]);
    const rows = [['2020-01-01'], ['2020-01-02'], ['0000-00-00']];
    const failure = await copyRows(table, [{ name: 'v', type: 'date' }], rows).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DecantError);
    expect((failure as DecantError).code).toBe('DATA_VALUE_REJECTED');
    const { rows: left } = await client.query(`SELECT count(*)::int AS n FROM ${qualified('public', table)}`);
    expect(left).toEqual([{ n: 0 }]);
  });
});
