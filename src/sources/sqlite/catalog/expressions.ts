/**
 * Small SQLite expressions (CHECK constraints, index expressions, partial-index WHERE
 * clauses, column defaults) made PostgreSQL, token by token. Only what means the same in
 * both is translated: column names, literals, comparison and arithmetic operators,
 * AND/OR/NOT/IN/BETWEEN/CASE, IS [NOT] NULL, and functions of the same meaning. Anything
 * else is refused with the construct named, so that the caller reports it instead of
 * emitting something that means another thing. Views and triggers are not handled here.
 */
import { quoteIdent, quoteLiteral } from '../../../core/sql/ident.js';
import { isOp, isWord, type Token } from './tokens.js';
import type { TargetKind } from '../types.js';

export type Translated = { sql: string } | { unsupported: string };

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS',
  'NULL',
  'BETWEEN',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'TRUE',
  'FALSE',
  'ESCAPE',
]);

/** SQLite functions that PostgreSQL has under the same or another name with the same meaning. */
const FUNCTIONS: Record<string, string> = {
  ABS: 'abs',
  COALESCE: 'coalesce',
  IFNULL: 'coalesce',
  NULLIF: 'nullif',
  LOWER: 'lower',
  UPPER: 'upper',
  LENGTH: 'length',
  TRIM: 'btrim',
  LTRIM: 'ltrim',
  RTRIM: 'rtrim',
  REPLACE: 'replace',
  INSTR: 'strpos',
};

const OPERATORS: Record<string, string> = {
  '==': '=',
  '=': '=',
  '!=': '<>',
  '<>': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '%': '%',
  '||': '||',
  '(': '(',
  ')': ')',
  ',': ',',
};

/**
 * `columns` maps lower-cased column names to their names as declared; `table` is the
 * table's name, which may qualify a column (t.c).
 */
export function translateExpression(
  tokens: readonly Token[],
  columns: ReadonlyMap<string, string>,
  table: string,
): Translated {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const column =
      token.kind === 'word' || token.kind === 'ident' ? columns.get(token.value.toLowerCase()) : undefined;
    if ((token.kind === 'word' || token.kind === 'ident') && isOp(next, '.')) {
      if (token.value.toLowerCase() !== table.toLowerCase()) return { unsupported: `the name ${token.text}` };
      i++;
    } else if (token.kind === 'word' && token.value === 'LIKE') {
      // SQLite's LIKE ignores the case of ASCII letters (https://www.sqlite.org/lang_expr.html#like).
      out.push('ILIKE');
    } else if (token.kind === 'word' && token.value === 'IS') {
      const operand = isWord(next, 'NOT') ? tokens[i + 2] : next;
      if (!isWord(operand, 'NULL', 'TRUE', 'FALSE')) return { unsupported: 'IS between two values' };
      out.push('IS');
    } else if (token.kind === 'word' && KEYWORDS.has(token.value)) {
      out.push(token.value);
    } else if (token.kind === 'word' && isOp(next, '(')) {
      const name = FUNCTIONS[token.value];
      if (!name) return { unsupported: `the function ${token.text}()` };
      out.push(name);
    } else if (column !== undefined) {
      out.push(quoteIdent(column));
    } else if (token.kind === 'string') {
      out.push(quoteLiteral(token.value));
    } else if (token.kind === 'blob') {
      out.push(`'\\x${token.value}'::bytea`);
    } else if (token.kind === 'number' && !/^0[xX]/.test(token.text) && !token.text.includes('_')) {
      out.push(token.text);
    } else if (token.kind === 'op' && OPERATORS[token.text]) {
      out.push(OPERATORS[token.text]!);
    } else {
      return { unsupported: unsupportedToken(token) };
    }
  }
  return out.length ? { sql: spaced(out) } : { unsupported: 'an empty expression' };
}

/** SQLite's pattern and match operators (https://www.sqlite.org/lang_expr.html#like), which PostgreSQL spells otherwise. */
const SQLITE_OPERATORS = new Set(['GLOB', 'REGEXP', 'MATCH']);

function unsupportedToken(token: Token): string {
  if (token.kind === 'op' || (token.kind === 'word' && SQLITE_OPERATORS.has(token.value)))
    return `the operator ${token.text}`;
  if (token.kind === 'word' || token.kind === 'ident') return `the name ${token.text}`;
  return token.text;
}

/** Tokens joined as a person writes them: f(a, b), (x), not f ( a , b ). */
function spaced(parts: readonly string[]): string {
  let sql = '';
  for (const [i, part] of parts.entries()) {
    const previous = parts[i - 1];
    const tight =
      i === 0 ||
      previous === '(' ||
      part === ')' ||
      part === ',' ||
      (part === '(' && previous !== undefined && /^[a-z_]+$/.test(previous));
    sql += tight ? part : ` ${part}`;
  }
  return sql;
}

/** CURRENT_TIMESTAMP and friends: SQLite's give UTC text (https://www.sqlite.org/lang_createtable.html#the_default_clause). */
const NOW_UTC = `(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')`;
const CURRENT: Record<string, Partial<Record<TargetKind, string>>> = {
  CURRENT_TIMESTAMP: {
    timestamp: `date_trunc('second', ${NOW_UTC})`,
    text: `to_char(${NOW_UTC}, 'YYYY-MM-DD HH24:MI:SS')`,
  },
  CURRENT_DATE: { date: `${NOW_UTC}::date`, text: `to_char(${NOW_UTC}, 'YYYY-MM-DD')` },
  CURRENT_TIME: { text: `to_char(${NOW_UTC}, 'HH24:MI:SS')` },
};

const INTEGER_KINDS: readonly TargetKind[] = ['int2', 'int4', 'int8'];
const NUMBER_KINDS: readonly TargetKind[] = [...INTEGER_KINDS, 'float8', 'numeric'];
const TEXT_KINDS: readonly TargetKind[] = ['text', 'varchar', 'json', 'date', 'timestamp'];

/**
 * A column default for a column of `kind`: literals that mean the same value in the target
 * column, and CURRENT_TIMESTAMP/DATE/TIME. Null means "no default"; unsupported means the
 * default is dropped and noted.
 */
export function translateDefault(tokens: readonly Token[], kind: TargetKind): Translated | null {
  let inner = [...tokens];
  while (isOp(inner[0], '(') && isOp(inner.at(-1), ')')) inner = inner.slice(1, -1);
  let sign = '';
  if (isOp(inner[0], '-') || isOp(inner[0], '+')) {
    sign = inner[0]!.text === '-' ? '-' : '';
    inner = inner.slice(1);
  }
  const literal = inner[0];
  if (inner.length !== 1 || !literal) return { unsupported: 'an expression' };
  if (isWord(literal, 'NULL')) return null;
  if (literal.kind === 'word' && CURRENT[literal.value]) {
    const sql = CURRENT[literal.value]![kind];
    return sql ? { sql } : { unsupported: `${literal.value} in a ${kind} column` };
  }
  if (isWord(literal, 'TRUE', 'FALSE')) {
    const truth = literal.value === 'TRUE';
    if (kind === 'bool') return { sql: String(truth) };
    if (NUMBER_KINDS.includes(kind)) return { sql: truth ? '1' : '0' };
    return { unsupported: `${literal.value} in a ${kind} column` };
  }
  if (literal.kind === 'number') {
    const integer = /^[0-9]+$/.test(literal.text);
    const number = `${sign}${literal.text}`;
    if (
      kind === 'bool' &&
      integer &&
      (Number(literal.text) === 0 || Number(literal.text) === 1) &&
      sign === ''
    )
      return { sql: Number(literal.text) === 1 ? 'true' : 'false' };
    if (INTEGER_KINDS.includes(kind))
      return integer ? { sql: number } : { unsupported: `${number} in an integer column` };
    if (NUMBER_KINDS.includes(kind))
      return /^[0-9.eE+-]+$/.test(literal.text) ? { sql: number } : { unsupported: number };
    if (TEXT_KINDS.includes(kind) && integer) return { sql: quoteLiteral(number) };
    return { unsupported: `${number} in a ${kind} column` };
  }
  if (sign) return { unsupported: 'a signed non-number' };
  if (literal.kind === 'string') {
    if (TEXT_KINDS.includes(kind)) return { sql: quoteLiteral(literal.value) };
    if (INTEGER_KINDS.includes(kind) && /^-?[0-9]+$/.test(literal.value)) return { sql: literal.value };
    return { unsupported: `the text ${literal.text} in a ${kind} column` };
  }
  if (literal.kind === 'blob' && kind === 'bytea') return { sql: `'\\x${literal.value}'::bytea` };
  return { unsupported: literal.text };
}
