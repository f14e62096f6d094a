/**
 * RETURNING ... INTO: Oracle writes the values into bind variables or PL/SQL variables;
 * PostgreSQL returns them as a result row, which the client reads instead.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/INSERT.html (returning_clause)
 */
import { rule } from '../../dialect.js';

export default rule({
  name: 'returning-into',
  kinds: ['insert', 'update', 'delete'],
  rewrite: (node, ctx) => {
    if (!node.returning || node.returning.into.length === 0) return node;
    ctx.review(
      node.returning.items[0]!.at,
      'RETURNING ... INTO',
      'PostgreSQL returns the values as a result row instead of setting the variables',
    );
    return { ...node, returning: { items: node.returning.items, into: [] } };
  },
});
