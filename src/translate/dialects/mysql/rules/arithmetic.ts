/**
 * MySQL's arithmetic. Division: `/` never divides integers to an integer (7 / 2 is 3.5000),
 * and a divisor of 0 gives NULL for /, %, MOD and DIV where PostgreSQL raises an error; DIV
 * is integer division, cutting toward zero as PostgreSQL's div() does. A date plus or minus
 * a number is refused: MySQL adds to the date's digits (CURDATE() + 1 is 20240306), PostgreSQL
 * to its days; the intervals rule takes `+ INTERVAL n unit`.
 * https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html
 * https://dev.mysql.com/doc/refman/8.0/en/date-and-time-type-conversion.html
 */
import type { Expression } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
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

const TEMPORAL_TYPES = new Set(['date', 'timestamp', 'time']);
const TEMPORAL_KEYWORDS = new Set(['CURRENT_DATE', 'LOCALTIMESTAMP', 'CURRENT_TIMESTAMP']);

/** Whether the translated expression is a date or time the translation made: a literal, a cast, NOW(), ... */
function isTemporal(e: Expression): boolean {
  switch (e.kind) {
    case 'typed-literal':
    case 'at-time-zone':
      return true;
    case 'cast':
      return e.type.postgres === true && TEMPORAL_TYPES.has(e.type.name);
    case 'call':
      return (
        (e.bare === true && TEMPORAL_KEYWORDS.has(e.name[0]!.value)) || e.name[0]!.value === 'DATE_TRUNC'
      );
    case 'paren':
      return isTemporal(e.expression);
    default:
      return false;
  }
}

/** An interval the intervals rule wrote: INTERVAL 'n' DAY, or n * INTERVAL '1' DAY. */
const isInterval = (e: Expression): boolean =>
  e.kind === 'interval-literal' || (e.kind === 'binary' && e.op === '*' && isInterval(e.right));

/** A date with a number added or subtracted, or two dates subtracted: refused. */
function refuseDateDigits(node: Extract<Expression, { kind: 'binary' }>): void {
  if (node.op !== '+' && node.op !== '-') return;
  const { left, right } = node;
  if (isInterval(left) || isInterval(right) || !(isTemporal(left) || isTemporal(right))) return;
  const both = isTemporal(left) && isTemporal(right);
  throw unsupported(
    node.at,
    both ? 'a date minus a date' : `a date ${node.op === '+' ? 'plus' : 'minus'} a number`,
    "MySQL computes with the dates' digits (CURDATE() + 1 is 20240306), not with days",
    both ? 'write DATEDIFF(a, b) for the days between them' : 'write DATE_ADD(d, INTERVAL n DAY) or DATE_SUB',
  );
}

export default rule({
  name: 'arithmetic',
  kinds: ['binary'],
  rewrite: (node, ctx) => {
    refuseDateDigits(node);
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
