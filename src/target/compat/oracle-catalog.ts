/**
 * Oracle's data dictionary in the compatibility schema (see oracle-compat.ts): V$VERSION and
 * the USER_ and ALL_ variants of TABLES, TAB_COLUMNS, OBJECTS, SEQUENCES, VIEWS, INDEXES,
 * CONSTRAINTS and CONS_COLUMNS, as views over pg_catalog, so that an application or a tool
 * reading the dictionary through the gateway finds its tables. Column names are Oracle's in
 * lower case (the translator folds an unquoted TABLE_NAME to table_name); values are names as
 * Oracle stores them: a PostgreSQL name in lower case (an unquoted Oracle name, folded) shows
 * in upper case, any other name as it is. USER_ views cover current_schema(); ALL_ views every
 * schema the session may use except PostgreSQL's own and the compatibility schema.
 * Owns the view text only; which name a query's FROM gets is the translator's business
 * (rules/dictionary-views.ts). DUAL is no view: the translator drops FROM DUAL.
 * Views are CREATE OR REPLACE like the rest of the schema: an upgrade that renames or removes a
 * column of one must drop it first.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn/static-data-dictionary-views.html
 */
import { quoteLiteral } from '../../core/sql/ident.js';

/** One column of a dictionary view: Oracle's name (lower case) and its SQL over the view's FROM. */
interface DictionaryColumn {
  readonly name: string;
  readonly sql: string;
  /** OWNER and the like: in ALL_ only, since USER_ views are one owner's by definition. */
  readonly allOnly?: boolean;
}

/**
 * A dictionary view, USER_ and ALL_ alike. `from` names the owning schema's pg_namespace row
 * `n`, which the USER_/ALL_ scope filters on; `where` restricts the objects.
 */
interface DictionaryView {
  /** Without the USER_/ALL_ prefix. */
  readonly name: string;
  readonly doc: string;
  readonly columns: readonly DictionaryColumn[];
  readonly from: string;
  readonly where?: string;
}

const REFRN = 'https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn';

/** The dictionary's views for the quoted compatibility schema name `s`. */
function dictionaryViews(s: string): readonly DictionaryView[] {
  const name = (sql: string): string => `${s}.oracle_name(${sql})`;
  const owner: DictionaryColumn = { name: 'owner', sql: name('n.nspname'), allOnly: true };
  const yesNo = (test: string, yes = 'YES', no = 'NO'): string =>
    `CASE WHEN ${test} THEN '${yes}' ELSE '${no}' END`;
  return [
    {
      name: 'tables',
      doc: `${REFRN}/ALL_TABLES.html`,
      columns: [
        owner,
        { name: 'table_name', sql: name('c.relname') },
        // NULL: the database's default tablespace.
        { name: 'tablespace_name', sql: name('t.spcname') },
        { name: 'status', sql: `'VALID'` },
        { name: 'num_rows', sql: 'CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END' },
        {
          name: 'last_analyzed',
          sql: 'greatest(pg_stat_get_last_analyze_time(c.oid), pg_stat_get_last_autoanalyze_time(c.oid))::timestamp(0)',
        },
        { name: 'logging', sql: yesNo(`c.relpersistence = 'u'`, 'NO', 'YES') },
        { name: 'partitioned', sql: yesNo(`c.relkind = 'p'`) },
        { name: 'temporary', sql: yesNo(`c.relpersistence = 't'`, 'Y', 'N') },
        { name: 'iot_type', sql: 'NULL::text' },
        { name: 'nested', sql: `'NO'` },
        { name: 'dropped', sql: `'NO'` },
      ],
      from: `pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_tablespace t ON t.oid = c.reltablespace`,
      // A partition is a table in PostgreSQL, a segment of one in Oracle.
      where: `c.relkind IN ('r', 'p') AND NOT c.relispartition`,
    },
    {
      name: 'tab_columns',
      doc: `${REFRN}/ALL_TAB_COLUMNS.html`,
      columns: [
        owner,
        { name: 'table_name', sql: name('c.relname') },
        { name: 'column_name', sql: name('a.attname') },
        { name: 'data_type', sql: `${s}.oracle_type_name(a.atttypid, a.atttypmod)` },
        { name: 'data_length', sql: `${s}.oracle_type_length(a.atttypid, a.atttypmod)` },
        { name: 'data_precision', sql: `${s}.oracle_type_precision(a.atttypid, a.atttypmod)` },
        { name: 'data_scale', sql: `${s}.oracle_type_scale(a.atttypid, a.atttypmod)` },
        { name: 'nullable', sql: yesNo('a.attnotnull', 'N', 'Y') },
        // Oracle numbers the columns 1..n; attnum keeps the gaps of dropped columns.
        {
          name: 'column_id',
          sql: `(SELECT count(*) FROM pg_catalog.pg_attribute x
      WHERE x.attrelid = a.attrelid AND x.attnum > 0 AND x.attnum <= a.attnum AND NOT x.attisdropped)::integer`,
        },
        { name: 'default_length', sql: 'length(pg_get_expr(d.adbin, d.adrelid))' },
        { name: 'data_default', sql: 'pg_get_expr(d.adbin, d.adrelid)' },
        {
          name: 'char_length',
          sql: `CASE WHEN a.atttypid IN ('varchar'::regtype, 'bpchar'::regtype) THEN ${s}.oracle_type_length(a.atttypid, a.atttypmod) ELSE 0 END`,
        },
        {
          name: 'char_used',
          sql: `CASE WHEN a.atttypid IN ('varchar'::regtype, 'bpchar'::regtype) THEN 'B' END`,
        },
        { name: 'identity_column', sql: yesNo(`a.attidentity <> ''`) },
      ],
      from: `pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum`,
      where: `c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped`,
    },
    {
      name: 'objects',
      doc: `${REFRN}/ALL_OBJECTS.html`,
      columns: [
        owner,
        { name: 'object_name', sql: name('o.name') },
        { name: 'subobject_name', sql: name('o.subobject') },
        { name: 'object_id', sql: 'o.id::bigint' },
        { name: 'data_object_id', sql: 'NULL::bigint' },
        { name: 'object_type', sql: 'o.type' },
        { name: 'created', sql: 'NULL::timestamp(0)' },
        { name: 'last_ddl_time', sql: 'NULL::timestamp(0)' },
        { name: 'status', sql: `'VALID'` },
        { name: 'temporary', sql: yesNo('o.temporary', 'Y', 'N') },
        { name: 'generated', sql: `'N'` },
        { name: 'secondary', sql: `'N'` },
      ],
      // Relations (a partition under its table's name, as Oracle's TABLE PARTITION), routines,
      // triggers, and enum and domain types.
      from: `(
    SELECT c.relnamespace, coalesce(p.relname, c.relname), CASE WHEN c.relispartition THEN c.relname END, c.oid,
      CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
        WHEN 'i' THEN 'INDEX' WHEN 'I' THEN 'INDEX' WHEN 'c' THEN 'TYPE' ELSE 'TABLE' END
        || CASE WHEN c.relispartition THEN ' PARTITION' ELSE '' END,
      c.relpersistence = 't'
    FROM pg_catalog.pg_class c
      LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
      LEFT JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'c', 'f')
    UNION ALL
    SELECT f.pronamespace, f.proname, NULL, f.oid, CASE f.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, false
    FROM pg_catalog.pg_proc f WHERE f.prokind IN ('f', 'p')
    UNION ALL
    SELECT c.relnamespace, g.tgname, NULL, g.oid, 'TRIGGER', false
    FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal
    UNION ALL
    SELECT y.typnamespace, y.typname, NULL, y.oid, 'TYPE', false
    FROM pg_catalog.pg_type y WHERE y.typtype IN ('e', 'd')
  ) o (namespace, name, subobject, id, type, temporary)
  JOIN pg_catalog.pg_namespace n ON n.oid = o.namespace`,
    },
    {
      name: 'sequences',
      doc: `${REFRN}/ALL_SEQUENCES.html`,
      columns: [
        { name: 'sequence_owner', sql: name('n.nspname'), allOnly: true },
        { name: 'sequence_name', sql: name('c.relname') },
        { name: 'min_value', sql: 'q.seqmin::numeric' },
        { name: 'max_value', sql: 'q.seqmax::numeric' },
        { name: 'increment_by', sql: 'q.seqincrement::numeric' },
        { name: 'cycle_flag', sql: yesNo('q.seqcycle', 'Y', 'N') },
        { name: 'order_flag', sql: `'N'` },
        // Oracle's NOCACHE is 0; PostgreSQL's smallest cache is 1 (no caching).
        { name: 'cache_size', sql: 'CASE WHEN q.seqcache > 1 THEN q.seqcache ELSE 0 END::numeric' },
        // The next number the sequence gives (Oracle's LAST_NUMBER without a cache).
        {
          name: 'last_number',
          sql: `CASE WHEN has_sequence_privilege(c.oid, 'SELECT,USAGE')
      THEN coalesce(pg_sequence_last_value(c.oid)::numeric + q.seqincrement, q.seqstart) END`,
        },
      ],
      from: `pg_catalog.pg_sequence q
  JOIN pg_catalog.pg_class c ON c.oid = q.seqrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`,
    },
    {
      name: 'views',
      doc: `${REFRN}/ALL_VIEWS.html`,
      columns: [
        owner,
        { name: 'view_name', sql: name('c.relname') },
        { name: 'text_length', sql: 'length(v.text)' },
        { name: 'text', sql: 'v.text' },
        { name: 'text_vc', sql: 'left(v.text, 4000)' },
        { name: 'read_only', sql: `'N'` },
      ],
      // PostgreSQL's text of the query (its names, its syntax), without the final semicolon.
      from: `pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL (SELECT rtrim(btrim(pg_get_viewdef(c.oid), E' \\n'), ';') AS text) v`,
      where: `c.relkind = 'v'`,
    },
    {
      name: 'indexes',
      doc: `${REFRN}/ALL_INDEXES.html`,
      columns: [
        owner,
        { name: 'index_name', sql: name('i.relname') },
        {
          name: 'index_type',
          sql: `CASE WHEN x.indexprs IS NULL THEN 'NORMAL' ELSE 'FUNCTION-BASED NORMAL' END`,
        },
        { name: 'table_owner', sql: name('tn.nspname') },
        { name: 'table_name', sql: name('c.relname') },
        { name: 'table_type', sql: `'TABLE'` },
        { name: 'uniqueness', sql: yesNo('x.indisunique', 'UNIQUE', 'NONUNIQUE') },
        { name: 'compression', sql: `'DISABLED'` },
        { name: 'tablespace_name', sql: name('t.spcname') },
        { name: 'status', sql: yesNo('x.indisvalid', 'VALID', 'UNUSABLE') },
        { name: 'num_rows', sql: 'CASE WHEN i.reltuples >= 0 THEN i.reltuples::bigint END' },
        { name: 'partitioned', sql: yesNo(`i.relkind = 'I'`) },
        { name: 'temporary', sql: yesNo(`i.relpersistence = 't'`, 'Y', 'N') },
        { name: 'visibility', sql: `'VISIBLE'` },
        {
          name: 'constraint_index',
          sql: yesNo(`EXISTS (SELECT FROM pg_catalog.pg_constraint k
      WHERE k.conindid = i.oid AND k.conrelid = c.oid AND k.contype IN ('p', 'u'))`),
        },
      ],
      from: `pg_catalog.pg_index x
  JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
  JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_tablespace t ON t.oid = i.reltablespace`,
      where: `c.relkind IN ('r', 'p', 'm') AND NOT i.relispartition`,
    },
    {
      name: 'constraints',
      doc: `${REFRN}/ALL_CONSTRAINTS.html`,
      // NOT NULL is no constraint in PostgreSQL 15's catalog: TAB_COLUMNS.NULLABLE shows it.
      columns: [
        { name: 'owner', sql: name('n.nspname') },
        { name: 'constraint_name', sql: name('k.conname') },
        {
          name: 'constraint_type',
          sql: `CASE k.contype WHEN 'p' THEN 'P' WHEN 'u' THEN 'U' WHEN 'f' THEN 'R' ELSE 'C' END`,
        },
        { name: 'table_name', sql: name('c.relname') },
        // PostgreSQL's text of the condition (its names, its casts).
        {
          name: 'search_condition',
          sql: `CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid, true) END`,
        },
        {
          name: 'search_condition_vc',
          sql: `CASE WHEN k.contype = 'c' THEN left(pg_get_expr(k.conbin, k.conrelid, true), 4000) END`,
        },
        { name: 'r_owner', sql: `CASE WHEN k.contype = 'f' THEN ${name('rn.nspname')} END` },
        // The referenced key; a unique index without a constraint gives its own name.
        {
          name: 'r_constraint_name',
          sql: `CASE WHEN k.contype = 'f' THEN ${name('coalesce(r.conname, ki.relname)')} END`,
        },
        {
          name: 'delete_rule',
          sql: `CASE WHEN k.contype = 'f' THEN CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL'
      WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END END`,
        },
        { name: 'status', sql: `'ENABLED'` },
        { name: 'deferrable', sql: yesNo('k.condeferrable', 'DEFERRABLE', 'NOT DEFERRABLE') },
        { name: 'deferred', sql: yesNo('k.condeferred', 'DEFERRED', 'IMMEDIATE') },
        { name: 'validated', sql: yesNo('k.convalidated', 'VALIDATED', 'NOT VALIDATED') },
        { name: 'generated', sql: `'USER NAME'` },
        { name: 'last_change', sql: 'NULL::timestamp(0)' },
        { name: 'index_owner', sql: `CASE WHEN k.contype IN ('p', 'u') THEN ${name('n.nspname')} END` },
        { name: 'index_name', sql: `CASE WHEN k.contype IN ('p', 'u') THEN ${name('ki.relname')} END` },
      ],
      from: `pg_catalog.pg_constraint k
  JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_class ki ON ki.oid = k.conindid
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  LEFT JOIN pg_catalog.pg_constraint r
    ON k.contype = 'f' AND r.conrelid = k.confrelid AND r.conindid = k.conindid AND r.contype IN ('p', 'u')`,
      // A partition's copies of its table's constraints are the table's.
      where: `k.contype IN ('p', 'u', 'f', 'c') AND k.conparentid = 0 AND NOT c.relispartition`,
    },
    {
      name: 'cons_columns',
      doc: `${REFRN}/ALL_CONS_COLUMNS.html`,
      columns: [
        { name: 'owner', sql: name('n.nspname') },
        { name: 'constraint_name', sql: name('k.conname') },
        { name: 'table_name', sql: name('c.relname') },
        { name: 'column_name', sql: name('a.attname') },
        // Oracle numbers the columns of keys, not those of a check condition.
        { name: 'position', sql: `CASE WHEN k.contype <> 'c' THEN u.position::integer END` },
      ],
      from: `pg_catalog.pg_constraint k
  JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u (attnum, position)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum`,
      where: `k.contype IN ('p', 'u', 'f', 'c') AND k.conparentid = 0 AND NOT c.relispartition`,
    },
  ];
}

/** The schemas of USER_ and ALL_ views: filters on the owning schema `n`. */
function scopes(s: string): { readonly user: string; readonly all: string } {
  return {
    user: 'n.nspname = current_schema()',
    all: `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
    AND n.nspname NOT LIKE 'pg\\_temp%' AND n.oid <> ${quoteLiteral(s)}::regnamespace
    AND has_schema_privilege(n.oid, 'USAGE')`,
  };
}

function viewSql(s: string, prefix: 'user' | 'all', view: DictionaryView): string {
  const columns = view.columns
    .filter((c) => prefix === 'all' || !c.allOnly)
    .map((c) => `  ${c.sql} AS ${c.name}`)
    .join(',\n');
  const where = [scopes(s)[prefix], ...(view.where ? [view.where] : [])].join('\n  AND ');
  return `-- ${view.doc}
CREATE OR REPLACE VIEW ${s}.${prefix}_${view.name} AS SELECT
${columns}
FROM ${view.from}
WHERE ${where};`;
}

/** The dictionary part of the compatibility schema's SQL, for the quoted schema name `s`. */
export function oracleCatalogSql(s: string): string {
  const views = dictionaryViews(s).flatMap((v) => [viewSql(s, 'user', v), viewSql(s, 'all', v)]);
  return `
-- A name as Oracle's dictionary shows it: PostgreSQL's lower case is Oracle's unquoted upper case.
CREATE OR REPLACE FUNCTION ${s}.oracle_name(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN name = lower(name) THEN upper(name) ELSE name END;

-- DATA_TYPE, DATA_LENGTH, DATA_PRECISION and DATA_SCALE of a column: the reverse of Decant's
-- type map (NUMBER(p) with p up to 4, 9 and 18 digits became smallint, integer and bigint;
-- DATE became timestamp(0)). PostgreSQL keeps a length or precision in typmod (-1: none).
CREATE OR REPLACE FUNCTION ${s}.oracle_type_name(t oid, m integer) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN CASE
    WHEN t IN ('numeric'::regtype, 'int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN 'NUMBER'
    WHEN t = 'varchar'::regtype THEN 'VARCHAR2'
    WHEN t = 'bpchar'::regtype THEN 'CHAR'
    WHEN t = 'text'::regtype THEN 'CLOB'
    WHEN t = 'bytea'::regtype THEN 'BLOB'
    WHEN t = 'float8'::regtype THEN 'BINARY_DOUBLE'
    WHEN t = 'float4'::regtype THEN 'BINARY_FLOAT'
    WHEN t = 'date'::regtype OR (t = 'timestamp'::regtype AND m = 0) THEN 'DATE'
    WHEN t = 'timestamp'::regtype THEN 'TIMESTAMP(' || CASE WHEN m < 0 THEN 6 ELSE m END || ')'
    WHEN t = 'timestamptz'::regtype THEN 'TIMESTAMP(' || CASE WHEN m < 0 THEN 6 ELSE m END || ') WITH TIME ZONE'
    WHEN t = 'interval'::regtype AND m >= 0 AND (m >> 16) & 32767 IN (2, 4, 6) THEN 'INTERVAL YEAR(2) TO MONTH'
    WHEN t = 'interval'::regtype
      THEN 'INTERVAL DAY(2) TO SECOND(' || CASE WHEN m < 0 OR m & 65535 = 65535 THEN 6 ELSE m & 65535 END || ')'
    WHEN t = 'bool'::regtype THEN 'BOOLEAN'
    WHEN t = 'uuid'::regtype THEN 'RAW'
    WHEN t IN ('json'::regtype, 'jsonb'::regtype) THEN 'JSON'
    WHEN t = 'xml'::regtype THEN 'XMLTYPE'
    ELSE upper(format_type(t, NULL)) END;
CREATE OR REPLACE FUNCTION ${s}.oracle_type_length(t oid, m integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN t IN ('numeric'::regtype, 'int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN 22
    WHEN t = 'varchar'::regtype THEN CASE WHEN m > 4 THEN m - 4 ELSE 4000 END
    WHEN t = 'bpchar'::regtype THEN CASE WHEN m > 4 THEN m - 4 ELSE 1 END
    WHEN t IN ('text'::regtype, 'bytea'::regtype) THEN 4000
    WHEN t = 'float8'::regtype THEN 8
    WHEN t = 'float4'::regtype THEN 4
    WHEN t = 'date'::regtype OR (t = 'timestamp'::regtype AND m = 0) THEN 7
    WHEN t = 'timestamp'::regtype THEN 11
    WHEN t = 'timestamptz'::regtype THEN 13
    WHEN t = 'interval'::regtype AND m >= 0 AND (m >> 16) & 32767 IN (2, 4, 6) THEN 5
    WHEN t = 'interval'::regtype THEN 11
    WHEN t = 'uuid'::regtype THEN 16
    WHEN t = 'bool'::regtype THEN 1
    ELSE 0 END;
CREATE OR REPLACE FUNCTION ${s}.oracle_type_precision(t oid, m integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN t = 'numeric'::regtype AND m >= 0 THEN ((m - 4) >> 16) & 65535
    WHEN t = 'int2'::regtype THEN 4
    WHEN t = 'int4'::regtype THEN 9
    WHEN t = 'int8'::regtype THEN 18
    WHEN t = 'interval'::regtype THEN 2
  END;
CREATE OR REPLACE FUNCTION ${s}.oracle_type_scale(t oid, m integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    -- PostgreSQL 15 keeps the scale in 11 bits, negative scales included.
    WHEN t = 'numeric'::regtype AND m >= 0 THEN (((m - 4) & 2047) # 1024) - 1024
    WHEN t IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN 0
    WHEN t IN ('timestamp'::regtype, 'timestamptz'::regtype) AND m <> 0 THEN CASE WHEN m < 0 THEN 6 ELSE m END
    WHEN t = 'interval'::regtype AND m >= 0 AND (m >> 16) & 32767 IN (2, 4, 6) THEN 0
    WHEN t = 'interval'::regtype THEN CASE WHEN m < 0 OR m & 65535 = 65535 THEN 6 ELSE m & 65535 END
  END;

-- ${REFRN}/V-VERSION.html
CREATE OR REPLACE VIEW ${s}."v$version" AS SELECT
  'Decant Oracle gateway on ' || version() AS banner,
  'Decant Oracle gateway on ' || version() AS banner_full,
  'Decant Oracle gateway on ' || version() AS banner_legacy,
  0 AS con_id;

${views.join('\n\n')}
`;
}
