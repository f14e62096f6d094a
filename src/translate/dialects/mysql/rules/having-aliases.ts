/**
 * MySQL lets HAVING name a select list alias (`HAVING c > 1` for `COUNT(*) AS c`), and keeps
 * the name so in a view's definition; PostgreSQL does not. The alias becomes its expression,
 * unless GROUP BY names a column of the same name, which MySQL prefers. A subquery in HAVING
 * that uses the name is refused: whether it means the alias or a column of its own tables
 * depends on tables the translator does not see.
 * https://dev.mysql.com/doc/refman/8.0/en/select.html (the HAVING clause)
 */
import type { Expression, Node } from '../../../ast/node.js';
import { some, transform } from '../../../ast/transform.js';
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';

/** The lower-case name of an unqualified column reference. */
const unqualified = (node: Node): string | undefined =>
  node.kind === 'column' && node.parts.length === 1 ? node.parts[0]!.value.toLowerCase() : undefined;

export default rule({
  name: 'having-aliases',
  kinds: ['select'],
  rewrite: (node) => {
    if (!node.having) return node;
    const grouped = new Set(node.groupBy.map((item) => unqualified(item)).filter(Boolean));
    const aliases = new Map<string, Expression>();
    for (const item of node.items) {
      const name = item.alias?.value.toLowerCase();
      if (name && !grouped.has(name) && !aliases.has(name)) aliases.set(name, item.expression);
    }
    const named = (n: Node): boolean => aliases.has(unqualified(n) ?? '');
    if (!some(node.having, named)) return node;
    const inSubquery = some(
      node.having,
      (n) => (n.kind === 'select' || n.kind === 'set-operation') && some(n, named),
    );
    if (inSubquery) {
      throw unsupported(
        node.having.at,
        'a select list alias in a subquery of HAVING',
        'it may name the alias or a column of the subquery, which the translator cannot tell apart',
      );
    }
    const having = transform(node.having, (n) => {
      const name = unqualified(n);
      return name !== undefined ? (aliases.get(name) ?? n) : n;
    });
    return { ...node, having };
  },
});
