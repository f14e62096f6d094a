/**
 * SQLite declared types → exact PostgreSQL types. SQLite stores each value with its own
 * storage class (integer, real, text, blob), whatever the column's declared type says;
 * the declared type only gives the column an affinity
 * (https://www.sqlite.org/datatype3.html#determination_of_column_affinity). This module
 * maps a declared type to a target type, tells which values a target type holds as they
 * are, and converts values for the binary COPY encoder. Not owned here: reading the
 * values (reader.ts) and the column scan that narrows types (scan.ts).
 */
import { isUtf8 } from 'node:buffer';
import type { SourceValue } from '../source.js';

export type Affinity = 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC';
export type StorageClass = 'integer' | 'real' | 'text' | 'blob';

/** The target types a SQLite column may get. */
export type TargetKind =
  | 'int2'
  | 'int4'
  | 'int8'
  | 'float8'
  | 'numeric'
  | 'text'
  | 'varchar'
  | 'json'
  | 'bytea'
  | 'bool'
  | 'date'
  | 'timestamp';

/** What the declared type asks for beyond its affinity; the scan may act on it. */
export type DeclaredFamily = 'plain' | 'untyped' | 'boolean' | 'date' | 'timestamp' | 'json' | 'varying';

export interface ColumnMapping {
  kind: TargetKind;
  /** The type as PostgreSQL's format_type() spells it. */
  type: string;
  family: DeclaredFamily;
  /** The n of a declared VARCHAR(n), which SQLite does not enforce. */
  length: number | null;
}

/** The rules of https://www.sqlite.org/datatype3.html#determination_of_column_affinity, in their order. */
export function affinityOf(declared: string): Affinity {
  const upper = declared.toUpperCase();
  if (upper.includes('INT')) return 'INTEGER';
  if (upper.includes('CHAR') || upper.includes('CLOB') || upper.includes('TEXT')) return 'TEXT';
  if (upper.includes('BLOB') || upper.trim() === '') return 'BLOB';
  if (upper.includes('REAL') || upper.includes('FLOA') || upper.includes('DOUB')) return 'REAL';
  return 'NUMERIC';
}

export const PG_TYPE: Record<Exclude<TargetKind, 'varchar'>, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float8: 'double precision',
  numeric: 'numeric',
  text: 'text',
  json: 'json',
  bytea: 'bytea',
  bool: 'boolean',
  date: 'date',
  timestamp: 'timestamp without time zone',
};

const AFFINITY_KIND: Record<Affinity, TargetKind> = {
  INTEGER: 'int8',
  TEXT: 'text',
  BLOB: 'bytea',
  REAL: 'float8',
  // Decimal intent (NUMERIC, DECIMAL(p,s), MONEY ...): numeric without (p,s), which SQLite does not enforce.
  NUMERIC: 'numeric',
};

/**
 * The target type of a declared type before any scan. SQLite keeps dates as text or
 * numbers, so DATE, DATETIME and TIMESTAMP columns stay text unless the scan shows every
 * value is an ISO date (sqliteNarrowTypes); JSON stays text unless every value is valid
 * JSON. BOOLEAN becomes boolean: SQLite stores TRUE and FALSE as 1 and 0, and any other
 * value is a type mismatch.
 */
export function declaredMapping(declared: string): ColumnMapping {
  const base = declared.trim().toUpperCase().split('(')[0]!.trim();
  const affinity = affinityOf(declared);
  const mapping = (kind: TargetKind, family: DeclaredFamily): ColumnMapping => ({
    kind,
    type: kind === 'varchar' ? 'text' : PG_TYPE[kind],
    family,
    length: null,
  });
  if (base === 'BOOLEAN' || base === 'BOOL') return mapping('bool', 'boolean');
  if (base === 'DATE') return mapping('text', 'date');
  if (base === 'DATETIME' || base === 'TIMESTAMP') return mapping('text', 'timestamp');
  if (base === 'JSON') return mapping('text', 'json');
  if (affinity === 'TEXT') {
    const length = /^(?:VARCHAR|NVARCHAR|CHARACTER VARYING|VARYING CHARACTER)\s*\(\s*(\d+)\s*\)$/.exec(
      declared.trim().toUpperCase(),
    );
    if (length) return { ...mapping('text', 'varying'), length: Number(length[1]) };
  }
  return mapping(AFFINITY_KIND[affinity], base === '' ? 'untyped' : 'plain');
}

const TWO_TO_53 = 2n ** 53n;

/** True when the target type holds the value as it is (NULL fits everywhere). */
export function valueFits(kind: TargetKind, value: SourceValue): boolean {
  if (value === null) return true;
  switch (kind) {
    case 'int2':
    case 'int4':
    case 'int8':
      return typeof value === 'bigint';
    case 'float8':
      return typeof value === 'number' || (typeof value === 'bigint' && withinDouble(value));
    case 'numeric':
      return typeof value === 'number' || typeof value === 'bigint';
    case 'bool':
      return value === 0n || value === 1n;
    case 'bytea':
      return Buffer.isBuffer(value);
    case 'text':
    case 'varchar':
    case 'json':
    case 'date':
    case 'timestamp':
      return typeof value === 'string';
  }
}

function withinDouble(value: bigint): boolean {
  return value <= TWO_TO_53 && value >= -TWO_TO_53;
}

/** A value that fits `kind` in the form the binary COPY encoder takes for it. */
export function encoderValue(kind: TargetKind, value: SourceValue): SourceValue {
  switch (kind) {
    case 'float8':
      return typeof value === 'bigint' ? Number(value) : value;
    case 'bool':
      return value === null ? null : value === 1n;
    default:
      return value;
  }
}

/**
 * A value of any storage class as text, for columns made text because they hold values
 * of several classes (sqliteTypeMismatch 'text'): integers in decimal, reals in their
 * shortest exact form with a ".0" when whole (as SQLite shows them), blobs as their
 * UTF-8 text, or the Buffer itself when it is not valid UTF-8 (the invalidUtf8 policy
 * then decides).
 */
export function textValue(value: SourceValue): SourceValue {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) < 1e15 ? value.toFixed(1) : String(value);
  }
  if (Buffer.isBuffer(value)) return isUtf8(value) ? value.toString('utf8') : value;
  return value;
}

/** The storage class of a value as better-sqlite3 returns it with safe integers. */
export function storageClassOf(value: SourceValue): StorageClass | 'null' {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'number') return 'real';
  if (Buffer.isBuffer(value)) return 'blob';
  return 'text';
}
