/**
 * What a script's statements tell the statements after them about its tables and views, in
 * the shape TranslateOptions.relations takes: which names are views (Oracle's COMMENT ON
 * TABLE of a view is COMMENT ON VIEW in PostgreSQL) and the names of key constraints
 * (PostgreSQL drops a primary or unique key by name only). Reads the Oracle tree of a
 * statement that translated, so it records what the translation creates.
 * Not here: column types (parser/ddl/column-types.ts).
 *
 *   recordRelations(parseStatement('CREATE TABLE emp (id NUMBER PRIMARY KEY)'), relations)
 *   // relations.emp is { kind: 'table', primaryKey: 'emp_pkey' }
 */
import type { Constraint, Name, Statement } from './ast/node.js';
import type { KnownRelation } from './dialects/dialect.js';
import { postgresName } from './names.js';

export type Relations = Record<string, KnownRelation>;

const MAX_NAME_BYTES = 63;

const relationName = (name: readonly Name[]): string => postgresName(name[name.length - 1]!).name;

/** The relation an Oracle (possibly schema-qualified) name stands for, if known. */
export function knownRelation(
  relations: Readonly<Relations> | undefined,
  name: readonly Name[],
): KnownRelation | undefined {
  const key = relationName(name);
  return relations && Object.hasOwn(relations, key) ? relations[key] : undefined;
}

/**
 * The name PostgreSQL gives an unnamed primary key: `<table>_pkey`, the table name cut to
 * fit 63 bytes on a character boundary (makeObjectName). PostgreSQL picks another name when
 * that one is taken by a relation or constraint in the schema, which a script rarely does.
 */
export function defaultPrimaryKeyName(table: string): string {
  const suffix = '_pkey';
  let kept = '';
  let bytes = 0;
  for (const ch of table) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > MAX_NAME_BYTES - suffix.length) break;
    kept += ch;
  }
  return kept + suffix;
}

const columnNames = (names: readonly Name[]): string[] => names.map((n) => postgresName(n, 'column').name);

/** A key constraint the translation creates (DISABLEd ones are left out of it). */
function withKey(
  relation: KnownRelation,
  table: string,
  c: Constraint,
  columns: readonly Name[],
): KnownRelation {
  if (c.state.enabled === false) return relation;
  if (c.type === 'primary-key') {
    return { ...relation, primaryKey: c.name ? postgresName(c.name).name : defaultPrimaryKeyName(table) };
  }
  // An unnamed unique key's PostgreSQL name (<table>_<columns>_key, cut and numbered) is left to a lookup.
  if (c.type === 'unique' && c.name) {
    const key = { name: postgresName(c.name).name, columns: columnNames(columns) };
    return { ...relation, unique: [...(relation.unique ?? []), key] };
  }
  return relation;
}

/** The named unique key on exactly these columns, in this order. */
export function uniqueKeyOn(relation: KnownRelation, columns: readonly Name[]): string | undefined {
  const wanted = JSON.stringify(columnNames(columns));
  return relation.unique?.find((u) => JSON.stringify(u.columns) === wanted)?.name;
}

function withoutConstraint(relation: KnownRelation, name: string): KnownRelation {
  const { primaryKey, unique, ...rest } = relation;
  const kept = unique?.filter((u) => u.name !== name);
  return {
    ...rest,
    ...(primaryKey !== undefined && primaryKey !== name ? { primaryKey } : {}),
    ...(kept?.length ? { unique: kept } : {}),
  };
}

/** Updates `relations` with what `statement` (translated without error) creates, changes or drops. */
export function recordRelations(statement: Statement, relations: Relations): void {
  switch (statement.kind) {
    case 'create-table': {
      const table = relationName(statement.name);
      let relation: KnownRelation = { kind: 'table' };
      for (const column of statement.columns)
        for (const c of column.constraints) relation = withKey(relation, table, c, [column.name]);
      for (const c of statement.constraints) relation = withKey(relation, table, c, c.columns);
      relations[table] = relation;
      return;
    }
    case 'create-view':
      relations[relationName(statement.name)] = { kind: 'view' };
      return;
    case 'create-materialized-view':
      relations[relationName(statement.name)] = { kind: 'materialized view' };
      return;
    case 'drop':
      if (statement.object !== 'INDEX' && statement.object !== 'SEQUENCE')
        delete relations[relationName(statement.name)];
      return;
    case 'alter-table': {
      let table = relationName(statement.name);
      for (const a of statement.actions) {
        const relation: KnownRelation | undefined = Object.hasOwn(relations, table)
          ? relations[table]
          : undefined;
        if (a.action === 'add-constraint' || a.action === 'add-column') {
          const [c, columns] =
            a.action === 'add-constraint'
              ? [[a.constraint], a.constraint.columns]
              : [a.column.constraints, [a.column.name]];
          let next: KnownRelation = relation ?? { kind: 'table' };
          for (const constraint of c) next = withKey(next, table, constraint, columns);
          // A table the script did not create becomes known once it has a key we know the name of.
          if (relation || next.primaryKey !== undefined || next.unique) relations[table] = next;
        } else if (relation && a.action === 'drop-constraint') {
          relations[table] = withoutConstraint(relation, postgresName(a.name).name);
        } else if (relation && a.action === 'drop-key') {
          const name = a.key === 'primary-key' ? relation.primaryKey : uniqueKeyOn(relation, a.columns);
          if (name !== undefined) relations[table] = withoutConstraint(relation, name);
        } else if (relation && a.action === 'rename-table') {
          delete relations[table];
          table = postgresName(a.to).name;
          relations[table] = relation;
        }
      }
      return;
    }
    default:
      return;
  }
}
