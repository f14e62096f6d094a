/**
 * INDEX objects: the indexes of selected tables and materialized views that no
 * constraint owns and that are not a partition's copy of a parent index (creating the
 * parent's index creates those). Not owned here: indexes behind primary key, unique and
 * exclusion constraints (ddl2 of the table, constraints.ts).
 */
import { qualified } from '../../../core/sql/ident.js';
import type { ObjectRef } from '../../source.js';
import { type CatalogContext } from './context.js';
import { commentOn, joinStatements } from './statements.js';

interface IndexRow {
  oid: string;
  schema: string;
  name: string;
  tableName: string;
  tableType: 'TABLE' | 'MATERIALIZED VIEW';
  def: string;
  comment: string | null;
  size: number;
  valid: boolean;
}

export async function discoverIndexes(ctx: CatalogContext, relationOids: readonly string[]): Promise<void> {
  // pg_get_indexdef says ON ONLY for a partitioned index, which would leave the index
  // invalid and the partitions without it: the prefix is rebuilt without ONLY.
  const { rows } = await ctx.client.query<IndexRow>(
    `SELECT x.oid, x.schema, x.name, x."tableName", x."tableType", x.comment, x.size, x.valid,
            CASE WHEN left(x.def, length(x.only_prefix)) = x.only_prefix
                 THEN x.plain_prefix || substr(x.def, length(x.only_prefix) + 1) ELSE x.def END AS def
     FROM (
       SELECT ic.oid::text AS oid, n.nspname AS schema, ic.relname AS name, tc.relname AS "tableName",
              CASE tc.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS "tableType",
              pg_catalog.pg_get_indexdef(ic.oid) AS def,
              pg_catalog.obj_description(ic.oid, 'pg_class') AS comment,
              pg_catalog.pg_relation_size(ic.oid)::float8 AS size, i.indisvalid AS valid,
              'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
                || pg_catalog.quote_ident(ic.relname) || ' ON ONLY ' AS only_prefix,
              'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
                || pg_catalog.quote_ident(ic.relname) || ' ON ' AS plain_prefix
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
       WHERE i.indrelid = ANY($1::oid[])
         AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                          WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x'))
         AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
     ) x
     ORDER BY x.schema, x.name`,
    [relationOids],
  );
  for (const row of rows) {
    // An invalid index is the remains of a failed CREATE INDEX CONCURRENTLY (or a partitioned
    // index not yet attached everywhere): PostgreSQL would not use it, so neither do we.
    if (!row.valid) continue;
    const parent: ObjectRef = { owner: row.schema, name: row.tableName, type: row.tableType };
    const ddl1 = joinStatements([
      row.def,
      ...commentOn('INDEX', qualified(row.schema, row.name), row.comment),
    ]);
    ctx.found.add(
      {
        owner: row.schema,
        name: row.name,
        type: 'INDEX',
        ddl1,
        ddl2: '',
        dataSize: row.size,
        rowEstimate: 0,
        parent,
        dependsOn: [parent],
        details: { kind: 'index' },
      },
      [`class:${row.oid}`],
    );
  }
}
