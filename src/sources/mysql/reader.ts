/**
 * Reads a chunk of a MySQL/MariaDB table as a stream of rows and, for the data step,
 * as PostgreSQL binary COPY. Rows stream from the server with backpressure (mysql2 pauses
 * the socket), never a whole result in memory. Values arrive as the server prints them and
 * mysql2 parses them without a typeCast: decimals, dates and times as text, integers as
 * numbers (a 64-bit one beyond 2^53 as its text), floats as the double their text reads as,
 * and text and binary columns as bytes (text columns are selected as their UTF-8 bytes, so
 * the encoder checks them and nothing is re-decoded), so nothing is rounded.
 *
 * The data step is CPU-bound in one thread, so the hot path is short: each row goes from
 * mysql2's generated row parser straight into the COPY encoder, with no stream in
 * between and no per-value callback.
 */
import { Readable } from 'node:stream';
import type { Connection as CallbackConnection, Query } from 'mysql2';
import { qualifiedMysql } from '../../core/sql/ident.js';
import { CopyRowEncoder, type ValuePolicies, type WireType } from '../../target/copy/binary-encoder.js';
import type { ChunkPlan, SourceRow, SourceValue } from '../source.js';
import type { MysqlConnection } from './connect.js';
import { keyColumnsOf, mysqlRangePredicate } from './chunks.js';
import type { MysqlTable } from './catalog.js';
import type { TableToCopy } from '../source.js';

/** Wire types whose columns are read as text: they are selected as UTF-8 bytes instead. */
const TEXT_WIRES = new Set<WireType>(['text', 'json', 'jsonb', 'text[]']);

/**
 * A text column's value as its UTF-8 bytes: a binary string, which mysql2 hands over as a
 * Buffer instead of decoding it (and replacing bytes that are not UTF-8 unseen). CONVERT
 * makes the bytes UTF-8 whatever the column's character set, as the utf8mb4 session does for
 * text it sends; a column stored in UTF-8 needs only the CAST (the CONVERT cost MariaDB
 * 0.3-0.7 s of CPU per read of the benchmark's big table).
 */
function asUtf8Bytes(column: MysqlTable['columns'][number]): string {
  return column.storedUtf8
    ? `CAST(${column.read} AS BINARY)`
    : `CAST(CONVERT(${column.read} USING utf8mb4) AS BINARY)`;
}

/** Turns a row's read values into the encoder's in place (booleans from tinyint, set members); undefined when none needs it. */
function rowConverter(columns: MysqlTable['columns']): ((row: SourceValue[]) => void) | undefined {
  const booleans = columns.flatMap((column, index) => (column.convert === 'tinyint-boolean' ? [index] : []));
  const sets = columns.flatMap((column, index) => (column.convert === 'set' ? [index] : []));
  if (booleans.length === 0 && sets.length === 0) return undefined;
  return (row) => {
    for (const index of booleans) {
      const value = row[index];
      if (value !== null && value !== undefined) row[index] = value !== 0;
    }
    for (const index of sets) {
      const value = row[index];
      if (value === null || value === undefined) continue;
      const text = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
      row[index] = text === '' ? [] : text.split(',');
    }
  };
}

/** The SELECT of a chunk's rows in column order, and its parameters. */
function chunkQuery(table: TableToCopy, columns: MysqlTable['columns'], chunk: ChunkPlan) {
  const select = columns
    .map((column) => (TEXT_WIRES.has(column.wire.type) ? asUtf8Bytes(column) : column.read))
    .join(', ');
  const range =
    chunk.kind === 'key'
      ? mysqlRangePredicate(keyColumnsOf(table), chunk.lower, chunk.upper)
      : { sql: '1=1', values: [] as unknown[] };
  return {
    sql: `SELECT ${select} FROM ${qualifiedMysql(table.owner, table.name)} WHERE ${range.sql}`,
    values: range.values,
  };
}

function startQuery(
  connection: MysqlConnection,
  table: TableToCopy,
  mysqlTable: MysqlTable,
  chunk: ChunkPlan,
): { core: CallbackConnection; query: Query } {
  const { sql, values } = chunkQuery(table, mysqlTable.columns, chunk);
  const core = (connection as unknown as { connection: CallbackConnection }).connection;
  return { core, query: core.query({ sql, values, rowsAsArray: true }) };
}

/**
 * The chunk as PostgreSQL binary COPY data: each row the query parses is encoded at once,
 * and a chunk of bytes is pushed when one is full. The connection pauses while the stream's
 * buffer is full, and resumes when it is read. If the stream ends early (destroyed by its
 * reader, or by a value the encoder refuses), the rest of the result is read and dropped,
 * which leaves the session usable. `_rowsBuf` is not used: the stream's buffer sets the pace.
 */
export function readMysqlChunk(
  connection: MysqlConnection,
  table: TableToCopy,
  mysqlTable: MysqlTable,
  chunk: ChunkPlan,
  policies: ValuePolicies,
  _rowsBuf: number,
): Readable {
  const encoder = new CopyRowEncoder(
    mysqlTable.columns.map((column) => column.wire),
    policies,
    { table: `${table.owner}.${table.name}`, keyColumns: mysqlTable.keyColumns },
  );
  const convert = rowConverter(mysqlTable.columns);
  const { core, query } = startQuery(connection, table, mysqlTable, chunk);
  const out = new Readable({ read: () => core.resume() });
  const onRow = (row: SourceValue[]): void => {
    if (out.destroyed) return;
    convert?.(row);
    try {
      encoder.encode(row);
    } catch (error) {
      out.destroy(error as Error);
      return;
    }
    if (encoder.full && !out.push(encoder.take())) core.pause();
  };
  query.on('result', onRow);
  query.once('end', () => {
    if (out.destroyed) return;
    out.push(encoder.finish());
    out.push(null);
  });
  query.once('error', (error: Error) => out.destroy(error));
  out.once('close', () => {
    query.off('result', onRow);
    core.resume();
  });
  return out;
}

/** Rows of a chunk in batches, for check's canonical hashing. */
export async function* mysqlRowBatches(
  connection: MysqlConnection,
  table: TableToCopy,
  mysqlTable: MysqlTable,
  chunk: ChunkPlan,
  batchSize: number,
): AsyncIterable<readonly SourceRow[]> {
  const convert = rowConverter(mysqlTable.columns);
  const rows = startQuery(connection, table, mysqlTable, chunk).query.stream({ highWaterMark: batchSize });
  let batch: SourceRow[] = [];
  for await (const row of rows as AsyncIterable<SourceValue[]>) {
    convert?.(row);
    batch.push(row);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
