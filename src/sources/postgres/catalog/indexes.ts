/**
 * INDEX objects: the indexes of selected tables and materialized views that no
 * constraint owns and that are not a partition's copy of a parent index (creating the
 * parent's index creates those). Not owned here: indexes behind primary key, unique and
 * exclusion constraints (ddl2 of the table, constraints.ts).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
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
  unique: boolean;
  /** How pg_get_indexdef begins for a partitioned index: `CREATE INDEX i ON ONLY s.t`. */
  onlyPrefix: string;
  comment: string | null;
  size: number;
  valid: boolean;
}

export async function discoverIndexes(ctx: CatalogContext, relationOids: readonly string[]): Promise<void> {
  const { rows } = await ctx.client.query<IndexRow>(
    `SELECT ic.oid::text AS oid, n.nspname AS schema, ic.relname AS name, tc.relname AS "tableName",
            CASE tc.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS "tableType",
            pg_catalog.pg_get_indexdef(ic.oid) AS def, i.indisunique AS unique,
            'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
              || pg_catalog.quote_ident(ic.relname) || ' ON ONLY '
              || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(tc.relname) AS "onlyPrefix",
            pg_catalog.obj_description(ic.oid, 'pg_class') AS comment,
            pg_catalog.pg_relation_size(ic.oid)::float8 AS size, i.indisvalid AS valid
     FROM pg_catalog.pg_index i
     JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
     WHERE i.indrelid = ANY($1::oid[])
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                        WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x'))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
     ORDER BY n.nspname, ic.relname`,
    [relationOids],
  );
  for (const row of rows) {
    // An invalid index is the remains of a failed CREATE INDEX CONCURRENTLY (or a partitioned
    // index not yet attached everywhere): PostgreSQL would not use it, so neither do we.
    if (!row.valid) continue;
    const parent: ObjectRef = { owner: row.schema, name: row.tableName, type: row.tableType };
    const ddl1 = joinStatements([
      createIndex(row),
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

/**
 * pg_get_indexdef says ON ONLY for a partitioned index, which would leave the index
 * invalid and the partitions without it: the head is rebuilt without ONLY.
 */
function createIndex(row: IndexRow): string {
  if (!row.def.startsWith(row.onlyPrefix)) return row.def;
  const head = `CREATE ${row.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(row.name)} ON ${qualified(row.schema, row.tableName)}`;
  return head + row.def.slice(row.onlyPrefix.length);
}
