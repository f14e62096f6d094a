/**
 * PIVOT becomes conditional aggregation: each aggregate for each IN value is the aggregate
 * FILTER (WHERE for_column = value), grouped by the source's other columns (those neither
 * aggregated nor pivoted on), which must be known: a subquery's select list, or
 * TranslateOptions.columnTypes for a table. Column names follow Oracle: the value's alias or
 * its text, joined to the aggregate's alias with `_` when the aggregate has one.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html#GUID-CFA006CA-6FF1-4972-821E-6996142A51C6
 */
import { oracleName } from '../../../ast/node.js';
import type {
  DerivedTable,
  Expression,
  FromItem,
  Name,
  Pivot,
  SelectItem,
  TableRef,
} from '../../../ast/node.js';
import { some } from '../../../ast/transform.js';
import { unsupported } from '../../../diagnostics.js';
import { rule, type RuleContext } from '../../dialect.js';
import { binary, column } from '../../build.js';
import { sameName, sourceColumns, withoutPivot } from './pivot/source.js';

function valueName(value: Expression): Name {
  if (value.kind === 'literal' && value.type !== 'null') return { value: value.value, quoted: true };
  if (value.kind === 'unary' && value.op === '-' && value.operand.kind === 'literal')
    return { value: `-${value.operand.value}`, quoted: true };
  throw unsupported(
    value.at,
    'a PIVOT IN value without an alias',
    'Decant names the column only after a literal',
    'give the value an alias',
  );
}

function columnName(values: Pivot['in'][number], aggregateAlias: Name | undefined): Name {
  const base = values.alias ?? (values.values.length === 1 ? valueName(values.values[0]!) : undefined);
  if (!base) throw unsupported(values.values[0]!.at, 'a PIVOT IN tuple without an alias', 'give it an alias');
  if (!aggregateAlias) return base;
  return { value: `${base.value}_${aggregateAlias.value}`, quoted: base.quoted || aggregateAlias.quoted };
}

function pivoted(item: TableRef | DerivedTable, pivot: Pivot, ctx: RuleContext): FromItem {
  const at = pivot.at;
  if (pivot.aggregates.length > 1 && pivot.aggregates.some((a) => !a.alias))
    throw unsupported(
      at,
      'PIVOT with several aggregates',
      'each aggregate needs an alias (Oracle requires it too)',
    );
  const used = (name: Name): boolean =>
    pivot.for.some((f) => sameName(f, name)) ||
    some(pivot.aggregates, (n) => n.kind === 'column' && sameName(n.parts.at(-1)!, name));
  const grouping = sourceColumns(item, pivot, ctx).filter((name) => !used(name));
  const items: SelectItem[] = grouping.map((name) => ({
    kind: 'select-item',
    at,
    expression: column(at, name),
  }));
  for (const values of pivot.in) {
    const condition = values.values
      .map((v, i): Expression => binary(v.at, '=', column(v.at, pivot.for[i]!), v))
      .reduce((left, right) => binary(left.at, 'AND', left, right));
    for (const aggregate of pivot.aggregates) {
      if (aggregate.call.kind !== 'call' || aggregate.call.over)
        throw unsupported(aggregate.call.at, 'PIVOT', 'the pivot needs an aggregate function call');
      items.push({
        kind: 'select-item',
        at,
        expression: { ...aggregate.call, filter: condition },
        alias: columnName(values, aggregate.alias),
      });
    }
  }
  return {
    kind: 'derived',
    at: item.at,
    lateral: false,
    alias: pivot.alias ?? oracleName(ctx.freshName('pivot')),
    query: {
      kind: 'select',
      at,
      distinct: false,
      items,
      from: [withoutPivot(item)],
      groupBy: grouping.map((name) => column(at, name)),
      orderBy: [],
    },
  };
}

export default rule({
  name: 'pivot',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html',
  kinds: ['table', 'derived'],
  rewrite: (node, ctx) => (node.pivot?.kind === 'pivot' ? pivoted(node, node.pivot, ctx) : node),
});
