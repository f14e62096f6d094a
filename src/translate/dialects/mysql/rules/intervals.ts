/** `d + INTERVAL n unit`, `INTERVAL n unit + d`, `d - INTERVAL n unit`: PostgreSQL interval arithmetic (intervals.ts). */
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { addInterval } from '../intervals.js';

export default rule({
  name: 'intervals',
  docUrl: 'https://dev.mysql.com/doc/refman/8.0/en/expressions.html#temporal-intervals',
  kinds: ['binary'],
  rewrite: (node, ctx) => {
    const { left, right, op } = node;
    if (right.kind === 'interval' && (op === '+' || op === '-'))
      return addInterval(ctx, node.at, left, right, op);
    if (left.kind === 'interval' && op === '+') return addInterval(ctx, node.at, right, left, '+');
    if (left.kind === 'interval' || right.kind === 'interval')
      throw unsupported(
        node.at,
        `INTERVAL ... with ${op}`,
        'MySQL adds an interval to a date or subtracts it, nothing else',
      );
    return node;
  },
});
