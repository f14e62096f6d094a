/**
 * SQLite's operators PostgreSQL reads otherwise: || joins any values as text; / and % by 0
 * give NULL instead of an error (integers still divide to an integer, as in SQLite); LIKE
 * ignores the case of ASCII letters and has no escape character unless ESCAPE names one.
 * https://www.sqlite.org/lang_expr.html#operators_and_parse_affecting_attributes
 */
import { binary, string } from '../../build.js';
import { rule } from '../../dialect.js';
import { asText, nullIfZero } from '../../source-functions.js';

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
      case '%':
        return binary(node.at, node.op, node.left, nullIfZero(node.right));
      default:
        return node;
    }
  },
});
