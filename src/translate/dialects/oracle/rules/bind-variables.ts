/**
 * Oracle bind variables (`:1`, `:name`) become PostgreSQL parameters `$n`, numbered by first
 * appearance. A `$n` a client already numbered (pgbench, drivers) stays as it is.
 */
import { rule } from '../../dialect.js';

export default rule({
  name: 'bind-variables',
  kinds: ['bind'],
  rewrite: (node, ctx) => {
    if (!node.positional)
      return { ...node, name: String(ctx.bindNumber(node.name, node.at)), positional: true };
    ctx.keepPositional(node.at);
    return node;
  },
});
