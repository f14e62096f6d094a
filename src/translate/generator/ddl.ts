/**
 * PostgreSQL text for DDL statements. One Oracle statement may become several PostgreSQL
 * statements (a partitioned table and its partitions, an ALTER TABLE with RENAMEs): they are
 * joined with "; ", so `translate().sql` may hold several statements separated by `;` and no
 * trailing `;`, as for any single statement. Tables and ALTER TABLE are in ddl/table.ts.
 */
import type {
  CommentOn,
  CreateIndex,
  CreateMaterializedView,
  CreateSequence,
  CreateSynonym,
  CreateView,
  DdlStatement,
  Grant,
  Name,
} from '../ast/node.js';
import { generateAlterTable, generateCreateTable, sequenceOptions } from './ddl/table.js';
import { generateExpression } from './expression.js';
import { ident, qualified, stringLiteral } from './names.js';
import { generateQuery } from './query.js';

export { partitionTableName } from './ddl/partitions.js';

/** Separates the PostgreSQL statements one Oracle statement becomes. */
export const STATEMENT_SEPARATOR = '; ';

export function generateDdl(statement: DdlStatement): string {
  return generateDdlStatements(statement).join(STATEMENT_SEPARATOR);
}

export function generateDdlStatements(s: DdlStatement): string[] {
  switch (s.kind) {
    case 'create-table':
      return generateCreateTable(s);
    case 'alter-table':
      return generateAlterTable(s);
    case 'create-index':
      return [createIndex(s)];
    case 'create-sequence':
      return [createSequence(s)];
    case 'create-view':
      return [createView(s)];
    case 'create-materialized-view':
      return [createMaterializedView(s)];
    case 'comment-on':
      return [commentOn(s)];
    case 'create-synonym':
      return [createSynonym(s)];
    case 'grant':
      return [grant(s)];
    case 'drop':
      // Oracle's DROP VIEW ... CASCADE CONSTRAINTS drops foreign keys on the view's constraints, which PostgreSQL views have none of.
      return [`DROP ${s.object} ${qualified(s.name)}${s.cascade && s.object === 'TABLE' ? ' CASCADE' : ''}`];
  }
}

const columnList = (columns: readonly Name[]): string =>
  columns.length ? ` (${columns.map((c) => ident(c)).join(', ')})` : '';

function createIndex(s: CreateIndex): string {
  // PostgreSQL puts an index in its table's schema and takes no schema on the index name.
  const name = ident(s.name[s.name.length - 1]!, 'relation');
  const items = s.items.map((item) => {
    const e = item.expression;
    // An expression (not a plain column) needs its own parentheses in an index definition.
    let sql =
      e.kind === 'column' && e.parts.length === 1 ? generateExpression(e) : `(${generateExpression(e)})`;
    if (item.descending) sql += ' DESC';
    if (item.nulls) sql += ` NULLS ${item.nulls}`;
    return sql;
  });
  return `CREATE ${s.unique ? 'UNIQUE ' : ''}INDEX ${name} ON ${qualified(s.table)} (${items.join(', ')})`;
}

function createSequence(s: CreateSequence): string {
  const options = sequenceOptions(s.options);
  return `CREATE SEQUENCE ${qualified(s.name)}${options ? ` ${options}` : ''}`;
}

function createView(s: CreateView): string {
  const check = s.checkOption ? ' WITH CHECK OPTION' : '';
  return `CREATE ${s.orReplace ? 'OR REPLACE ' : ''}VIEW ${qualified(s.name)}${columnList(s.columns)} AS ${generateQuery(s.query)}${check}`;
}

function createMaterializedView(s: CreateMaterializedView): string {
  return `CREATE MATERIALIZED VIEW ${qualified(s.name)}${columnList(s.columns)} AS ${generateQuery(s.query)}${s.deferred ? ' WITH NO DATA' : ''}`;
}

function commentOn(s: CommentOn): string {
  const name =
    s.target === 'COLUMN'
      ? `${qualified(s.name.slice(0, -1))}.${ident(s.name[s.name.length - 1]!)}`
      : qualified(s.name);
  return `COMMENT ON ${s.target} ${name} IS ${stringLiteral(s.text)}`;
}

/** A synonym becomes a view over its target (docs/translate/oracle-ddl.md); a public one lives in schema public. */
function createSynonym(s: CreateSynonym): string {
  const name = s.isPublic ? [{ value: 'PUBLIC', quoted: false }, ...s.name.slice(-1)] : s.name;
  return `CREATE ${s.orReplace ? 'OR REPLACE ' : ''}VIEW ${qualified(name)} AS SELECT * FROM ${qualified(s.target)}`;
}

function grant(s: Grant): string {
  const privileges = s.privileges
    .map((p) => (p.name === 'ALL' ? 'ALL PRIVILEGES' : `${p.name}${columnList(p.columns)}`))
    .join(', ');
  const object = `${s.routine ? 'ROUTINE ' : ''}${qualified(s.object, s.routine ? 'function' : 'relation')}`;
  const grantees = s.grantees
    .map((g) => (!g.quoted && g.value === 'PUBLIC' ? 'PUBLIC' : ident(g, 'relation')))
    .join(', ');
  if (s.revoke) return `REVOKE ${privileges} ON ${object} FROM ${grantees}`;
  return `GRANT ${privileges} ON ${object} TO ${grantees}${s.withGrantOption ? ' WITH GRANT OPTION' : ''}`;
}
