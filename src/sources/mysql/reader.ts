/**
 * Reads a chunk of a MySQL/MariaDB table as a stream of rows and, for the data step,
 * as PostgreSQL binary COPY. Rows stream from the server with backpressure (mysql2 pauses
 * the socket), never a whole result in memory. Values arrive as the server prints them:
 * numbers and dates as text, text and binary columns as bytes (UTF-8 for text, since the
 * session is utf8mb4; the encoder checks it), so nothing is rounded or re-decoded.
 */
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { PassThrough, Transform } from 'node:stream';
import type { Connection as CallbackConnection } from 'mysql2';
import { qualifiedMysql } from '../../core/sql/ident.js';
import { createCopyEncoder, type ValuePolicies } from '../../target/copy/binary-encoder.js';
import type { ChunkPlan, SourceRow, SourceValue } from '../source.js';
import type { MysqlConnection } from './connect.js';
import { keyColumnsOf, mysqlRangePredicate } from './chunks.js';
import type { MysqlTable } from './catalog.js';
import type { TableToCopy } from '../source.js';

/** Field types whose bytes are read as they are: text in UTF-8, binary as it is, bits. */
const BYTE_TYPES = new Set(['BLOB', 'STRING', 'VAR_STRING', 'BIT', 'JSON', 'GEOMETRY']);

interface CastField {
  type: string;
  buffer(): Buffer | null;
  string(): string | null;
}

function castValue(field: CastField): SourceValue {
  return BYTE_TYPES.has(field.type) ? field.buffer() : field.string();
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

/** Rows of a chunk as an object stream of SourceRow, converted for the encoder. */
export function streamRows(
  connection: MysqlConnection,
  table: TableToCopy,
  mysqlTable: MysqlTable,
  chunk: ChunkPlan,
  highWaterMark: number,
): Readable {
  const { sql, values } = chunkQuery(table, mysqlTable.columns, chunk);
  const core = (connection as unknown as { connection: CallbackConnection }).connection;
  const rows = core
    .query({ sql, values, rowsAsArray: true, typeCast: castValue as never })
    .stream({ highWaterMark });
  const conversions = mysqlTable.columns
    .map((column, index) => ({ index, convert: column.convert }))
    .filter((entry) => entry.convert !== undefined);
  if (conversions.length === 0) return rows;
  const convert = new Transform({
    objectMode: true,
    highWaterMark,
    transform(row: SourceValue[], _encoding, callback) {
      for (const { index, convert } of conversions) {
        const value = row[index];
        if (value === null || value === undefined) continue;
        const text = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
        row[index] = convert === 'tinyint-boolean' ? text !== '0' : text === '' ? [] : text.split(',');
      }
      callback(null, row);
    },
  });
  rows.on('error', (error) => convert.destroy(error));
  return rows.pipe(convert);
}

/** The chunk as PostgreSQL binary COPY data. */
export function readMysqlChunk(
  connection: MysqlConnection,
  table: TableToCopy,
  mysqlTable: MysqlTable,
  chunk: ChunkPlan,
  policies: ValuePolicies,
  highWaterMark: number,
): Readable {
  const encoder = createCopyEncoder(
    mysqlTable.columns.map((column) => column.wire),
    policies,
    { table: `${table.owner}.${table.name}`, keyColumns: mysqlTable.keyColumns },
  );
  const out = new PassThrough();
  pipeline(streamRows(connection, table, mysqlTable, chunk, highWaterMark), encoder, out).catch(
    (error: Error) => out.destroy(error),
  );
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
  let batch: SourceRow[] = [];
  for await (const row of streamRows(connection, table, mysqlTable, chunk, batchSize)) {
    batch.push(row as SourceRow);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
