/**
 * What the SQLite catalog's families share while discovering: the database, the target
 * schema that is also the ledger's owner, the type options, the objects found so far,
 * one name space for generated constraint names, and the tables by name. Also how DDL
 * text is put together (statements, then notes as SQL comments).
 */
import type { DiscoveredObject } from '../../source.js';
import type { SqliteDatabase } from '../connect.js';
import type { NameSpace } from './names.js';

/** SQLite's own schema name; a selection may name it to mean "the default target schema". */
export const SQLITE_SCHEMA = 'main';
export const DEFAULT_TARGET_SCHEMA = 'public';

export interface CatalogOptions {
  /** sqliteNarrowTypes: scan columns and pick the narrowest exact type. */
  narrow: boolean;
  /** sqliteTypeMismatch: 'text' scans columns and makes those with mismatched values text. */
  mismatch: 'error' | 'text';
}

export interface TableEntry {
  name: string;
  sql: string;
  withoutRowid: boolean;
  virtual: boolean;
  /** Bytes of the table's b-tree (overflow pages included). */
  bytes: number;
  pages: number;
  rows: number;
}

export interface CatalogContext {
  db: SqliteDatabase;
  /** The target schema, which is also the owner of every object in the ledger. */
  schema: string;
  options: CatalogOptions;
  found: DiscoveredObject[];
  names: NameSpace;
  /** Every table of the database (selected or not) by lower-cased name → its name. */
  tableNames: Map<string, string>;
  /** A column's declared name from any spelling of it (SQLite names are case-insensitive). */
  columnName(table: string, name: string): string;
  primaryKeyOf(table: string): string[];
}

/** Statements separated by ';', then each note on a line of its own as an SQL comment. */
export function joinDdl(statements: readonly string[], notes: readonly string[] = []): string {
  const sql = statements.length ? `${statements.join(';\n')};` : '';
  return [sql, ...notes.map((note) => `-- ${oneLine(note)}`)].filter((part) => part !== '').join('\n');
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
