/**
 * The column scan: one pass over a table that counts, per column, the values of each
 * storage class and what the narrower PostgreSQL types need to know (integer range, text
 * length, ISO dates, valid JSON). Discovery uses it when sqliteNarrowTypes or
 * sqliteTypeMismatch 'text' ask; a --scan preflight can call scanDatabase() (or
 * scanSqliteFile() in index.ts, which opens the file) for every table at once. Not
 * owned here: the declared-type mapping (types.ts) and reading rows (reader.ts).
 */
import { quoteIdent } from '../../core/sql/ident.js';
import type { SqliteDatabase } from './connect.js';
import { rowidAliasOf } from './rowid-alias.js';
import {
  affinityOf,
  declaredMapping,
  PG_TYPE,
  type Affinity,
  type ColumnMapping,
  type TargetKind,
} from './types.js';

export interface ValueCounts {
  null: number;
  integer: number;
  real: number;
  text: number;
  blob: number;
}

/** What one pass over a column found. */
export interface ColumnStats extends ValueCounts {
  minInteger: bigint | null;
  maxInteger: bigint | null;
  /** Integers beyond ±2^53, which double precision cannot hold exactly. */
  wideIntegers: number;
  /** Integers that are 0 or 1. */
  bits: number;
  /** The longest text, in characters. */
  maxTextLength: number | null;
  textsWithNul: number;
  /** Texts that are YYYY-MM-DD dates PostgreSQL holds. */
  isoDates: number;
  /** Texts that are YYYY-MM-DD HH:MM:SS[.ffffff] (or with a T) timestamps PostgreSQL holds. */
  isoTimestamps: number;
  jsonTexts: number;
}

/** One column's answer, for discovery and for a --scan preflight. */
export interface ColumnScan {
  column: string;
  declared: string;
  affinity: Affinity;
  /** The type the declared type maps to. */
  declaredType: string;
  /** The type chosen: the narrowest exact one when narrowing, else declaredType. */
  chosen: ColumnMapping;
  counts: ValueCounts;
  /** Values that `chosen` cannot hold as they are (type mismatches). */
  misfits: number;
}

export interface ScanColumn {
  name: string;
  declared: string;
  /** A rowid alias keeps bigint: it is an identity that goes on growing. */
  fixed: boolean;
}

const INT_RANGES: { kind: TargetKind; min: bigint; max: bigint }[] = [
  { kind: 'int2', min: -32768n, max: 32767n },
  { kind: 'int4', min: -2147483648n, max: 2147483647n },
  { kind: 'int8', min: -(2n ** 63n), max: 2n ** 63n - 1n },
];

/** https://www.sqlite.org/lang_datefunc.html: date() and datetime() give NULL or a normalised text for other input. */
function isoDateSql(c: string): string {
  return `(${c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${c}) IS ${c} AND substr(${c}, 1, 4) <> '0000')`;
}

function isoTimestampSql(c: string): string {
  const head = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]`;
  return (
    `((${c} GLOB ${head}' OR (${c} GLOB ${head}.[0-9]*' AND length(${c}) <= 26 AND NOT substr(${c}, 21) GLOB '*[^0-9]*'))` +
    ` AND datetime(${c}) IS replace(substr(${c}, 1, 19), 'T', ' ') AND substr(${c}, 1, 4) <> '0000')`
  );
}

function statsSql(name: string): string {
  const c = `t.${quoteIdent(name)}`;
  const of = (storage: string, condition = 'true'): string =>
    `coalesce(sum(typeof(${c}) = '${storage}' AND ${condition}), 0)`;
  return `json_array(
    count(*) - count(${c}), ${of('integer')}, ${of('real')}, ${of('text')}, ${of('blob')},
    CAST(min(CASE WHEN typeof(${c}) = 'integer' THEN ${c} END) AS TEXT),
    CAST(max(CASE WHEN typeof(${c}) = 'integer' THEN ${c} END) AS TEXT),
    ${of('integer', `(${c} > 9007199254740992 OR ${c} < -9007199254740992)`)},
    ${of('integer', `${c} IN (0, 1)`)},
    max(CASE WHEN typeof(${c}) = 'text' THEN length(${c}) END),
    ${of('text', `instr(CAST(${c} AS BLOB), X'00') > 0`)},
    ${of('text', isoDateSql(c))},
    ${of('text', isoTimestampSql(c))},
    ${of('text', `json_valid(${c})`)})`;
}

/** One pass over the table: the stats of every column. */
export function tableStats(db: SqliteDatabase, table: string, columns: readonly string[]): ColumnStats[] {
  if (columns.length === 0) return [];
  const sql = `SELECT ${columns.map(statsSql).join(',\n')} FROM main.${quoteIdent(table)} AS t`;
  const row = db.prepare(sql).raw(true).safeIntegers(false).get() as string[];
  return row.map((text) => {
    const v = JSON.parse(text) as (number | string | null)[];
    const n = (i: number): number => Number(v[i] ?? 0);
    const big = (i: number): bigint | null => (v[i] === null || v[i] === undefined ? null : BigInt(v[i]!));
    return {
      null: n(0),
      integer: n(1),
      real: n(2),
      text: n(3),
      blob: n(4),
      minInteger: big(5),
      maxInteger: big(6),
      wideIntegers: n(7),
      bits: n(8),
      maxTextLength: v[9] === null ? null : n(9),
      textsWithNul: n(10),
      isoDates: n(11),
      isoTimestamps: n(12),
      jsonTexts: n(13),
    };
  });
}

/** Values of `stats` that `kind` cannot hold as they are. */
export function misfitsOf(kind: TargetKind, s: ColumnStats): number {
  const nonNull = s.integer + s.real + s.text + s.blob;
  switch (kind) {
    case 'int2':
    case 'int4':
    case 'int8': {
      const range = INT_RANGES.find((r) => r.kind === kind)!;
      const outOfRange =
        (s.minInteger !== null && s.minInteger < range.min) ||
        (s.maxInteger !== null && s.maxInteger > range.max);
      return nonNull - s.integer + (outOfRange ? 1 : 0);
    }
    case 'float8':
      return s.text + s.blob + s.wideIntegers;
    case 'numeric':
      return s.text + s.blob;
    case 'bool':
      return nonNull - s.bits;
    case 'bytea':
      return nonNull - s.blob;
    case 'text':
    case 'varchar':
      return nonNull - s.text;
    case 'json':
      return nonNull - s.jsonTexts;
    case 'date':
      return nonNull - s.isoDates;
    case 'timestamp':
      return nonNull - s.isoTimestamps;
  }
}

function mapping(kind: Exclude<TargetKind, 'varchar'>, from: ColumnMapping): ColumnMapping {
  return { ...from, kind, type: PG_TYPE[kind] };
}

/**
 * The narrowest exact type for what the column holds, starting from its declared type:
 * integers by their range (never boolean: 0 and 1 stay numbers), untyped columns by the
 * one storage class they hold, DATE/DATETIME/TIMESTAMP/JSON columns when every value
 * parses, VARCHAR(n) when every value fits n. Anything else keeps the declared mapping.
 */
export function narrowest(declared: ColumnMapping, s: ColumnStats): ColumnMapping {
  const nonNull = s.integer + s.real + s.text + s.blob;
  if (nonNull === 0) return declared;
  const integersOnly = s.integer === nonNull;
  const intKind = (): ColumnMapping =>
    mapping(INT_RANGES.find((r) => misfitsOf(r.kind, s) === 0)!.kind as 'int2' | 'int4' | 'int8', declared);
  switch (declared.family) {
    case 'boolean':
      return declared;
    case 'date':
      return s.isoDates === nonNull ? mapping('date', declared) : declared;
    case 'timestamp':
      return s.isoTimestamps === nonNull ? mapping('timestamp', declared) : declared;
    case 'json':
      return s.jsonTexts === nonNull ? mapping('json', declared) : declared;
    case 'varying':
      return s.text === nonNull && s.textsWithNul === 0 && (s.maxTextLength ?? 0) <= (declared.length ?? 0)
        ? { ...declared, kind: 'varchar', type: `character varying(${declared.length})` }
        : declared;
    case 'untyped':
      if (integersOnly) return intKind();
      if (s.integer + s.real === nonNull) return mapping(s.wideIntegers > 0 ? 'numeric' : 'float8', declared);
      if (s.text === nonNull) return mapping('text', declared);
      return declared;
    case 'plain':
      return (declared.kind === 'int8' || declared.kind === 'numeric') && integersOnly ? intKind() : declared;
  }
}

/** Scans a table's columns and answers, per column, what the scan found and the type it leads to. */
export function scanTable(
  db: SqliteDatabase,
  table: string,
  columns: readonly ScanColumn[],
  narrow: boolean,
): ColumnScan[] {
  const stats = tableStats(
    db,
    table,
    columns.map((column) => column.name),
  );
  return columns.map((column, i) => {
    const s = stats[i]!;
    const declared = declaredMapping(column.declared);
    const chosen = narrow && !column.fixed ? narrowest(declared, s) : declared;
    return {
      column: column.name,
      declared: column.declared,
      affinity: affinityOf(column.declared),
      declaredType: declared.type,
      chosen,
      counts: { null: s.null, integer: s.integer, real: s.real, text: s.text, blob: s.blob },
      misfits: misfitsOf(chosen.kind, s),
    };
  });
}

export interface TableScan {
  table: string;
  columns: ColumnScan[];
}

/** Every ordinary table of the database scanned, for a preflight that reports before anything is written. */
export function scanDatabase(db: SqliteDatabase, narrow: boolean): TableScan[] {
  const tables = db
    .prepare(
      `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return tables.map((table) => {
    const alias = rowidAliasOf(db, table);
    const columns = (
      db
        .prepare(`SELECT name, type FROM pragma_table_xinfo(?, 'main') WHERE hidden <> 1 ORDER BY cid`)
        .all(table) as { name: string; type: string }[]
    ).map((column): ScanColumn => ({
      name: column.name,
      declared: column.type,
      fixed: column.name === alias,
    }));
    return { table, columns: scanTable(db, table, columns, narrow) };
  });
}
