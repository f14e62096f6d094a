import { describe, expect, it } from 'vitest';
import type { WireType } from '../../target/copy/binary-encoder.js';
import { ColumnScan, narrower } from './column-scan.js';

function scanned(type: WireType, declared: string, values: (string | number | bigint | null)[]) {
  const scan = new ColumnScan({ name: 'c', type }, declared, {
    outcomeOf: () => 'stops the copy',
    narrow: true,
  });
  values.forEach((value, i) => scan.add(value, () => `id=${i + 1}`));
  return scan.report();
}

describe('the narrowest exact type of a column', () => {
  it('follows the values of integers, decimals, text and timestamps', () => {
    expect(scanned('int8', 'bigint', [1n, -32768n, 32767]).narrowest).toBe('smallint');
    expect(scanned('int8', 'bigint', [2n ** 40n]).narrowest).toBeNull();
    expect(scanned('numeric', 'numeric(20,0)', ['18446744073709551615']).narrowest).toBeNull();
    expect(scanned('numeric', 'numeric(30,0)', ['18446744073709551615']).narrowest).toBe('numeric(20)');
    expect(scanned('numeric', 'numeric(20,0)', ['42', '-7']).narrowest).toBe('smallint');
    expect(scanned('numeric', 'numeric(14,2)', ['12.50', '-0.25', '100.00']).narrowest).toBe('numeric(5,2)');
    expect(scanned('numeric', 'numeric', ['1.125']).narrowest).toBe('numeric(4,3)');
    expect(scanned('text', 'text', ['ab', '😀😀😀', null]).narrowest).toBe('character varying(3)');
    expect(scanned('text', 'character varying(3)', ['abc']).narrowest).toBeNull();
    expect(scanned('timestamp', 'timestamp(6) without time zone', ['2024-01-01 00:00:00']).narrowest).toBe(
      'date',
    );
    expect(
      scanned('timestamp', 'timestamp(6) without time zone', ['2024-01-01 10:00:00.120000']).narrowest,
    ).toBe('timestamp(2) without time zone');
    expect(scanned('timestamptz', 'timestamp with time zone', ['2024-01-01 10:00:00+00']).narrowest).toBe(
      'timestamp(0) with time zone',
    );
  });

  it('offers nothing for an empty or all-NULL column, and counts refused values apart', () => {
    expect(scanned('int4', 'integer', [null, null])).toMatchObject({ narrowest: null, nulls: 2 });
    const report = scanned('int2', 'smallint', [1, 'x', 'y', 40000]);
    expect(report.problems).toEqual([
      expect.objectContaining({ reason: 'format', count: 2, firstKey: 'id=2', firstValue: '"x"' }),
      expect.objectContaining({ reason: 'range', count: 1, firstKey: 'id=4', firstValue: '40000' }),
    ]);
  });

  it('never calls a wider type narrower', () => {
    expect(narrower('integer', 'smallint')).toBe(false);
    expect(narrower('bigint', 'numeric(20)')).toBe(true);
    expect(narrower('numeric(6,3)', 'numeric(6,2)')).toBe(false);
    expect(narrower('numeric(4,1)', 'numeric(6,2)')).toBe(true);
    expect(narrower('character varying(10)', 'character varying(5)')).toBe(false);
    expect(narrower('date', 'timestamp(6) with time zone')).toBe(false);
  });
});

describe('the first refused value of a column', () => {
  it('is the first in the copy’s order, whichever chunk a worker finished reading first', () => {
    const scan = new ColumnScan({ name: 'c', type: 'int2' }, 'smallint', {
      outcomeOf: () => 'stops the copy',
      narrow: true,
    });
    // Chunk 2 is read before chunk 1 (two workers): its refusal is found first, but is not first.
    scan.add('x', () => 'id=9', 1);
    scan.add('y', () => 'id=3', 0);
    scan.add('z', () => 'id=4', 0);
    expect(scan.report().problems).toEqual([
      expect.objectContaining({ reason: 'format', count: 3, firstKey: 'id=3', firstValue: '"y"' }),
    ]);
  });
});
