/**
 * The Oracle → PostgreSQL type map, for columns (the ddl-types rule) and CAST (the
 * cast-types rule). Overridable per type and per column through TranslateOptions.typeMap and
 * columnTypeMap; docs/translate/oracle-ddl.md explains each choice.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Data-Types.html
 * https://www.postgresql.org/docs/current/datatype.html
 */
import type { DataType } from '../../ast/node.js';
import { unsupported } from '../../diagnostics.js';
import type { RuleContext } from '../dialect.js';
import { pgType } from '../build.js';

/** Where a type is used: a column keeps integer types for NUMBER(p); a CAST keeps numeric arithmetic. */
export interface TypeUse {
  readonly purpose: 'column' | 'cast';
  /** PostgreSQL names, for columnTypeMap. */
  readonly table?: string;
  readonly column?: string;
}

/** A key for typeMap: upper case, no spaces. */
const normalize = (key: string): string => [...key.toUpperCase()].filter((ch) => ch !== ' ').join('');

function override(type: DataType, ctx: RuleContext, use: TypeUse): string | undefined {
  const { typeMap, columnTypeMap } = ctx.options;
  if (columnTypeMap && use.table && use.column) {
    const byColumn = columnTypeMap[`${use.table}.${use.column}`];
    if (byColumn) return byColumn;
  }
  if (!typeMap) return undefined;
  const name = type.schema ? `${type.schema}.${type.name}` : type.name;
  const wanted = [normalize(`${name}(${type.args.join(',')})`), normalize(name), normalize(type.name)];
  for (const key of wanted) {
    for (const [given, value] of Object.entries(typeMap)) if (normalize(given) === key) return value;
  }
  return undefined;
}

/** The PostgreSQL type for an Oracle type; reviews known differences, refuses what has no counterpart. */
export function mapType(type: DataType, ctx: RuleContext, use: TypeUse): DataType {
  if (type.postgres) return type;
  const given = override(type, ctx, use);
  if (given) return { kind: 'data-type', at: type.at, name: given, args: [], postgres: true };
  return builtIn(type, ctx, use);
}

const SMALLINT_DIGITS = 4;
const INTEGER_DIGITS = 9;
const BIGINT_DIGITS = 18;

function builtIn(type: DataType, ctx: RuleContext, use: TypeUse): DataType {
  const at = type.at;
  const [first, second] = type.args;
  const t = (name: string, ...args: (string | number)[]): DataType => pgType(at, name, ...args);
  if (type.schema) {
    if (type.name === 'XMLTYPE' && type.schema === 'SYS') return t('xml');
    if (type.name === 'SDO_GEOMETRY') return refuse(type, SPATIAL);
    return refuse(type, 'a user-defined type has no PostgreSQL counterpart Decant creates');
  }
  switch (type.name) {
    case 'NUMBER':
      if (first === undefined || (first === '*' && second === undefined))
        return t(ctx.options.numberWithoutPrecision);
      return exactNumber(type, first === '*' ? '38' : first, second ?? '0', use);
    case 'NUMERIC':
    case 'DECIMAL':
    case 'DEC':
      // ANSI types are NUMBER(p,s) in Oracle; without a precision they are NUMBER(38).
      return exactNumber(type, first ?? '38', second ?? '0', use);
    case 'INTEGER':
    case 'INT':
    case 'SMALLINT':
      // Oracle stores them as NUMBER(38): 38 digits, not 32 or 16 bits.
      return exactNumber(type, '38', '0', use);
    case 'FLOAT':
      return float(type, ctx, first === undefined ? 126 : Number(first));
    case 'REAL':
      return float(type, ctx, 63);
    case 'DOUBLE PRECISION':
      return float(type, ctx, 126);
    case 'BINARY_FLOAT':
      return t('real');
    case 'BINARY_DOUBLE':
      return t('double precision');
    case 'DATE':
      // Oracle's DATE holds a time of day to the second.
      return t('timestamp', 0);
    case 'TIMESTAMP':
      return t('timestamp', ...fractionalSeconds(type, ctx, first));
    case 'TIMESTAMP WITH LOCAL TIME ZONE':
      // Stored normalised, shown in the session's zone: what timestamptz does.
      return t('timestamptz', ...fractionalSeconds(type, ctx, first));
    case 'TIMESTAMP WITH TIME ZONE':
      ctx.review(
        at,
        'TIMESTAMP WITH TIME ZONE',
        "PostgreSQL's timestamptz keeps the instant but not the time zone each value was written in",
      );
      return t('timestamptz', ...fractionalSeconds(type, ctx, first));
    case 'INTERVAL YEAR TO MONTH':
      return t('interval year to month');
    case 'INTERVAL DAY TO SECOND':
      return t('interval day to second', ...fractionalSeconds(type, ctx, type.secondPrecision));
    case 'VARCHAR2':
    case 'NVARCHAR2':
    case 'VARCHAR':
    case 'CHARACTER VARYING':
    case 'CHAR VARYING':
    case 'NCHAR VARYING':
    case 'NATIONAL CHARACTER VARYING':
    case 'NATIONAL CHAR VARYING':
      return first === undefined ? t('varchar') : t('varchar', first);
    case 'CHAR':
    case 'NCHAR':
    case 'CHARACTER':
    case 'NATIONAL CHARACTER':
    case 'NATIONAL CHAR':
      return t('char', first ?? 1);
    case 'CLOB':
    case 'NCLOB':
    case 'LONG':
      return t('text');
    case 'BLOB':
    case 'RAW':
    case 'LONG RAW':
      return t('bytea');
    case 'ROWID':
    case 'UROWID':
      ctx.review(
        at,
        type.name,
        'kept as text: the values are Oracle row addresses, which mean nothing to PostgreSQL',
      );
      return t('text');
    case 'XMLTYPE':
      return t('xml');
    case 'JSON':
      return t('jsonb');
    case 'BOOLEAN':
      return t('boolean');
    case 'BFILE':
      return refuse(
        type,
        'the file lives on the Oracle server; load its contents into a bytea column instead',
      );
    case 'SDO_GEOMETRY':
      return refuse(type, SPATIAL);
    default:
      return refuse(type, 'Decant has no PostgreSQL type for it; map it with the typeMap option');
  }
}

const SPATIAL = 'spatial types need PostGIS, whose geometry is not the same type; map it with typeMap';

function refuse(type: DataType, why: string): never {
  throw unsupported(
    type.at,
    `the type ${type.schema ? `${type.schema}.` : ''}${type.name}`,
    why,
    `add a typeMap entry such as { '${type.name}': 'text' } if a plain mapping is right`,
  );
}

/**
 * NUMBER(p,s): scale 0 fits the integer types by digits in a column (smallint up to 4,
 * integer up to 9, bigint up to 18); a CAST stays numeric(p) so that division is not integer
 * division.
 */
function exactNumber(type: DataType, precision: string, scale: string, use: TypeUse): DataType {
  const p = Number(precision);
  if (scale === '0') {
    if (use.purpose === 'column') {
      if (p <= SMALLINT_DIGITS) return pgType(type.at, 'smallint');
      if (p <= INTEGER_DIGITS) return pgType(type.at, 'integer');
      if (p <= BIGINT_DIGITS) return pgType(type.at, 'bigint');
    }
    return pgType(type.at, 'numeric', precision);
  }
  return pgType(type.at, 'numeric', precision, scale);
}

/** FLOAT(b): binary precision b; up to 24 bits fit real, up to 53 double precision (PostgreSQL's own rule). */
function float(type: DataType, ctx: RuleContext, bits: number): DataType {
  if (bits <= 24) return pgType(type.at, 'real');
  if (bits > 53) {
    ctx.review(
      type.at,
      'FLOAT',
      `Oracle's ${type.name} keeps up to ${Math.floor(bits * 0.30103)} significant digits; double precision keeps 15 (map it to numeric with typeMap to keep them all)`,
    );
  }
  return pgType(type.at, 'double precision');
}

/** Fractional second digits: PostgreSQL stops at 6 (microseconds). */
function fractionalSeconds(type: DataType, ctx: RuleContext, digits: string | undefined): string[] {
  if (digits === undefined) return [];
  if (Number(digits) > 6) {
    ctx.review(
      type.at,
      'fractional seconds beyond 6 digits',
      'PostgreSQL keeps microseconds: values are rounded to 6 digits',
    );
    return ['6'];
  }
  return [digits];
}
