/**
 * TABLE objects: ordinary, partitioned, partition and UNLOGGED tables. ddl1 is CREATE
 * TABLE (columns and NOT NULL only), comments and OWNED BY of the sequences the table
 * owns; ddl2 holds the other constraints (constraints.ts) and what must follow the data
 * like them (table-extras.ts). Not owned here: secondary indexes (indexes.ts), triggers
 * (triggers.ts), privileges (grants.ts).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef, TableDetails } from '../../source.js';
import { groupBy, type CatalogContext } from './context.js';
import { constraintStatements, loadConstraints } from './constraints.js';
import {
  columnDefinition,
  droppedPartitionDefault,
  loadColumns,
  partitionColumnOptions,
  type ColumnRow,
} from './table-columns.js';
import { loadTableExtras, tableExtraStatements } from './table-extras.js';
import { chooseKey, copyFormatOf, loadKeyCandidates, loadTypeInfo } from './table-details.js';
import { commentOn, joinStatements, optionList } from './statements.js';

interface TableRow {
  oid: string;
  schema: string;
  name: string;
  partitioned: boolean;
  unlogged: boolean;
  parent: { oid: string; schema: string; name: string } | null;
  bound: string | null;
  partitionKey: string | null;
  inherits: { oid: string; schema: string; name: string }[] | null;
  hasChildren: boolean;
  options: string[] | null;
  toastOptions: string[] | null;
  accessMethod: string | null;
  comment: string | null;
  dataSize: number;
  rowEstimate: number;
  pages: number;
}

interface OwnedSequenceRow {
  rel: string;
  oid: string;
  schema: string;
  name: string;
  column: string;
}

export async function discoverTables(ctx: CatalogContext, oids: readonly string[]): Promise<void> {
  const accessMethod =
    ctx.version >= 120000
      ? '(SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = c.relam)'
      : 'NULL::name';
  const { rows } = await ctx.client.query<TableRow>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, c.relkind = 'p' AS partitioned,
            c.relpersistence = 'u' AS unlogged,
            (SELECT json_build_object('oid', pc.oid::text, 'schema', pn.nspname, 'name', pc.relname)
               FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
               JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
              WHERE c.relispartition AND i.inhrelid = c.oid) AS parent,
            CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS bound,
            CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS "partitionKey",
            (SELECT json_agg(json_build_object('oid', pc.oid::text, 'schema', pn.nspname, 'name', pc.relname)
                             ORDER BY i.inhseqno)
               FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
               JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
              WHERE NOT c.relispartition AND i.inhrelid = c.oid) AS inherits,
            EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ch WHERE ch.inhparent = c.oid) AS "hasChildren",
            c.reloptions::text[] AS options, tc.reloptions::text[] AS "toastOptions",
            ${accessMethod} AS "accessMethod",
            pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
            pg_catalog.pg_table_size(c.oid)::float8 AS "dataSize",
            greatest(c.reltuples, 0)::float8 AS "rowEstimate",
            floor(pg_catalog.pg_relation_size(c.oid, 'main') / current_setting('block_size')::int)::float8 AS pages
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
     WHERE c.oid = ANY($1::oid[])
     ORDER BY n.nspname, c.relname`,
    [oids],
  );
  // One client runs one query at a time: these are awaited in turn.
  const columns = await loadColumns(ctx, oids);
  const constraints = await loadConstraints(ctx, oids);
  const candidates = await loadKeyCandidates(ctx, oids);
  const owned = await loadOwnedSequences(ctx, oids);
  const extras = await loadTableExtras(ctx, oids);
  const allColumns = [...columns.values()].flat();
  const types = await loadTypeInfo(ctx, [
    ...allColumns.map((column) => column.typeOid),
    ...[...candidates.values()].flat().flatMap((candidate) => candidate.typeOids),
  ]);

  for (const row of rows) {
    const target = qualified(row.schema, row.name);
    const tableColumns = columns.get(row.oid) ?? [];
    const ownedSequences = (owned.get(row.oid) ?? []).filter((seq) => ctx.found.ref(`class:${seq.oid}`));
    const ddl1 = joinStatements([
      createTable(row, target, tableColumns),
      ...tableColumns
        .filter((column) => row.parent && droppedPartitionDefault(column))
        .map((column) => `ALTER TABLE ONLY ${target} ALTER COLUMN ${quoteIdent(column.name)} DROP DEFAULT`),
      ...commentOn('TABLE', target, row.comment),
      ...tableColumns.flatMap((column) =>
        commentOn('COLUMN', `${target}.${quoteIdent(column.name)}`, column.comment),
      ),
      ...ownedSequences.map(
        (seq) =>
          `ALTER SEQUENCE ${qualified(seq.schema, seq.name)} OWNED BY ${target}.${quoteIdent(seq.column)}`,
      ),
    ]);
    const ddl2 = joinStatements([
      ...constraintStatements(target, row.partitioned || row.hasChildren, constraints.get(row.oid) ?? []),
      ...tableExtraStatements(target, extras.get(row.oid)),
    ]);
    const details: TableDetails = {
      kind: 'table',
      targetSchema: row.schema,
      targetName: row.name,
      partitioned: row.partitioned,
      columns: tableColumns.map((column) => ({
        name: column.name,
        type: column.type,
        copied: column.generated === '',
        identity: column.identity !== '',
      })),
      key: chooseKey(candidates.get(row.oid) ?? [], types),
      copyFormat: copyFormatOf(
        tableColumns.map((column) => column.typeOid),
        types,
      ),
      pages: row.pages,
    };
    const parent: ObjectRef | undefined = row.parent
      ? { owner: row.parent.schema, name: row.parent.name, type: 'TABLE' }
      : undefined;
    const dependsOn: ObjectRef[] = [
      ...(parent ? [parent] : []),
      ...(row.inherits ?? []).map((p): ObjectRef => ({ owner: p.schema, name: p.name, type: 'TABLE' })),
      ...ownedSequences.map((seq): ObjectRef => ({ owner: seq.schema, name: seq.name, type: 'SEQUENCE' })),
    ];
    ctx.found.add(
      {
        owner: row.schema,
        name: row.name,
        type: 'TABLE',
        ddl1,
        ddl2,
        dataSize: row.partitioned ? 0 : row.dataSize,
        rowEstimate: row.partitioned ? 0 : row.rowEstimate,
        ...(parent ? { parent } : {}),
        dependsOn,
        details,
      },
      [`class:${row.oid}`],
    );
  }
}

function createTable(row: TableRow, target: string, columns: readonly ColumnRow[]): string {
  const head = `CREATE ${row.unlogged ? 'UNLOGGED ' : ''}TABLE ${target}`;
  const clauses: string[] = [];
  if (row.parent) {
    const options = columns.map(partitionColumnOptions).filter((option): option is string => option !== null);
    clauses.push(`${head} PARTITION OF ${qualified(row.parent.schema, row.parent.name)}`);
    if (options.length > 0) clauses.push(`(\n    ${options.join(',\n    ')}\n)`);
    clauses.push(row.bound ?? 'DEFAULT');
  } else {
    const local = columns.filter((column) => column.isLocal);
    clauses.push(
      `${head} (${local.length > 0 ? `\n    ${local.map(columnDefinition).join(',\n    ')}\n` : ''})`,
    );
    if (row.inherits?.length) {
      clauses.push(`INHERITS (${row.inherits.map((p) => qualified(p.schema, p.name)).join(', ')})`);
    }
  }
  if (row.partitionKey) clauses.push(`PARTITION BY ${row.partitionKey}`);
  if (row.accessMethod && row.accessMethod !== 'heap') clauses.push(`USING ${quoteIdent(row.accessMethod)}`);
  const storage = [...optionList(row.options), ...optionList(row.toastOptions, 'toast')];
  if (storage.length > 0) clauses.push(`WITH (${storage.join(', ')})`);
  return clauses.join(' ');
}

async function loadOwnedSequences(
  ctx: CatalogContext,
  oids: readonly string[],
): Promise<Map<string, OwnedSequenceRow[]>> {
  const { rows } = await ctx.client.query<OwnedSequenceRow>(
    `SELECT d.refobjid::text AS rel, sc.oid::text AS oid, sn.nspname AS schema, sc.relname AS name, a.attname AS column
     FROM pg_catalog.pg_depend d
     JOIN pg_catalog.pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S'
     JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
     JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
       AND d.refobjid = ANY($1::oid[]) AND d.refobjsubid > 0
     ORDER BY sn.nspname, sc.relname`,
    [oids],
  );
  return groupBy(rows, (row) => row.rel);
}
