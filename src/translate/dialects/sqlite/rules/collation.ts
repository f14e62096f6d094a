/**
 * Review notes where SQLite's text rules differ from PostgreSQL's: LIKE (here ILIKE) ignores
 * the case of ASCII letters only, and ORDER BY sorts text by its bytes (SQLite's BINARY
 * collation), where PostgreSQL follows the database's collation unless it is C.
 * https://www.sqlite.org/lang_expr.html#like, https://www.sqlite.org/datatype3.html#collating_sequences
 */
import { rule } from '../../dialect.js';
import { reviewOnce } from '../../review-once.js';

export default rule({
  name: 'collation',
  kinds: ['like', 'order-item'],
  rewrite: (node, ctx) => {
    if (node.kind === 'like')
      reviewOnce(
        ctx,
        node.at,
        'LIKE',
        "SQLite ignores the case of ASCII letters only, PostgreSQL's ILIKE of every letter",
      );
    else
      reviewOnce(
        ctx,
        node.at,
        'ORDER BY',
        "SQLite sorts text by its bytes; PostgreSQL by the database's collation, the same only under C",
      );
    return node;
  },
});
