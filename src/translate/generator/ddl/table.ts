/**
 * PostgreSQL text for CREATE TABLE and ALTER TABLE: columns (identity, DEFAULT, generated
 * columns), constraints with their deferrable state, ON COMMIT. Partitions are their own
 * statements (partitions.ts). Types arrive mapped by the ddl-types rule; constraints the
 * ddl-constraints rule marked disabled are left out here.
 */
import type {
  AlterTable,
  AlterTableAction,
  ColumnDefinition,
  Constraint,
  CreateTable,
  SequenceOptions,
} from '../../ast/node.js';
import { generateExpression, generateType } from '../expression.js';
import { postgresName } from '../../names.js';
import { ident, qualified, stringLiteral } from '../names.js';
import { generateQuery } from '../query.js';
import { generatePartitions } from './partitions.js';

const names = (list: readonly { value: string; quoted: boolean }[]): string =>
  list.map((n) => ident(n)).join(', ');

/** CREATE TABLE and, for a partitioned table, one CREATE TABLE ... PARTITION OF per partition. */
export function generateCreateTable(s: CreateTable): string[] {
  const temporary = s.temporary ? 'TEMPORARY ' : '';
  let sql = `CREATE ${temporary}TABLE ${qualified(s.name)}`;
  if (s.asQuery) {
    if (s.columns.length) sql += ` (${names(s.columns.map((c) => c.name))})`;
  } else {
    const parts = [
      ...s.columns.map(generateColumn),
      ...s.constraints.filter(isKept).map((c) => generateConstraint(c, false)),
    ];
    sql += ` (${parts.join(', ')})`;
  }
  if (s.partitioning) sql += ` PARTITION BY ${s.partitioning.method} (${names(s.partitioning.columns)})`;
  if (s.temporary) sql += ` ON COMMIT ${s.temporary.onCommit}`;
  if (s.asQuery) sql += ` AS ${generateQuery(s.asQuery)}`;
  return [sql, ...(s.partitioning ? generatePartitions(s.name, s.partitioning) : [])];
}

/** A constraint the rules left in: not DISABLEd, and not Oracle's no-op NULL. */
const isKept = (c: Constraint): boolean => c.state.enabled !== false && c.type !== 'null';

export function generateColumn(column: ColumnDefinition): string {
  let sql = ident(column.name);
  if (column.type) sql += ` ${generateType(column.type)}`;
  if (column.identity) {
    const options = sequenceOptions(column.identity.options);
    sql += ` GENERATED ${column.identity.always ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${options ? ` (${options})` : ''}`;
  }
  if (column.default) sql += ` DEFAULT ${generateExpression(column.default)}`;
  if (column.virtual) sql += ` GENERATED ALWAYS AS (${generateExpression(column.virtual)}) STORED`;
  for (const constraint of column.constraints.filter(isKept))
    sql += ` ${generateConstraint(constraint, true)}`;
  return sql;
}

export function generateConstraint(c: Constraint, inline: boolean): string {
  let sql = c.name && c.type !== 'not-null' ? `CONSTRAINT ${ident(c.name)} ` : '';
  const columns = inline ? '' : ` (${names(c.columns)})`;
  switch (c.type) {
    case 'not-null':
      return 'NOT NULL';
    case 'null':
      return 'NULL';
    case 'primary-key':
      sql += `PRIMARY KEY${columns}`;
      break;
    case 'unique':
      sql += `UNIQUE${columns}`;
      break;
    case 'check':
      sql += `CHECK (${generateExpression(c.check!)})`;
      break;
    case 'foreign-key': {
      const target = c.references!;
      sql += inline ? 'REFERENCES ' : `FOREIGN KEY${columns} REFERENCES `;
      sql += qualified(target.table);
      if (target.columns.length) sql += ` (${names(target.columns)})`;
      if (target.onDelete) sql += ` ON DELETE ${target.onDelete}`;
      break;
    }
  }
  if (c.state.deferrable || c.state.initially === 'DEFERRED') sql += ' DEFERRABLE';
  if (c.state.initially === 'DEFERRED') sql += ' INITIALLY DEFERRED';
  return sql;
}

/** Identity and CREATE SEQUENCE options in PostgreSQL's words. */
export function sequenceOptions(o: SequenceOptions): string {
  const parts: string[] = [];
  if (o.incrementBy !== undefined) parts.push(`INCREMENT BY ${o.incrementBy}`);
  if (o.minValue === null) parts.push('NO MINVALUE');
  else if (o.minValue !== undefined) parts.push(`MINVALUE ${o.minValue}`);
  if (o.maxValue === null) parts.push('NO MAXVALUE');
  else if (o.maxValue !== undefined) parts.push(`MAXVALUE ${o.maxValue}`);
  if (o.startWith !== undefined) parts.push(`START WITH ${o.startWith}`);
  if (o.cache !== undefined) parts.push(`CACHE ${o.cache}`);
  if (o.cycle) parts.push('CYCLE');
  return parts.join(' ');
}

/**
 * ALTER TABLE: the actions PostgreSQL can combine in one statement, then each key dropped by
 * a run-time lookup of its name, then each RENAME on its own.
 */
export function generateAlterTable(s: AlterTable): string[] {
  const table = qualified(s.name);
  const combined: string[] = [];
  const lookups: string[] = [];
  const renames: string[] = [];
  for (const action of s.actions) {
    if (action.action === 'drop-key') lookups.push(dropKeyByLookup(s.name, action));
    else if (action.action === 'rename-column')
      renames.push(`ALTER TABLE ${table} RENAME COLUMN ${ident(action.from)} TO ${ident(action.to)}`);
    else if (action.action === 'rename-table')
      renames.push(`ALTER TABLE ${table} RENAME TO ${ident(action.to, 'relation')}`);
    else combined.push(...generateAction(action));
  }
  return [
    ...(combined.length ? [`ALTER TABLE ${table} ${combined.join(', ')}`] : []),
    ...lookups,
    ...renames,
  ];
}

/**
 * DROP PRIMARY KEY / DROP UNIQUE (columns) of a key whose name the translation does not know
 * (the ddl-constraints rule puts a known one in DROP CONSTRAINT): a DO block finds it in
 * pg_constraint at run time (a unique key by its columns, in order) and drops it, with the
 * table through regclass and the name through format('%I'), so no name is pasted into SQL.
 * No such key fails as Oracle does (ORA-02441, ORA-02442).
 */
function dropKeyByLookup(
  name: AlterTable['name'],
  a: Extract<AlterTableAction, { action: 'drop-key' }>,
): string {
  const table = `${stringLiteral(qualified(name))}::regclass`;
  const columns = a.columns.map((c) => stringLiteral(postgresName(c, 'column').name));
  const which =
    a.key === 'primary-key'
      ? "contype = 'p'"
      : "contype = 'u' AND ARRAY(SELECT attname FROM pg_attribute, unnest(conkey) WITH ORDINALITY AS k(num, i) " +
        `WHERE attrelid = conrelid AND attnum = num ORDER BY i) = ARRAY[${columns.join(', ')}]::name[]`;
  const what = a.key === 'primary-key' ? 'primary key' : 'unique key';
  const body =
    `DECLARE ddl text; BEGIN SELECT format('ALTER TABLE %s DROP CONSTRAINT %I${a.cascade ? ' CASCADE' : ''}', conrelid::regclass, conname) INTO ddl ` +
    `FROM pg_constraint WHERE conrelid = ${table} AND ${which}; ` +
    `IF NOT FOUND THEN RAISE EXCEPTION 'cannot drop nonexistent ${what} of %', ${table} USING ERRCODE = 'undefined_object'; END IF; ` +
    'EXECUTE ddl; END';
  return `DO ${dollarQuoted(body)}`;
}

/** `$$body$$`, with a tag the body does not contain (a quoted name may hold `$$`). */
function dollarQuoted(body: string): string {
  let tag = '$$';
  for (let n = 1; body.includes(tag); n++) tag = `$k${n}$`;
  return `${tag}${body}${tag}`;
}

function generateAction(
  a: Exclude<AlterTableAction, { action: 'rename-column' | 'rename-table' | 'drop-key' }>,
): string[] {
  switch (a.action) {
    case 'add-constraint': {
      if (!isKept(a.constraint)) return [];
      const notValid = a.constraint.state.validated === false ? ' NOT VALID' : '';
      return [`ADD ${generateConstraint(a.constraint, false)}${notValid}`];
    }
    case 'add-column':
      return [`ADD COLUMN ${generateColumn(a.column)}`];
    case 'modify-column': {
      const column = `ALTER COLUMN ${ident(a.column.name)}`;
      const parts: string[] = [];
      if (a.column.type) parts.push(`${column} TYPE ${generateType(a.column.type)}`);
      if (a.column.default) parts.push(`${column} SET DEFAULT ${generateExpression(a.column.default)}`);
      if (a.nullable === false) parts.push(`${column} SET NOT NULL`);
      if (a.nullable === true) parts.push(`${column} DROP NOT NULL`);
      return parts;
    }
    case 'drop-column':
      return [`DROP COLUMN ${ident(a.column)}`];
    case 'drop-constraint':
      return [`DROP CONSTRAINT ${ident(a.name)}${a.cascade ? ' CASCADE' : ''}`];
  }
}
