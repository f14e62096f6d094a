/**
 * MySQL/MariaDB column types → PostgreSQL types, exactly (docs/sources/mysql.md has the
 * table). Owns the mapping and how each type is read (the SELECT expression and the wire
 * type the binary COPY encoder writes); catalog.ts owns where the columns come from.
 *
 * - Integers: signed ones keep their width (tinyint → smallint); unsigned ones go to the
 *   next wider type, bigint unsigned → numeric(20). tinyint(1) → boolean only with
 *   mysqlTinyint1AsBoolean (0 false, anything else true), since tinyint(1) holds -128..127.
 * - decimal(p,s) → numeric(p,s); float → real, read as DOUBLE so no digit is lost to the
 *   server's float printing; double → double precision. bit(n) → bit(n). year → smallint.
 * - date → date; datetime(p) → timestamp(p); timestamp(p) → timestamptz(p) (read in UTC);
 *   zero dates follow invalidDates. time → interval: MySQL's TIME runs from -838:59:59 to
 *   838:59:59, which PostgreSQL's time cannot hold.
 * - char(n)/varchar(n) → character(n)/character varying(n); the text family → text;
 *   binary, varbinary and the blob family → bytea.
 * - enum → a PostgreSQL enum type named <table>_<column> (mysqlEnums 'type'), or text with
 *   a CHECK listing the labels ('check'); set → text[]; json (MariaDB: longtext with a
 *   json_valid check) → jsonb; spatial types → text holding WKT.
 */
import { qualified, quoteIdent, quoteLiteral, quoteMysqlIdent } from '../../core/sql/ident.js';
import type { WireColumn, WireType } from '../../target/copy/binary-encoder.js';

/** One row of information_schema.COLUMNS, as catalog.ts selects it. */
export interface MysqlColumnRow {
  table: string;
  name: string;
  position: number;
  dataType: string;
  columnType: string;
  nullable: boolean;
  default: string | null;
  extra: string;
  generation: string | null;
  charMaxLength: number | null;
  numericPrecision: number | null;
  numericScale: number | null;
  datetimePrecision: number | null;
  comment: string;
  /** CHARACTER_SET_NAME: null for columns that are not character strings (and MySQL's JSON). */
  charset: string | null;
  /** The column has a json_valid() check (how MariaDB spells its JSON type). */
  jsonChecked: boolean;
}

export interface TypeOptions {
  tinyint1AsBoolean: boolean;
  enums: 'type' | 'check';
  /** MariaDB writes COLUMN_DEFAULT as an SQL expression; MySQL writes the bare value. */
  mariadb: boolean;
}

export interface MappedColumn {
  name: string;
  /** The target type as format_type() spells it (also the DDL's type). */
  type: string;
  /** How the reader selects the column from MySQL. */
  read: string;
  /** `read` is the column itself, stored in a UTF-8 character set: its bytes need no conversion. */
  storedUtf8: boolean;
  wire: WireColumn;
  /** How a read value becomes what the encoder takes (booleans from tinyint, set members). */
  convert?: 'tinyint-boolean' | 'set';
  /** For enums mapped to a type: the CREATE TYPE of that type and its name. */
  enumType?: { schema: string; name: string; labels: string[] };
  /** A CHECK the column needs (enums as text). */
  check?: string;
  notes: string[];
}

/** Character sets whose stored bytes are UTF-8 (utf8mb3, spelt utf8 before MySQL 8.0.30 and MariaDB 10.6). */
const UTF8_CHARSETS = new Set(['utf8mb4', 'utf8mb3', 'utf8']);

const SPATIAL = new Set([
  'geometry',
  'point',
  'linestring',
  'polygon',
  'multipoint',
  'multilinestring',
  'multipolygon',
  'geometrycollection',
  'geomcollection',
]);

function integer(type: 'smallint' | 'integer' | 'bigint'): { type: string; wire: WireType } {
  return { type, wire: type === 'smallint' ? 'int2' : type === 'integer' ? 'int4' : 'int8' };
}

/** The PostgreSQL type, the wire type and the read expression of one MySQL column. */
export function mapColumn(schema: string, column: MysqlColumnRow, options: TypeOptions): MappedColumn {
  const unsigned = /\bunsigned\b/i.test(column.columnType);
  const read = quoteMysqlIdent(column.name);
  const base = {
    name: column.name,
    read,
    storedUtf8: UTF8_CHARSETS.has(column.charset ?? ''),
    notes: [] as string[],
  };
  const simple = (type: string, wire: WireType, extra: Partial<MappedColumn> = {}): MappedColumn => ({
    ...base,
    type,
    wire: { name: column.name, type: wire },
    ...extra,
  });
  const dataType = column.dataType.toLowerCase();
  switch (dataType) {
    case 'tinyint': {
      if (options.tinyint1AsBoolean && /^tinyint\(1\)/i.test(column.columnType))
        return simple('boolean', 'bool', { convert: 'tinyint-boolean' });
      const { type, wire } = integer('smallint');
      return simple(type, wire);
    }
    case 'smallint': {
      const { type, wire } = integer(unsigned ? 'integer' : 'smallint');
      return simple(type, wire);
    }
    case 'mediumint': {
      const { type, wire } = integer('integer');
      return simple(type, wire);
    }
    case 'int':
    case 'integer': {
      const { type, wire } = integer(unsigned ? 'bigint' : 'integer');
      return simple(type, wire);
    }
    case 'bigint':
      if (unsigned) return simple('numeric(20,0)', 'numeric');
      return simple('bigint', 'int8');
    case 'decimal':
    case 'numeric':
      return simple(`numeric(${column.numericPrecision ?? 10},${column.numericScale ?? 0})`, 'numeric');
    case 'float':
      return simple('real', 'float4', { read: `CAST(${read} AS DOUBLE)` });
    case 'double':
    case 'real':
      return simple('double precision', 'float8');
    case 'bit': {
      const bits = column.numericPrecision ?? 1;
      return { ...base, type: `bit(${bits})`, wire: { name: column.name, type: 'bit', bits } };
    }
    case 'year':
      return simple('smallint', 'int2');
    case 'date':
      return simple('date', 'date');
    case 'datetime':
      return simple(`timestamp(${column.datetimePrecision ?? 0}) without time zone`, 'timestamp');
    case 'timestamp':
      return simple(`timestamp(${column.datetimePrecision ?? 0}) with time zone`, 'timestamptz');
    case 'time':
      return simple('interval', 'interval', {
        notes: ['MySQL TIME (up to ±838 hours) becomes interval, which holds every value'],
      });
    case 'char':
      return simple(`character(${column.charMaxLength ?? 1})`, 'text');
    case 'varchar':
      return simple(`character varying(${column.charMaxLength ?? 1})`, 'text');
    case 'tinytext':
    case 'text':
    case 'mediumtext':
    case 'longtext':
      if (column.jsonChecked) return simple('jsonb', 'jsonb');
      return simple('text', 'text');
    case 'json':
      return simple('jsonb', 'jsonb');
    case 'binary':
    case 'varbinary':
    case 'tinyblob':
    case 'blob':
    case 'mediumblob':
    case 'longblob':
      return simple('bytea', 'bytea');
    case 'enum':
      return mapEnum(schema, column, options, base);
    case 'set':
      return simple('text[]', 'text[]', { convert: 'set' });
    default:
      if (SPATIAL.has(dataType)) {
        return simple('text', 'text', {
          read: `ST_AsText(${read})`,
          storedUtf8: false,
          notes: [`${column.dataType} is copied as text in WKT (ST_AsText); PostGIS can parse it`],
        });
      }
      return simple('text', 'text', {
        notes: [`the MySQL type ${column.columnType} has no mapping; copied as its text`],
      });
  }
}

function mapEnum(
  schema: string,
  column: MysqlColumnRow,
  options: TypeOptions,
  base: { name: string; read: string; storedUtf8: boolean; notes: string[] },
): MappedColumn {
  const labels = enumLabels(column.columnType);
  const wire: WireColumn = { name: column.name, type: 'text' };
  // PostgreSQL enum labels are 1 to 63 bytes; other labels need the text form.
  const labelsFit = labels.every((label) => {
    const bytes = Buffer.byteLength(label);
    return bytes >= 1 && bytes <= 63;
  });
  if (options.enums === 'type' && labelsFit) {
    const name = `${column.table}_${column.name}`.slice(0, 63);
    return {
      ...base,
      type: qualified(schema, name),
      wire,
      enumType: { schema, name, labels },
    };
  }
  const notes =
    options.enums === 'type'
      ? [
          'an enum label is empty or longer than 63 bytes, which a PostgreSQL enum cannot hold: text with a CHECK',
        ]
      : [];
  return {
    ...base,
    type: 'text',
    wire,
    check: `${quoteIdent(column.name)} IN (${labels.map(quoteLiteral).join(', ')})`,
    notes,
  };
}

/** The labels of `enum('a','it''s','x,y')` (also set(...)), as MySQL spells COLUMN_TYPE. */
export function enumLabels(columnType: string): string[] {
  const open = columnType.indexOf('(');
  const labels: string[] = [];
  let i = open + 1;
  while (i < columnType.length && columnType[i] === "'") {
    let label = '';
    i++;
    for (;;) {
      const char = columnType[i];
      if (char === undefined) return labels;
      if (char === "'" && columnType[i + 1] === "'") {
        label += "'";
        i += 2;
      } else if (char === '\\' && i + 1 < columnType.length) {
        label += columnType[i + 1];
        i += 2;
      } else if (char === "'") {
        i++;
        break;
      } else {
        label += char;
        i++;
      }
    }
    labels.push(label);
    if (columnType[i] === ',') i++;
  }
  return labels;
}
