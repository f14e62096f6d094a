/**
 * The benchmark dataset's tables (dataset.ts) as a MySQL/MariaDB and a SQLite application
 * would declare them: each column with its natural type in either engine and how its
 * values are read out of `bench_src`, and the same primary keys, unique key, secondary
 * indexes and foreign keys as the PostgreSQL source.
 *
 * Owns the declarations only; mysql-dataset.ts and sqlite-dataset.ts copy the rows.
 */
import { quoteIdent } from '../src/core/sql/ident.js';

/**
 * How a value leaves PostgreSQL for an engine that has no such type: timestamps as UTC text
 * with microseconds, booleans as 0/1, JSON as its text, dates as text, bytes as they are
 * (hex for MySQL's LOAD DATA).
 */
export type ValueKind = 'plain' | 'timestamp' | 'boolean' | 'json' | 'date' | 'bytes';

export interface EngineColumn {
  name: string;
  mysql: string;
  sqlite: string;
  kind: ValueKind;
  nullable: boolean;
}

export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

export interface EngineTable {
  name: string;
  columns: EngineColumn[];
  primaryKey: string;
  unique: { name: string; columns: string[] }[];
  indexes: { name: string; columns: string[] }[];
  foreignKeys: ForeignKey[];
}

function column(
  name: string,
  mysql: string,
  sqlite: string,
  options: { kind?: ValueKind; nullable?: boolean } = {},
): EngineColumn {
  return { name, mysql, sqlite, kind: options.kind ?? 'plain', nullable: options.nullable ?? false };
}

const fk = (columns: string, table: string, references: string): ForeignKey => ({
  columns: [columns],
  table,
  references: [references],
});

const ts = { kind: 'timestamp' } as const;

/** In dependency order (referenced tables first). */
export const ENGINE_TABLES: readonly EngineTable[] = [
  {
    name: 'currencies',
    columns: [
      column('code', 'varchar(8)', 'TEXT'),
      column('name', 'varchar(64)', 'TEXT'),
      column('rate', 'decimal(18,8)', 'NUMERIC(18,8)'),
      column('updated_on', 'date', 'DATE', { kind: 'date' }),
    ],
    primaryKey: 'code',
    unique: [],
    indexes: [],
    foreignKeys: [],
  },
  {
    name: 'branches',
    columns: [
      column('id', 'int', 'INTEGER'),
      column('name', 'varchar(64)', 'TEXT'),
      column('city', 'varchar(64)', 'TEXT'),
      column('opened_at', 'datetime(6)', 'DATETIME', ts),
    ],
    primaryKey: 'id',
    unique: [],
    indexes: [],
    foreignKeys: [],
  },
  {
    name: 'settings',
    columns: [
      column('key', 'varchar(64)', 'TEXT'),
      column('value', 'json', 'JSON', { kind: 'json' }),
      column('updated_at', 'timestamp(6)', 'DATETIME', ts),
    ],
    primaryKey: 'key',
    unique: [],
    indexes: [],
    foreignKeys: [],
  },
  {
    name: 'accounts',
    columns: [
      column('id', 'bigint', 'INTEGER'),
      column('branch_id', 'int', 'INTEGER'),
      column('owner', 'varchar(64)', 'TEXT'),
      column('email', 'varchar(255)', 'TEXT'),
      column('currency', 'varchar(8)', 'TEXT'),
      column('balance', 'decimal(14,2)', 'NUMERIC(14,2)'),
      column('opened_at', 'datetime(6)', 'DATETIME', ts),
      column('closed', 'tinyint(1)', 'BOOLEAN', { kind: 'boolean' }),
      column('limits', 'json', 'JSON', { kind: 'json', nullable: true }),
    ],
    primaryKey: 'id',
    unique: [{ name: 'accounts_email_key', columns: ['email'] }],
    indexes: [],
    foreignKeys: [fk('branch_id', 'branches', 'id'), fk('currency', 'currencies', 'code')],
  },
  {
    name: 'transfers',
    columns: [
      column('id', 'bigint', 'INTEGER'),
      column('from_account', 'bigint', 'INTEGER'),
      column('to_account', 'bigint', 'INTEGER'),
      column('currency', 'varchar(8)', 'TEXT'),
      column('amount', 'decimal(14,2)', 'NUMERIC(14,2)'),
      column('booked_at', 'datetime(6)', 'DATETIME', ts),
      column('value_date', 'date', 'DATE', { kind: 'date' }),
      column('memo', 'varchar(255)', 'TEXT', { nullable: true }),
    ],
    primaryKey: 'id',
    unique: [],
    indexes: [{ name: 'transfers_from_account_idx', columns: ['from_account'] }],
    foreignKeys: [
      fk('from_account', 'accounts', 'id'),
      fk('to_account', 'accounts', 'id'),
      fk('currency', 'currencies', 'code'),
    ],
  },
  {
    name: 'big',
    columns: [
      column('id', 'bigint', 'INTEGER'),
      column('account_id', 'bigint', 'INTEGER'),
      column('quantity', 'int', 'INTEGER'),
      column('amount', 'decimal(14,2)', 'NUMERIC(14,2)', { nullable: true }),
      column('label', 'varchar(100)', 'TEXT'),
      column('description', 'text', 'TEXT', { nullable: true }),
      column('created_at', 'datetime(6)', 'DATETIME', ts),
      column('due_on', 'date', 'DATE', { kind: 'date', nullable: true }),
      column('active', 'tinyint(1)', 'BOOLEAN', { kind: 'boolean', nullable: true }),
      column('ref', 'char(36)', 'TEXT'),
      column('attrs', 'json', 'JSON', { kind: 'json', nullable: true }),
    ],
    primaryKey: 'id',
    unique: [],
    indexes: [
      { name: 'big_account_id_idx', columns: ['account_id'] },
      { name: 'big_created_at_idx', columns: ['created_at'] },
    ],
    foreignKeys: [fk('account_id', 'accounts', 'id')],
  },
  {
    name: 'blobs',
    columns: [
      column('id', 'bigint', 'INTEGER'),
      column('big_id', 'bigint', 'INTEGER'),
      column('mime', 'varchar(64)', 'TEXT'),
      column('content', 'longblob', 'BLOB', { kind: 'bytes' }),
    ],
    primaryKey: 'id',
    unique: [],
    indexes: [],
    foreignKeys: [fk('big_id', 'big', 'id')],
  },
];

/**
 * The SELECT list that reads a table's columns out of `bench_src` in the form the engine
 * loads; `bytes` says how byte columns travel (hex text for LOAD DATA, raw for SQLite).
 */
export function pgSelectList(table: EngineTable, bytes: 'hex' | 'raw'): string {
  return table.columns
    .map(({ name, kind }) => {
      const value = quoteIdent(name);
      switch (kind) {
        case 'timestamp':
          return `to_char(${value} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`;
        case 'boolean':
          return `${value}::int`;
        case 'json':
        case 'date':
          return `${value}::text`;
        case 'bytes':
          return bytes === 'hex' ? `encode(${value}, 'hex')` : value;
        case 'plain':
          return value;
      }
    })
    .join(', ');
}
