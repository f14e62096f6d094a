/**
 * MySQL's and SQLite's expression forms that Oracle lacks, for expression.ts: IS [NOT]
 * TRUE/FALSE/UNKNOWN and SQLite's IS [NOT] x, MySQL's INTERVAL expr unit, _charset'...'
 * introducers, CONVERT, and ORDER BY and SEPARATOR inside an aggregate's parentheses. Also
 * the operators of theirs that Decant refuses by name (bit and JSON operators, regular
 * expressions, SOUNDS LIKE, GLOB, MATCH, MEMBER OF), so that a refusal names the construct
 * rather than failing as a syntax error further on.
 * https://dev.mysql.com/doc/refman/8.0/en/expressions.html, https://www.sqlite.org/lang_expr.html
 */
import type { BinaryOperator, DataType, Expression, OrderItem } from '../ast/node.js';
import { TokenKind } from '../tokens/token.js';
import type { Cursor } from './cursor.js';
import { parseAdditive, parseExpression, parseOrderItems } from './expression.js';
import { parseDataType } from './types.js';

/** After `x IS [NOT]` when NULL does not follow. */
export function parseSourceTruthTest(c: Cursor, left: Expression, not: boolean): Expression {
  const at = left.at;
  if (c.isWord('TRUE') || c.isWord('FALSE')) {
    const value = c.next().value as 'TRUE' | 'FALSE';
    return { kind: 'is-truth', at, not, value, expression: left };
  }
  if (c.syntax.mysqlOperators) {
    // A condition's UNKNOWN is its NULL.
    if (c.acceptWord('UNKNOWN')) return { kind: 'is-null', at, not, expression: left };
    return c.fail('NULL, TRUE, FALSE or UNKNOWN');
  }
  if (!c.syntax.sqliteOperators) return c.fail('NULL, TRUE or FALSE');
  // SQLite: x IS y is true when both are equal or both NULL; IS [NOT] DISTINCT FROM spells it out.
  const distinct = c.acceptWord('DISTINCT', 'FROM');
  const op: BinaryOperator = distinct === not ? 'IS NOT DISTINCT FROM' : 'IS DISTINCT FROM';
  return { kind: 'binary', at, op, left, right: parseAdditive(c) };
}

/** MySQL's INTERVAL expr unit: `INTERVAL 1 DAY`, `INTERVAL -n MONTH`, `INTERVAL '1:30' HOUR_MINUTE`. */
export function parseIntervalExpression(c: Cursor): Expression {
  const at = c.expectWord('INTERVAL').start;
  const value = parseExpression(c);
  const unit = c.next();
  if (unit.kind !== TokenKind.Word) c.fail('a unit of time (DAY, MONTH, ...)', unit);
  return { kind: 'interval', at, value, unit: unit.value };
}

/**
 * MySQL's _charset'text' (`_utf8mb4'paid'`, as MySQL writes string literals in view
 * definitions): the characters are the literal; PostgreSQL's text has one character set.
 */
export function parseIntroducedString(c: Cursor): Expression {
  const introducer = c.next();
  const string = c.next();
  if (introducer.value === '_BINARY') {
    c.unsupported(
      "_binary'...'",
      'a binary string compares and converts as bytes, not as text',
      introducer.start,
      "write the value as a plain string ('...')",
    );
  }
  return { kind: 'literal', at: introducer.start, type: 'string', value: string.value };
}

/** MySQL's CONVERT(x, type), a CAST, and CONVERT(x USING charset), a CAST to CHAR in that character set. */
export function parseConvert(c: Cursor): Expression {
  const at = c.next().start;
  c.expectSymbol('(');
  const expression = parseExpression(c);
  let type: DataType;
  if (c.isWord('USING')) {
    const using = c.next();
    const charset = c.next();
    if (charset.kind !== TokenKind.Word) c.fail('a character set name', charset);
    type = {
      kind: 'data-type',
      at: using.start,
      name: 'CHAR',
      args: [],
      charset: charset.text.toLowerCase(),
    };
  } else {
    c.expectSymbol(',');
    type = parseDataType(c);
  }
  c.expectSymbol(')');
  return { kind: 'cast', at, expression, type };
}

/** Inside an aggregate's parentheses, after its arguments: ORDER BY ..., and MySQL's SEPARATOR 'x'. */
export function parseCallClauses(c: Cursor): { argumentOrder?: OrderItem[]; separator?: Expression } {
  const argumentOrder = c.acceptWord('ORDER', 'BY') ? parseOrderItems(c) : undefined;
  const separator = c.syntax.mysqlOperators && c.acceptWord('SEPARATOR') ? parseExpression(c) : undefined;
  return { ...(argumentOrder ? { argumentOrder } : {}), ...(separator ? { separator } : {}) };
}

const REFUSED_CONDITIONS: Record<string, string> = {
  REGEXP: 'regular expressions differ between MySQL and PostgreSQL',
  RLIKE: 'regular expressions differ between MySQL and PostgreSQL',
  SOUNDS: 'PostgreSQL has no SOUNDEX comparison without an extension',
  GLOB: "SQLite's GLOB patterns are not translated yet",
  MATCH: 'full-text matching has no PostgreSQL counterpart Decant knows',
  MEMBER: 'JSON arrays are not translated yet',
};

/** After a condition's left operand: an operator Decant refuses by name, with or without NOT. */
export function refuseSourceCondition(c: Cursor): void {
  const ahead = c.isWord('NOT') ? 1 : 0;
  const token = c.peek(ahead);
  const why = token.kind === TokenKind.Word ? REFUSED_CONDITIONS[token.value] : undefined;
  if (why) c.unsupported(`${ahead ? 'NOT ' : ''}${token.value}`, why);
}

const REFUSED_OPERATORS: Record<string, string> = {
  '|': 'a bit operator',
  '&': 'a bit operator',
  '^': 'a bit operator',
  '~': 'a bit operator',
  '<<': 'a bit operator',
  '>>': 'a bit operator',
  '->': 'a JSON operator',
  '->>': 'a JSON operator',
};

/** At an operator's place: a bit or JSON operator, which Decant refuses by name. */
export function refuseSourceOperator(c: Cursor): void {
  const token = c.peek();
  const what = token.kind === TokenKind.Symbol ? REFUSED_OPERATORS[token.value] : undefined;
  if (what) {
    c.unsupported(
      `the operator ${token.value}`,
      `${what}; Decant does not translate it`,
      token.start,
      'rewrite this part of the view by hand after the migration',
    );
  }
}
