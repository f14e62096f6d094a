/**
 * Column definitions of CREATE TABLE: types, collations, defaults, NOT NULL, generated and
 * identity columns, and the WITH OPTIONS form of partitions, which take their columns from
 * the parent and only say where they differ. Not owned here: table-level clauses
 * (tables.ts) and constraints other than NOT NULL (constraints.ts).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import { groupBy, type CatalogContext } from './context.js';
import { sequenceOptions, type SequenceOptions } from './sequences.js';

export interface ColumnRow {
  rel: string;
  name: string;
  type: string;
  typeOid: string;
  notNull: boolean;
  /** attidentity: '' none, 'a' ALWAYS, 'd' BY DEFAULT. */
  identity: string;
  /** attgenerated: '' none, 's' STORED, 'v' VIRTUAL (PostgreSQL 18). */
  generated: string;
  /** False for a column that only comes from an INHERITS parent. */
  isLocal: boolean;
  defaultExpr: string | null;
  collation: { schema: string; name: string } | null;
  comment: string | null;
  /** For partitions: the parent's column, to state only what differs. */
  parentNotNull: boolean | null;
  parentDefault: string | null;
  identitySequence: (SequenceOptions & { schema: string; name: string }) | null;
}

export async function loadColumns(
  ctx: CatalogContext,
  oids: readonly string[],
): Promise<Map<string, ColumnRow[]>> {
  const generated = ctx.version >= 120000 ? 'a.attgenerated::text' : "''";
  const { rows } = await ctx.client.query<ColumnRow>(
    `SELECT a.attrelid::text AS rel, a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
            a.atttypid::text AS "typeOid", a.attnotnull AS "notNull", a.attidentity::text AS identity,
            ${generated} AS generated, a.attislocal AS "isLocal",
            pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS "defaultExpr",
            (SELECT json_build_object('schema', cn.nspname, 'name', co.collname) FROM pg_catalog.pg_collation co
               JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
              WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation) AS collation,
            pg_catalog.col_description(a.attrelid, a.attnum) AS comment,
            pa.attnotnull AS "parentNotNull", pg_catalog.pg_get_expr(pd.adbin, pd.adrelid) AS "parentDefault",
            (SELECT json_build_object('schema', sn.nspname, 'name', sc.relname,
                      'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text,
                      'start', s.seqstart::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle)
               FROM pg_catalog.pg_depend dep
               JOIN pg_catalog.pg_class sc ON sc.oid = dep.objid AND sc.relkind = 'S'
               JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
               JOIN pg_catalog.pg_sequence s ON s.seqrelid = sc.oid
              WHERE a.attidentity <> '' AND dep.classid = 'pg_class'::regclass
                AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid
                AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
              LIMIT 1) AS "identitySequence"
     FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
     LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
     LEFT JOIN pg_catalog.pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname AND NOT pa.attisdropped
     LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
     WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  return groupBy(rows, (row) => row.rel);
}

/** One column of CREATE TABLE (...). */
export function columnDefinition(column: ColumnRow): string {
  const parts = [quoteIdent(column.name), column.type];
  if (column.collation) parts.push(`COLLATE ${qualified(column.collation.schema, column.collation.name)}`);
  if (column.generated !== '' && column.defaultExpr !== null) {
    parts.push(
      `GENERATED ALWAYS AS (${column.defaultExpr}) ${column.generated === 'v' ? 'VIRTUAL' : 'STORED'}`,
    );
  } else if (column.identity !== '') {
    const seq = column.identitySequence;
    const options = seq ? ` (SEQUENCE NAME ${qualified(seq.schema, seq.name)} ${sequenceOptions(seq)})` : '';
    parts.push(`GENERATED ${column.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${options}`);
  } else if (column.defaultExpr !== null) {
    parts.push(`DEFAULT ${column.defaultExpr}`);
  }
  if (column.notNull) parts.push('NOT NULL');
  return parts.join(' ');
}

/**
 * A partition's `col WITH OPTIONS ...` where it differs from its parent (a partition
 * copies the parent's defaults and NOT NULL when created), or null.
 */
export function partitionColumnOptions(column: ColumnRow): string | null {
  const options: string[] = [];
  if (column.generated === '' && column.defaultExpr !== null && column.defaultExpr !== column.parentDefault) {
    options.push(`DEFAULT ${column.defaultExpr}`);
  }
  if (column.notNull && !column.parentNotNull) options.push('NOT NULL');
  return options.length > 0 ? `${quoteIdent(column.name)} WITH OPTIONS ${options.join(' ')}` : null;
}

/** A partition whose column has no default while the parent's has one must drop the copied default. */
export function droppedPartitionDefault(column: ColumnRow): boolean {
  return column.generated === '' && column.defaultExpr === null && column.parentDefault !== null;
}
