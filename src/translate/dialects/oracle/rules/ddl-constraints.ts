/**
 * Constraint states, which PostgreSQL has only some of:
 * - DEFERRABLE / INITIALLY DEFERRED: kept for primary keys, unique and foreign keys; PostgreSQL
 *   cannot defer CHECK or NOT NULL, so those are refused.
 * - DISABLE [NOVALIDATE]: Oracle enforces nothing, PostgreSQL has no disabled constraints: the
 *   constraint is left out with a review note (adding it later would check the data).
 * - DISABLE VALIDATE: Oracle then forbids all changes to the table; refused.
 * - ENABLE NOVALIDATE: in CREATE TABLE there are no rows to skip, so it is plain ENABLE; in
 *   ALTER TABLE ADD it is NOT VALID for CHECK and foreign keys (new rows checked, old ones
 *   not: the same meaning); refused for keys, which PostgreSQL always builds over all rows.
 * - RELY, USING INDEX, ENABLE VALIDATE: dropped by the parser (optimizer and storage matters).
 * A partitioned table's primary and unique keys must contain the partition key in PostgreSQL.
 *
 * ALTER TABLE DROP PRIMARY KEY / DROP UNIQUE (columns): PostgreSQL drops a constraint by name.
 * A name the script (or TranslateOptions.relations) gives becomes DROP CONSTRAINT name; an
 * unknown one is looked up when the statement runs (generator/ddl/table.ts). KEEP INDEX is
 * refused: PostgreSQL drops a key's index with it, and Oracle's kept unique index would still
 * refuse duplicates.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/constraint.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-TABLE.html
 */
import { pgName } from '../../../ast/node.js';
import type { AlterTable, AlterTableAction, Constraint, CreateTable, Name } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { knownRelation, uniqueKeyOn } from '../../../relations.js';
import { rule, type RuleContext } from '../../dialect.js';
import { reviewNameLength } from './ddl-names.js';

function checkState(c: Constraint, ctx: RuleContext, inAlter: boolean): void {
  const at = c.state.at ?? c.at;
  reviewNameLength(ctx, c.at, c.name);
  if (
    (c.state.deferrable || c.state.initially === 'DEFERRED') &&
    (c.type === 'check' || c.type === 'not-null')
  ) {
    throw unsupported(
      at,
      `a deferrable ${c.type === 'check' ? 'CHECK' : 'NOT NULL'} constraint`,
      'PostgreSQL defers only unique, primary key and foreign key checks',
      'make it NOT DEFERRABLE, or write a constraint trigger',
    );
  }
  if (c.state.enabled === false) {
    if (c.state.validated === true) {
      throw unsupported(
        at,
        'DISABLE VALIDATE',
        'Oracle then forbids any change to the table; PostgreSQL has no such state',
        'make the table read-only with privileges instead',
      );
    }
    ctx.review(
      at,
      'a disabled constraint',
      'left out: Oracle does not enforce a DISABLEd constraint and PostgreSQL has no such state; add it when the data is clean',
    );
    return;
  }
  if (c.state.validated === false && inAlter && (c.type === 'primary-key' || c.type === 'unique')) {
    throw unsupported(
      at,
      `ENABLE NOVALIDATE on a ${c.type === 'unique' ? 'unique' : 'primary'} key`,
      'PostgreSQL builds a key over all existing rows',
      'remove the duplicates first, then add the key',
    );
  }
}

const names = (list: readonly Name[]): string[] => list.map((n) => `${n.quoted ? '"' : ''}${n.value}`);

/** PostgreSQL: "unique constraint on partitioned table must include all partitioning columns". */
function checkPartitionKeys(table: CreateTable, c: Constraint, columns: readonly Name[]): void {
  const partitioning = table.partitioning;
  if (!partitioning || (c.type !== 'primary-key' && c.type !== 'unique') || c.state.enabled === false) return;
  const have = new Set(names(columns));
  const needed = [...partitioning.columns, ...(partitioning.sub?.columns ?? [])];
  if (names(needed).some((n) => !have.has(n))) {
    throw unsupported(
      c.at,
      'a key without the partition key columns on a partitioned table',
      'PostgreSQL enforces keys per partition, so a key must contain every partition key column (Oracle uses a global index)',
      'add the partition key columns to the key, or leave the table unpartitioned',
    );
  }
}

/** A dropped key: by its known name, or left for the generator's run-time lookup. */
function dropKey(a: AlterTableAction, table: AlterTable, ctx: RuleContext): AlterTableAction {
  if (a.action !== 'drop-constraint' && a.action !== 'drop-key') return a;
  if (a.keepIndex) {
    throw unsupported(
      a.keepIndex,
      'KEEP INDEX',
      "PostgreSQL drops a key's index with the constraint, and the index Oracle keeps still refuses duplicates",
      "drop the constraint, then CREATE UNIQUE INDEX on the key's columns",
    );
  }
  if (a.action === 'drop-constraint') return a;
  const relation = knownRelation(ctx.options.relations, table.name);
  const name = a.key === 'primary-key' ? relation?.primaryKey : relation && uniqueKeyOn(relation, a.columns);
  return name === undefined ? a : { action: 'drop-constraint', name: pgName(name), cascade: a.cascade };
}

export default rule({
  name: 'ddl-constraints',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/constraint.html',
  kinds: ['create-table', 'alter-table'],
  rewrite: (node, ctx) => {
    if (node.kind === 'alter-table') {
      for (const a of node.actions) {
        if (a.action === 'add-constraint') checkState(a.constraint, ctx, true);
        if (a.action === 'add-column') for (const c of a.column.constraints) checkState(c, ctx, true);
      }
      const actions = node.actions.map((a) => dropKey(a, node, ctx));
      return actions.some((a, i) => a !== node.actions[i]) ? { ...node, actions } : node;
    }
    for (const column of node.columns) {
      for (const c of column.constraints) {
        checkState(c, ctx, false);
        checkPartitionKeys(node, c, [column.name]);
      }
    }
    for (const c of node.constraints) {
      checkState(c, ctx, false);
      checkPartitionKeys(node, c, c.columns);
    }
    return node;
  },
});
