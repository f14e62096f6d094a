/** MySQL's function calls through the table in functions.ts; POSITION(a IN b) reads as LOCATE(a, b). */
import { rule } from '../../dialect.js';
import { translateCall } from '../../source-functions.js';
import { FUNCTIONS } from '../functions.js';
import { strpos } from '../functions/strings.js';
import { MYSQL_SYNTAX } from '../syntax.js';

export default rule({
  name: 'functions',
  docUrl: 'https://dev.mysql.com/doc/refman/8.0/en/built-in-function-reference.html',
  kinds: ['call'],
  rewrite: (node, ctx) => {
    const [needleInHaystack] = node.args;
    // The parser reads POSITION's `a IN b` as a condition with one item in its list.
    if (
      node.name.length === 1 &&
      node.name[0]!.value.toUpperCase() === 'POSITION' &&
      node.args.length === 1 &&
      needleInHaystack?.kind === 'in-list' &&
      !needleInHaystack.not &&
      needleInHaystack.list.length === 1
    ) {
      return strpos(node, needleInHaystack.list[0]!, needleInHaystack.expression, ctx);
    }
    return translateCall(FUNCTIONS, MYSQL_SYNTAX, node, ctx);
  },
});
