/**
 * A small static type inference for Oracle expressions, enough to translate the operators and
 * functions whose meaning depends on their operands' types (date + number, TRUNC(x), TO_CHAR(x)).
 * It knows literals, the calls the translator builds (marked with an origin), casts, and
 * columns whose types TranslateOptions.columnTypes gives; anything else is unknown, and callers
 * then leave the decision to PostgreSQL's overload resolution or keep the expression as written.
 * Rules run children first, so the expressions seen here are already partly translated.
 */
import type { DataType, Expression } from '../../ast/node.js';
import type { RuleContext } from '../dialect.js';

/** 'date' is Oracle's DATE (seconds), 'timestamp' its TIMESTAMP types. */
export type ValueType = 'date' | 'timestamp' | 'number' | 'string' | 'interval';

/** Origins the function table puts on calls whose result type it knows. */
export const RETURNS = {
  date: 'returns-date',
  timestamp: 'returns-timestamp',
  number: 'returns-number',
  string: 'returns-string',
} as const;

const ORIGIN_TYPES: Record<string, ValueType> = {
  [RETURNS.date]: 'date',
  [RETURNS.timestamp]: 'timestamp',
  [RETURNS.number]: 'number',
  [RETURNS.string]: 'string',
  concatenation: 'string',
};

const NUMBER_TYPES = [
  'NUMBER',
  'NUMERIC',
  'DECIMAL',
  'DEC',
  'INTEGER',
  'INT',
  'SMALLINT',
  'BIGINT',
  'FLOAT',
  'REAL',
  'DOUBLE PRECISION',
  'BINARY_FLOAT',
  'BINARY_DOUBLE',
];
const STRING_TYPES = [
  'VARCHAR2',
  'VARCHAR',
  'NVARCHAR2',
  'CHAR',
  'NCHAR',
  'CLOB',
  'NCLOB',
  'TEXT',
  'LONG',
  'CHARACTER VARYING',
  'CHARACTER',
];

/** The value type of an Oracle type name ('NUMBER(10,2)', 'DATE') or a PostgreSQL one. */
export function typeOfTypeName(name: string, args: readonly string[] = []): ValueType | undefined {
  const upper = name.toUpperCase();
  const base = upper.includes('(') ? upper.slice(0, upper.indexOf('(')).trim() : upper;
  const precision = upper.includes('(')
    ? upper.slice(upper.indexOf('(') + 1, upper.indexOf(')')).trim()
    : args[0];
  if (base === 'DATE') return 'date';
  if (base.startsWith('TIMESTAMP')) return precision === '0' && !base.includes('ZONE') ? 'date' : 'timestamp';
  if (base.startsWith('INTERVAL')) return 'interval';
  if (NUMBER_TYPES.includes(base)) return 'number';
  if (STRING_TYPES.includes(base)) return 'string';
  return undefined;
}

const typeOfDataType = (t: DataType): ValueType | undefined => typeOfTypeName(t.name, t.args);

function columnType(parts: readonly { value: string }[], ctx: RuleContext): ValueType | undefined {
  const tables = ctx.options.columnTypes;
  if (!tables || parts.length === 0 || parts.length > 3) return undefined;
  const column = parts[parts.length - 1]!.value.toLowerCase();
  const qualifier = parts.length > 1 ? parts[parts.length - 2]!.value.toLowerCase() : undefined;
  if (qualifier && tables.has(qualifier)) {
    const type = tables.get(qualifier)!.get(column);
    return type ? typeOfTypeName(type) : undefined;
  }
  // An alias or no qualifier: the column's type when every known table that has it agrees.
  const found = columnIndex(tables).get(column);
  return found?.size === 1 ? [...found][0] : undefined;
}

type ColumnTypes = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Column name → the types the known tables give it, so that an unqualified column costs one
 * lookup, not a pass over every table (a script's CREATE TABLEs add thousands). Cached per map;
 * tables added since (a map only grows: translateScript starts a new one to redefine a table)
 * are indexed on the next lookup.
 */
const columnIndexes = new WeakMap<
  ColumnTypes,
  { tables: number; byColumn: Map<string, Set<ValueType | undefined>> }
>();

function columnIndex(tables: ColumnTypes): Map<string, Set<ValueType | undefined>> {
  let index = columnIndexes.get(tables);
  if (!index) {
    index = { tables: 0, byColumn: new Map() };
    columnIndexes.set(tables, index);
  }
  if (index.tables !== tables.size) {
    let position = 0;
    for (const columns of tables.values()) {
      if (position++ < index.tables) continue;
      for (const [column, type] of columns) {
        const types = index.byColumn.get(column) ?? new Set();
        types.add(typeOfTypeName(type));
        index.byColumn.set(column, types);
      }
    }
    index.tables = tables.size;
  }
  return index.byColumn;
}

export function inferType(e: Expression, ctx: RuleContext): ValueType | undefined {
  switch (e.kind) {
    case 'literal':
      return e.type === 'number' ? 'number' : e.type === 'string' ? 'string' : undefined;
    case 'typed-literal':
      return e.type === 'DATE' ? 'date' : 'timestamp';
    case 'interval-literal':
      return 'interval';
    case 'paren':
      return inferType(e.expression, ctx);
    case 'unary':
      return e.op === '-' || e.op === '+' ? inferType(e.operand, ctx) : undefined;
    case 'cast':
      return typeOfDataType(e.type);
    case 'column':
      return columnType(e.parts, ctx);
    case 'call':
      if (e.origin) return ORIGIN_TYPES[e.origin];
      // The pseudo-columns rule's SYSDATE and SYSTIMESTAMP.
      if (
        e.name.length === 2 &&
        e.name[0]!.value === ctx.options.compatSchema &&
        e.name[1]!.value === 'sysdate'
      ) {
        return 'date';
      }
      return e.name.length === 1 && e.name[0]!.value === 'STATEMENT_TIMESTAMP' ? 'timestamp' : undefined;
    case 'case':
      return e.whens[0] ? inferType(e.whens[0].then, ctx) : undefined;
    case 'binary': {
      if (e.op === '||') return 'string';
      if (e.op === '*' || e.op === '/') {
        const interval = inferType(e.left, ctx) === 'interval' || inferType(e.right, ctx) === 'interval';
        return interval ? 'interval' : 'number';
      }
      if (e.op !== '+' && e.op !== '-') return undefined;
      const left = inferType(e.left, ctx);
      const right = inferType(e.right, ctx);
      if (left === 'number' && right === 'number') return 'number';
      if (left === 'interval' && right === 'interval') return 'interval';
      if ((left === 'date' || left === 'timestamp') && (right === 'number' || right === 'interval'))
        return left;
      return undefined;
    }
    default:
      return undefined;
  }
}

export const isDatetime = (t: ValueType | undefined): boolean => t === 'date' || t === 'timestamp';
