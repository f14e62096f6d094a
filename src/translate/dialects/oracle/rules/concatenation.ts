/**
 * Oracle's || treats NULL as an empty string ('a' || NULL is 'a'); PostgreSQL's || gives
 * NULL. CONCAT() skips NULLs as Oracle does. When no operand is a non-empty literal the
 * result can be '', which Oracle would return as NULL: NULLIF(..., '') keeps that.
 * CONCAT is only STABLE: in a generated column or an index, where PostgreSQL wants an
 * immutable expression, ddl-expressions.ts rewrites it into a chain of `||` afterwards.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Concatenation-Operator.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { call, string } from '../../build.js';
import { asText } from '../functions/helpers.js';

const ORIGIN = 'concatenation';

/** The operands of a chain this rule already built (post-order: inner || first). */
function operands(e: Expression): readonly Expression[] {
  if (e.kind === 'call' && e.origin === ORIGIN) {
    const inner = e.name[0]!.value === 'NULLIF' ? (e.args[0] as FunctionCall) : e;
    return inner.args;
  }
  return [e];
}

const neverEmpty = (e: Expression): boolean =>
  (e.kind === 'literal' && e.type !== 'null' && e.value !== '') || e.kind === 'typed-literal';

export default rule({
  name: 'concatenation',
  kinds: ['binary'],
  rewrite: (node, ctx) => {
    if (node.op !== '||') return node;
    // Numbers and dates are converted as Oracle's TO_CHAR would (1.50 is '1.5'), where known.
    const args = [...operands(node.left), ...operands(node.right)].map((e) => asText(e, ctx));
    const concat: FunctionCall = { ...call(node.at, 'CONCAT', ...args), origin: ORIGIN };
    if (args.some(neverEmpty)) return concat;
    return { ...call(node.at, 'NULLIF', concat, string(node.at, '')), origin: ORIGIN };
  },
});
