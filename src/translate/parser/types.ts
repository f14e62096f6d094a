/**
 * Data type names as Oracle writes them, for CAST and DDL: NUMBER(10,2), VARCHAR2(20 CHAR),
 * TIMESTAMP(6) WITH LOCAL TIME ZONE, INTERVAL DAY(2) TO SECOND(6), LONG RAW, DOUBLE
 * PRECISION, and user-defined types (schema.type), which are kept by name. MySQL's and
 * SQLite's CAST types are any words with optional numbers (SIGNED INTEGER, UNSIGNED BIG INT,
 * DECIMAL(10,2)) and MySQL's CHARSET / CHARACTER SET after them; their dialects map them.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Data-Types.html
 * https://dev.mysql.com/doc/refman/8.0/en/cast-functions.html, https://www.sqlite.org/datatype3.html
 */
import type { DataType } from '../ast/node.js';
import type { Cursor } from './cursor.js';
import { TokenKind } from '../tokens/token.js';

/** Type names made of several words, longest first within each first word. */
const MULTI_WORD: Record<string, readonly string[][]> = {
  LONG: [['RAW']],
  DOUBLE: [['PRECISION']],
  CHARACTER: [['VARYING']],
  CHAR: [['VARYING']],
  NATIONAL: [['CHARACTER', 'VARYING'], ['CHAR', 'VARYING'], ['CHARACTER'], ['CHAR']],
  NCHAR: [['VARYING']],
};

export function parseDataType(c: Cursor): DataType {
  if (c.syntax.looseQueries) return parseSourceDataType(c);
  const at = c.at;
  const first = c.peek();
  if (first.kind !== TokenKind.Word && first.kind !== TokenKind.QuotedIdentifier) c.fail('a data type');
  if (first.kind === TokenKind.QuotedIdentifier || c.isSymbol('.', 1)) {
    const parts = c.qualifiedName('a data type');
    if (c.isSymbol('%')) {
      c.unsupported(
        '%TYPE',
        'a type anchored to a column belongs to PL/SQL, which a later version translates',
      );
    }
    const last = parts[parts.length - 1]!;
    return {
      kind: 'data-type',
      at,
      name: last.value,
      args: [],
      schema: parts
        .slice(0, -1)
        .map((p) => p.value)
        .join('.'),
    };
  }
  c.next();
  let name = first.value;
  for (const rest of MULTI_WORD[name] ?? []) {
    if (c.acceptWord(...rest)) {
      name = [name, ...rest].join(' ');
      break;
    }
  }
  if (name === 'INTERVAL') return parseIntervalType(c, at);
  const args: string[] = [];
  let lengthUnit: DataType['lengthUnit'];
  if (c.acceptSymbol('(')) {
    do {
      const token = c.next();
      if (token.kind === TokenKind.Number) args.push(token.value);
      else if (token.kind === TokenKind.Symbol && token.value === '*') args.push('*');
      else if (token.kind === TokenKind.Symbol && token.value === '-' && c.peek().kind === TokenKind.Number)
        args.push('-' + c.next().value);
      else c.fail('a number', token);
      if (c.acceptWord('CHAR')) lengthUnit = 'CHAR';
      else if (c.acceptWord('BYTE')) lengthUnit = 'BYTE';
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
  }
  if (name === 'TIMESTAMP') {
    if (c.acceptWord('WITH', 'LOCAL', 'TIME', 'ZONE')) name = 'TIMESTAMP WITH LOCAL TIME ZONE';
    else if (c.acceptWord('WITH', 'TIME', 'ZONE')) name = 'TIMESTAMP WITH TIME ZONE';
  }
  return { kind: 'data-type', at, name, args, ...(lengthUnit ? { lengthUnit } : {}) };
}

/** Words up to the parentheses, numbers in them, then MySQL's CHARSET x or CHARACTER SET x. */
function parseSourceDataType(c: Cursor): DataType {
  const at = c.at;
  const words: string[] = [];
  const isCharset = (): boolean => c.isWord('CHARSET') || c.isWord('CHARACTER', 'SET');
  while (c.peek().kind === TokenKind.Word && !isCharset()) words.push(c.next().value);
  if (words.length === 0) c.fail('a data type');
  const args: string[] = [];
  if (c.acceptSymbol('(')) {
    do {
      const sign = c.acceptSymbol('-') ? '-' : '';
      const token = c.next();
      if (token.kind !== TokenKind.Number) c.fail('a number', token);
      args.push(sign + token.value);
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
  }
  let charset: string | undefined;
  if (c.acceptWord('CHARSET') || c.acceptWord('CHARACTER', 'SET')) {
    const name = c.next();
    if (name.kind !== TokenKind.Word && name.kind !== TokenKind.String) c.fail('a character set name', name);
    charset = (name.kind === TokenKind.Word ? name.text : name.value).toLowerCase();
  }
  return { kind: 'data-type', at, name: words.join(' '), args, ...(charset ? { charset } : {}) };
}

/** INTERVAL YEAR[(p)] TO MONTH, INTERVAL DAY[(p)] TO SECOND[(s)]. */
function parseIntervalType(c: Cursor, at: DataType['at']): DataType {
  const leading = c.next();
  if (leading.value !== 'YEAR' && leading.value !== 'DAY') c.fail('YEAR or DAY', leading);
  const args: string[] = [];
  if (c.acceptSymbol('(')) {
    args.push(c.next().value);
    c.expectSymbol(')');
  }
  c.expectWord('TO');
  const trailing = c.next();
  const expected = leading.value === 'YEAR' ? 'MONTH' : 'SECOND';
  if (trailing.value !== expected) c.fail(expected, trailing);
  let secondPrecision: string | undefined;
  if (c.acceptSymbol('(')) {
    secondPrecision = c.next().value;
    c.expectSymbol(')');
  }
  return {
    kind: 'data-type',
    at,
    name: `INTERVAL ${leading.value} TO ${trailing.value}`,
    args,
    ...(secondPrecision !== undefined ? { secondPrecision } : {}),
  };
}
