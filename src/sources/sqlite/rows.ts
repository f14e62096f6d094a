/**
 * A chunk's rows read from SQLite as the values the binary COPY encoder takes, in rowid
 * (or WITHOUT ROWID primary-key) order, a batch at a time. better-sqlite3 is synchronous:
 * a statement is stepped only when the consumer asks for more, so no more than a batch is
 * in memory. Each value is checked against its column's target type: a value of another
 * storage class is a type mismatch (an error naming table, row and column) unless the
 * column was made text. Used by the data reader (reader.ts) and check's RowSource.
 */
import { isUtf8 } from 'node:buffer';
import { DecantError } from '../../core/errors.js';
import { quoteIdent } from '../../core/sql/ident.js';
import {
  RefusedValue,
  type ChunkPlan,
  type SourceRow,
  type SourceValue,
  type TableToCopy,
} from '../source.js';
import type { SqliteDatabase, SqliteStatement } from './connect.js';
import { layoutOf, type SqliteLayout } from './layout.js';
import { encoderValue, storageClassOf, textValue, valueFits, type TargetKind } from './types.js';

/** How a chunk's rows are addressed in SQLite: the columns that locate a row and order the chunk. */
export interface Addressing {
  /** Locator columns (the rowid, or the primary key of a WITHOUT ROWID table), empty when none. */
  locator: string[];
  /** The column chunk bounds apply to: a key column, or the rowid. */
  ranged: string[];
}

export function addressingOf(layout: SqliteLayout, key: TableToCopy['details']['key']): Addressing {
  if (layout.withoutRowid) return { locator: layout.primaryKey, ranged: key ? key.map((k) => k.name) : [] };
  // A rowid table's key is its rowid alias: it names rows as the target will.
  const rowid = key && key.length === 1 ? key[0]!.name : layout.rowidName;
  return { locator: rowid ? [rowid] : [], ranged: rowid ? [rowid] : [] };
}

/** WHERE clause and parameters of a chunk: bounds compare as integers, as SQLite orders them. */
export function chunkWhere(
  addressing: Addressing,
  chunk: Pick<ChunkPlan, 'kind' | 'lower' | 'upper'>,
): {
  sql: string;
  params: bigint[];
} {
  if (chunk.kind === 'whole' || addressing.ranged.length === 0) return { sql: '', params: [] };
  const columns = addressing.ranged.map((name) => `t.${quoteIdent(name)}`);
  const tuple = columns.length === 1 ? columns[0]! : `(${columns.join(', ')})`;
  const marks = columns.length === 1 ? '?' : `(${columns.map(() => '?').join(', ')})`;
  const parts: string[] = [];
  const params: bigint[] = [];
  if (chunk.lower) {
    parts.push(`${tuple} >= ${marks}`);
    params.push(...chunk.lower.map((value) => BigInt(String(value))));
  }
  if (chunk.upper) {
    parts.push(`${tuple} < ${marks}`);
    params.push(...chunk.upper.map((value) => BigInt(String(value))));
  }
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

/** Row readers still open, per connection: closing a connection with a statement mid-way fails. */
const OPEN = new WeakMap<SqliteDatabase, Set<ChunkRows>>();

/** Closes the connection, after the statements its row readers left open. */
export function closeDatabase(db: SqliteDatabase): void {
  for (const rows of OPEN.get(db) ?? []) rows.close();
  db.close();
}

/** Ends the connection's transaction (a read transaction: nothing is lost), then closes it. */
export function endAndClose(db: SqliteDatabase): void {
  for (const rows of OPEN.get(db) ?? []) rows.close();
  if (db.inTransaction) db.exec('COMMIT');
  db.close();
}

export interface RowsOptions {
  /**
   * sqliteTypeMismatch; columns made text at init take any value either way. 'report' (the
   * scan's) hands a value of the wrong storage class on as a RefusedValue.
   */
  mismatch: 'error' | 'text' | 'report';
  /** The table as messages name it (schema.table in the target). */
  tableLabel: string;
}

export interface ChunkRows {
  /** Up to `count` rows, and fewer once their values pass `bytes`; done when the chunk has no more. */
  next(count: number, bytes: number): { rows: SourceRow[]; done: boolean };
  /** The locator of the n-th row (1-based) of the chunk, for messages. */
  locate(n: number): string;
  close(): void;
}

export function openChunkRows(
  db: SqliteDatabase,
  table: TableToCopy,
  chunk: Pick<ChunkPlan, 'kind' | 'lower' | 'upper'>,
  options: RowsOptions,
): ChunkRows {
  const layout = layoutOf(table.details, options.tableLabel);
  requireColumns(db, table, options.tableLabel);
  const addressing = addressingOf(layout, table.details.key);
  const relation = `main.${quoteIdent(table.name)} AS t`;
  const where = chunkWhere(addressing, chunk);
  const order = addressing.locator.length
    ? ` ORDER BY ${addressing.locator.map((c) => `t.${quoteIdent(c)}`).join(', ')}`
    : '';
  const locatorList = addressing.locator.map((c) => `t.${quoteIdent(c)}`);
  const columns = table.details.columns.filter((c) => c.copied);
  const width = columns.length;
  // A locator column is read as one of the copied columns when it is one (a key), else after them (the rowid).
  const extra = addressing.locator.filter((name) => !columns.some((c) => c.name === name));
  const locatorAt = addressing.locator.map((name) => {
    const copied = columns.findIndex((c) => c.name === name);
    return copied >= 0 ? copied : width + extra.indexOf(name);
  });
  const select = [
    ...columns.map((c) => `t.${quoteIdent(c.name)}`),
    ...extra.map((c) => `t.${quoteIdent(c)}`),
  ];
  const statement = db
    .prepare(`SELECT ${select.join(', ')} FROM ${relation}${where.sql}${order}`)
    .raw(true)
    .safeIntegers(true);
  // Re-reading a value as bytes needs its row's locator, and text stored as UTF-16 has other bytes.
  // Not db.pragma(): better-sqlite3 refuses it while another reader of the connection iterates.
  const encoding = db.prepare('SELECT encoding FROM pragma_encoding').pluck().get() as string;
  const canReread = locatorAt.length > 0 && encoding.toUpperCase() === 'UTF-8';
  const rereads = new Map<string, SqliteStatement>();
  const converters = columns.map((column, i) =>
    converter(
      layout.columns[i]!.kind,
      layout.columns[i]!.asText,
      layout.columns[i]!.declared,
      column.name,
      column.type,
    ),
  );

  const locatorOf = (row: readonly SourceValue[]): SourceValue[] => locatorAt.map((at) => row[at] ?? null);
  const describe = (locator: readonly SourceValue[]): string =>
    addressing.locator.map((name, i) => `${name}=${locatorText(locator[i] ?? null)}`).join(', ');

  // Opened last: nothing after it can fail and leave the connection busy with it.
  const iterator = statement.iterate(...where.params) as IterableIterator<SourceValue[]>;
  const open = OPEN.get(db) ?? new Set<ChunkRows>();
  OPEN.set(db, open);
  const rows: ChunkRows = {
    next(count, bytes) {
      const rows: SourceRow[] = [];
      let size = 0;
      while (rows.length < count && size < bytes) {
        const step = iterator.next();
        if (step.done) return { rows, done: true };
        // Converted in place: one array per row, which the encoder then takes.
        const row = step.value;
        for (let i = 0; i < width; i++) {
          const value = row[i]!;
          if (typeof value === 'string' || Buffer.isBuffer(value)) size += value.length;
          row[i] = converters[i]!(value, row);
        }
        if (extra.length > 0) row.length = width;
        rows.push(row);
      }
      return { rows, done: false };
    },
    locate(n) {
      if (locatorList.length === 0) return `row ${n} of the chunk`;
      const found = db
        .prepare(`SELECT ${locatorList.join(', ')} FROM ${relation}${where.sql}${order} LIMIT 1 OFFSET ?`)
        .raw(true)
        .safeIntegers(true)
        .get(...where.params, n - 1) as SourceValue[] | undefined;
      return found ? describe(found) : `row ${n} of the chunk`;
    },
    close() {
      iterator.return?.();
      open.delete(rows);
    },
  };
  open.add(rows);
  return rows;

  function converter(
    kind: TargetKind,
    asText: boolean,
    declared: string,
    name: string,
    type: string,
  ): (value: SourceValue, row: readonly SourceValue[]) => SourceValue {
    const textual =
      kind === 'text' || kind === 'varchar' || kind === 'json' || kind === 'date' || kind === 'timestamp';
    const exact = (value: SourceValue, row: readonly SourceValue[]): SourceValue =>
      typeof value === 'string' && value.includes('\uFFFD') ? (rawText(name, row) ?? value) : value;
    if (asText) return (value, row) => (typeof value === 'string' ? exact(value, row) : textValue(value));
    return (value, row) => {
      if (!valueFits(kind, value)) {
        if (options.mismatch !== 'report') throw mismatch(value, row);
        // Typed as a value for the copy's readers, which never ask for 'report'.
        return new RefusedValue(
          value,
          `${storageClassOf(value)}, which ${type} does not hold`,
        ) as unknown as SourceValue;
      }
      return textual ? exact(value, row) : encoderValue(kind, value);
    };

    function mismatch(value: SourceValue, row: readonly SourceValue[]): DecantError {
      const where = locatorAt.length > 0 ? describe(locatorOf(row)) : 'a row';
      const storage = storageClassOf(value);
      return new DecantError(
        'DATA_VALUE_REJECTED',
        `Table ${options.tableLabel}, ${where}, column "${name}" (declared ${declared || 'without a type'}, ${type} in PostgreSQL): ` +
          `the value ${preview(value)} is ${storage}, which ${type} does not hold`,
        {
          hint:
            "SQLite keeps any value in any column. Set sqliteTypeMismatch to 'text' (the column becomes text) or " +
            'sqliteNarrowTypes (the type follows the values) and run init again with --erase; or fix the row in SQLite',
          context: { table: options.tableLabel, column: name, key: where, reason: 'type' },
        },
      );
    }
  }

  /**
   * better-sqlite3 turns bytes that are not UTF-8 into U+FFFD: a text with U+FFFD is read
   * again as bytes, and handed on as a Buffer when they are not UTF-8 (the encoder's
   * invalidUtf8 policy then decides).
   */
  function rawText(column: string, row: readonly SourceValue[]): Buffer | null {
    if (!canReread) return null;
    let reread = rereads.get(column);
    if (!reread) {
      const match = addressing.locator.map((c) => `t.${quoteIdent(c)} IS ?`).join(' AND ');
      reread = db
        .prepare(`SELECT CAST(t.${quoteIdent(column)} AS BLOB) FROM ${relation} WHERE ${match}`)
        .raw(true);
      rereads.set(column, reread);
    }
    const bytes = (reread.get(...locatorOf(row)) as [Buffer | null] | undefined)?.[0];
    return bytes && !isUtf8(bytes) ? bytes : null;
  }
}

/** The columns init recorded must all be there still: else the copy would not be what init planned. */
function requireColumns(db: SqliteDatabase, table: TableToCopy, label: string): void {
  const present = new Set(
    (db.prepare(`SELECT name FROM pragma_table_xinfo(?, 'main')`).pluck().all(table.name) as string[]).map(
      (name) => name.toLowerCase(),
    ),
  );
  const recorded = table.details.columns.filter((column) => column.copied).map((column) => column.name);
  const missing = recorded.filter((name) => !present.has(name.toLowerCase()));
  if (present.size === 0 || missing.length > 0) {
    throw new DecantError(
      'SOURCE_CHANGED',
      present.size === 0
        ? `Table ${table.name} (${label} in the target) is no longer in the SQLite database`
        : `Table ${table.name} (${label} in the target) no longer has the column(s) ${missing.join(', ')} that init recorded`,
      {
        hint: 'The source changed since init: run init again with --erase, or put the table back as it was',
        context: { object: label },
      },
    );
  }
}

function locatorText(value: SourceValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  return String(value);
}

function preview(value: SourceValue): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Buffer.isBuffer(value))
    return `x'${value.subarray(0, 16).toString('hex')}${value.length > 16 ? '…' : ''}'`;
  return String(value);
}
