/**
 * SQLite's operators PostgreSQL reads otherwise: || joins any values as text; / and % by 0
 * give NULL instead of an error (integers still divide to an integer, as in SQLite); %
 * works on the integer parts of its operands; LIKE ignores the case of ASCII letters and
 * has no escape character unless ESCAPE names one.
 * https://www.sqlite.org/lang_expr.html#operators_and_parse_affecting_attributes
 */
import type { Expression } from '../../../ast/node.js';
import { binary, call, cast, numberValue, pgType, string } from '../../build.js';
import { rule } from '../../dialect.js';
import { asText, nullIfZero } from '../../source-functions.js';

/** The integer part of a % operand, as SQLite takes it (5.5 % 2 is 1). */
function integerPart(e: Expression): Expression {
  const n = numberValue(e);
  if (n !== undefined && Number.isInteger(n)) return e;
  return call(e.at, 'TRUNC', cast(e, pgType(e.at, 'numeric')));
}

export default rule({
  name: 'operators',
  kinds: ['binary', 'like'],
  rewrite: (node) => {
    if (node.kind === 'like') {
      return { ...node, caseInsensitive: true, ...(node.escape ? {} : { escape: string(node.at, '') }) };
    }
    switch (node.op) {
      case '||':
        return binary(node.at, '||', asText(node.left), asText(node.right));
      case '/':
        return binary(node.at, '/', node.left, nullIfZero(node.right));
      case '%':
        return binary(node.at, '%', integerPart(node.left), nullIfZero(integerPart(node.right)));
      default:
        return node;
    }
  },
});
