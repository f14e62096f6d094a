/**
 * INSERT ALL / INSERT FIRST: one subquery feeding several tables. PostgreSQL has no
 * multi-table insert, but its data-modifying WITH runs every INSERT in one statement on one
 * snapshot: the subquery becomes a materialized CTE read once, each INTO an INSERT ... SELECT
 * from it with its WHEN condition. For FIRST, a branch also requires that no earlier WHEN
 * held; ELSE requires that none held (`NOT COALESCE(c, FALSE)`: a NULL condition did not hold).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/INSERT.html (multi_table_insert)
 */
import type { Expression, Insert, MultiInsert, Select, CommonTableExpression } from '../../../ast/node.js';
import { pgName } from '../../../ast/node.js';
import { some } from '../../../ast/transform.js';
import { rule } from '../../dialect.js';
import { call, paren } from '../../build.js';
import { conjunction } from './conjuncts.js';

const didNotHold = (condition: Expression): Expression => ({
  kind: 'unary',
  at: condition.at,
  op: 'NOT',
  operand: call(condition.at, 'COALESCE', paren(condition), {
    kind: 'literal',
    at: condition.at,
    type: 'boolean',
    value: 'FALSE',
  }),
});

export default rule({
  name: 'multi-insert',
  kinds: ['multi-insert'],
  rewrite: (node: MultiInsert, ctx): Insert => {
    const source = ctx.freshName('insert_source');
    const conditions = node.branches.flatMap((b) => (b.when && b.when !== 'ELSE' ? [b.when] : []));
    const inserts: Insert[] = [];
    const earlier: Expression[] = [];
    for (const branch of node.branches) {
      let guard: Expression | undefined;
      if (branch.when === 'ELSE') guard = conjunction(conditions.map(didNotHold));
      else if (branch.when) {
        guard =
          node.mode === 'FIRST' ? conjunction([...earlier.map(didNotHold), paren(branch.when)]) : branch.when;
        earlier.push(branch.when);
      }
      for (const into of branch.into) {
        const select: Select = {
          kind: 'select',
          at: into.table.at,
          distinct: false,
          items: (into.values ?? [{ kind: 'star', at: into.table.at }]).map((expression) => ({
            kind: 'select-item',
            at: expression.at,
            expression,
          })),
          from: [{ kind: 'table', at: into.table.at, name: [pgName(source)] }],
          groupBy: [],
          orderBy: [],
          ...(guard ? { where: guard } : {}),
        };
        const { alias: _alias, ...table } = into.table;
        inserts.push({ kind: 'insert', at: into.table.at, table, columns: into.columns, query: select });
      }
    }
    if (some(node.branches, (n) => n.kind === 'call' && n.name[0]?.value === 'NEXTVAL')) {
      ctx.review(
        node.at,
        `INSERT ${node.mode} with NEXTVAL`,
        'Oracle takes one sequence value per source row for all targets; PostgreSQL takes one per inserted row',
      );
    }
    const ctes: CommonTableExpression[] = [
      {
        kind: 'cte',
        at: node.query.at,
        name: pgName(source),
        columns: [],
        query: node.query,
        materialized: true,
      },
      ...inserts.slice(0, -1).map((insert): CommonTableExpression => ({
        kind: 'cte',
        at: insert.at,
        name: pgName(ctx.freshName('insert')),
        columns: [],
        query: insert,
      })),
    ];
    return { ...inserts[inserts.length - 1]!, at: node.at, with: { recursive: false, ctes } };
  },
});
