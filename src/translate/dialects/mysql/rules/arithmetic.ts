/**
 * MySQL's division: `/` never divides integers to an integer (7 / 2 is 3.5000), and a divisor
 * of 0 gives NULL for /, %, MOD and DIV where PostgreSQL raises an error. DIV is integer
 * division, cutting toward zero as PostgreSQL's div() does.
 * https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html
 */
import type { Expression } from '../../../ast/node.js';
import { binary, call, cast, pgType } from '../../build.js';
import { rule } from '../../dialect.js';
import { nullIfZero } from '../../source-functions.js';
import { reviewDivision } from '../review.js';

/** A dividend PostgreSQL divides exactly: an integer literal or any non-literal is made numeric. */
const numericDividend = (e: Expression): Expression =>
  e.kind === 'literal' &&
  e.type === 'number' &&
  (e.value.includes('.') || e.value.toLowerCase().includes('e'))
    ? e
    : cast(e, pgType(e.at, 'numeric'));

export default rule({
  name: 'arithmetic',
  kinds: ['binary'],
  rewrite: (node, ctx) => {
    switch (node.op) {
      case '/':
        reviewDivision(ctx, node.at);
        return binary(node.at, '/', numericDividend(node.left), nullIfZero(node.right));
      case '%':
        return binary(node.at, '%', node.left, nullIfZero(node.right));
      case 'DIV':
        return call(node.at, 'DIV', node.left, nullIfZero(node.right));
      default:
        return node;
    }
  },
});
