/**
 * LISTAGG(x, sep) WITHIN GROUP (ORDER BY ...) → STRING_AGG(x::text, sep ORDER BY ...).
 * Oracle's separator defaults to none. LISTAGG(DISTINCT x) needs the order key to be x in
 * PostgreSQL, and sorts x as its own type: ARRAY_AGG(DISTINCT x ORDER BY x) joined with
 * ARRAY_TO_STRING, which skips NULLs as LISTAGG does. The analytic form orders the window
 * instead, since PostgreSQL has no ORDER BY inside a window aggregate. ON OVERFLOW TRUNCATE
 * is refused; ON OVERFLOW ERROR is Oracle's default, and PostgreSQL's text has no 4000-byte limit.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/LISTAGG.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { nameIs } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { generateExpression } from '../../../generator/expression.js';
import { rule } from '../../dialect.js';
import { call, cast, pgType, string } from '../../build.js';

export default rule({
  name: 'listagg',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/LISTAGG.html',
  kinds: ['call'],
  rewrite: (node): Expression => {
    if (node.name.length !== 1 || !nameIs(node.name[0], 'LISTAGG')) return node;
    const at = node.at;
    const options = node.options ?? [];
    if (options.some((o) => o.toUpperCase() === 'TRUNCATE'))
      throw unsupported(
        at,
        'LISTAGG ... ON OVERFLOW TRUNCATE',
        'PostgreSQL text does not overflow, so nothing would be cut',
      );
    if (node.args.length < 1 || node.args.length > 2)
      throw unsupported(at, 'LISTAGG', 'it takes a value and an optional separator');
    const [value, given] = node.args as [Expression, Expression | undefined];
    const separator = !given || (given.kind === 'literal' && given.type === 'null') ? string(at, '') : given;
    const order = node.withinGroup ?? [];
    const text = cast(value, pgType(at, 'text'));
    if (node.over) {
      if (node.over.orderBy.length)
        throw unsupported(
          node.over.at,
          'LISTAGG ... OVER (ORDER BY)',
          'Oracle allows only PARTITION BY here',
        );
      if (node.distinct)
        throw unsupported(at, 'LISTAGG(DISTINCT ...) OVER', 'PostgreSQL has no DISTINCT window aggregate');
      const over = {
        ...node.over,
        orderBy: order,
        ...(order.length
          ? {
              frame: {
                unit: 'ROWS' as const,
                start: { type: 'UNBOUNDED PRECEDING' as const },
                end: { type: 'UNBOUNDED FOLLOWING' as const },
              },
            }
          : {}),
      };
      return {
        kind: 'call',
        at,
        name: [{ value: 'STRING_AGG', quoted: false }],
        args: [text, separator],
        over,
      };
    }
    if (node.distinct) {
      const same = order.every((o) => generateExpression(o.expression) === generateExpression(value));
      if (!same)
        throw unsupported(
          at,
          'LISTAGG(DISTINCT x) ordered by another expression',
          'PostgreSQL orders a DISTINCT aggregate only by its argument',
        );
      const values: FunctionCall = { ...call(at, 'ARRAY_AGG', value), distinct: true, argumentOrder: order };
      return call(at, 'NULLIF', call(at, 'ARRAY_TO_STRING', values, separator), string(at, ''));
    }
    return { ...call(at, 'STRING_AGG', text, separator), ...(order.length ? { argumentOrder: order } : {}) };
  },
});
