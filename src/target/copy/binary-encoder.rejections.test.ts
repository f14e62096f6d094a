import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { DecantError } from '../../core/errors.js';
import {
  createCopyEncoder,
  type SourceValue,
  type ValuePolicies,
  type WireColumn,
} from './binary-encoder.js';
import type { RejectReason } from './rejected-value.js';

const STRICT: ValuePolicies = { nulCharacters: 'error', invalidUtf8: 'error', invalidDates: 'error' };

interface Rejection {
  wire: Omit<WireColumn, 'name'>;
  input: SourceValue;
  reason: RejectReason;
  /** Words of the message after the column. */
  says: string;
}

const REJECTIONS: Rejection[] = [
  { wire: { type: 'text' }, input: 'a\0b', reason: 'nul', says: 'NUL character' },
  { wire: { type: 'text' }, input: Buffer.from([0x61, 0, 0x62]), reason: 'nul', says: 'NUL character' },
  { wire: { type: 'json' }, input: '{"a": "\0"}', reason: 'nul', says: 'NUL character' },
  { wire: { type: 'jsonb' }, input: '{"a": "\\u0000"}', reason: 'nul', says: 'NUL character' },
  { wire: { type: 'jsonb' }, input: Buffer.from('{"a": "\\u0000"}'), reason: 'nul', says: 'NUL character' },
  { wire: { type: 'text[]' }, input: ['ok', 'a\0'], reason: 'nul', says: 'NUL character' },
  { wire: { type: 'text' }, input: Buffer.from([0x61, 0xff]), reason: 'utf8', says: 'not valid UTF-8' },
  {
    wire: { type: 'jsonb' },
    input: Buffer.from([0x22, 0xc3, 0x22]),
    reason: 'utf8',
    says: 'not valid UTF-8',
  },
  { wire: { type: 'date' }, input: '0000-00-00', reason: 'date', says: 'zero date' },
  { wire: { type: 'timestamp' }, input: '2020-00-10 00:00:00', reason: 'date', says: 'zero date' },
  { wire: { type: 'date' }, input: '2021-02-30', reason: 'date', says: 'not a day of the calendar' },
  { wire: { type: 'date' }, input: '5874898-01-01', reason: 'date', says: 'beyond the dates' },
  { wire: { type: 'int4' }, input: 'abc', reason: 'format', says: 'not an integer: "abc"' },
  { wire: { type: 'int4' }, input: 1.5, reason: 'format', says: 'not an integer: 1.5' },
  { wire: { type: 'int4' }, input: 2147483648, reason: 'range', says: 'out of range for int4' },
  { wire: { type: 'int2' }, input: 40000n, reason: 'range', says: 'out of range for int2' },
  { wire: { type: 'int8' }, input: '9223372036854775808', reason: 'range', says: 'out of range for int8' },
  { wire: { type: 'int8' }, input: 18446744073709551615n, reason: 'range', says: 'out of range for int8' },
  { wire: { type: 'int8' }, input: 2 ** 63, reason: 'range', says: 'out of range for int8' },
  { wire: { type: 'bool' }, input: 'maybe', reason: 'format', says: 'not a boolean' },
  { wire: { type: 'bool' }, input: 2, reason: 'format', says: 'not a boolean' },
  { wire: { type: 'numeric' }, input: '12a', reason: 'format', says: 'not a number' },
  { wire: { type: 'numeric' }, input: '1e', reason: 'format', says: 'not a number' },
  { wire: { type: 'numeric' }, input: true, reason: 'format', says: 'not a number' },
  { wire: { type: 'numeric' }, input: '1e999999999', reason: 'range', says: 'out of range for numeric' },
  { wire: { type: 'float8' }, input: '0x10', reason: 'format', says: 'not a floating-point number' },
  { wire: { type: 'float4' }, input: 1e39, reason: 'range', says: 'out of range for float4' },
  { wire: { type: 'float4' }, input: '-1e-50', reason: 'range', says: 'out of range for float4' },
  {
    wire: { type: 'uuid' },
    input: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g',
    reason: 'format',
    says: 'not a UUID',
  },
  { wire: { type: 'date' }, input: '2020-13-01', reason: 'format', says: 'not in the form' },
  { wire: { type: 'date' }, input: 20200101, reason: 'format', says: 'not text' },
  { wire: { type: 'time' }, input: '25:00:00', reason: 'range', says: 'beyond 24:00:00' },
  { wire: { type: 'time' }, input: '12:60:00', reason: 'format', says: 'not in the form' },
  { wire: { type: 'time' }, input: '12:00:00.1234567', reason: 'range', says: 'finer than the microseconds' },
  { wire: { type: 'timestamp' }, input: '2020-01-01', reason: 'format', says: 'not in the form' },
  { wire: { type: 'timestamp' }, input: '20ab-01-01 00:00:00', reason: 'format', says: 'not in the form' },
  { wire: { type: 'timestamp' }, input: '2024-02-29 24:00:00', reason: 'format', says: 'not in the form' },
  { wire: { type: 'timestamp' }, input: '2024-02-29 12:00:00.', reason: 'format', says: 'not in the form' },
  { wire: { type: 'timestamp' }, input: '2024-02-29 12:00:00.1234567', reason: 'range', says: 'finer than' },
  {
    wire: { type: 'timestamp' },
    input: '2020-01-01 12:00:00+02:00',
    reason: 'format',
    says: 'not in the form',
  },
  { wire: { type: 'interval' }, input: '1:2', reason: 'format', says: 'not in the form' },
  {
    wire: { type: 'bit', bits: 5 },
    input: Buffer.from([0x20]),
    reason: 'range',
    says: 'more than the 5 bits',
  },
  { wire: { type: 'bit', bits: 5 }, input: '1x', reason: 'format', says: 'not bits' },
  { wire: { type: 'text' }, input: 42, reason: 'format', says: 'not text' },
  { wire: { type: 'text[]' }, input: 'a,b', reason: 'format', says: 'not an array of text' },
];

const HINT_SETTING = { nul: 'nulCharacters', utf8: 'invalidUtf8', date: 'invalidDates' } as const;

/** Encodes rows into nowhere and returns what the encoder failed with. */
async function encodingError(
  columns: readonly WireColumn[],
  rows: SourceValue[][],
  keyColumns: readonly number[],
  policies: ValuePolicies = STRICT,
): Promise<DecantError> {
  const encoder = createCopyEncoder(columns, policies, { table: 'shop.orders', keyColumns });
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const error = await pipeline(Readable.from(rows), encoder, sink).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(DecantError);
  return error as DecantError;
}

describe('createCopyEncoder rejects what PostgreSQL cannot hold', () => {
  const keyed: WireColumn[] = [
    { name: 'id', type: 'int8' },
    { name: 'line', type: 'int4' },
  ];

  it.each(REJECTIONS)('$wire.type ← $input: $reason', async ({ wire, input, reason, says }) => {
    const error = await encodingError([...keyed, { name: 'value', ...wire }], [[17, 3, input]], [0, 1]);
    expect(error.code).toBe('DATA_VALUE_REJECTED');
    expect(error.message).toContain('Table shop.orders, row id=17, line=3, column "value"');
    expect(error.message).toContain(says);
    expect(error.context).toEqual({ table: 'shop.orders', column: 'value', key: 'id=17, line=3', reason });
    if (reason === 'format' || reason === 'range') expect(error.hint).toContain('Fix the source row');
    else expect(error.hint).toContain(HINT_SETTING[reason]);
  });

  it('names the row by its number in the chunk when the table has no key', async () => {
    const columns: WireColumn[] = [{ name: 'at', type: 'date' }];
    const error = await encodingError(columns, [['2020-01-01'], ['2020-02-02'], ['2020-00-00']], []);
    expect(error.message).toBe(
      'Table shop.orders, row 3 of the chunk, column "at" (date): a zero date, which PostgreSQL cannot store: "2020-00-00"',
    );
    expect(error.context.key).toBe('row 3 of the chunk');
  });

  it('quotes text keys that need it and cuts a long value to a short preview', async () => {
    const columns: WireColumn[] = [
      { name: 'code', type: 'text' },
      { name: 'note', type: 'text' },
    ];
    const error = await encodingError(columns, [['a b', `${'x'.repeat(5000)}\0`]], [0]);
    expect(error.message).toBe(
      `Table shop.orders, row code="a b", column "note" (text): holds a NUL character (U+0000), which PostgreSQL cannot store: "${'x'.repeat(40)}…"`,
    );
  });

  it('rejects under a policy that does not cover the problem', async () => {
    const columns: WireColumn[] = [{ name: 'v', type: 'text' }];
    const relaxedNul = { ...STRICT, nulCharacters: 'remove' } as const;
    const error = await encodingError(columns, [[Buffer.from([0xc3, 0x28])]], [], relaxedNul);
    expect(error.context.reason).toBe('utf8');
  });

  it('fails a row of the wrong width as a bug in the reader', async () => {
    const error = await encodingError([{ name: 'v', type: 'int4' }], [[1, 2]], []);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('2 values for 1 columns');
  });
});
