/**
 * The SQLite source adapter: discovery from sqlite_schema and PRAGMAs, chunk planning by
 * rowid or integer-key ranges, one read transaction shared by a data run's readers,
 * chunk reads encoded into binary COPY, identity values from max(rowid) and
 * sqlite_sequence, and rows for check's canonical hashing. The file is opened read-only.
 *
 * @example
 *   const source = await createSqliteSource('sqlite:///data/app.db', config);
 *   source.describe(); // → 'SQLite 3.45.1 database /data/app.db (WAL)'
 */
import type { Config } from '../../core/config/schema.js';
import type { ChunkReader, RowSource, SourceAdapter, TableToCopy } from '../source.js';
import { discoverSqlite } from './catalog/index.js';
import { planSqliteChunks } from './chunks.js';
import { openDatabase, sqlitePathOf, type SqliteDatabase } from './connect.js';
import { encodedColumnsOf, readChunk, type ReadOptions } from './reader.js';
import { closeDatabase } from './rows.js';
import { createSqliteRowSource } from './row-source.js';
import { scanDatabase, type TableScan } from './scan.js';
import { sqliteSequenceValues } from './sequences.js';
import { openSnapshot, snapshotDatabase } from './snapshot.js';

export type SqliteOptions = Pick<
  Config,
  'sqliteTypeMismatch' | 'sqliteNarrowTypes' | 'rowsBuf' | 'nulCharacters' | 'invalidUtf8' | 'invalidDates'
>;

export async function createSqliteSource(location: string, config: SqliteOptions): Promise<SourceAdapter> {
  const path = sqlitePathOf(location);
  const main = openDatabase(path);
  const version = String(main.prepare('SELECT sqlite_version()').pluck().get());
  const journal = String(main.pragma('journal_mode', { simple: true })).toUpperCase();
  const readOptions = (table: TableToCopy): ReadOptions => ({
    mismatch: config.sqliteTypeMismatch,
    tableLabel: `${table.details.targetSchema}.${table.details.targetName}`,
    rowsBuf: config.rowsBuf,
    policies: {
      nulCharacters: config.nulCharacters,
      invalidUtf8: config.invalidUtf8,
      invalidDates: config.invalidDates,
    },
  });
  const readerOn = (db: SqliteDatabase, close: () => void): ChunkReader => ({
    read: async (table, chunk) => readChunk(db, table, chunk, readOptions(table)),
    close: async () => close(),
  });
  const rowSourceOn = (db: SqliteDatabase): RowSource =>
    createSqliteRowSource(
      db,
      (table) => readOptions(table),
      () => db.close(),
    );
  return {
    kind: 'sqlite',
    capabilities: { copyPassthrough: false, hashInDatabase: false },
    describe: () => `SQLite ${version} database ${path} (${journal})`,
    discover: async (selection) =>
      discoverSqlite(main, selection, {
        narrow: config.sqliteNarrowTypes,
        mismatch: config.sqliteTypeMismatch,
      }),
    planChunks: async (table, chunkBytes) => planSqliteChunks(main, table, chunkBytes),
    openSnapshot: async (joinSnapshotId) => openSnapshot(path, joinSnapshotId),
    async openReader(snapshot) {
      if (snapshot) return readerOn(snapshotDatabase(snapshot, path), () => undefined);
      const db = openDatabase(path);
      return readerOn(db, () => closeDatabase(db));
    },
    sequenceValues: async (schemas) => sqliteSequenceValues(main, schemas),
    openHasher: async (canonical) => canonical(rowSourceOn(openDatabase(path))),
    async openScanReader() {
      const db = openDatabase(path);
      return {
        ...createSqliteRowSource(
          db,
          (table) => ({ ...readOptions(table), mismatch: 'report' }),
          () => db.close(),
        ),
        encodedColumns: async (table) => encodedColumnsOf(table, readOptions(table).tableLabel),
      };
    },
    async close() {
      closeDatabase(main);
    },
  };
}

/** The column scan of every table of a SQLite file (scan.ts), for a preflight: nothing is written anywhere. */
export function scanSqliteFile(location: string, narrow: boolean): TableScan[] {
  const db = openDatabase(sqlitePathOf(location));
  try {
    return scanDatabase(db, narrow);
  } finally {
    db.close();
  }
}
