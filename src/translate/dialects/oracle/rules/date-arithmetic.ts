/**
 * Arithmetic with dates. In Oracle, date ± number counts days (fractions are parts of a day)
 * and date − date is a number of days; PostgreSQL has no timestamp + numeric and its
 * timestamp − timestamp is an interval. The translator does not know every operand's type,
 * so it infers what it can (infer-type.ts): a known date and a known number are rewritten
 * inline; a known date and an unknown operand go through overloaded compatibility functions
 * (date_add, date_sub) so that PostgreSQL decides by the real type; two unknown operands are
 * left as written, where PostgreSQL raises an error rather than answering differently.
 * Strings that read as numbers are numbers in Oracle arithmetic ('10' + 1 is 11).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Datetime-Interval-Arithmetic.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html
 */
import type { Expression } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { binary, compatCall, numberValue } from '../../build.js';
import { numericLiteral } from '../functions/conversion.js';
import { returning } from '../functions/helpers.js';
import { inferType, isDatetime } from '../infer-type.js';

/** n days as an interval: INTERVAL 'n' DAY for a whole literal, n * INTERVAL '1' DAY otherwise. */
function days(n: Expression): Expression {
  const value = numberValue(n);
  if (value !== undefined && Number.isInteger(value) && value >= 0 && n.kind === 'literal') {
    return { kind: 'interval-literal', at: n.at, value: String(value), qualifier: 'DAY' };
  }
  return binary(n.at, '*', n, { kind: 'interval-literal', at: n.at, value: '1', qualifier: 'DAY' });
}

export default rule({
  name: 'date-arithmetic',
  docUrl:
    'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Datetime-Interval-Arithmetic.html',
  kinds: ['binary'],
  rewrite: (node, ctx): Expression => {
    if (node.op !== '+' && node.op !== '-') return node;
    const left = numericLiteral(node.left) ?? node.left;
    const right = numericLiteral(node.right) ?? node.right;
    const lt = inferType(left, ctx);
    const rt = inferType(right, ctx);
    const kept = left === node.left && right === node.right ? node : { ...node, left, right };
    if (node.op === '+') {
      if (isDatetime(lt) && rt === 'number') return binary(node.at, '+', left, days(right));
      if (lt === 'number' && isDatetime(rt)) return binary(node.at, '+', right, days(left));
      if (isDatetime(lt) && rt === undefined)
        return returning(lt as 'date', compatCall(ctx, node.at, 'date_add', left, right));
      if (lt === undefined && isDatetime(rt))
        return returning(rt as 'date', compatCall(ctx, node.at, 'date_add', right, left));
      return kept;
    }
    if (isDatetime(lt) && rt === 'number') return binary(node.at, '-', left, days(right));
    if (lt === 'date' && rt === 'date')
      return returning('number', compatCall(ctx, node.at, 'date_sub', left, right));
    if (lt === 'date' && rt === undefined) {
      ctx.review(
        node.at,
        'date - expression',
        'when the right operand is a TIMESTAMP, Oracle returns an INTERVAL; this returns days',
      );
      return compatCall(ctx, node.at, 'date_sub', left, right);
    }
    if (lt === undefined && rt === 'date') {
      ctx.review(
        node.at,
        'expression - date',
        'when the left operand is a TIMESTAMP, Oracle returns an INTERVAL; this returns days',
      );
      return compatCall(ctx, node.at, 'date_sub', left, right);
    }
    return kept;
  },
});
