/**
 * The pure selection rules: LIKE patterns, and which relations follow a selected table.
 */
import { describe, expect, it } from 'vitest';
import { isSelected, matchesPattern } from '../../selection-pattern.js';
import { selectRelations, type RelationRow } from './relations.js';

describe('matchesPattern', () => {
  it.each([
    { pattern: 'orders', schema: 'app', name: 'orders', expected: true },
    { pattern: 'orders', schema: 'other', name: 'orders', expected: true },
    { pattern: 'orders', schema: 'app', name: 'Orders', expected: false },
    { pattern: 'order%', schema: 'app', name: 'order_items', expected: true },
    { pattern: 'order_', schema: 'app', name: 'orders', expected: true },
    { pattern: 'order_', schema: 'app', name: 'order', expected: false },
    { pattern: 'order\\_%', schema: 'app', name: 'order_items', expected: true },
    { pattern: 'order\\_%', schema: 'app', name: 'orderXitems', expected: false },
    { pattern: '100\\%', schema: 'app', name: '100%', expected: true },
    { pattern: 'app.orders', schema: 'app', name: 'orders', expected: true },
    { pattern: 'app.orders', schema: 'sales', name: 'orders', expected: false },
    { pattern: 'app.%', schema: 'app', name: 'anything', expected: true },
    { pattern: '%.orders', schema: 'Mixed Schema', name: 'orders', expected: true },
    { pattern: 'Order Items', schema: 'x', name: 'Order Items', expected: true },
    { pattern: 'a+b(c)', schema: 'x', name: 'a+b(c)', expected: true },
    { pattern: 'a+b(c)', schema: 'x', name: 'aab(c)', expected: false },
    { pattern: '%', schema: 'x', name: 'line\nbreak', expected: true },
    { pattern: '_', schema: 'x', name: 'é', expected: true },
  ])('$pattern on $schema.$name → $expected', ({ pattern, schema, name, expected }) => {
    expect(matchesPattern(pattern, schema, name)).toBe(expected);
  });

  it('includes everything when include is empty, and exclude wins', () => {
    expect(isSelected({ include: [], exclude: [] }, 'app', 't')).toBe(true);
    expect(isSelected({ include: ['t%'], exclude: ['tmp%'] }, 'app', 'tmp_x')).toBe(false);
    expect(isSelected({ include: ['x', 'app.t'], exclude: [] }, 'app', 't')).toBe(true);
  });
});

describe('selectRelations', () => {
  const row = (oid: string, name: string, kind: string, extra: Partial<RelationRow> = {}): RelationRow => ({
    oid,
    schema: 'app',
    name,
    kind,
    partitionOf: null,
    ownerTable: null,
    ownerDeptype: null,
    ...extra,
  });
  const rows = [
    row('1', 'orders', 'p'),
    row('2', 'orders_2024', 'r', { partitionOf: '1' }),
    row('3', 'orders_2024_q1', 'r', { partitionOf: '2' }),
    row('4', 'orders_id_seq', 'S', { ownerTable: '1', ownerDeptype: 'a' }),
    row('5', 'orders_identity_seq', 'S', { ownerTable: '1', ownerDeptype: 'i' }),
    row('6', 'lonely_seq', 'S'),
    row('7', 'orders_view', 'v'),
  ];
  const names = (selected: Set<string>): string[] =>
    rows.filter((r) => selected.has(r.oid)).map((r) => r.name);

  it('takes partitions and owned sequences with their table, never identity sequences', () => {
    expect(names(selectRelations(rows, { schemas: [], include: ['orders'], exclude: [] }))).toEqual([
      'orders',
      'orders_2024',
      'orders_2024_q1',
      'orders_id_seq',
    ]);
  });

  it('drops a partition (and its own partitions) excluded by name', () => {
    expect(names(selectRelations(rows, { schemas: [], include: [], exclude: ['orders_2024'] }))).toEqual([
      'orders',
      'orders_id_seq',
      'lonely_seq',
      'orders_view',
    ]);
  });

  it('never takes a partition without its parent', () => {
    expect(names(selectRelations(rows, { schemas: [], include: ['orders_2024%'], exclude: [] }))).toEqual([]);
  });
});
