import { describe, expect, it } from 'vitest';
import { affinityOf, declaredMapping, encoderValue, textValue, valueFits, type TargetKind } from './types.js';

describe('affinityOf', () => {
  // The examples of https://www.sqlite.org/datatype3.html#affinity_name_examples, quirks included.
  it.each([
    ['INT', 'INTEGER'],
    ['INTEGER', 'INTEGER'],
    ['TINYINT', 'INTEGER'],
    ['UNSIGNED BIG INT', 'INTEGER'],
    ['INT8', 'INTEGER'],
    ['FLOATING POINT', 'INTEGER'],
    ['CHARACTER(20)', 'TEXT'],
    ['VARYING CHARACTER(255)', 'TEXT'],
    ['NATIVE CHARACTER(70)', 'TEXT'],
    ['nvarchar(100)', 'TEXT'],
    ['CLOB', 'TEXT'],
    ['BLOB', 'BLOB'],
    ['', 'BLOB'],
    ['REAL', 'REAL'],
    ['DOUBLE PRECISION', 'REAL'],
    ['FLOAT', 'REAL'],
    ['NUMERIC', 'NUMERIC'],
    ['DECIMAL(10,5)', 'NUMERIC'],
    ['BOOLEAN', 'NUMERIC'],
    ['DATETIME', 'NUMERIC'],
    ['STRING', 'NUMERIC'],
  ])('%j has %s affinity', (declared, affinity) => {
    expect(affinityOf(declared)).toBe(affinity);
  });
});

describe('declaredMapping', () => {
  it.each([
    ['INTEGER', 'bigint', 'plain'],
    ['TEXT', 'text', 'plain'],
    ['VARCHAR(20)', 'text', 'varying'],
    ['CHAR(3)', 'text', 'plain'],
    ['BLOB', 'bytea', 'plain'],
    ['', 'bytea', 'untyped'],
    ['REAL', 'double precision', 'plain'],
    ['DECIMAL(10, 2)', 'numeric', 'plain'],
    ['boolean', 'boolean', 'boolean'],
    ['DATE', 'text', 'date'],
    ['DATETIME', 'text', 'timestamp'],
    ['TIMESTAMP', 'text', 'timestamp'],
    ['JSON', 'text', 'json'],
  ])('%j → %s (%s)', (declared, type, family) => {
    expect(declaredMapping(declared)).toMatchObject({ type, family });
  });

  it('keeps the n of VARCHAR(n) for the scan to prove', () => {
    expect(declaredMapping('varchar ( 12 )').length).toBe(12);
    expect(declaredMapping('TEXT').length).toBeNull();
  });
});

describe('values', () => {
  it.each<[TargetKind, unknown, boolean]>([
    ['int8', 5n, true],
    ['int8', 5.5, false],
    ['int8', '5', false],
    ['float8', 2n ** 53n, true],
    ['float8', 2n ** 53n + 1n, false],
    ['float8', 'x', false],
    ['numeric', 1.5, true],
    ['numeric', Buffer.from('1'), false],
    ['bool', 1n, true],
    ['bool', 2n, false],
    ['text', 'x', true],
    ['text', 1n, false],
    ['bytea', Buffer.alloc(0), true],
    ['bytea', '', false],
    ['date', null, true],
  ])('%s holds %o: %s', (kind, value, fits) => {
    expect(valueFits(kind, value as never)).toBe(fits);
  });

  it('hands the encoder exact forms', () => {
    // numeric takes a REAL as the double and an INTEGER as the bigint (the encoder writes both exactly).
    expect(encoderValue('numeric', 0.1)).toBe(0.1);
    expect(encoderValue('numeric', 9007199254740993n)).toBe(9007199254740993n);
    expect(encoderValue('float8', -42n)).toBe(-42);
    expect(encoderValue('bool', 0n)).toBe(false);
  });

  it.each([
    [42n, '42'],
    [2, '2.0'],
    [0.1, '0.1'],
    [1e300, '1e+300'],
    [Buffer.from('héllo'), 'héllo'],
    ['as is', 'as is'],
  ])('textValue(%o) = %s', (value, text) => {
    expect(textValue(value)).toBe(text);
  });

  it('leaves bytes that are not UTF-8 as a Buffer, for the invalidUtf8 policy', () => {
    const bytes = Buffer.from([0x61, 0xff]);
    expect(textValue(bytes)).toBe(bytes);
  });
});
