/**
 * TABLE objects of a SQLite database. ddl1 is CREATE TABLE with each column's target type
 * (types.ts, narrowed or made text by the scan when asked), NOT NULL, the defaults that
 * mean the same in PostgreSQL, and the rowid alias (INTEGER PRIMARY KEY, with or without
 * AUTOINCREMENT) as an identity column; what cannot follow is noted in SQL comments.
 * ddl2 holds the primary key, UNIQUE constraints, CHECKs and foreign keys. Not owned
 * here: CREATE INDEX indexes (indexes.ts), sizes (sizes.ts).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef, TableDetails } from '../../source.js';
import type { SqliteLayout, SqliteTableDetails } from '../layout.js';
import { rowidAliasOf } from '../rowid-alias.js';
import { scanTable, type ScanColumn } from '../scan.js';
import { declaredMapping, type ColumnMapping, type TargetKind } from '../types.js';
import { joinDdl, oneLine, type CatalogContext, type TableEntry } from './context.js';
import { translateDefault, translateExpression } from './expressions.js';
import { parseCreateTable, type TableText } from './schema-text.js';
import { tokenize } from './tokens.js';

interface ColumnRow {
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}

interface IndexListRow {
  name: string;
  unique: number;
  origin: 'c' | 'u' | 'pk';
  partial: number;
}

interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

/** The column that reads the rowid: the first of its three names that no column takes. */
const ROWID_NAMES = ['rowid', '_rowid_', 'oid'];

const INTEGER_KINDS: readonly TargetKind[] = ['int2', 'int4', 'int8'];

/** Collations PostgreSQL's default (deterministic, case-sensitive) comparison does not follow. */
const FOREIGN_COLLATIONS = new Set(['NOCASE', 'RTRIM']);

export function tableColumns(ctx: CatalogContext, table: string): ColumnRow[] {
  return ctx.db
    .prepare(
      `SELECT cid, name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?, 'main') ORDER BY cid`,
    )
    .safeIntegers(false)
    .all(table) as ColumnRow[];
}

export function discoverTable(ctx: CatalogContext, entry: TableEntry): void {
  const columns = tableColumns(ctx, entry.name)
    .filter((column) => column.hidden !== 1)
    // A virtual table's columns (FTS5's) have no type and hold text: they are taken as TEXT.
    .map((column) => (entry.virtual && column.type.trim() === '' ? { ...column, type: 'TEXT' } : column));
  const text = parseCreateTable(entry.sql);
  const indexes = ctx.db
    .prepare(`SELECT name, "unique", origin, partial FROM pragma_index_list(?, 'main')`)
    .safeIntegers(false)
    .all(entry.name) as IndexListRow[];
  const primaryKey = columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
  const aliasColumn = rowidAliasOf(ctx.db, entry.name);

  const mappings = chooseMappings(ctx, entry.name, columns, aliasColumn);
  const target = qualified(ctx.schema, entry.name);
  const notes: string[] = [];
  const definitions = columns.map((column, i) =>
    columnDefinition(column, mappings[i]!, column.name === aliasColumn, text, notes),
  );
  if (entry.virtual) notes.push(`SQLite virtual table: ${oneLine(entry.sql)}`);
  const ddl1 = joinDdl([`CREATE TABLE ${target} (\n  ${definitions.join(',\n  ')}\n)`], notes);

  const byLowerName = new Map(columns.map((column) => [column.name.toLowerCase(), column.name]));
  const constraints = constraintStatements(ctx, entry, target, primaryKey, indexes, text, byLowerName);

  const rowidName = entry.withoutRowid ? null : (ROWID_NAMES.find((name) => !byLowerName.has(name)) ?? null);
  const key = keyOf(entry, columns, mappings, primaryKey, aliasColumn);
  const layout: SqliteLayout = {
    withoutRowid: entry.withoutRowid,
    rowidName,
    primaryKey,
    columns: columns.map((column, i) => ({
      declared: column.type,
      kind: mappings[i]!.mapping.kind,
      asText: mappings[i]!.asText,
    })),
  };
  const details: SqliteTableDetails = {
    kind: 'table',
    targetSchema: ctx.schema,
    targetName: entry.name,
    partitioned: false,
    columns: columns.map((column, i) => ({
      name: column.name,
      type: mappings[i]!.mapping.type,
      copied: true,
      identity: column.name === aliasColumn,
    })),
    key,
    copyFormat: 'binary',
    pages: entry.pages,
    sqlite: layout,
  };
  ctx.found.push({
    owner: ctx.schema,
    name: entry.name,
    type: 'TABLE',
    ddl1,
    ddl2: joinDdl(constraints.statements, constraints.notes),
    dataSize: entry.bytes,
    rowEstimate: entry.rows,
    dependsOn: constraints.references.map((name): ObjectRef => ({ owner: ctx.schema, name, type: 'TABLE' })),
    details: details as TableDetails,
    ...(notes.length + constraints.notes.length > 0 ? { notes: [...notes, ...constraints.notes] } : {}),
    ...(entry.virtual
      ? {
          error:
            'needs review: a SQLite virtual table; it is created as a plain table with the columns SQLite shows, ' +
            "and its rows are copied as SELECT reads them (set stage='I' to accept, or edit ddl1)",
        }
      : {}),
  });
}

interface ChosenMapping {
  mapping: ColumnMapping;
  /** Made text because its values do not all fit the chosen type (sqliteTypeMismatch 'text'). */
  asText: boolean;
}

function chooseMappings(
  ctx: CatalogContext,
  table: string,
  columns: readonly ColumnRow[],
  aliasColumn: string | null,
): ChosenMapping[] {
  const declared = columns.map((column) => declaredMapping(column.type));
  if (!ctx.options.narrow && ctx.options.mismatch !== 'text') {
    return declared.map((mapping) => ({ mapping, asText: false }));
  }
  const scan = scanTable(
    ctx.db,
    table,
    columns.map((column): ScanColumn => ({
      name: column.name,
      declared: column.type,
      fixed: column.name === aliasColumn,
    })),
    ctx.options.narrow,
  );
  return scan.map((column) =>
    ctx.options.mismatch === 'text' && column.misfits > 0
      ? { mapping: { ...column.chosen, kind: 'text', type: 'text' }, asText: true }
      : { mapping: column.chosen, asText: false },
  );
}

function columnDefinition(
  column: ColumnRow,
  chosen: ChosenMapping,
  alias: boolean,
  text: TableText,
  notes: string[],
): string {
  const name = quoteIdent(column.name);
  const parts = [name, chosen.mapping.type];
  const facts = text.columns.get(column.name.toLowerCase());
  if (alias) {
    parts.push('GENERATED BY DEFAULT AS IDENTITY');
  } else if (column.notnull) {
    parts.push('NOT NULL');
  }
  if (column.dflt_value !== null && !alias) {
    const translated = translateDefault(tokenize(column.dflt_value), chosen.mapping.kind);
    if (translated && 'sql' in translated) parts.push(`DEFAULT ${translated.sql}`);
    else if (translated)
      notes.push(
        `column ${name}: the SQLite default ${oneLine(column.dflt_value)} is not translated (${translated.unsupported})`,
      );
  }
  if (chosen.asText)
    notes.push(
      `column ${name}: declared ${column.type || 'without a type'}, holds values of other types: text`,
    );
  if (facts?.collation && FOREIGN_COLLATIONS.has(facts.collation.toUpperCase())) {
    notes.push(
      `column ${name}: SQLite compares it with COLLATE ${facts.collation}; PostgreSQL compares exactly`,
    );
  }
  if (facts?.generated) {
    notes.push(
      `column ${name}: generated in SQLite as (${oneLine(facts.generated)}); its values are copied as they are`,
    );
  }
  return parts.join(' ');
}

function keyOf(
  entry: TableEntry,
  columns: readonly ColumnRow[],
  mappings: readonly ChosenMapping[],
  primaryKey: readonly string[],
  aliasColumn: string | null,
): TableDetails['key'] {
  if (aliasColumn) return [{ name: aliasColumn, type: 'bigint' }];
  if (!entry.withoutRowid) return null;
  const key = primaryKey.map((name) => {
    const i = columns.findIndex((column) => column.name === name);
    return { name, type: mappings[i]!.mapping.type, kind: mappings[i]!.mapping.kind };
  });
  return key.every((column) => INTEGER_KINDS.includes(column.kind))
    ? key.map(({ name, type }) => ({ name, type }))
    : null;
}

function constraintStatements(
  ctx: CatalogContext,
  entry: TableEntry,
  target: string,
  primaryKey: readonly string[],
  indexes: readonly IndexListRow[],
  text: TableText,
  byLowerName: Map<string, string>,
): { statements: string[]; notes: string[]; references: string[] } {
  const alter = `ALTER TABLE ONLY ${target}`;
  const statements: string[] = [];
  const notes: string[] = [];
  const columnList = (names: readonly string[]): string => names.map(quoteIdent).join(', ');
  if (primaryKey.length > 0) {
    const name = ctx.names.take([entry.name], 'pkey');
    statements.push(`${alter} ADD CONSTRAINT ${quoteIdent(name)} PRIMARY KEY (${columnList(primaryKey)})`);
  }
  for (const index of indexes.filter((i) => i.origin === 'u')) {
    const keyColumns = indexColumns(ctx, index.name);
    const name = ctx.names.take([entry.name, ...keyColumns], 'key');
    statements.push(`${alter} ADD CONSTRAINT ${quoteIdent(name)} UNIQUE (${columnList(keyColumns)})`);
  }
  for (const check of text.checks) {
    const fallback = [entry.name, ...(check.column ? [check.column] : [])];
    const translated = translateExpression(check.expression, byLowerName, entry.name);
    const original = oneLine(check.expression.map((token) => token.text).join(' '));
    if ('sql' in translated) {
      const name = check.name
        ? ctx.names.keep(check.name, fallback, 'check')
        : ctx.names.take(fallback, 'check');
      statements.push(`${alter} ADD CONSTRAINT ${quoteIdent(name)} CHECK (${translated.sql})`);
    } else {
      notes.push(`SQLite CHECK (${original}) is not translated (${translated.unsupported}): add it by hand`);
    }
  }
  const references = new Set<string>();
  for (const fk of foreignKeys(ctx, entry.name)) {
    const parent = ctx.tableNames.get(fk.table.toLowerCase());
    if (!parent) {
      notes.push(`SQLite foreign key to "${fk.table}", a table that does not exist, is left out`);
      continue;
    }
    const from = fk.from.map((name) => byLowerName.get(name.toLowerCase()) ?? name);
    const to = fk.to.every((name) => name !== null)
      ? (fk.to as string[]).map((name) => ctx.columnName(parent, name))
      : ctx.primaryKeyOf(parent);
    const name = ctx.names.take([entry.name, ...from], 'fkey');
    const actions = [`ON UPDATE ${fk.onUpdate}`, `ON DELETE ${fk.onDelete}`].filter(
      (a) => !a.endsWith('NO ACTION'),
    );
    statements.push(
      `${alter} ADD CONSTRAINT ${quoteIdent(name)} FOREIGN KEY (${columnList(from)}) REFERENCES ${qualified(ctx.schema, parent)} (${columnList(to)})${actions.map((a) => ` ${a}`).join('')}`,
    );
    if (parent !== entry.name) references.add(parent);
  }
  return { statements, notes, references: [...references] };
}

function indexColumns(ctx: CatalogContext, index: string): string[] {
  const rows = ctx.db
    .prepare(`SELECT name FROM pragma_index_xinfo(?, 'main') WHERE key = 1 ORDER BY seqno`)
    .safeIntegers(false)
    .all(index) as { name: string | null }[];
  return rows.map((row) => row.name ?? '');
}

interface ForeignKey {
  table: string;
  from: string[];
  to: (string | null)[];
  onUpdate: string;
  onDelete: string;
}

function foreignKeys(ctx: CatalogContext, table: string): ForeignKey[] {
  const rows = ctx.db
    .prepare(
      `SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?, 'main') ORDER BY id, seq`,
    )
    .safeIntegers(false)
    .all(table) as ForeignKeyRow[];
  const byId = new Map<number, ForeignKey>();
  for (const row of rows) {
    const fk = byId.get(row.id) ?? {
      table: row.table,
      from: [],
      to: [],
      onUpdate: row.on_update,
      onDelete: row.on_delete,
    };
    fk.from.push(row.from);
    fk.to.push(row.to);
    byId.set(row.id, fk);
  }
  return [...byId.values()];
}
