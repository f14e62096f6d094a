/**
 * Literals in arithmetic as Oracle reads them: a string that reads as a number is that number
 * ('1.5' * 2 is 3; PostgreSQL would read '1.5' as an integer and fail), and a quotient of two
 * integer literals is exact (1/4 is 0.25 in Oracle's NUMBER, 0 in PostgreSQL's integers), so
 * the dividend is written as a decimal. + and - are the date-arithmetic rule's.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Arithmetic-Operators.html
 */
import type { Expression } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { number } from '../build.js';
import { numericLiteral } from '../functions/conversion.js';

const isIntegerLiteral = (e: Expression): boolean =>
  e.kind === 'literal' && e.type === 'number' && [...e.value].every((ch) => ch >= '0' && ch <= '9');

export default rule({
  name: 'arithmetic-literals',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Arithmetic-Operators.html',
  kinds: ['binary'],
  rewrite: (node): Expression => {
    if (node.op !== '*' && node.op !== '/') return node;
    let left = numericLiteral(node.left) ?? node.left;
    const right = numericLiteral(node.right) ?? node.right;
    if (node.op === '/' && isIntegerLiteral(left) && isIntegerLiteral(right) && left.kind === 'literal') {
      left = number(left.at, `${left.value}.0`);
    }
    return left === node.left && right === node.right ? node : { ...node, left, right };
  },
});
