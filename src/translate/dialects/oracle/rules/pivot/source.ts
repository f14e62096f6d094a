/**
 * What PIVOT and UNPIVOT need to know about their source: its column names (from a
 * subquery's select list, or from TranslateOptions.columnTypes for a table), and the source
 * as a FROM item without the pivot clause. Owns no translation.
 */
import { oracleName } from '../../../../ast/node.js';
import type { DerivedTable, FromItem, Name, Pivot, TableRef, Unpivot } from '../../../../ast/node.js';
import { unsupported } from '../../../../diagnostics.js';
import type { RuleContext } from '../../../dialect.js';

export function sourceColumns(
  item: TableRef | DerivedTable,
  clause: Pivot | Unpivot,
  ctx: RuleContext,
): Name[] {
  const what = clause.kind.toUpperCase();
  const refuse = (why: string): never => {
    throw unsupported(
      clause.at,
      `${what} over ${item.kind === 'table' ? 'a table' : 'a subquery'} whose columns Decant does not know`,
      why,
      `list the columns in a subquery: FROM (SELECT col1, col2, ... FROM t) ${what} (...)`,
    );
  };
  if (item.kind === 'table') {
    const table = item.name.at(-1)!.value.toLowerCase();
    const columns = ctx.options.columnTypes?.get(table);
    if (!columns)
      return refuse(
        `the columns of ${table} are not known (TranslateOptions.columnTypes does not list them)`,
      );
    return [...columns.keys()].map((c) => oracleName(c));
  }
  const query = item.query;
  if (query.kind !== 'select') return refuse('the subquery is a set operation');
  return query.items.map((selectItem) => {
    if (selectItem.alias) return selectItem.alias;
    const e = selectItem.expression;
    if (e.kind === 'column') return e.parts.at(-1)!;
    return refuse('a select item is neither a column nor aliased');
  });
}

/** The source item as it is without its pivot clause. */
export function withoutPivot(item: TableRef | DerivedTable): FromItem {
  const { pivot: _pivot, ...rest } = item;
  return rest as FromItem;
}

/** Oracle stores an unquoted name in upper case, so SAL and "SAL" are one name. */
export const sameName = (a: Name, b: Name): boolean => a.value === b.value;
