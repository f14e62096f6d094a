/**
 * Small node builders the hierarchical-query rule shares between its files: names, calls
 * with OVER, SELECTs. Owns no translation decisions.
 */
import { oracleName } from '../../../../ast/node.js';
import type { Expression, FromItem, Name, OrderItem, Select } from '../../../../ast/node.js';
import type { Position } from '../../../../tokens/token.js';
import { call, column } from '../../../build.js';

/** A name the rule writes: unquoted, so that it prints in lower case. */
export const word = (value: string): Name => oracleName(value);

/** `relation.column`. */
export const ref = (at: Position, relation: readonly Name[], name: string): Expression =>
  column(at, ...relation, word(name));

/** ROW_NUMBER() OVER (ORDER BY ...). */
export const rowNumber = (at: Position, orderBy: readonly OrderItem[]): Expression => ({
  ...call(at, 'ROW_NUMBER'),
  over: { kind: 'window', at, partitionBy: [], orderBy },
});

export function select(
  at: Position,
  items: readonly Expression[],
  from: readonly FromItem[],
  where?: Expression,
): Select {
  return {
    kind: 'select',
    at,
    distinct: false,
    items: items.map((expression) => ({ kind: 'select-item', at, expression })),
    from,
    groupBy: [],
    orderBy: [],
    ...(where ? { where } : {}),
  };
}

export const isWord = (e: Expression, value: string): boolean =>
  e.kind === 'column' && e.parts.length === 1 && !e.parts[0]!.quoted && e.parts[0]!.value === value;
