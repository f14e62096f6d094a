import { describe, expect, it } from 'vitest';
import { CopyBuffer } from './copy-buffer.js';
import { writeNumeric } from './numeric-field.js';

/** The field writeNumeric writes for a value. */
function field(value: string | number | bigint): string {
  const out = new CopyBuffer(64);
  writeNumeric(out, value);
  return out.take().toString('hex');
}

/** A deterministic stream of doubles (xorshift), so that a failure names a value that fails again. */
function* doubles(count: number): Generator<number> {
  let state = 0x2545f491;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < count; i++) {
    const places = Math.floor(next() * 9);
    const magnitude = 10 ** Math.floor(next() * 16 - 6);
    const sign = next() < 0.5 ? -1 : 1;
    // Decimals of few places (what DECIMAL columns stored as REAL hold), and arbitrary doubles.
    yield i % 2 === 0
      ? (sign * Math.round(next() * magnitude * 10 ** places)) / 10 ** places
      : sign * next() * magnitude;
  }
}

describe('writeNumeric of a double', () => {
  // numeric_recv reads only these bytes, so equal bytes are an equal stored value and scale.
  it('writes what the double’s shortest text gives, byte for byte', () => {
    const differing: string[] = [];
    for (const value of doubles(200_000)) {
      if (Number.isInteger(value)) continue;
      if (field(value) !== field(String(value))) differing.push(String(value));
    }
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it.each([0.1, -0.05, 1e-7, 123.45, 0.1 + 0.2, 5e-324, 1.7976931348623157e308])(
    'writes %d as its text does',
    (value) => {
      expect(field(value)).toBe(field(String(value)));
    },
  );

  it('writes a bigint as its decimal text does, within and beyond 2^53', () => {
    for (const value of [0n, 42n, -42n, 2n ** 53n, -(2n ** 53n), 2n ** 53n + 1n, -(10n ** 30n)]) {
      expect(field(value)).toBe(field(value.toString()));
    }
  });
});
