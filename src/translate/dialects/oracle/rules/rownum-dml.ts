/**
 * ROWNUM in the WHERE clause of UPDATE and DELETE (`DELETE FROM t WHERE ROWNUM <= 100`, the
 * batch idiom): PostgreSQL's UPDATE and DELETE have no LIMIT, so the rows are picked by ctid
 * in a subquery that the ROWNUM rule turns into a LIMIT with its own checks.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ROWNUM-Pseudocolumn.html
 */
import type { Delete, Expression, Select, Update } from '../../../ast/node.js';
import { nameIs, oracleName } from '../../../ast/node.js';
import { some } from '../../../ast/transform.js';
import { rule, type RuleContext } from '../../dialect.js';
import { column } from '../../build.js';
import rownum from './rownum.js';

const mentionsRownum = (e: unknown): boolean =>
  some(e, (n) => n.kind === 'column' && n.parts.length === 1 && nameIs(n.parts[0], 'ROWNUM'), {
    intoQueries: false,
  });

function limited<T extends Update | Delete>(node: T, ctx: RuleContext): T {
  if (!node.where || !mentionsRownum(node.where)) return node;
  const at = node.where.at;
  const relation = node.table.alias ? [node.table.alias] : node.table.name;
  const ctid = column(at, ...relation, oracleName('CTID'));
  const picked: Select = {
    kind: 'select',
    at,
    distinct: false,
    items: [{ kind: 'select-item', at, expression: ctid }],
    from: [node.table],
    where: node.where,
    groupBy: [],
    orderBy: [],
  };
  const query = rownum.rewrite(picked, ctx) as Select;
  const where: Expression = { kind: 'in-query', at, not: false, expression: ctid, query };
  return { ...node, where };
}

export default rule({
  name: 'rownum-dml',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ROWNUM-Pseudocolumn.html',
  kinds: ['update', 'delete'],
  rewrite: (node, ctx) => limited(node, ctx),
});
