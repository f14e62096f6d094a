/**
 * Partitions as PostgreSQL wants them: each one a table of its own, `CREATE TABLE
 * <table>_<partition> PARTITION OF <table> FOR VALUES ...`, in the parent's schema. Oracle's
 * range partitions give only an exclusive upper bound (VALUES LESS THAN), so a partition
 * runs FROM the previous partition's bound (MINVALUE for the first) TO its own. A
 * subpartitioned partition is itself PARTITION BY the subpartitioning method.
 * https://www.postgresql.org/docs/current/sql-createtable.html (PARTITION OF)
 */
import type { Expression, Name, PartitionDefinition, Partitioning } from '../../ast/node.js';
import { generateExpression } from '../expression.js';
import { ident, qualified } from '../names.js';

/** The PostgreSQL table name of a partition: the table's name, `_`, the partition's name. */
export function partitionTableName(table: readonly Name[], partition: Name): Name[] {
  const last = table[table.length - 1]!;
  return [
    ...table.slice(0, -1),
    { value: `${last.value}_${partition.value}`, quoted: last.quoted || partition.quoted },
  ];
}

type Scheme = Pick<Partitioning, 'method' | 'columns'>;

export function generatePartitions(table: readonly Name[], partitioning: Partitioning): string[] {
  return partitionsOf(table, table, partitioning, partitioning.partitions, partitioning.sub);
}

/** Subpartitions are named after the table too: Oracle's subpartition names are unique per table. */
function partitionsOf(
  table: readonly Name[],
  parent: readonly Name[],
  scheme: Scheme,
  list: readonly PartitionDefinition[],
  sub: Scheme | undefined,
): string[] {
  const statements: string[] = [];
  let previous: readonly Expression[] | undefined;
  list.forEach((partition, index) => {
    const name = partitionTableName(table, partition.name);
    let sql = `CREATE TABLE ${qualified(name)} PARTITION OF ${qualified(parent)} ${bound(scheme, partition, previous, index, list.length)}`;
    previous = partition.lessThan;
    if (sub && partition.subpartitions) {
      sql += ` PARTITION BY ${sub.method} (${sub.columns.map((c) => ident(c)).join(', ')})`;
      statements.push(sql, ...partitionsOf(table, name, sub, partition.subpartitions, undefined));
    } else statements.push(sql);
  });
  return statements;
}

function bound(
  scheme: Scheme,
  p: PartitionDefinition,
  previous: readonly Expression[] | undefined,
  index: number,
  count: number,
): string {
  switch (scheme.method) {
    case 'RANGE': {
      const from = previous ? previous.map(boundValue) : scheme.columns.map(() => 'MINVALUE');
      return `FOR VALUES FROM (${from.join(', ')}) TO (${p.lessThan!.map(boundValue).join(', ')})`;
    }
    case 'LIST':
      return p.isDefault ? 'DEFAULT' : `FOR VALUES IN (${p.values!.map(generateExpression).join(', ')})`;
    case 'HASH':
      return `FOR VALUES WITH (MODULUS ${count}, REMAINDER ${index})`;
  }
}

/** MAXVALUE is read as a column of that name; it is PostgreSQL's MAXVALUE too. */
function boundValue(e: Expression): string {
  if (e.kind === 'column' && e.parts.length === 1 && !e.parts[0]!.quoted && e.parts[0]!.value === 'MAXVALUE')
    return 'MAXVALUE';
  return generateExpression(e);
}
