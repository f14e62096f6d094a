/**
 * Catalog discovery of a SQLite database (the engine-specific half of `init`). SQLite has
 * one schema, `main`; its objects go to one target schema, `public` unless the selection
 * names another, and that schema is also their owner in the ledger (as for a PostgreSQL
 * source, where owner and target schema are one): the engine finds tables, foreign-key
 * targets and sequences by owner. Owns the order of the families and the selection.
 *
 * @example
 *   discoverSqlite(db, { schemas: [], include: [], exclude: [] }, { narrow: false, mismatch: 'error' });
 *   // → [{ owner: 'public', name: 'users', type: 'TABLE', ddl1: 'CREATE TABLE "public"."users" (...);', ... }, ...]
 */
import { DecantError } from '../../../core/errors.js';
import { quoteIdent } from '../../../core/sql/ident.js';
import { matchesPattern } from '../../selection-pattern.js';
import type { DiscoveredObject, ObjectRef, Selection } from '../../source.js';
import type { SqliteDatabase } from '../connect.js';
import {
  DEFAULT_TARGET_SCHEMA,
  SQLITE_SCHEMA,
  type CatalogContext,
  type CatalogOptions,
  type TableEntry,
} from './context.js';
import { discoverIndexes } from './indexes.js';
import { btreeSizes, estimatedBytes } from './sizes.js';
import { createNameSpace } from './names.js';
import { discoverTable, tableColumns } from './tables.js';
import { discoverTrigger } from './triggers.js';
import { discoverView } from './views.js';

export { DEFAULT_TARGET_SCHEMA, SQLITE_SCHEMA } from './context.js';

interface SchemaRow {
  type: 'table' | 'view' | 'index' | 'trigger';
  name: string;
  tbl_name: string;
  sql: string | null;
}

interface TableListRow {
  name: string;
  type: 'table' | 'view' | 'shadow' | 'virtual';
  wr: number;
}

/** The target schema of a selection: none or `main` → public; one other name → that name. */
export function targetSchemaOf(selection: Pick<Selection, 'schemas'>): string {
  const named = [...new Set(selection.schemas.filter((schema) => schema !== SQLITE_SCHEMA))];
  if (named.length > 1) {
    throw new DecantError(
      'CONFIG_INVALID',
      `A SQLite source has one schema, but the selection names ${named.length}: ${named.join(', ')}`,
      {
        hint: `Name at most one schema (users): the target schema the SQLite objects go to (default ${DEFAULT_TARGET_SCHEMA})`,
        context: { key: 'users' },
      },
    );
  }
  return named[0] ?? DEFAULT_TARGET_SCHEMA;
}

export function discoverSqlite(
  db: SqliteDatabase,
  selection: Selection,
  options: CatalogOptions,
): DiscoveredObject[] {
  const schema = targetSchemaOf(selection);
  const selected = (name: string): boolean => {
    const matches = (pattern: string): boolean =>
      matchesPattern(pattern, SQLITE_SCHEMA, name) || matchesPattern(pattern, schema, name);
    return (
      (selection.include.length === 0 || selection.include.some(matches)) && !selection.exclude.some(matches)
    );
  };
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .safeIntegers(false)
    .all() as SchemaRow[];
  const kinds = new Map(
    (
      db
        .prepare(`SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main'`)
        .safeIntegers(false)
        .all() as TableListRow[]
    ).map((row) => [row.name, row]),
  );
  const sizes = btreeSizes(db);
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const tableRows = rows.filter((row) => row.type === 'table' && kinds.get(row.name)?.type !== 'shadow');
  const names = createNameSpace();
  for (const row of rows) names.reserve(row.name);
  const primaryKeys = new Map<string, string[]>();
  const ctx: CatalogContext = {
    db,
    schema,
    options,
    found: [],
    names,
    tableNames: new Map(tableRows.map((row) => [row.name.toLowerCase(), row.name])),
    columnName: (table, name) =>
      tableColumns(ctx, table).find((column) => column.name.toLowerCase() === name.toLowerCase())?.name ??
      name,
    primaryKeyOf(table) {
      let key = primaryKeys.get(table);
      if (!key) {
        key = tableColumns(ctx, table)
          .filter((column) => column.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((column) => column.name);
        primaryKeys.set(table, key);
      }
      return key;
    },
  };

  if (schema !== DEFAULT_TARGET_SCHEMA) {
    ctx.found.push({
      owner: schema,
      name: schema,
      type: 'SCHEMA',
      ddl1: `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};`,
      ddl2: '',
      dataSize: 0,
      rowEstimate: 0,
      dependsOn: [],
      details: {},
    });
  }
  const relations = new Map<string, ObjectRef>();
  for (const row of tableRows.filter((r) => selected(r.name))) {
    const kind = kinds.get(row.name);
    const count = Number(
      db
        .prepare(`SELECT count(*) FROM main.${quoteIdent(row.name)}`)
        .pluck()
        .safeIntegers(false)
        .get(),
    );
    const bytes =
      sizes?.get(row.name) ??
      estimatedBytes(
        db,
        row.name,
        tableColumns(ctx, row.name)
          .filter((column) => column.hidden !== 1)
          .map((column) => column.name),
        count,
      );
    const entry: TableEntry = {
      name: row.name,
      sql: row.sql ?? '',
      withoutRowid: kind?.wr === 1,
      virtual: kind?.type === 'virtual',
      bytes,
      pages: Math.ceil(bytes / pageSize),
      rows: count,
    };
    discoverTable(ctx, entry);
    relations.set(row.name.toLowerCase(), { owner: schema, name: row.name, type: 'TABLE' });
    const columns = new Map(
      tableColumns(ctx, row.name).map((column) => [column.name.toLowerCase(), column.name]),
    );
    discoverIndexes(ctx, row.name, columns, sizes ?? new Map());
  }
  const views = rows.filter((row) => row.type === 'view' && selected(row.name));
  for (const view of views)
    relations.set(view.name.toLowerCase(), { owner: schema, name: view.name, type: 'VIEW' });
  for (const view of views) discoverView(ctx, { name: view.name, sql: view.sql ?? '' }, relations);
  for (const trigger of rows.filter((row) => row.type === 'trigger')) {
    const parent = relations.get(trigger.tbl_name.toLowerCase());
    if (parent) discoverTrigger(ctx, { name: trigger.name, parent, sql: trigger.sql ?? '' });
  }
  return withSchemaDependency(ctx.found, schema);
}

/** Every object needs the schema it is created in, when Decant creates that schema. */
function withSchemaDependency(objects: DiscoveredObject[], schema: string): DiscoveredObject[] {
  if (!objects.some((object) => object.type === 'SCHEMA')) return objects;
  const ref: ObjectRef = { owner: schema, name: schema, type: 'SCHEMA' };
  return objects.map((object) =>
    object.type === 'SCHEMA' ? object : { ...object, dependsOn: [...object.dependsOn, ref] },
  );
}
