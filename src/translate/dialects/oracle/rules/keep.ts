/**
 * MIN/MAX(x) KEEP (DENSE_RANK FIRST|LAST ORDER BY k): the smallest or largest x among the
 * rows ranked first (or last) by k. Sorting the group by k (reversed for LAST, NULLs moved
 * with it) and then by x (descending for MAX, NULLs last) puts that value first, so
 * (ARRAY_AGG(x ORDER BY k, x))[1] is exact, NULLs included; the analytic form is FIRST_VALUE
 * over the same order. SUM, AVG, COUNT and the others need every row of the first rank, which
 * no single PostgreSQL aggregate gives: refused.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/FIRST.html
 */
import type { Expression, OrderItem } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { call } from '../build.js';

/** The same order, read from the end: direction and NULLs' place both turn. */
const reversed = (o: OrderItem): OrderItem => {
  const nullsFirst = o.nulls ? o.nulls === 'FIRST' : o.descending;
  return { ...o, descending: !o.descending, nulls: nullsFirst ? 'LAST' : 'FIRST' };
};

export default rule({
  name: 'keep',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/FIRST.html',
  kinds: ['call'],
  rewrite: (node): Expression => {
    if (!node.keep) return node;
    const at = node.at;
    const name = node.name.length === 1 && !node.name[0]!.quoted ? node.name[0]!.value : '';
    if (name !== 'MIN' && name !== 'MAX') {
      throw unsupported(
        at,
        `${name || 'this aggregate'} ... KEEP (DENSE_RANK ...)`,
        'only MIN and MAX have an exact PostgreSQL form; the others need every row of the first rank',
        'compute the rank in a subquery (DENSE_RANK() OVER ...) and aggregate the rows whose rank is 1',
      );
    }
    if (node.args.length !== 1 || node.distinct)
      throw unsupported(at, `${name} ... KEEP`, 'it takes one argument');
    const value = node.args[0]!;
    const keys = node.keep.which === 'FIRST' ? node.keep.orderBy : node.keep.orderBy.map(reversed);
    const order: OrderItem[] = [
      ...keys,
      { kind: 'order-item', at, expression: value, descending: name === 'MAX', nulls: 'LAST' },
    ];
    if (node.over) {
      if (node.over.orderBy.length || node.over.frame)
        throw unsupported(
          node.over.at,
          `${name} ... KEEP ... OVER (ORDER BY)`,
          'Oracle allows only PARTITION BY here',
        );
      return {
        ...call(at, 'FIRST_VALUE', value),
        over: {
          ...node.over,
          orderBy: order,
          frame: {
            unit: 'ROWS',
            start: { type: 'UNBOUNDED PRECEDING' },
            end: { type: 'UNBOUNDED FOLLOWING' },
          },
        },
      };
    }
    return { ...call(at, 'ARRAY_AGG', value), argumentOrder: order, element: 1 };
  },
});
