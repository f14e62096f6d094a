/**
 * Literals in arithmetic as Oracle reads them: a string that reads as a number is that number
 * ('1.5' * 2 is 3; PostgreSQL would read '1.5' as an integer and fail). And division is exact:
 * Oracle divides NUMBERs as decimals (7/2 is 3.5), while PostgreSQL divides integers as
 * integers (7/2 is 3), and NUMBER(p,0) columns become integer columns. So an integer literal
 * dividend is written as a decimal, and any other dividend not known to be a decimal is cast
 * to numeric. + and - are the date-arithmetic rule's.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Arithmetic-Operators.html
 */
import type { Expression } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { cast, number, pgType } from '../../build.js';
import { numericLiteral } from '../functions/conversion.js';

const isIntegerLiteral = (e: Expression): boolean =>
  e.kind === 'literal' && e.type === 'number' && [...e.value].every((ch) => ch >= '0' && ch <= '9');

/** A dividend PostgreSQL already divides exactly: a decimal literal, a numeric cast, a float. */
function isDecimal(e: Expression): boolean {
  if (e.kind === 'literal') return e.type === 'number' && !isIntegerLiteral(e);
  if (e.kind === 'cast')
    return (
      e.type.postgres === true &&
      (e.type.name === 'numeric' || e.type.name.startsWith('double') || e.type.name === 'real')
    );
  if (e.kind === 'paren') return isDecimal(e.expression);
  return false;
}

export default rule({
  name: 'arithmetic-literals',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Arithmetic-Operators.html',
  kinds: ['binary'],
  rewrite: (node): Expression => {
    if (node.op !== '*' && node.op !== '/') return node;
    let left = numericLiteral(node.left) ?? node.left;
    const right = numericLiteral(node.right) ?? node.right;
    if (node.op === '/') {
      if (isIntegerLiteral(left) && left.kind === 'literal') left = number(left.at, `${left.value}.0`);
      else if (!isDecimal(left)) left = cast(left, pgType(left.at, 'numeric'));
    }
    return left === node.left && right === node.right ? node : { ...node, left, right };
  },
});
