/**
 * Oracle expressions and conditions, by precedence climbing: OR, AND, NOT, comparisons and
 * the other conditions, + - ||, * /, unary signs and PRIOR, then primaries (literals,
 * names, calls with their analytic clauses, CASE, CAST, subqueries). The Syntax's switches
 * add MySQL's and SQLite's operators at their own levels (|| as OR, XOR, &&, !, DIV, MOD, %,
 * <=>, ==, SQLite's tight ||); their other forms are in expression-forms.ts.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/About-SQL-Operators.html
 * https://dev.mysql.com/doc/refman/8.0/en/operator-precedence.html
 * https://www.sqlite.org/lang_expr.html#operators_and_parse_affecting_attributes
 */
import type { BinaryOperator, Expression, Name } from '../ast/node.js';
import { TokenKind } from '../tokens/token.js';
import { parseCall } from './call.js';
import type { Cursor } from './cursor.js';
import {
  parseConvert,
  parseIntroducedString,
  parseIntervalExpression,
  parseSourceTruthTest,
  refuseSourceCondition,
  refuseSourceOperator,
} from './expression-forms.js';
import { isQueryStart, parseQuery } from './query.js';
import { parseDataType } from './types.js';

export { parseOrderItems } from './call.js';

const COMPARISON: Record<string, BinaryOperator> = {
  '=': '=',
  '<>': '<>',
  '!=': '<>',
  '^=': '<>',
  '~=': '<>',
  '<': '<',
  '>': '>',
  '<=': '<=',
  '>=': '>=',
};

/** MySQL's and SQLite's comparison symbols that Oracle lacks. */
const SOURCE_COMPARISON: Record<string, BinaryOperator> = {
  '<=>': 'IS NOT DISTINCT FROM',
  '==': '=',
};

export function parseExpression(c: Cursor): Expression {
  return parseOr(c);
}

function parseOr(c: Cursor): Expression {
  let left = parseXor(c);
  while (c.isWord('OR') || (c.syntax.pipes === 'or' && c.isSymbol('||'))) {
    c.next();
    left = { kind: 'binary', at: left.at, op: 'OR', left, right: parseXor(c) };
  }
  return left;
}

/** MySQL's XOR, between OR and AND. */
function parseXor(c: Cursor): Expression {
  let left = parseAnd(c);
  while (c.syntax.mysqlOperators && c.isWord('XOR')) {
    c.next();
    left = { kind: 'binary', at: left.at, op: 'XOR', left, right: parseAnd(c) };
  }
  return left;
}

function parseAnd(c: Cursor): Expression {
  let left = parseNot(c);
  while (c.isWord('AND') || (c.syntax.mysqlOperators && c.isSymbol('&&'))) {
    c.next();
    left = { kind: 'binary', at: left.at, op: 'AND', left, right: parseNot(c) };
  }
  return left;
}

function parseNot(c: Cursor): Expression {
  if (c.isWord('NOT')) {
    const at = c.next().start;
    return { kind: 'unary', at, op: 'NOT', operand: parseNot(c) };
  }
  return parseCondition(c);
}

function comparisonOperator(c: Cursor): BinaryOperator | undefined {
  const token = c.peek();
  if (token.kind !== TokenKind.Symbol) return undefined;
  return COMPARISON[token.value] ?? (c.syntax.looseQueries ? SOURCE_COMPARISON[token.value] : undefined);
}

function parseCondition(c: Cursor): Expression {
  let condition = parseConditionAfter(c, parseAdditive(c));
  // MySQL and SQLite read comparisons left to right: a > 1 IS NULL is (a > 1) IS NULL.
  while (c.syntax.looseQueries && (c.isWord('IS') || comparisonOperator(c)))
    condition = parseConditionAfter(c, condition);
  return condition;
}

/** The condition whose left operand is `left`, or `left` when no condition operator follows. */
function parseConditionAfter(c: Cursor, left: Expression): Expression {
  // A condition's position is where it starts, so that errors point at its first word.
  const at = left.at;
  const comparison = comparisonOperator(c);
  if (comparison) {
    c.next();
    const op = comparison;
    if (c.isWord('ANY') || c.isWord('SOME') || c.isWord('ALL')) {
      const quantifier = c.next().value === 'ALL' ? 'ALL' : 'ANY';
      c.expectSymbol('(');
      const right = isQueryStart(c) ? parseQuery(c) : parseExpressionList(c);
      c.expectSymbol(')');
      return { kind: 'quantified', at, op, quantifier, left, right };
    }
    return { kind: 'binary', at, op, left, right: parseAdditive(c) };
  }
  if (c.isWord('IS')) {
    c.next();
    const not = c.acceptWord('NOT');
    if (c.acceptWord('NULL')) return { kind: 'is-null', at, not, expression: left };
    if (c.syntax.looseQueries) return parseSourceTruthTest(c, left, not);
    if (c.isWord('NAN') || c.isWord('INFINITE') || c.isWord('A') || c.isWord('OF') || c.isWord('EMPTY')) {
      c.unsupported(`IS ${c.peek().value}`, 'this condition has no PostgreSQL counterpart in Decant yet');
    }
    c.fail('NULL');
  }
  if (c.syntax.sqliteOperators) {
    // SQLite's postfix forms: x ISNULL, x NOTNULL, x NOT NULL.
    if (c.acceptWord('ISNULL')) return { kind: 'is-null', at, not: false, expression: left };
    if (c.acceptWord('NOTNULL') || c.acceptWord('NOT', 'NULL'))
      return { kind: 'is-null', at, not: true, expression: left };
  }
  if (c.syntax.looseQueries) refuseSourceCondition(c);
  const not =
    c.isWord('NOT') && (c.isWord('NOT', 'LIKE') || c.isWord('NOT', 'IN') || c.isWord('NOT', 'BETWEEN'));
  if (not) c.next();
  if (c.isWord('LIKE') || c.isWord('LIKEC') || c.isWord('LIKE2') || c.isWord('LIKE4')) {
    c.next();
    const pattern = parseAdditive(c);
    const escape = c.acceptWord('ESCAPE') ? parseAdditive(c) : undefined;
    return { kind: 'like', at, not, expression: left, pattern, ...(escape ? { escape } : {}) };
  }
  if (c.acceptWord('BETWEEN')) {
    const low = parseAdditive(c);
    c.expectWord('AND');
    return { kind: 'between', at, not, expression: left, low, high: parseAdditive(c) };
  }
  if (c.acceptWord('IN')) {
    if (!c.isSymbol('(')) {
      // `x IN :list` or `x IN other_expression`: Oracle takes a single expression.
      return { kind: 'in-list', at, not, expression: left, list: [parseAdditive(c)] };
    }
    c.expectSymbol('(');
    if (isQueryStart(c)) {
      const query = parseQuery(c);
      c.expectSymbol(')');
      return { kind: 'in-query', at, not, expression: left, query };
    }
    const list = parseExpressionList(c);
    c.expectSymbol(')');
    return { kind: 'in-list', at, not, expression: left, list };
  }
  if (not) c.fail('LIKE, IN or BETWEEN');
  return left;
}

export function parseAdditive(c: Cursor): Expression {
  let left = parseMultiplicative(c);
  for (;;) {
    const token = c.peek();
    if (c.syntax.looseQueries) refuseSourceOperator(c);
    if (
      token.kind !== TokenKind.Symbol ||
      (token.value !== '+' &&
        token.value !== '-' &&
        (token.value !== '||' || c.syntax.pipes !== 'concatenation'))
    ) {
      return left;
    }
    c.next();
    left = { kind: 'binary', at: left.at, op: token.value, left, right: parseMultiplicative(c) };
  }
}

function parseMultiplicative(c: Cursor): Expression {
  const operand = c.syntax.pipes === 'tight-concatenation' ? parseTightConcatenation : parseUnary;
  let left = operand(c);
  for (;;) {
    const op = multiplicativeOperator(c);
    if (!op) return left;
    c.next();
    left = { kind: 'binary', at: left.at, op, left, right: operand(c) };
  }
}

/** * and /; MySQL's and SQLite's %; MySQL's DIV and MOD (MOD is %). */
function multiplicativeOperator(c: Cursor): BinaryOperator | undefined {
  const token = c.peek();
  if (token.kind === TokenKind.Symbol) {
    if (token.value === '*' || token.value === '/') return token.value;
    if (token.value === '%' && c.syntax.looseQueries) return '%';
    return undefined;
  }
  if (!c.syntax.mysqlOperators) return undefined;
  if (c.isWord('DIV')) return 'DIV';
  if (c.isWord('MOD')) return '%';
  return undefined;
}

/** SQLite's ||, which binds tighter than * and /. */
function parseTightConcatenation(c: Cursor): Expression {
  let left = parseUnary(c);
  while (c.isSymbol('||')) {
    c.next();
    left = { kind: 'binary', at: left.at, op: '||', left, right: parseUnary(c) };
  }
  return left;
}

function parseUnary(c: Cursor): Expression {
  const token = c.peek();
  if (token.kind === TokenKind.Symbol && (token.value === '-' || token.value === '+')) {
    c.next();
    return { kind: 'unary', at: token.start, op: token.value, operand: parseUnary(c) };
  }
  // MySQL's ! is NOT, binding as tightly as a sign.
  if (c.syntax.mysqlOperators && c.isSymbol('!')) {
    c.next();
    return { kind: 'unary', at: token.start, op: 'NOT', operand: parseUnary(c) };
  }
  if (c.syntax.looseQueries) refuseSourceOperator(c);
  if (c.isWord('PRIOR') || c.isWord('CONNECT_BY_ROOT')) {
    c.next();
    return {
      kind: 'unary',
      at: token.start,
      op: token.value as 'PRIOR' | 'CONNECT_BY_ROOT',
      operand: parseUnary(c),
    };
  }
  return parsePostfix(c, parsePrimary(c));
}

/** `expr AT TIME ZONE z`, `expr AT LOCAL`. */
function parsePostfix(c: Cursor, expression: Expression): Expression {
  for (;;) {
    if (c.syntax.looseQueries && c.isWord('COLLATE')) {
      c.unsupported(
        'COLLATE',
        "the source's collations have no PostgreSQL namesakes, and they decide what compares equal",
      );
    }
    if (c.isWord('AT', 'TIME', 'ZONE')) {
      const at = c.next().start;
      c.next();
      c.next();
      expression = { kind: 'at-time-zone', at, expression, zone: parsePrimary(c) };
    } else if (c.isWord('AT', 'LOCAL')) {
      const at = c.next().start;
      c.next();
      expression = { kind: 'at-time-zone', at, expression, zone: 'LOCAL' };
    } else {
      return expression;
    }
  }
}

export function parseExpressionList(c: Cursor): Expression[] {
  const list = [parseExpression(c)];
  while (c.acceptSymbol(',')) list.push(parseExpression(c));
  return list;
}

const INTERVAL_UNITS = new Set(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND']);

function parsePrimary(c: Cursor): Expression {
  const token = c.peek();
  const at = token.start;
  switch (token.kind) {
    case TokenKind.Number:
      c.next();
      return { kind: 'literal', at, type: 'number', value: token.value };
    case TokenKind.String:
      if (token.flag === 'binary-string') {
        c.unsupported(
          `the binary literal ${token.text}`,
          'it is a byte string or a number depending on where it is used',
          at,
          "write the value as a number or as a string ('...')",
        );
      }
      c.next();
      return {
        kind: 'literal',
        at,
        type: 'string',
        value: token.value,
        ...(token.flag === 'national' ? { national: true } : {}),
      };
    case TokenKind.BindVariable:
      c.next();
      return token.text.startsWith('$')
        ? { kind: 'bind', at, name: token.value, positional: true }
        : { kind: 'bind', at, name: token.value };
    case TokenKind.Symbol:
      if (token.value === '(') return parseParenthesized(c);
      if (token.value === '*') {
        c.next();
        return { kind: 'star', at };
      }
      return c.fail('an expression');
    case TokenKind.QuotedIdentifier:
      return parseNameOrCall(c);
    case TokenKind.Word:
      return parseWord(c);
    default:
      return c.fail('an expression');
  }
}

function parseParenthesized(c: Cursor): Expression {
  const at = c.expectSymbol('(').start;
  if (isQueryStart(c)) {
    const query = parseQuery(c);
    c.expectSymbol(')');
    return { kind: 'subquery', at, query };
  }
  const items = parseExpressionList(c);
  c.expectSymbol(')');
  return items.length === 1 ? { kind: 'paren', at, expression: items[0]! } : { kind: 'tuple', at, items };
}

function parseWord(c: Cursor): Expression {
  const token = c.peek();
  const at = token.start;
  const next = c.peek(1);
  if (
    c.syntax.mysqlLexicon &&
    token.value.startsWith('_') &&
    next.kind === TokenKind.String &&
    next.start.offset === token.end
  ) {
    return parseIntroducedString(c);
  }
  switch (token.value) {
    case 'NULL':
      c.next();
      return { kind: 'literal', at, type: 'null', value: 'NULL' };
    case 'TRUE':
    case 'FALSE':
      c.next();
      return { kind: 'literal', at, type: 'boolean', value: token.value };
    case 'DATE':
    case 'TIMESTAMP':
      if (next.kind === TokenKind.String) {
        c.next();
        c.next();
        // TIMESTAMP '... +02:00' (or a region) is Oracle's TIMESTAMP WITH TIME ZONE literal;
        // PostgreSQL's TIMESTAMP would drop the zone without a word.
        const type =
          token.value === 'TIMESTAMP' && namesTimeZone(next.value) ? 'TIMESTAMP WITH TIME ZONE' : token.value;
        return { kind: 'typed-literal', at, type, value: next.value };
      }
      break;
    case 'INTERVAL':
      if (c.syntax.mysqlOperators) return parseIntervalExpression(c);
      if (next.kind === TokenKind.String) return parseIntervalLiteral(c);
      break;
    case 'CONVERT':
      if (c.syntax.mysqlOperators && next.value === '(') return parseConvert(c);
      break;
    case 'CASE':
      return parseCase(c);
    case 'EXISTS':
      if (next.value === '(') {
        c.next();
        c.expectSymbol('(');
        const query = parseQuery(c);
        c.expectSymbol(')');
        return { kind: 'exists', at, query };
      }
      break;
    case 'CAST':
      if (next.value === '(') {
        c.next();
        c.expectSymbol('(');
        if (c.isWord('MULTISET')) c.unsupported('CAST(MULTISET ...)', 'PostgreSQL has no nested tables');
        const expression = parseExpression(c);
        c.expectWord('AS');
        const type = parseDataType(c);
        c.expectSymbol(')');
        return { kind: 'cast', at, expression, type };
      }
      break;
    case 'EXTRACT':
      if (next.value === '(') {
        c.next();
        c.expectSymbol('(');
        const field = c.next();
        if (field.kind !== TokenKind.Word) c.fail('a date or time field', field);
        c.expectWord('FROM');
        const from = parseExpression(c);
        c.expectSymbol(')');
        return { kind: 'extract', at, field: field.value, from };
      }
      break;
    case 'TRIM':
      // SQLite's TRIM(x, characters) is a plain function.
      if (next.value === '(' && !c.syntax.sqliteOperators) return parseTrim(c);
      break;
    case 'MULTISET':
    case 'CURSOR':
      if (next.value === '(')
        c.unsupported(token.value, 'PostgreSQL has no nested collections or cursor expressions');
      break;
  }
  return parseNameOrCall(c);
}

function parseIntervalLiteral(c: Cursor): Expression {
  const at = c.next().start;
  const value = c.next().value;
  const unit = (): string => {
    const word = c.next();
    if (!INTERVAL_UNITS.has(word.value)) c.fail('YEAR, MONTH, DAY, HOUR, MINUTE or SECOND', word);
    if (c.acceptSymbol('(')) {
      c.next();
      if (c.acceptSymbol(',')) c.next();
      c.expectSymbol(')');
    }
    return word.value;
  };
  let qualifier = unit();
  if (c.acceptWord('TO')) qualifier += ` TO ${unit()}`;
  return { kind: 'interval-literal', at, value, qualifier };
}

function parseCase(c: Cursor): Expression {
  const at = c.expectWord('CASE').start;
  const operand = c.isWord('WHEN') ? undefined : parseExpression(c);
  const whens = [];
  while (c.acceptWord('WHEN')) {
    const when = parseExpression(c);
    c.expectWord('THEN');
    whens.push({ when, then: parseExpression(c) });
  }
  if (whens.length === 0) c.fail('WHEN');
  const otherwise = c.acceptWord('ELSE') ? parseExpression(c) : undefined;
  c.expectWord('END');
  return {
    kind: 'case',
    at,
    ...(operand ? { operand } : {}),
    whens,
    ...(otherwise ? { else: otherwise } : {}),
  };
}

function parseTrim(c: Cursor): Expression {
  const at = c.next().start;
  c.expectSymbol('(');
  let side: 'BOTH' | 'LEADING' | 'TRAILING' = 'BOTH';
  let explicitSide = false;
  if (c.isWord('BOTH') || c.isWord('LEADING') || c.isWord('TRAILING')) {
    side = c.next().value as typeof side;
    explicitSide = true;
  }
  if (explicitSide && c.acceptWord('FROM')) {
    const from = parseExpression(c);
    c.expectSymbol(')');
    return { kind: 'trim', at, side, from };
  }
  const first = parseExpression(c);
  if (c.acceptWord('FROM')) {
    const from = parseExpression(c);
    c.expectSymbol(')');
    return { kind: 'trim', at, side, characters: first, from };
  }
  c.expectSymbol(')');
  return { kind: 'trim', at, side, from: first };
}

function parseNameOrCall(c: Cursor): Expression {
  const at = c.at;
  const parts: Name[] = [c.name()];
  for (;;) {
    if (c.isSymbol('.') && c.isSymbol('*', 1)) {
      c.next();
      c.next();
      return { kind: 'star', at, qualifier: parts };
    }
    if (c.isSymbol('.') && c.isName(1)) {
      c.next();
      parts.push(c.name());
      continue;
    }
    break;
  }
  if (c.isSymbol('@')) {
    c.unsupported(
      'a database link',
      'PostgreSQL cannot reach another database from a query',
      at,
      'copy the remote data into the target, or use postgres_fdw by hand',
    );
  }
  if (c.isSymbol('(') && c.isSymbol('+', 1) && c.isSymbol(')', 2)) {
    c.next();
    c.next();
    c.next();
    return { kind: 'column', at, parts, outerJoin: true };
  }
  if (c.isSymbol('(')) return parseCall(c, at, parts);
  return { kind: 'column', at, parts };
}

/** Whether a timestamp literal's text goes on after its time with an offset or a region. */
function namesTimeZone(value: string): boolean {
  const [, time, zone] = value.trim().split(/\s+/);
  return zone !== undefined || (time !== undefined && (time.includes('+') || time.includes('-')));
}
