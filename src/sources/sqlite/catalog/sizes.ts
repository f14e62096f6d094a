/**
 * How many bytes a table or index takes, for chunk sizes and for copying the largest
 * tables first: from the dbstat virtual table when SQLite has it (it is compiled into
 * better-sqlite3's SQLite), else, and for virtual tables, which have no b-tree of their
 * own, estimated from the row count and the mean size of the first rows.
 */
import { quoteIdent } from '../../../core/sql/ident.js';
import type { SqliteDatabase } from '../connect.js';

/** Rows whose values are measured for the estimate. */
const SAMPLE_ROWS = 1000;

/**
 * Bytes per table and index, overflow pages included, in one pass over the file
 * (https://www.sqlite.org/dbstat.html); null when this SQLite has no dbstat.
 */
export function btreeSizes(db: SqliteDatabase): Map<string, number> | null {
  let rows: { name: string; pgsize: number }[];
  try {
    rows = db.prepare(`SELECT name, pgsize FROM dbstat('main', 1)`).safeIntegers(false).all() as typeof rows;
  } catch {
    return null;
  }
  return new Map(rows.map((row) => [row.name, row.pgsize]));
}

/** rows × the mean size of the values of the first rows (each value as SQLite's bytes, one more for its header). */
export function estimatedBytes(
  db: SqliteDatabase,
  table: string,
  columns: readonly string[],
  rows: number,
): number {
  if (rows === 0 || columns.length === 0) return 0;
  const size = columns
    .map((column) => `coalesce(length(CAST(s.${quoteIdent(column)} AS BLOB)), 0) + 1`)
    .join(' + ');
  const mean = db
    .prepare(`SELECT avg(${size}) FROM (SELECT * FROM main.${quoteIdent(table)} LIMIT ${SAMPLE_ROWS}) AS s`)
    .pluck()
    .safeIntegers(false)
    .get() as number | null;
  return Math.round((mean ?? 0) * rows);
}
