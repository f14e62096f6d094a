/**
 * The SQLite side of check: a chunk's rows as the values the data step copied (rows.ts),
 * in batches, for the engine's canonical hasher; and the middle key of a key range, for
 * narrowing a differing chunk down to its keys.
 */
import { quoteIdent } from '../../core/sql/ident.js';
import type { RowSource, SourceRow, TableToCopy } from '../source.js';
import type { SqliteDatabase } from './connect.js';
import { layoutOf } from './layout.js';
import { addressingOf, chunkWhere, openChunkRows, type RowsOptions } from './rows.js';

/** Rows per batch handed to the hasher, and the bytes of values after which a batch ends early. */
const BATCH_ROWS = 1000;
const BATCH_BYTES = 8 * 1024 * 1024;

export function createSqliteRowSource(
  db: SqliteDatabase,
  optionsOf: (table: TableToCopy) => RowsOptions,
  close: () => void,
): RowSource {
  return {
    async *rows(table, chunk) {
      const rows = openChunkRows(db, table, chunk, optionsOf(table));
      try {
        for (;;) {
          const batch: { rows: SourceRow[]; done: boolean } = rows.next(BATCH_ROWS, BATCH_BYTES);
          if (batch.rows.length > 0) yield batch.rows;
          if (batch.done) return;
          // better-sqlite3 blocks while it steps: let timers and sockets run between batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        rows.close();
      }
    },
    async splitPoint(table, lower, upper, rows) {
      const key = table.details.key;
      if (!key || rows < 2) return null;
      const addressing = addressingOf(layoutOf(table.details, optionsOf(table).tableLabel), key);
      const where = chunkWhere(addressing, { kind: 'key', lower, upper });
      const columns = key.map((column) => `t.${quoteIdent(column.name)}`).join(', ');
      const middle = db
        .prepare(
          `SELECT ${columns} FROM main.${quoteIdent(table.name)} AS t${where.sql} ORDER BY ${columns} LIMIT 1 OFFSET ?`,
        )
        .raw(true)
        .safeIntegers(true)
        .get(...where.params, Math.floor(rows / 2)) as unknown[] | undefined;
      return middle ? middle.map((value) => String(value)) : null;
    },
    async close() {
      close();
    },
  };
}
