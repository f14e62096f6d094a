/**
 * The compatibility functions on a real PostgreSQL, with expected values from the examples
 * and rules in Oracle's SQL Language Reference (19c), cited per case.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../test/support/databases.js';
import { installOracleCompat } from './oracle-compat.js';

const DOCS = 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf';
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({
    connectionString: await createDatabase('compat'),
    types: { getTypeParser: () => (value: string) => value },
  });
  await client.connect();
  await installOracleCompat(client);
  await installOracleCompat(client); // idempotent
  await installOracleCompat(client, 'Other Schema');
});

afterAll(async () => {
  await client?.end();
});

async function value(sql: string): Promise<string | null> {
  const { rows } = await client.query({ text: `SELECT ${sql}`, rowMode: 'array' });
  return (rows[0] as (string | null)[])[0] ?? null;
}

const o = 'decant_oracle';
const cases: { doc: string; sql: string; expected: string | null }[] = [
  { doc: 'SUBSTR.html', sql: `${o}.substr('ABCDEFG', 3, 4)`, expected: 'CDEF' },
  { doc: 'SUBSTR.html', sql: `${o}.substr('ABCDEFG', -5, 4)`, expected: 'CDEF' },
  { doc: 'SUBSTR.html (position 0 is 1)', sql: `${o}.substr('ABC', 0, 2)`, expected: 'AB' },
  { doc: 'SUBSTR.html (length < 1)', sql: `${o}.substr('ABC', 1, 0)`, expected: null },
  { doc: 'SUBSTR.html (past the end)', sql: `${o}.substr('ABC', 4)`, expected: null },
  { doc: 'SUBSTR.html (negative, before start)', sql: `${o}.substr('ABC', -4)`, expected: null },
  { doc: 'SUBSTR.html (truncated position)', sql: `${o}.substr('ABCDEFG', 2.9, 2.9)`, expected: 'BC' },
  { doc: 'INSTR.html', sql: `${o}.instr('CORPORATE FLOOR', 'OR', 3, 2)`, expected: '14' },
  { doc: 'INSTR.html', sql: `${o}.instr('CORPORATE FLOOR', 'OR', -3, 2)`, expected: '2' },
  { doc: 'INSTR.html (not found)', sql: `${o}.instr('CORPORATE FLOOR', 'XY')`, expected: '0' },
  { doc: 'REPLACE.html', sql: `${o}.replace('JACK and JUE', 'J', 'BL')`, expected: 'BLACK and BLUE' },
  { doc: 'REPLACE.html (NULL replacement removes)', sql: `${o}.replace('JACK', 'J', NULL)`, expected: 'ACK' },
  { doc: 'REPLACE.html (NULL search)', sql: `${o}.replace('JACK', NULL)`, expected: 'JACK' },
  { doc: 'MOD.html', sql: `${o}.mod(11, 4)`, expected: '3' },
  { doc: 'MOD.html (sign of m)', sql: `${o}.mod(-11, 4)`, expected: '-3' },
  { doc: 'MOD.html (n = 0 returns m)', sql: `${o}.mod(11, 0)`, expected: '11' },
  { doc: 'REMAINDER.html (nearest integer)', sql: `${o}.remainder(11, 4)`, expected: '-1' },
  { doc: 'REMAINDER.html (tie → even)', sql: `${o}.remainder(10, 4)`, expected: '2' },
  { doc: 'BITAND.html', sql: `${o}.bitand(6, 3)`, expected: '2' },
  {
    doc: 'ADD_MONTHS.html (end of month)',
    sql: `${o}.add_months('2024-01-31', 1)`,
    expected: '2024-02-29 00:00:00',
  },
  {
    doc: 'ADD_MONTHS.html (last day)',
    sql: `${o}.add_months('2024-02-29 10:00', 1)`,
    expected: '2024-03-31 10:00:00',
  },
  { doc: 'ADD_MONTHS.html', sql: `${o}.add_months('2024-01-15', -2)`, expected: '2023-11-15 00:00:00' },
  { doc: 'LAST_DAY.html', sql: `${o}.last_day('2024-02-10 08:30')`, expected: '2024-02-29 08:30:00' },
  {
    doc: 'MONTHS_BETWEEN.html',
    sql: `round(${o}.months_between('1995-02-02', '1995-01-01'), 8)`,
    expected: '1.03225806',
  },
  {
    doc: 'MONTHS_BETWEEN.html (last days)',
    sql: `${o}.months_between('2024-02-29', '2024-01-31')`,
    expected: '1',
  },
  { doc: 'NEXT_DAY.html', sql: `${o}.next_day('2009-10-15', 'TUESDAY')`, expected: '2009-10-20 00:00:00' },
  {
    doc: 'NEXT_DAY.html (abbreviation)',
    sql: `${o}.next_day('2009-10-20', 'tue')`,
    expected: '2009-10-27 00:00:00',
  },
  {
    doc: 'TRUNC-date.html',
    sql: `${o}.trunc('1992-10-27'::timestamp, 'YEAR')`,
    expected: '1992-01-01 00:00:00',
  },
  {
    doc: 'ROUND-date.html',
    sql: `${o}.round('1992-10-27'::timestamp, 'YEAR')`,
    expected: '1993-01-01 00:00:00',
  },
  {
    doc: 'ROUND-and-TRUNC (month on 16th)',
    sql: `${o}.round('2024-02-16'::timestamp, 'MM')`,
    expected: '2024-03-01 00:00:00',
  },
  {
    doc: 'ROUND-and-TRUNC (quarter)',
    sql: `${o}.round('2024-05-16'::timestamp, 'Q')`,
    expected: '2024-07-01 00:00:00',
  },
  {
    doc: 'ROUND-and-TRUNC (IW)',
    sql: `${o}.trunc('2024-01-07 10:00'::timestamp, 'IW')`,
    expected: '2024-01-01 00:00:00',
  },
  {
    doc: 'ROUND-and-TRUNC (DAY)',
    sql: `${o}.trunc('2024-01-05'::timestamp, 'DAY')`,
    expected: '2023-12-31 00:00:00',
  },
  {
    doc: 'ROUND-and-TRUNC (noon)',
    sql: `${o}.round('2024-01-01 12:00'::timestamp)`,
    expected: '2024-01-02 00:00:00',
  },
  { doc: 'ROUND-number.html', sql: `${o}.round(15.193, 1)`, expected: '15.2' },
  { doc: 'TRUNC-number.html', sql: `${o}.trunc(15.79, -1)`, expected: '10' },
  {
    doc: 'Format-Models RR (0-49 → this century)',
    sql: `${o}.to_date('27-OCT-17', 'DD-MON-YYYY', 'RR')`,
    expected: '2017-10-27 00:00:00',
  },
  {
    doc: 'Format-Models RR (50-99 → previous)',
    sql: `${o}.to_date('27-OCT-98', 'DD-MON-YYYY', 'RR')`,
    expected: '1998-10-27 00:00:00',
  },
  {
    doc: 'Format-Models RR (4 digits kept)',
    sql: `${o}.to_date('27-OCT-1960', 'DD-MON-YYYY', 'RR')`,
    expected: '1960-10-27 00:00:00',
  },
  {
    doc: 'Format-Models YY (current century)',
    sql: `${o}.to_date('981027', 'YYMMDD', 'YY%')`,
    expected: '2098-10-27 00:00:00',
  },
  {
    doc: 'TO_TIMESTAMP.html',
    sql: `${o}.to_timestamp('10-Sep-02 14:10:10.123000', 'DD-Mon-YYYY HH24:MI:SS.US', 'RR')`,
    expected: '2002-09-10 14:10:10.123',
  },
  { doc: 'TO_CHAR-number.html (no format)', sql: `${o}.to_char(0.50)`, expected: '.5' },
  { doc: 'TO_CHAR-number.html (no format)', sql: `${o}.to_char(-1.50)`, expected: '-1.5' },
  {
    doc: 'TO_CHAR-datetime.html (NLS_DATE_FORMAT DD-MON-RR)',
    sql: `${o}.to_char('1981-02-20'::timestamp)`,
    expected: '20-FEB-81',
  },
  {
    doc: 'Format-Models $ element',
    sql: `${o}.to_char(1234.5, '9,999.99', '$')`,
    expected: ' $1,234.50',
  },
  {
    doc: 'Format-Models $ element (negative)',
    sql: `${o}.to_char(-12.5, '9,999.99', '$')`,
    expected: '   -$12.50',
  },
  {
    doc: 'date - date',
    sql: `${o}.date_sub('2024-01-02 12:00'::timestamp, '2024-01-01'::timestamp)`,
    expected: '1.5',
  },
  {
    doc: 'date + number',
    sql: `${o}.date_add('2024-01-01'::timestamp, 1.5)`,
    expected: '2024-01-02 12:00:00',
  },
  {
    doc: 'date - interval',
    sql: `${o}.date_sub('2024-01-01'::timestamp, interval '1 hour')`,
    expected: '2023-12-31 23:00:00',
  },
];

describe(`Oracle compatibility functions (${DOCS})`, () => {
  it.each(cases)('$doc: $sql', async ({ sql, expected }) => {
    expect(await value(sql)).toBe(expected);
  });

  it('SYS_GUID is 16 bytes and differs per call', async () => {
    expect(await value(`length(${o}.sys_guid())`)).toBe('16');
    expect(await value(`${o}.sys_guid() <> ${o}.sys_guid()`)).toBe('t');
  });

  it('NEXT_DAY refuses a day name it does not know', async () => {
    await expect(value(`${o}.next_day('2024-01-01', 'FUNDAY')`)).rejects.toThrow(/not a valid day/);
  });

  it('installs under another schema name, quoted', async () => {
    expect(await value(`"Other Schema".substr('ABCDEFG', -5, 4)`)).toBe('CDEF');
  });
});
