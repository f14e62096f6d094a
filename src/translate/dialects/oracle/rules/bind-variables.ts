/** Oracle bind variables (`:1`, `:name`) become PostgreSQL parameters `$n`, numbered by first appearance. */
import { rule } from '../../dialect.js';

export default rule({
  name: 'bind-variables',
  kinds: ['bind'],
  rewrite: (node, ctx) =>
    node.positional ? node : { ...node, name: String(ctx.bindNumber(node.name)), positional: true },
});
