/**
 * Copies the benchmark dataset from `bench_src` on PostgreSQL into a new SQLite file, with
 * the types, keys, indexes and foreign keys of engine-schema.ts.
 *
 * Tables are created with their keys (SQLite cannot add them later): an integer key is
 * `INTEGER PRIMARY KEY`, the rowid alias, as SQLite applications declare it. Rows are read
 * in key order, a slice at a time, and inserted by one prepared statement, one transaction
 * per slice; secondary indexes follow. The file ends in rollback-journal mode, SQLite's
 * default. Decimals go in as text and NUMERIC affinity stores them as SQLite would
 * (integers or reals), timestamps and dates as ISO text, booleans as 0/1, JSON as text.
 */
import Database from 'better-sqlite3';
import type pg from 'pg';
import { quoteIdent } from '../src/core/sql/ident.js';
import { withClient } from './pg-client.js';
import { ENGINE_TABLES, pgSelectList, type EngineTable } from './engine-schema.js';

const SLICE_ROWS = 50_000;

const list = (names: string[]): string => names.map(quoteIdent).join(', ');

function createTable(table: EngineTable): string {
  const parts = [
    ...table.columns.map((c) => `${quoteIdent(c.name)} ${c.sqlite}${c.nullable ? '' : ' NOT NULL'}`),
    `PRIMARY KEY (${quoteIdent(table.primaryKey)})`,
    ...table.unique.map((u) => `CONSTRAINT ${quoteIdent(u.name)} UNIQUE (${list(u.columns)})`),
    ...table.foreignKeys.map(
      (f) => `FOREIGN KEY (${list(f.columns)}) REFERENCES ${quoteIdent(f.table)} (${list(f.references)})`,
    ),
  ];
  return `CREATE TABLE ${quoteIdent(table.name)} (${parts.join(', ')})`;
}

async function copyTable(source: pg.Client, db: Database.Database, table: EngineTable): Promise<void> {
  const insert = db.prepare(
    `INSERT INTO ${quoteIdent(table.name)} (${list(table.columns.map((c) => c.name))}) ` +
      `VALUES (${table.columns.map(() => '?').join(', ')})`,
  );
  const insertSlice = db.transaction((rows: unknown[][]) => {
    for (const row of rows) insert.run(row);
  });
  const keyAt = table.columns.findIndex((c) => c.name === table.primaryKey);
  const key = quoteIdent(table.primaryKey);
  const select = `SELECT ${pgSelectList(table, 'raw')} FROM ${quoteIdent(table.name)}`;
  let after: unknown;
  for (;;) {
    const { rows } = await source.query<unknown[]>({
      text: `${select}${after === undefined ? '' : ` WHERE ${key} > $1`} ORDER BY ${key} LIMIT ${SLICE_ROWS}`,
      values: after === undefined ? [] : [after],
      rowMode: 'array',
    });
    insertSlice(rows);
    if (rows.length < SLICE_ROWS) return;
    after = rows[rows.length - 1]![keyAt];
  }
}

/** Creates the SQLite database `file` and fills it from the PostgreSQL database at `sourceUrl`. */
export async function copyDatasetToSqlite(sourceUrl: string, file: string): Promise<void> {
  const db = new Database(file);
  try {
    // For the load only: neither setting is kept in the file.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    for (const table of ENGINE_TABLES) db.exec(createTable(table));
    await withClient(sourceUrl, async (source) => {
      for (const table of ENGINE_TABLES) await copyTable(source, db, table);
    });
    for (const table of ENGINE_TABLES) {
      for (const index of table.indexes)
        db.exec(
          `CREATE INDEX ${quoteIdent(index.name)} ON ${quoteIdent(table.name)} (${list(index.columns)})`,
        );
    }
  } finally {
    db.close();
  }
}
