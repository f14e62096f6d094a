/**
 * MySQL's query forms PostgreSQL writes otherwise: FROM DUAL is no FROM; a view with SQL
 * SECURITY INVOKER is noted for review (PostgreSQL 13's views run with their owner's rights).
 * https://dev.mysql.com/doc/refman/8.0/en/select.html, https://dev.mysql.com/doc/refman/8.0/en/create-view.html
 */
import { rule } from '../../dialect.js';

export default rule({
  name: 'query',
  kinds: ['select', 'create-view'],
  rewrite: (node, ctx) => {
    if (node.kind === 'create-view') {
      if (node.securityInvoker)
        ctx.review(
          node.securityInvoker,
          'SQL SECURITY INVOKER',
          "the PostgreSQL view runs with its owner's privileges; from PostgreSQL 15, set security_invoker on it",
        );
      return node;
    }
    const [only, ...more] = node.from;
    const dual =
      only?.kind === 'table' &&
      !more.length &&
      only.name.length === 1 &&
      !only.name[0]!.quoted &&
      only.name[0]!.value.toUpperCase() === 'DUAL';
    return dual ? { ...node, from: [] } : node;
  },
});
