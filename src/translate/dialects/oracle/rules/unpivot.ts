/**
 * UNPIVOT turns columns into rows: CROSS JOIN LATERAL (VALUES (label, column), ...) over the
 * source, keeping the source's other columns, then the name column(s), then the value
 * column(s), as Oracle orders them. EXCLUDE NULLS (the default) drops the rows whose values are
 * all NULL. A label left out is the column's name, as Oracle makes it.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html#GUID-CFA006CA-6FF1-4972-821E-6996142A51C6
 */
import { oracleName } from '../../../ast/node.js';
import type {
  DerivedTable,
  Expression,
  FromItem,
  Select,
  SetOperation,
  TableRef,
  Unpivot,
} from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { rule, type RuleContext } from '../../dialect.js';
import { binary, column, isNull, string } from '../../build.js';
import { sameName, sourceColumns, withoutPivot } from './pivot/source.js';

function unpivoted(item: TableRef | DerivedTable, clause: Unpivot, ctx: RuleContext): FromItem {
  const at = clause.at;
  const source = withoutPivot(item) as TableRef | DerivedTable;
  const relation = source.alias ? [source.alias] : source.kind === 'table' ? source.name : [];
  const values = oracleName(ctx.freshName('unpivoted'));
  const unpivotedColumns = clause.in.flatMap((entry) => entry.columns);
  const kept = sourceColumns(item, clause, ctx).filter(
    (name) => !unpivotedColumns.some((u) => sameName(u, name)),
  );
  const rows = clause.in.map((entry) => {
    if (entry.columns.length !== clause.valueColumns.length)
      throw unsupported(at, 'UNPIVOT', 'each IN entry needs as many columns as there are value columns');
    const labels: readonly Expression[] =
      entry.labels ??
      (clause.forColumns.length === 1 ? [string(at, entry.columns.map((c) => c.value).join('_'))] : []);
    if (labels.length !== clause.forColumns.length)
      throw unsupported(at, 'UNPIVOT', 'each IN entry needs one label per FOR column');
    return [...labels, ...entry.columns.map((c) => column(at, ...relation, c))];
  });
  // One SELECT per IN entry, each reading the current source row (LATERAL).
  const branches = rows.map((row): Select => ({
    kind: 'select',
    at,
    distinct: false,
    items: row.map((expression) => ({ kind: 'select-item', at, expression })),
    from: [],
    groupBy: [],
    orderBy: [],
  }));
  const valuesTable: FromItem = {
    kind: 'derived',
    at,
    lateral: true,
    query: branches.slice(1).reduce(
      (left: Select | SetOperation, right): SetOperation => ({
        kind: 'set-operation',
        at,
        op: 'UNION ALL',
        left,
        right,
        orderBy: [],
      }),
      branches[0]!,
    ),
    alias: values,
    columnAliases: [...clause.forColumns, ...clause.valueColumns],
  };
  const notAllNull = clause.valueColumns
    .map((c): Expression => isNull(at, column(at, values, c), true))
    .reduce((left, right) => binary(at, 'OR', left, right));
  const query: Select = {
    kind: 'select',
    at,
    distinct: false,
    items: [
      ...kept.map((name) => ({
        kind: 'select-item' as const,
        at,
        expression: column(at, ...relation, name),
      })),
      ...[...clause.forColumns, ...clause.valueColumns].map((name) => ({
        kind: 'select-item' as const,
        at,
        expression: column(at, values, name),
      })),
    ],
    from: [{ kind: 'join', at, type: 'CROSS', natural: false, left: source, right: valuesTable }],
    groupBy: [],
    orderBy: [],
    ...(clause.includeNulls ? {} : { where: notAllNull }),
  };
  return {
    kind: 'derived',
    at: item.at,
    lateral: false,
    alias: clause.alias ?? oracleName(ctx.freshName('unpivot')),
    query,
  };
}

export default rule({
  name: 'unpivot',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html',
  kinds: ['table', 'derived'],
  rewrite: (node, ctx) => (node.pivot?.kind === 'unpivot' ? unpivoted(node, node.pivot, ctx) : node),
});
