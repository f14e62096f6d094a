/**
 * Column types of CREATE TABLE and ALTER TABLE ADD/MODIFY through the type map (types.ts),
 * with per-column overrides. An identity column must be smallint, integer or bigint in
 * PostgreSQL: NUMBER and wide NUMBER(p) identities become bigint. A virtual column without
 * a declared type is refused: PostgreSQL needs the type of a generated column.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Data-Types.html
 */
import type { AlterTableAction, ColumnDefinition, DataType, Name } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { postgresName } from '../../../names.js';
import { rule, type RuleContext } from '../../dialect.js';
import { pgType } from '../../build.js';
import { mapType } from '../types.js';
import { withinBigint } from './ddl-sequences.js';

const INTEGER_TYPES = new Set(['smallint', 'integer', 'bigint']);

function mapColumn(column: ColumnDefinition, table: string, ctx: RuleContext): ColumnDefinition {
  if (!column.type) {
    if (column.virtual) {
      throw unsupported(
        column.at,
        'a virtual column without a type',
        'PostgreSQL needs the type of a generated column',
        'declare the column type, as dbms_metadata.get_ddl writes it',
      );
    }
    return column;
  }
  let type: DataType = mapType(column.type, ctx, {
    purpose: 'column',
    table,
    column: postgresName(column.name, 'column').name,
  });
  if (column.identity && !INTEGER_TYPES.has(type.name)) type = pgType(type.at, 'bigint');
  return {
    ...column,
    type,
    ...(column.identity
      ? { identity: { ...column.identity, options: withinBigint(column.identity.options) } }
      : {}),
  };
}

const tableName = (name: readonly Name[]): string => postgresName(name[name.length - 1]!).name;

export default rule({
  name: 'ddl-types',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Data-Types.html',
  kinds: ['create-table', 'alter-table'],
  rewrite: (node, ctx) => {
    const table = tableName(node.name);
    if (node.kind === 'create-table')
      return { ...node, columns: node.columns.map((c) => mapColumn(c, table, ctx)) };
    const actions = node.actions.map((a): AlterTableAction => {
      if (a.action === 'add-column' || a.action === 'modify-column')
        return { ...a, column: mapColumn(a.column, table, ctx) };
      return a;
    });
    return { ...node, actions };
  },
});
