/**
 * Catalog discovery of a MySQL/MariaDB source from information_schema: databases become
 * schemas; tables with their columns (types.ts), identity, keys, foreign keys and checks;
 * secondary indexes; enum types; views; and triggers and routines recorded with their
 * bodies for review. Owns the SQL over information_schema and the DDL it writes.
 */
import { DecantError, messageOf } from '../../core/errors.js';
import { qualified, qualifiedMysql, quoteIdent, quoteLiteral } from '../../core/sql/ident.js';
import { joinStatements } from '../../target/ddl/statements.js';
import { translate } from '../../translate/index.js';
import { isSelected } from '../selection-pattern.js';
import type { DiscoveredObject, ObjectRef, Selection, TableDetails, TableToCopy } from '../source.js';
import type { MysqlConnection } from './connect.js';
import { mapColumn, type MappedColumn, type MysqlColumnRow, type TypeOptions } from './types.js';

const SYSTEM_SCHEMAS = ['mysql', 'information_schema', 'performance_schema', 'sys'];

/** Key column types whose order does not depend on a collation: chunks and check use key ranges. */
const RANGE_KEY_TYPES = /^(smallint|integer|bigint|numeric|date|timestamp)/;

export interface MysqlTable {
  schema: string;
  name: string;
  columns: MappedColumn[];
  /** Key column positions in `columns`, for messages and ranges. */
  keyColumns: number[];
}

interface Row {
  [column: string]: unknown;
}

async function rows<T = Row>(connection: MysqlConnection, sql: string, values: unknown[] = []): Promise<T[]> {
  const [result] = await connection.query(sql, values);
  return result as T[];
}

/** The databases to migrate: the selection's, else the URL's database, else every user database. */
export async function selectSchemas(
  connection: MysqlConnection,
  selection: Selection,
  urlDatabase: string,
): Promise<string[]> {
  const all = (
    await rows<{ name: string }>(
      connection,
      `SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME`,
    )
  )
    .map((row) => row.name)
    .filter((name) => !SYSTEM_SCHEMAS.includes(name));
  const wanted = selection.schemas.length > 0 ? selection.schemas : urlDatabase ? [urlDatabase] : all;
  const missing = wanted.filter((name) => !all.includes(name));
  if (missing.length > 0) {
    throw new DecantError(
      'SOURCE_SCHEMA_MISSING',
      `The source has no database ${missing.map((name) => JSON.stringify(name)).join(', ')}`,
      {
        hint: `The source has: ${all.join(', ') || '(none)'}. Fix --users (the users setting), or leave it empty for the URL's database`,
        context: { schemas: missing },
      },
    );
  }
  return [...new Set(wanted)];
}

export async function discoverMysql(
  connection: MysqlConnection,
  selection: Selection,
  urlDatabase: string,
  options: TypeOptions,
): Promise<{ objects: DiscoveredObject[]; tables: Map<string, MysqlTable> }> {
  const schemas = await selectSchemas(connection, selection, urlDatabase);
  const objects: DiscoveredObject[] = [];
  const tables = new Map<string, MysqlTable>();
  const base = (ref: ObjectRef, ddl1: string): DiscoveredObject => ({
    ...ref,
    ddl1,
    ddl2: '',
    dataSize: 0,
    rowEstimate: 0,
    dependsOn: [],
    details: {},
  });

  for (const schema of schemas) {
    if (schema === 'public') continue;
    objects.push({
      ...base(
        { owner: schema, name: schema, type: 'SCHEMA' },
        `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};`,
      ),
      details: { kind: 'schema' },
    });
  }

  const tableRows = (
    await rows<{
      schema: string;
      name: string;
      kind: string;
      rowEstimate: string | null;
      dataSize: string | null;
      autoIncrement: string | null;
      comment: string;
      partitioned: number;
    }>(
      connection,
      `SELECT t.TABLE_SCHEMA AS \`schema\`, t.TABLE_NAME AS name, t.TABLE_TYPE AS kind,
              t.TABLE_ROWS AS rowEstimate, t.DATA_LENGTH AS dataSize, t.AUTO_INCREMENT AS autoIncrement,
              t.TABLE_COMMENT AS comment,
              EXISTS (SELECT 1 FROM information_schema.PARTITIONS p WHERE p.TABLE_SCHEMA = t.TABLE_SCHEMA
                      AND p.TABLE_NAME = t.TABLE_NAME AND p.PARTITION_NAME IS NOT NULL) AS partitioned
       FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA IN (?) ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME`,
      [schemas],
    )
  ).filter((row) => isSelected(selection, row.schema, row.name));
  const selectedTables = new Set(
    tableRows.filter((row) => row.kind !== 'VIEW').map((row) => `${row.schema}.${row.name}`),
  );

  const columnRows = await loadColumns(connection, schemas);
  const keys = await loadKeys(connection, schemas);
  const checks = await loadChecks(connection, schemas, options.mariadb);
  const foreignKeys = await loadForeignKeys(connection, schemas);

  for (const row of tableRows.filter((t) => t.kind !== 'VIEW')) {
    const id = `${row.schema}.${row.name}`;
    const target = qualified(row.schema, row.name);
    const tableChecks = checks.get(id) ?? [];
    const jsonColumns = new Set(
      tableChecks.filter((check) => check.jsonColumn !== null).map((check) => check.jsonColumn!),
    );
    const sourceColumns = (columnRows.get(id) ?? []).map((column) => ({
      ...column,
      jsonChecked: jsonColumns.has(column.name),
    }));
    const mapped = sourceColumns.map((column) => mapColumn(row.schema, column, options));
    const notes: string[] = [];
    const dependsOn: ObjectRef[] = schemaRef(row.schema);
    const columnDefinitions = mapped.map((column, i) => {
      const source = sourceColumns[i]!;
      const parts = [quoteIdent(column.name), column.type];
      const generated = source.generation && /GENERATED/i.test(source.extra);
      if (/auto_increment/i.test(source.extra)) parts.push('GENERATED BY DEFAULT AS IDENTITY');
      if (!source.nullable) parts.push('NOT NULL');
      const fallback = defaultExpression(source, column, options.mariadb);
      if (fallback.sql && !generated) parts.push(`DEFAULT ${fallback.sql}`);
      if (fallback.note) notes.push(`${column.name}: ${fallback.note}`);
      if (generated) {
        notes.push(
          `${column.name}: generated in MySQL as (${source.generation}); copied as a plain column with its values`,
        );
      }
      if (/on update/i.test(source.extra)) {
        notes.push(
          `${column.name}: MySQL sets it ${source.extra.replace(/^.*(on update)/i, '$1')}; add a trigger if wanted`,
        );
      }
      for (const note of column.notes) notes.push(`${column.name}: ${note}`);
      if (column.enumType) {
        const ref: ObjectRef = { owner: column.enumType.schema, name: column.enumType.name, type: 'TYPE' };
        objects.push({
          ...base(
            ref,
            `CREATE TYPE ${qualified(ref.owner, ref.name)} AS ENUM (${column.enumType.labels.map(quoteLiteral).join(', ')});`,
          ),
          dependsOn: schemaRef(ref.owner),
        });
        dependsOn.push(ref);
      }
      return parts.join(' ');
    });
    if (row.partitioned)
      notes.push('partitioned in MySQL; created as one table (partition it in PostgreSQL if wanted)');

    const tableKeys = keys.get(id) ?? [];
    const primary = tableKeys.find((key) => key.name === 'PRIMARY');
    const uniques = tableKeys.filter((key) => key.name !== 'PRIMARY' && key.unique && key.kind === 'BTREE');
    const constraints: string[] = [];
    const keyConstraint = (kind: string, key: IndexInfo): void => {
      if (key.columns.some((column) => column.subPart !== null)) return;
      const name = kind === 'PRIMARY KEY' ? `${row.name}_pkey` : key.name;
      constraints.push(
        `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(name)} ${kind} (${key.columns.map((c) => quoteIdent(c.name)).join(', ')})`,
      );
    };
    if (primary) keyConstraint('PRIMARY KEY', primary);
    for (const key of uniques) keyConstraint('UNIQUE', key);
    for (const column of mapped) {
      if (column.check)
        constraints.push(
          `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(`${row.name}_${column.name}_check`)} CHECK (${column.check})`,
        );
    }
    for (const check of tableChecks.filter((c) => c.jsonColumn === null)) {
      const translated = checkExpression(check.clause);
      if ('sql' in translated) {
        constraints.push(
          `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(check.name)} CHECK (${translated.sql})`,
        );
        for (const review of translated.review)
          notes.push(`check ${check.name}: translation to review: ${review}`);
      } else {
        notes.push(
          `check ${check.name} (${check.clause}) is not translated (${translated.problem}); add it by hand if wanted`,
        );
      }
    }
    for (const fk of foreignKeys.get(id) ?? []) {
      if (!selectedTables.has(`${fk.refSchema}.${fk.refTable}`)) {
        notes.push(`foreign key ${fk.name} references ${fk.refSchema}.${fk.refTable}, which is not migrated`);
        continue;
      }
      constraints.push(
        `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${fk.columns.map(quoteIdent).join(', ')}) ` +
          `REFERENCES ${qualified(fk.refSchema, fk.refTable)} (${fk.refColumns.map(quoteIdent).join(', ')})` +
          `${referentialAction('UPDATE', fk.onUpdate)}${referentialAction('DELETE', fk.onDelete)}`,
      );
    }

    const comments = [
      ...(row.comment ? [`COMMENT ON TABLE ${target} IS ${quoteLiteral(row.comment)}`] : []),
      ...sourceColumns
        .filter((column) => column.comment)
        .map(
          (column) =>
            `COMMENT ON COLUMN ${target}.${quoteIdent(column.name)} IS ${quoteLiteral(column.comment)}`,
        ),
    ];
    const ddl1 = joinStatements([
      `CREATE TABLE ${target} (\n    ${columnDefinitions.join(',\n    ')}\n)`,
      ...comments,
    ]);
    const keyColumns = chooseKey(primary, uniques, mapped, sourceColumns);
    const details: TableDetails = {
      kind: 'table',
      targetSchema: row.schema,
      targetName: row.name,
      partitioned: false,
      columns: mapped.map((column, i) => ({
        name: column.name,
        type: column.type,
        copied: true,
        identity: /auto_increment/i.test(sourceColumns[i]!.extra),
      })),
      key: keyColumns ? keyColumns.map((i) => ({ name: mapped[i]!.name, type: mapped[i]!.type })) : null,
      copyFormat: 'binary',
      pages: 0,
    };
    tables.set(id, { schema: row.schema, name: row.name, columns: mapped, keyColumns: keyColumns ?? [] });
    objects.push({
      owner: row.schema,
      name: row.name,
      type: 'TABLE',
      ddl1,
      ddl2: joinStatements(constraints),
      dataSize: Number(row.dataSize ?? 0),
      rowEstimate: Number(row.rowEstimate ?? 0),
      dependsOn,
      details,
      ...(notes.length > 0 ? { notes } : {}),
    });

    for (const index of tableKeys.filter(
      (key) =>
        key.name !== 'PRIMARY' &&
        !(key.unique && key.kind === 'BTREE' && !key.columns.some((c) => c.subPart !== null)),
    )) {
      const indexObject = indexDdl(row.schema, row.name, index, mapped);
      if (indexObject)
        objects.push({ ...indexObject, dependsOn: [{ owner: row.schema, name: row.name, type: 'TABLE' }] });
    }
  }

  const relations = tableRows.map((row): ObjectRef => ({
    owner: row.schema,
    name: row.name,
    type: row.kind === 'VIEW' ? 'VIEW' : 'TABLE',
  }));
  objects.push(...(await discoverViews(connection, schemas, selection, relations)));
  objects.push(...(await discoverCode(connection, schemas, selection)));
  return { objects, tables };
}

function schemaRef(schema: string): ObjectRef[] {
  return schema === 'public' ? [] : [{ owner: schema, name: schema, type: 'SCHEMA' }];
}

/** The columns of the schemas' tables, or of one table when `onlyTable` names it. */
async function loadColumns(
  connection: MysqlConnection,
  schemas: string[],
  onlyTable: string | null = null,
): Promise<Map<string, Omit<MysqlColumnRow, 'jsonChecked'>[]>> {
  const result = await rows<
    Omit<MysqlColumnRow, 'jsonChecked' | 'nullable'> & { schema: string; nullable: string }
  >(
    connection,
    `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, COLUMN_NAME AS name, ORDINAL_POSITION AS position,
            DATA_TYPE AS dataType, COLUMN_TYPE AS columnType, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS \`default\`,
            EXTRA AS extra, GENERATION_EXPRESSION AS generation, CHARACTER_MAXIMUM_LENGTH AS charMaxLength,
            NUMERIC_PRECISION AS numericPrecision, NUMERIC_SCALE AS numericScale,
            DATETIME_PRECISION AS datetimePrecision, COLUMN_COMMENT AS comment, CHARACTER_SET_NAME AS charset
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (?) AND (? IS NULL OR TABLE_NAME = ?)
     ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION`,
    [schemas, onlyTable, onlyTable],
  );
  const byTable = new Map<string, Omit<MysqlColumnRow, 'jsonChecked'>[]>();
  for (const row of result) {
    const id = `${row.schema}.${row.table}`;
    const list = byTable.get(id) ?? [];
    list.push({
      ...row,
      nullable: row.nullable === 'YES',
      position: Number(row.position),
      charMaxLength: row.charMaxLength === null ? null : Number(row.charMaxLength),
      numericPrecision: row.numericPrecision === null ? null : Number(row.numericPrecision),
      numericScale: row.numericScale === null ? null : Number(row.numericScale),
      datetimePrecision: row.datetimePrecision === null ? null : Number(row.datetimePrecision),
      generation: row.generation || null,
    });
    byTable.set(id, list);
  }
  return byTable;
}

interface IndexInfo {
  name: string;
  unique: boolean;
  kind: string;
  columns: { name: string; subPart: number | null; descending: boolean }[];
}

async function loadKeys(connection: MysqlConnection, schemas: string[]): Promise<Map<string, IndexInfo[]>> {
  const result = await rows<{
    schema: string;
    table: string;
    name: string;
    nonUnique: number;
    kind: string;
    column: string | null;
    subPart: number | null;
    collation: string | null;
  }>(
    connection,
    `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, INDEX_NAME AS name, NON_UNIQUE AS nonUnique,
            INDEX_TYPE AS kind, COLUMN_NAME AS \`column\`, SUB_PART AS subPart, COLLATION AS collation
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (?)
     ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    [schemas],
  );
  const byTable = new Map<string, IndexInfo[]>();
  for (const row of result) {
    const id = `${row.schema}.${row.table}`;
    const list = byTable.get(id) ?? [];
    let index = list.find((i) => i.name === row.name);
    if (!index) {
      index = { name: row.name, unique: Number(row.nonUnique) === 0, kind: row.kind, columns: [] };
      list.push(index);
    }
    if (row.column !== null)
      index.columns.push({
        name: row.column,
        subPart: row.subPart === null ? null : Number(row.subPart),
        descending: row.collation === 'D',
      });
    byTable.set(id, list);
  }
  return byTable;
}

interface CheckInfo {
  name: string;
  clause: string;
  /** Set for MariaDB's json_valid(`column`) checks, which make the column JSON. */
  jsonColumn: string | null;
}

async function loadChecks(
  connection: MysqlConnection,
  schemas: string[],
  mariadb: boolean,
  onlyTable: string | null = null,
): Promise<Map<string, CheckInfo[]>> {
  const result = await rows<{ schema: string; table: string; name: string; clause: string }>(
    connection,
    mariadb
      ? `SELECT CONSTRAINT_SCHEMA AS \`schema\`, TABLE_NAME AS \`table\`, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause
         FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (?) AND (? IS NULL OR TABLE_NAME = ?)`
      : `SELECT tc.TABLE_SCHEMA AS \`schema\`, tc.TABLE_NAME AS \`table\`, tc.CONSTRAINT_NAME AS name, cc.CHECK_CLAUSE AS clause
         FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc
           ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
         WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA IN (?) AND (? IS NULL OR tc.TABLE_NAME = ?)`,
    [schemas, onlyTable, onlyTable],
  );
  const byTable = new Map<string, CheckInfo[]>();
  for (const row of result) {
    const id = `${row.schema}.${row.table}`;
    const json = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(row.clause.trim());
    const list = byTable.get(id) ?? [];
    list.push({
      name: row.name,
      clause: row.clause,
      jsonColumn: json ? json[1]!.replaceAll('``', '`') : null,
    });
    byTable.set(id, list);
  }
  return byTable;
}

interface ForeignKeyInfo {
  name: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
  onUpdate: string;
  onDelete: string;
}

async function loadForeignKeys(
  connection: MysqlConnection,
  schemas: string[],
): Promise<Map<string, ForeignKeyInfo[]>> {
  const result = await rows<{
    schema: string;
    table: string;
    name: string;
    column: string;
    refSchema: string;
    refTable: string;
    refColumn: string;
    onUpdate: string;
    onDelete: string;
  }>(
    connection,
    `SELECT k.TABLE_SCHEMA AS \`schema\`, k.TABLE_NAME AS \`table\`, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS \`column\`,
            k.REFERENCED_TABLE_SCHEMA AS refSchema, k.REFERENCED_TABLE_NAME AS refTable,
            k.REFERENCED_COLUMN_NAME AS refColumn, r.UPDATE_RULE AS onUpdate, r.DELETE_RULE AS onDelete
     FROM information_schema.KEY_COLUMN_USAGE k
     JOIN information_schema.REFERENTIAL_CONSTRAINTS r
       ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
     WHERE k.TABLE_SCHEMA IN (?) AND k.REFERENCED_TABLE_NAME IS NOT NULL
     ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    [schemas],
  );
  const byTable = new Map<string, ForeignKeyInfo[]>();
  for (const row of result) {
    const id = `${row.schema}.${row.table}`;
    const list = byTable.get(id) ?? [];
    let fk = list.find((f) => f.name === row.name);
    if (!fk) {
      fk = {
        name: row.name,
        columns: [],
        refSchema: row.refSchema,
        refTable: row.refTable,
        refColumns: [],
        onUpdate: row.onUpdate,
        onDelete: row.onDelete,
      };
      list.push(fk);
    }
    fk.columns.push(row.column);
    fk.refColumns.push(row.refColumn);
    byTable.set(id, list);
  }
  return byTable;
}

function referentialAction(event: 'UPDATE' | 'DELETE', rule: string): string {
  const action = rule.toUpperCase();
  // MySQL's default RESTRICT and NO ACTION behave alike (checked at once in InnoDB).
  return action === 'RESTRICT' || action === 'NO ACTION' ? '' : ` ON ${event} ${action}`;
}

/**
 * The key used for chunks and check: the primary key, else a unique key of NOT NULL
 * columns, if all its columns map to types that sort the same everywhere.
 */
function chooseKey(
  primary: IndexInfo | undefined,
  uniques: IndexInfo[],
  mapped: MappedColumn[],
  source: Omit<MysqlColumnRow, 'jsonChecked'>[],
): number[] | null {
  for (const key of [primary, ...uniques]) {
    if (!key || key.columns.some((c) => c.subPart !== null)) continue;
    const positions = key.columns.map((c) => mapped.findIndex((m) => m.name === c.name));
    if (positions.some((p) => p < 0)) continue;
    if (positions.every((p) => RANGE_KEY_TYPES.test(mapped[p]!.type) && !source[p]!.nullable))
      return positions;
  }
  return null;
}

/**
 * A secondary index as an INDEX object. MySQL names indexes per table, PostgreSQL per
 * schema: the target name is <table>_<index>. Prefix indexes index the whole column
 * (unique ones the prefix, to keep their meaning); FULLTEXT becomes a GIN index over
 * to_tsvector('simple', ...); SPATIAL indexes are left out (the column is text).
 */
function indexDdl(
  schema: string,
  table: string,
  index: IndexInfo,
  mapped: MappedColumn[],
): Omit<DiscoveredObject, 'dependsOn'> | null {
  const name = `${table}_${index.name}`.slice(0, 63);
  const target = qualified(schema, table);
  const ref = { owner: schema, name, type: 'INDEX' as const };
  const object = (ddl1: string, error?: string): Omit<DiscoveredObject, 'dependsOn'> => ({
    ...ref,
    ddl1,
    ddl2: '',
    dataSize: 0,
    rowEstimate: 0,
    details: { kind: 'index', table },
    ...(error ? { error } : {}),
  });
  if (index.kind === 'SPATIAL') return null;
  if (index.kind === 'FULLTEXT') {
    const document = index.columns.map((c) => `coalesce(${quoteIdent(c.name)}, '')`).join(` || ' ' || `);
    return object(
      `CREATE INDEX ${quoteIdent(name)} ON ${target} USING gin (to_tsvector('simple', ${document}));`,
    );
  }
  const parts = index.columns.map((column) => {
    const type = mapped.find((m) => m.name === column.name)?.type ?? '';
    const order = column.descending ? ' DESC' : '';
    if (column.subPart !== null && index.unique) {
      const prefix =
        type === 'bytea'
          ? `substring(${quoteIdent(column.name)} FROM 1 FOR ${column.subPart})`
          : `left(${quoteIdent(column.name)}, ${column.subPart})`;
      return `(${prefix})${order}`;
    }
    return `${quoteIdent(column.name)}${order}`;
  });
  return object(
    `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(name)} ON ${target} (${parts.join(', ')});`,
  );
}

/** A column default in PostgreSQL, or a note saying why it was dropped. */
function defaultExpression(
  column: Omit<MysqlColumnRow, 'jsonChecked'>,
  mapped: MappedColumn,
  mariadb: boolean,
): { sql?: string; note?: string } {
  const value = column.default;
  if (value === null || (mariadb && value === 'NULL')) return {};
  if (/^current_timestamp(\(\d*\))?$/i.test(value)) return { sql: 'CURRENT_TIMESTAMP' };
  let literal: string;
  if (mariadb) {
    const quoted = /^'((?:[^'\\]|''|\\.)*)'$/s.exec(value);
    if (quoted) literal = quoted[1]!.replace(/''/g, "'").replace(/\\(.)/gs, '$1');
    else if (/^-?[0-9.]+(e[-+]?[0-9]+)?$/i.test(value)) literal = value;
    else return { note: `default ${value} is not translated` };
  } else {
    if (/DEFAULT_GENERATED/i.test(column.extra)) return { note: `default ${value} is not translated` };
    literal = value;
  }
  if (/^0000-00-00/.test(literal)) return { note: `default ${literal} (a zero date) is dropped` };
  if (mapped.wire.type === 'bool') return { sql: literal === '0' ? 'false' : 'true' };
  if (mapped.wire.type === 'bit') return { note: `default ${value} of a bit column is not translated` };
  if (mapped.convert === 'set') {
    const members = literal === '' ? [] : literal.split(',');
    return {
      sql: `${quoteLiteral(`{${members.map((m) => `"${m.replace(/["\\]/g, '\\$&')}"`).join(',')}}`)}::text[]`,
    };
  }
  return { sql: `${quoteLiteral(literal)}::${mapped.type}` };
}

/**
 * Views, translated from MySQL by the translator's mysql dialect. MySQL stores a view's
 * query with every name qualified in backticks (`shop`.`orders`), so the relations it
 * reads are found by those names. Views are created by the constraints step, after the
 * keys (see below). A view the translator cannot take is recorded with its
 * MySQL text and the translator's message (stage r), to be fixed by hand.
 */
async function discoverViews(
  connection: MysqlConnection,
  schemas: string[],
  selection: Selection,
  relations: readonly ObjectRef[],
): Promise<DiscoveredObject[]> {
  const views = await rows<{ schema: string; name: string; definition: string }>(
    connection,
    `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS name, VIEW_DEFINITION AS definition
     FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (?) ORDER BY TABLE_SCHEMA, TABLE_NAME`,
    [schemas],
  );
  return views
    .filter((view) => isSelected(selection, view.schema, view.name))
    .map((view) => {
      const target = qualified(view.schema, view.name);
      const dependsOn = [
        ...schemaRef(view.schema),
        ...relations.filter(
          (relation) =>
            !(relation.owner === view.schema && relation.name === view.name) &&
            view.definition.includes(qualifiedMysql(relation.owner, relation.name)),
        ),
      ];
      const object = {
        owner: view.schema,
        name: view.name,
        type: 'VIEW' as const,
        ddl2: '',
        dataSize: 0,
        rowEstimate: 0,
        dependsOn,
        // MySQL lets a view group by a table's key and select the table's other columns;
        // PostgreSQL allows it only once the key exists, so views wait for constraints.
        details: { afterConstraints: true },
      };
      try {
        const translation = translate(view.definition, { from: 'mysql' });
        const review = translation.diagnostics.map((d) => `${d.construct}: ${d.message}`);
        return {
          ...object,
          ddl1: `CREATE VIEW ${target} AS ${translation.sql};`,
          ...(review.length > 0 ? { notes: review.map((note) => `translation to review: ${note}`) } : {}),
        };
      } catch (error) {
        return {
          ...object,
          ddl1: `CREATE VIEW ${target} AS ${view.definition};`,
          error: `needs translation: ${messageOf(error)}; fix ddl1 and retry the object`,
        };
      }
    });
}

/**
 * A CHECK clause in PostgreSQL, by the MySQL translator. It reads the clause as the WHERE
 * condition of a query, where a comparison stays boolean (in a select list MySQL makes it
 * an integer), and hands back the condition it wrote.
 */
function checkExpression(clause: string): { sql: string; review: string[] } | { problem: string } {
  const prefix = 'SELECT 1 WHERE ';
  try {
    const translation = translate(`${prefix}${clause}`, { from: 'mysql' });
    if (!translation.sql.startsWith(prefix)) return { problem: 'the translation changed its shape' };
    return {
      sql: translation.sql.slice(prefix.length),
      review: translation.diagnostics.map((d) => `${d.construct}: ${d.message}`),
    };
  } catch (error) {
    return { problem: messageOf(error) };
  }
}

/** Triggers, functions and procedures: recorded with their MySQL bodies, for review. */
async function discoverCode(
  connection: MysqlConnection,
  schemas: string[],
  selection: Selection,
): Promise<DiscoveredObject[]> {
  const triggers = await rows<{
    schema: string;
    name: string;
    table: string;
    timing: string;
    event: string;
    body: string;
  }>(
    connection,
    `SELECT TRIGGER_SCHEMA AS \`schema\`, TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS \`table\`,
            ACTION_TIMING AS timing, EVENT_MANIPULATION AS event, ACTION_STATEMENT AS body
     FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN (?) ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME`,
    [schemas],
  );
  const routines = await rows<{ schema: string; name: string; kind: string; body: string | null }>(
    connection,
    `SELECT ROUTINE_SCHEMA AS \`schema\`, ROUTINE_NAME AS name, ROUTINE_TYPE AS kind, ROUTINE_DEFINITION AS body
     FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN (?) ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME`,
    [schemas],
  );
  const review = 'needs review: MySQL code is recorded with its body in ddl1 and not translated';
  return [
    ...triggers
      .filter((trigger) => isSelected(selection, trigger.schema, trigger.table))
      .map((trigger) => ({
        owner: trigger.schema,
        name: trigger.name,
        type: 'TRIGGER' as const,
        ddl1: `-- MySQL: ${trigger.timing} ${trigger.event} ON ${trigger.table} FOR EACH ROW\n${trigger.body}`,
        ddl2: '',
        dataSize: 0,
        rowEstimate: 0,
        dependsOn: [{ owner: trigger.schema, name: trigger.table, type: 'TABLE' as const }],
        details: {},
        error: review,
      })),
    ...routines
      .filter((routine) => isSelected(selection, routine.schema, routine.name))
      .map((routine) => ({
        owner: routine.schema,
        name: routine.name,
        type: (routine.kind === 'PROCEDURE' ? 'PROCEDURE' : 'FUNCTION') as 'PROCEDURE' | 'FUNCTION',
        ddl1: `-- MySQL ${routine.kind.toLowerCase()}\n${routine.body ?? ''}`,
        ddl2: '',
        dataSize: 0,
        rowEstimate: 0,
        dependsOn: schemaRef(routine.schema),
        details: {},
        error: review,
      })),
  ];
}

/** A table's read mapping, as discovery made it, for the data and check steps. */
export async function loadMysqlTable(
  connection: MysqlConnection,
  table: TableToCopy,
  options: TypeOptions,
): Promise<MysqlTable> {
  const id = `${table.owner}.${table.name}`;
  const [columns, checks] = await Promise.all([
    loadColumns(connection, [table.owner], table.name),
    loadChecks(connection, [table.owner], options.mariadb, table.name),
  ]);
  const jsonColumns = new Set(
    (checks.get(id) ?? []).flatMap((check) => (check.jsonColumn ? [check.jsonColumn] : [])),
  );
  const copied = new Set(
    table.details.columns.filter((column) => column.copied).map((column) => column.name),
  );
  const mapped = (columns.get(id) ?? [])
    .filter((column) => copied.has(column.name))
    .map((column) =>
      mapColumn(table.owner, { ...column, jsonChecked: jsonColumns.has(column.name) }, options),
    );
  if (mapped.length !== copied.size) {
    throw new DecantError(
      'SOURCE_CHANGED',
      `Table ${id} no longer has the columns init recorded (${[...copied].join(', ')})`,
      {
        hint: 'The source changed since init: run init again with --erase, or put the columns back',
        context: { object: id },
      },
    );
  }
  requireRecordedTypes(id, table, mapped);
  const keyColumns = (table.details.key ?? []).map((key) =>
    mapped.findIndex((column) => column.name === key.name),
  );
  return { schema: table.owner, name: table.name, columns: mapped, keyColumns };
}

/**
 * The target table was created with the types init recorded; rows encoded for other types
 * (a mapping option changed since init, or the column's type in MySQL) would be refused by
 * COPY at best, and read as other values at worst (int4 and float4 take the same 4 bytes).
 */
function requireRecordedTypes(id: string, table: TableToCopy, mapped: readonly MappedColumn[]): void {
  const recorded = new Map(table.details.columns.map((column) => [column.name, column.type]));
  const changed = mapped.filter((column) => recorded.get(column.name) !== column.type);
  if (changed.length === 0) return;
  const list = changed
    .map((column) => `"${column.name}" (${recorded.get(column.name)} at init, ${column.type} now)`)
    .join(', ');
  throw new DecantError(
    'SOURCE_CHANGED',
    `Table ${id}: the column(s) ${list} no longer map to the type init gave them in the target`,
    {
      hint:
        'A type option (mysqlTinyint1AsBoolean, mysqlEnums) differs from the one init ran with, or the column ' +
        'changed in MySQL: run with the options init had, or run init again with --erase',
      context: { object: id, column: changed[0]!.name },
    },
  );
}
