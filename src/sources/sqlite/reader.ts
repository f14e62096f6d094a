/**
 * Reading chunks of a SQLite source as PostgreSQL binary COPY streams: rows (rows.ts) go
 * into the binary COPY encoder, which applies the value policies (NUL characters,
 * invalid UTF-8, dates) and writes COPY's wire format. The statement is stepped only when
 * the stream asks for more bytes, a batch of at most `rowsBuf` rows at a time, so rows are
 * read at the pace of the target and the event loop runs between chunks. Rows go from
 * SQLite into the encoder with no stream call per row.
 */
import { Readable } from 'node:stream';
import { DecantError } from '../../core/errors.js';
import {
  CopyRowEncoder,
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

/**
 * Bytes a stream encodes before it lets the event loop run. While the target takes every
 * write at once (a loopback socket), a piped stream's reads follow each other without a
 * turn of the loop: a chunk held the thread until its end (measured on the benchmark's
 * chunks of about 60 MB: stalls of 1.0 to 1.8 s; 0.06 to 0.12 s with this), with no
 * progress, no lease renewal, and the other workers' streams waiting.
 */
const YIELD_BYTES = 1024 * 1024;

/** A chunk as COPY bytes: each read steps the statement until a chunk of bytes is encoded. */
class ChunkCopyStream extends Readable {
  private sinceYield = 0;

  constructor(
    private readonly rows: ChunkRows,
    private readonly encoder: CopyRowEncoder,
    private readonly batch: number,
    private readonly located: (error: unknown) => unknown,
  ) {
    super();
  }

  override _read(): void {
    if (this.sinceYield >= YIELD_BYTES) {
      this.sinceYield = 0;
      setImmediate(() => {
        if (!this.destroyed) this._read();
      });
      return;
    }
    try {
      for (;;) {
        const batch = this.rows.next(this.batch, BATCH_BYTES);
        for (const row of batch.rows) this.encoder.encode(row);
        if (batch.done) {
          this.push(this.encoder.finish());
          this.push(null);
          return;
        }
        if (this.encoder.full) {
          const bytes = this.encoder.take();
          this.sinceYield += bytes.length;
          this.push(bytes);
          return;
        }
      }
    } catch (error) {
      this.destroy(this.located(error) as Error);
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
  const encoder = new CopyRowEncoder(columns, options.policies, { table: options.tableLabel, keyColumns });
  const rows = openChunkRows(db, table, chunk, options);
  return new ChunkCopyStream(rows, encoder, options.rowsBuf, (error) =>
    keyColumns.length === 0 ? withRowLocated(error, rows) : error,
  );
}

/**
 * The encoder names a row of a table without a key by its number in the chunk; the rowid
 * is what finds it in SQLite.
 */
function withRowLocated(error: unknown, rows: ChunkRows): unknown {
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
