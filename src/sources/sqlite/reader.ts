/**
 * Reading chunks of a SQLite source as PostgreSQL binary COPY streams: rows (rows.ts) go
 * into the binary COPY encoder, which applies the value policies (NUL characters,
 * invalid UTF-8, dates) and writes COPY's wire format. Rows are pushed only while the
 * stream asks for more (`rowsBuf` rows at most at a time), so the statement is stepped at
 * the pace of the target and the event loop runs between batches.
 */
import { PassThrough, Readable } from 'node:stream';
import { DecantError } from '../../core/errors.js';
import {
  createCopyEncoder,
  type ValuePolicies,
  type WireColumn,
  type WireType,
} from '../../target/copy/binary-encoder.js';
import type { ChunkPlan, EncodedColumns, TableToCopy } from '../source.js';
import type { SqliteDatabase } from './connect.js';
import { layoutOf } from './layout.js';
import { openChunkRows, type ChunkRows, type RowsOptions } from './rows.js';
import type { TargetKind } from './types.js';

const WIRE: Record<TargetKind, WireType> = {
  int2: 'int2',
  int4: 'int4',
  int8: 'int8',
  float8: 'float8',
  numeric: 'numeric',
  text: 'text',
  varchar: 'text',
  json: 'json',
  bytea: 'bytea',
  bool: 'bool',
  date: 'date',
  timestamp: 'timestamp',
};

/**
 * A batch also ends at about this many bytes of values. Small enough that a batch of any
 * table stays in V8's young generation (`rowsBuf` rows of a wide table did not: promoted,
 * they made the copy slower and its peak RSS higher), large enough that a batch still
 * holds hundreds of ordinary rows.
 */
const BATCH_BYTES = 256 * 1024;

export interface ReadOptions extends RowsOptions {
  rowsBuf: number;
  policies: ValuePolicies;
}

/** A row stream that steps the statement only when asked (better-sqlite3 is synchronous). */
class RowStream extends Readable {
  constructor(
    private readonly rows: ChunkRows,
    batch: number,
  ) {
    super({ objectMode: true, highWaterMark: batch });
  }

  override _read(size: number): void {
    try {
      const batch = this.rows.next(size, BATCH_BYTES);
      for (const row of batch.rows) this.push(row);
      if (batch.done) this.push(null);
    } catch (error) {
      this.destroy(error as Error);
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.rows.close();
    callback(error);
  }
}

/** The copied columns with the wire types their target kinds are written in, and the key's positions. */
export function encodedColumnsOf(table: TableToCopy, tableLabel: string): EncodedColumns {
  const layout = layoutOf(table.details, tableLabel);
  const copied = table.details.columns.filter((column) => column.copied);
  const columns: WireColumn[] = copied.map((column, i) => ({
    name: column.name,
    type: WIRE[layout.columns[i]!.kind],
  }));
  const keyColumns = layout.primaryKey
    .map((name) => copied.findIndex((column) => column.name === name))
    .filter((index) => index >= 0);
  return { columns, keyColumns };
}

export function readChunk(
  db: SqliteDatabase,
  table: TableToCopy,
  chunk: ChunkPlan,
  options: ReadOptions,
): Readable {
  const { columns, keyColumns } = encodedColumnsOf(table, options.tableLabel);
  const rows = openChunkRows(db, table, chunk, options);
  const source = new RowStream(rows, options.rowsBuf);
  const encoder = createCopyEncoder(columns, options.policies, { table: options.tableLabel, keyColumns });
  const out = new PassThrough();
  let ended = false;
  source.pipe(encoder).pipe(out);
  out.on('end', () => (ended = true));
  source.on('error', (error) => {
    encoder.destroy();
    out.destroy(error);
  });
  encoder.on('error', (error) => {
    source.destroy();
    out.destroy(keyColumns.length === 0 ? withRowLocated(error, rows) : error);
  });
  out.on('close', () => {
    if (!ended) {
      source.destroy();
      encoder.destroy();
    }
  });
  return out;
}

/**
 * The encoder names a row of a table without a key by its number in the chunk; the rowid
 * is what finds it in SQLite.
 */
function withRowLocated(error: Error, rows: ChunkRows): Error {
  if (!(error instanceof DecantError) || typeof error.context.key !== 'string') return error;
  const numbered = /^row (\d+) of the chunk$/.exec(error.context.key);
  if (!numbered) return error;
  const located = rows.locate(Number(numbered[1]));
  return new DecantError(error.code, error.message.replace(error.context.key, located), {
    ...(error.hint ? { hint: error.hint } : {}),
    context: { ...error.context, key: located },
    cause: error,
  });
}
