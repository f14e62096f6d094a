import { describe, expect, it } from 'vitest';
import { createNameSpace } from './names.js';

describe('constraint names', () => {
  it('follows PostgreSQL style and never gives a name twice', () => {
    const names = createNameSpace();
    names.reserve('orders_pkey');
    expect(names.take(['orders'], 'pkey')).toBe('orders_pkey1');
    expect(names.take(['orders', 'a', 'b'], 'key')).toBe('orders_a_b_key');
    expect(names.take(['orders', 'a', 'b'], 'key')).toBe('orders_a_b_key1');
    expect(names.keep('positive', ['orders'], 'check')).toBe('positive');
    expect(names.keep('positive', ['orders'], 'check')).toBe('orders_check');
  });

  it('keeps long names within 63 bytes and apart', () => {
    const names = createNameSpace();
    const long = 'é'.repeat(40);
    const first = names.take([long, 'a'], 'fkey');
    const second = names.take([long, 'b'], 'fkey');
    for (const name of [first, second]) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(first).not.toBe(second);
  });
});
