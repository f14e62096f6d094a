/**
 * Reads a chunk of a MySQL/MariaDB table as a stream of rows and, for the data step,
 * as PostgreSQL binary COPY. Rows stream from the server with backpressure (mysql2 pauses
 * the socket), never a whole result in memory. Values arrive as the server prints them:
 * decimals and dates as text, integers as numbers (parsed from their digits by mysql2; a
 * 64-bit one as text), text and binary columns as bytes (UTF-8 for text, since the session
 * is utf8mb4; the encoder checks it), so nothing is rounded or re-decoded.
 *
 * The data step is CPU-bound in one thread, so the hot path is short: each row goes from
 * mysql2's parser straight into the COPY encoder, with no object stream in between.
 */
import type { Readable } from 'node:stream';
import type { Connection as CallbackConnection, Query } from 'mysql2';
import { qualifiedMysql } from '../../core/sql/ident.js';
import { createCopyEncoder, type ValuePolicies } from '../../target/copy/binary-encoder.js';
import type { ChunkPlan, SourceRow, SourceValue } from '../source.js';
import type { MysqlConnection } from './connect.js';
import { keyColumnsOf, mysqlRangePredicate } from './chunks.js';
import type { MysqlTable } from './catalog.js';
import type { TableToCopy } from '../source.js';

interface CastField {
  type: string;
  buffer(): Buffer | null;
  string(): string | null;
}

/**
 * One value as the encoder takes it. Integers up to 32 bits go through mysql2's own digit
 * loop (a number, no string made); BIGINT stays text, as the connection asks
 * (bigNumberStrings), so that no digit is lost.
 */
function castValue(field: CastField, next: () => unknown): SourceValue {
  switch (field.type) {
    case 'TINY':
    case 'SHORT':
    case 'INT24':
    case 'LONG':
    case 'YEAR':
      return next() as number | null;
    case 'BLOB':
    case 'STRING':
    case 'VAR_STRING':
    case 'BIT':
    case 'JSON':
    case 'GEOMETRY':
      return field.buffer();
    default:
      return field.string();
  }
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
  const select = columns.map((column) => column.read).join(', ');
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
  return { core, query: core.query({ sql, values, rowsAsArray: true, typeCast: castValue as never }) };
}

/**
 * The chunk as PostgreSQL binary COPY data: the encoder itself, fed from the query's rows.
 * The connection pauses while the encoder's queue is full, and resumes when it drains.
 * If the stream ends early (destroyed by its reader, or by a value the encoder refuses),
 * the rest of the result is read and dropped, which leaves the session usable.
 * `_rowsBuf` is not used: the encoder's own queue sets the pace.
 */
export function readMysqlChunk(
  connection: MysqlConnection,
  table: TableToCopy,
  mysqlTable: MysqlTable,
  chunk: ChunkPlan,
  policies: ValuePolicies,
  _rowsBuf: number,
): Readable {
  const encoder = createCopyEncoder(
    mysqlTable.columns.map((column) => column.wire),
    policies,
    { table: `${table.owner}.${table.name}`, keyColumns: mysqlTable.keyColumns },
  );
  const convert = rowConverter(mysqlTable.columns);
  const { core, query } = startQuery(connection, table, mysqlTable, chunk);
  const onRow = (row: SourceValue[]): void => {
    if (encoder.destroyed) return;
    convert?.(row);
    if (!encoder.write(row)) core.pause();
  };
  const onDrain = (): void => core.resume();
  query.on('result', onRow);
  query.once('end', () => {
    if (!encoder.destroyed) encoder.end();
  });
  query.once('error', (error: Error) => encoder.destroy(error));
  encoder.on('drain', onDrain);
  encoder.once('close', () => {
    query.off('result', onRow);
    encoder.off('drain', onDrain);
    core.resume();
  });
  return encoder;
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
