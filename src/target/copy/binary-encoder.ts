/**
 * Rows of JavaScript values (MySQL/MariaDB and SQLite sources) into PostgreSQL's binary
 * COPY format: the stream the target's `COPY ... FROM STDIN (FORMAT binary)` reads. It
 * owns the wire format and the value policies; reading the source and running the COPY
 * are the caller's.
 *
 * The hot path: one writer function per column chosen up front (field-writers.ts), every
 * field written in place into one growing Buffer, handed on in chunks of about 64 kB. No
 * Buffer or string is made per value unless a value needs repair.
 *
 * Values PostgreSQL cannot hold (docs/sources/value-policies.md): a NUL character in text
 * or JSON (and \u0000 in jsonb) follows `nulCharacters`, a Buffer of invalid UTF-8 for a
 * text column follows `invalidUtf8`, a zero, impossible or out-of-range date follows
 * `invalidDates`. Anything else that does not fit its type (wrong form, out of range) is
 * always an error. Every error is DATA_VALUE_REJECTED and names table, key and column.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { DecantError } from '../../core/errors.js';
import { CopyBuffer } from './copy-buffer.js';
import { fieldWriter, type FieldWriter } from './field-writers.js';
import { REJECT_HINTS, RejectedValue, previewValue } from './rejected-value.js';

/** PostgreSQL types by their binary wire format. `text` also serves varchar, char(n), citext and enum labels (enum_recv takes the label). */
export type WireType =
  | 'bool'
  | 'int2'
  | 'int4'
  | 'int8'
  | 'numeric'
  | 'float4'
  | 'float8'
  | 'text'
  | 'bytea'
  | 'date'
  | 'time'
  | 'timestamp'
  | 'timestamptz'
  | 'interval'
  | 'json'
  | 'jsonb'
  | 'uuid'
  | 'bit'
  | 'text[]';

export interface WireColumn {
  name: string;
  type: WireType;
  /** bit: the n of bit(n) / bit varying(n); a value's bit count is n. */
  bits?: number;
}

export type SourceValue = string | Buffer | number | bigint | boolean | readonly string[] | null;

/** What to do with a value PostgreSQL cannot hold. 'error' is every default. */
export interface ValuePolicies {
  /** U+0000 in text/json */
  nulCharacters: 'error' | 'remove' | 'null';
  /** a Buffer given for a text column that is not UTF-8 ('replace' = U+FFFD) */
  invalidUtf8: 'error' | 'replace' | 'null';
  /** zero dates like 0000-00-00 or 2020-00-10, and dates PostgreSQL's range cannot hold */
  invalidDates: 'error' | 'null';
}

export interface EncodeContext {
  /** schema.table, for messages. */
  table: string;
  /** Indexes of the key columns in the row, for messages (empty: the message names the row number in the chunk). */
  keyColumns: readonly number[];
}

export interface CopyEncoderStream extends Transform {
  /** Rows encoded so far. */
  readonly rowCount: number;
}

/** "PGCOPY\n\377\r\n\0", then int32 flags 0 and int32 header extension length 0. */
const HEADER = Buffer.from([
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
]);
/** A chunk is handed on once it reaches this size. */
const FLUSH_BYTES = 64 * 1024;
/** Room for a chunk and the row that crosses the flush mark, so most rows never make the buffer grow. */
const BUFFER_BYTES = 2 * FLUSH_BYTES;
/** Rows a writer may queue before write() asks it to wait. */
const QUEUED_ROWS = 1024;

/** An objectMode Writable side (rows: SourceValue[] in column order) and a Buffer Readable side: header, tuples, trailer. */
export function createCopyEncoder(
  columns: readonly WireColumn[],
  policies: ValuePolicies,
  context: EncodeContext,
): CopyEncoderStream {
  return new BinaryCopyEncoder(new CopyRowEncoder(columns, policies, context));
}

/**
 * The encoder without a stream around it, for a reader that pulls rows itself (a
 * synchronous source such as SQLite, or a parser's row callback): no per-row stream call,
 * only `encode`, and `take` once `full`.
 */
export class CopyRowEncoder {
  private readonly writers: FieldWriter[];
  private readonly out = new CopyBuffer(BUFFER_BYTES);
  private rows = 0;

  constructor(
    private readonly columns: readonly WireColumn[],
    policies: ValuePolicies,
    private readonly context: EncodeContext,
  ) {
    this.writers = columns.map((column) => fieldWriter(column, policies));
    this.out.reserve(HEADER.length);
    this.out.copy(HEADER);
  }

  get rowCount(): number {
    return this.rows;
  }

  /** True when a chunk's worth of bytes waits to be taken. */
  get full(): boolean {
    return this.out.position >= FLUSH_BYTES;
  }

  /** The bytes encoded since the last take (the header first); the caller owns them. */
  take(): Buffer {
    return this.out.take();
  }

  /** The trailer and every byte not yet taken: the end of the COPY data. */
  finish(): Buffer {
    this.out.reserve(2);
    this.out.int16(-1);
    return this.out.take();
  }

  /** Encodes one row; a value the column cannot take throws DATA_VALUE_REJECTED naming table, key and column. */
  encode(row: unknown): void {
    const writers = this.writers;
    const count = writers.length;
    if (!Array.isArray(row) || row.length !== count) throw this.malformedRow(row);
    const values: readonly (SourceValue | undefined)[] = row;
    const out = this.out;
    out.reserve(2);
    out.int16(count);
    for (let index = 0; index < count; index++) {
      const value = values[index];
      if (value === null) {
        out.reserve(4);
        out.int32(-1);
        continue;
      }
      try {
        if (value === undefined) throw new RejectedValue('format', 'undefined (a reader must give null)');
        writers[index]!(out, value);
      } catch (error) {
        throw this.rejection(error, values, index);
      }
    }
    this.rows++;
  }

  private rejection(error: unknown, row: readonly (SourceValue | undefined)[], index: number): unknown {
    if (!(error instanceof RejectedValue)) return error;
    const column = this.columns[index]!;
    const key = this.describeKey(row);
    const where = this.context.keyColumns.length > 0 ? `row ${key}` : key;
    return new DecantError(
      'DATA_VALUE_REJECTED',
      `Table ${this.context.table}, ${where}, column "${column.name}" (${column.type}): ${error.problem}: ${previewValue(row[index])}`,
      {
        hint: REJECT_HINTS[error.reason],
        context: { table: this.context.table, column: column.name, key, reason: error.reason },
      },
    );
  }

  /** `id=17, line=3` from the key columns, or the row's number in this chunk. */
  private describeKey(row: readonly (SourceValue | undefined)[]): string {
    const keys = this.context.keyColumns;
    if (keys.length === 0) return `row ${this.rows + 1} of the chunk`;
    return keys.map((index) => `${this.columns[index]?.name}=${keyText(row[index])}`).join(', ');
  }

  private malformedRow(row: unknown): DecantError {
    const shape = Array.isArray(row) ? `${row.length} values` : previewValue(row);
    return new DecantError(
      'INTERNAL',
      `Table ${this.context.table}, row ${this.rows + 1} of the chunk: the reader gave ${shape} for ${this.columns.length} columns`,
      { context: { table: this.context.table } },
    );
  }
}

class BinaryCopyEncoder extends Transform implements CopyEncoderStream {
  constructor(private readonly rows: CopyRowEncoder) {
    super({ writableObjectMode: true, writableHighWaterMark: QUEUED_ROWS });
  }

  get rowCount(): number {
    return this.rows.rowCount;
  }

  override _transform(row: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.rows.encode(row);
    } catch (error) {
      callback(error as Error);
      return;
    }
    if (this.rows.full) this.push(this.rows.take());
    callback();
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.rows.finish());
  }
}

/** Key values as an operator would type them: numbers plain, text as is unless it needs quotes. */
function keyText(value: SourceValue | undefined): string {
  if (typeof value === 'string' && /^[\w.:-]{1,40}$/.test(value)) return value;
  return previewValue(value);
}
