/**
 * A review note where a MySQL view compares or matches a string written in it, or sorts or
 * groups (by what may be strings): MySQL's default collations compare without regard to case
 * or accents ('PAID' = 'paid', 'alice' before 'Carol'), PostgreSQL's do not. The translation
 * stays as written; the column's collation decides which is meant.
 * https://dev.mysql.com/doc/refman/8.0/en/case-sensitivity.html
 */
import type { Expression } from '../../../ast/node.js';
import { stringValue } from '../../build.js';
import { rule } from '../../dialect.js';
import { reviewCollation } from '../review.js';

const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=', 'IS DISTINCT FROM', 'IS NOT DISTINCT FROM']);

const anyString = (...operands: readonly Expression[]): boolean =>
  operands.some((e) => stringValue(e) !== undefined);

export default rule({
  name: 'collation',
  kinds: ['binary', 'like', 'in-list', 'between', 'order-item', 'select'],
  rewrite: (node, ctx) => {
    const compared =
      node.kind === 'like' ||
      node.kind === 'order-item' ||
      (node.kind === 'select' && (node.groupBy.length > 0 || node.distinct)) ||
      (node.kind === 'binary' && COMPARISONS.has(node.op) && anyString(node.left, node.right)) ||
      (node.kind === 'in-list' && anyString(node.expression, ...node.list)) ||
      (node.kind === 'between' && anyString(node.expression, node.low, node.high));
    if (compared) reviewCollation(ctx, node.at);
    return node;
  },
});
