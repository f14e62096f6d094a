/**
 * Aggregate function names, Oracle's and the PostgreSQL ones the rules write in their place
 * (rules run bottom-up, so a query may hold either). A call of one without OVER makes its query
 * aggregate even without GROUP BY.
 */
import type { Node } from '../../ast/node.js';
import { some } from '../../ast/transform.js';

export const AGGREGATES = new Set([
  'COUNT',
  'SUM',
  'MIN',
  'MAX',
  'AVG',
  'LISTAGG',
  'STRING_AGG',
  'ARRAY_AGG',
  'STDDEV',
  'VARIANCE',
  'MEDIAN',
  'PERCENTILE_CONT',
  'PERCENTILE_DISC',
]);

/** Whether `tree` calls an aggregate without OVER, outside its subqueries (theirs are their own). */
export function callsAggregate(tree: unknown): boolean {
  return some(
    tree,
    (n: Node) => n.kind === 'call' && !n.over && AGGREGATES.has(n.name.at(-1)!.value.toUpperCase()),
    { intoQueries: false },
  );
}
