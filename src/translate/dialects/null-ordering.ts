/**
 * Where NULLs sort, for sources that put them first in ascending order and last in
 * descending order (MySQL, SQLite): PostgreSQL does the opposite, so every ORDER BY item
 * (of a query, a window or an aggregate) says where its NULLs go.
 * https://dev.mysql.com/doc/refman/8.0/en/working-with-null.html, https://www.sqlite.org/lang_select.html#orderby
 */
import { rule } from './dialect.js';

export default rule({
  name: 'null-ordering',
  kinds: ['order-item'],
  rewrite: (node) => (node.nulls ? node : { ...node, nulls: node.descending ? 'LAST' : 'FIRST' }),
});
