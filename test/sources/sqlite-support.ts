/**
 * SQLite source files for tests: a fresh file in a temporary directory, made and filled
 * by better-sqlite3 (a real SQLite), and a PostgreSQL target beside it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDatabase } from '../support/databases.js';

/** Makes a SQLite file with `sql` run in it; returns its path. */
export function createSqliteFile(sql: string, options: { wal?: boolean } = {}): string {
  const path = join(mkdtempSync(join(tmpdir(), 'decant-sqlite-')), 'source.db');
  const db = new Database(path);
  try {
    if (options.wal) db.pragma('journal_mode = WAL');
    db.exec(sql);
  } finally {
    db.close();
  }
  return path;
}

/** Runs `use` with a writable connection to the file (for rows tests add on their own). */
export function withSqlite<T>(path: string, use: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export async function sqliteTarget(): Promise<string> {
  return createDatabase('sqlite_tgt');
}
