/**
 * The vocabulary the MySQL and SQLite function tables are written in. Every call of theirs
 * is translated or refused by name: none passes through unexamined, since a name both
 * PostgreSQL and the source know can mean something else (MySQL's LOG is the natural
 * logarithm, SQLite's LENGTH counts characters). A stored function of the source is refused
 * too: its body is not migrated with the view.
 */
import { oracleName, type Expression, type FunctionCall } from '../ast/node.js';
import { unsupported } from '../diagnostics.js';
import type { Syntax } from '../syntax.js';
import { call, cast, nullLiteral, number, numberValue, pgType } from './build.js';
import type { RuleContext } from './dialect.js';
import { asValue } from './numeric-booleans.js';

export type FunctionTranslation = (f: FunctionCall, ctx: RuleContext) => Expression;

/** The call's name as written, for messages: `date_format()`. */
export const fnName = (f: FunctionCall): string => `${f.name.map((n) => n.value).join('.')}()`;

export function arity(f: FunctionCall, min: number, max = min): void {
  if (f.args.length < min || f.args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw unsupported(f.at, fnName(f), `it takes ${expected} arguments, not ${f.args.length}`);
  }
}

/** A plain scalar call: no DISTINCT, ORDER BY, * or OVER, which would mean something else. */
export function plain(f: FunctionCall): void {
  if (f.over || f.distinct || f.star || f.argumentOrder || f.argNames?.some(Boolean)) {
    throw unsupported(f.at, fnName(f), 'this function takes no aggregate or window clause');
  }
}

/** A PostgreSQL scalar function of the same meaning. */
export const scalar =
  (name: string, min: number, max = min): FunctionTranslation =>
  (f) => {
    arity(f, min, max);
    plain(f);
    return call(f.at, name, ...f.args);
  };

/** An aggregate or window function of the same meaning, its DISTINCT, ORDER BY and OVER kept. */
export const aggregate =
  (name: string, min: number, max = min): FunctionTranslation =>
  (f) => {
    if (!f.star) arity(f, min, max);
    if (f.argNames?.some(Boolean)) throw unsupported(f.at, fnName(f), 'it takes no named argument');
    return { ...f, name: [oracleName(name)] };
  };

/** A window function: MySQL and SQLite, like PostgreSQL, want its OVER clause. */
const windowOnly =
  (name: string, min: number, max = min): FunctionTranslation =>
  (f, ctx) => {
    if (!f.over) throw unsupported(f.at, fnName(f), 'a window function needs an OVER clause');
    return aggregate(name, min, max)(f, ctx);
  };

/** The SQL standard's window functions, which MySQL, SQLite and PostgreSQL all know by these names. */
export const WINDOW_FUNCTIONS: Readonly<Record<string, FunctionTranslation>> = {
  ROW_NUMBER: windowOnly('ROW_NUMBER', 0),
  RANK: windowOnly('RANK', 0),
  DENSE_RANK: windowOnly('DENSE_RANK', 0),
  PERCENT_RANK: windowOnly('PERCENT_RANK', 0),
  CUME_DIST: windowOnly('CUME_DIST', 0),
  NTILE: windowOnly('NTILE', 1),
  LAG: windowOnly('LAG', 1, 3),
  LEAD: windowOnly('LEAD', 1, 3),
  FIRST_VALUE: windowOnly('FIRST_VALUE', 1),
  LAST_VALUE: windowOnly('LAST_VALUE', 1),
  NTH_VALUE: windowOnly('NTH_VALUE', 2),
};

/** Refused, saying why. */
export const refuse =
  (why: string, hint?: string): FunctionTranslation =>
  (f) => {
    throw unsupported(f.at, fnName(f), why, hint);
  };

/**
 * The expression as text, as the source converts it for || and CONCAT: a string literal and
 * a concatenation are text already, anything else is cast.
 */
export const asText = (e: Expression): Expression =>
  (e.kind === 'literal' && e.type === 'string') || (e.kind === 'binary' && e.op === '||')
    ? e
    : cast(e, pgType(e.at, 'text'));

/** A count or position for a PostgreSQL function that takes integer (SUBSTR, LEFT, REPEAT): a bigint column is not one. */
export const asInteger = (e: Expression): Expression =>
  numberValue(e) !== undefined ? e : cast(e, pgType(e.at, 'integer'));

/** A divisor the source turns into NULL when it is 0, where PostgreSQL raises an error. */
export function nullIfZero(e: Expression): Expression {
  const n = numberValue(e);
  return n !== undefined && n !== 0 ? e : call(e.at, 'NULLIF', e, number(e.at, 0));
}

/** NULL when any of `args` is NULL, else `result`: the source's rule for GREATEST, LEAST, scalar MAX, ... */
export function nullIfAnyNull(f: FunctionCall, args: readonly Expression[], result: Expression): Expression {
  const nullable = args.filter((a) => !(a.kind === 'literal' && a.type !== 'null'));
  if (nullable.length === 0) return result;
  const anyNull = nullable
    .map((a): Expression => ({ kind: 'is-null', at: a.at, not: false, expression: a }))
    .reduce((left, right) => ({ kind: 'binary', at: f.at, op: 'OR', left, right }));
  return { kind: 'case', at: f.at, whens: [{ when: anyNull, then: nullLiteral(f.at) }], else: result };
}

/**
 * A call through `table` (upper-case names): its arguments as values (numeric-booleans.ts),
 * then its translation. A name the table lacks, or a qualified or quoted one (a stored
 * function), is refused.
 */
export function translateCall(
  table: Readonly<Record<string, FunctionTranslation>>,
  syntax: Syntax,
  f: FunctionCall,
  ctx: RuleContext,
): Expression {
  const [only, ...more] = f.name;
  if (!only || more.length || only.quoted) {
    throw unsupported(
      f.at,
      `the stored function ${fnName(f)}`,
      `Decant migrates ${syntax.language} routines for review, not as PostgreSQL functions`,
      'create the function in PostgreSQL first, then the view by hand',
    );
  }
  const translation = table[only.value.toUpperCase()];
  if (!translation) {
    throw unsupported(
      f.at,
      fnName(f),
      `Decant does not translate this ${syntax.language} function`,
      'rewrite the view without it, or create the view by hand in PostgreSQL',
    );
  }
  return translation({ ...f, args: f.args.map(asValue) }, ctx);
}

/**
 * GROUP_CONCAT as both sources mean it: the group's texts joined by `separator`, in the
 * call's ORDER BY. With DISTINCT, array_agg takes `value` as it is, so that ORDER BY the
 * value stays allowed; otherwise string_agg takes `text`.
 */
export function joinGroup(
  f: FunctionCall,
  value: Expression,
  text: Expression,
  separator: Expression,
): Expression {
  const order = f.argumentOrder ? { argumentOrder: f.argumentOrder } : {};
  if (f.distinct) {
    const array: Expression = {
      kind: 'call',
      at: f.at,
      name: [oracleName('ARRAY_AGG')],
      args: [value],
      distinct: true,
      ...order,
    };
    return call(f.at, 'ARRAY_TO_STRING', array, separator);
  }
  return { kind: 'call', at: f.at, name: [oracleName('STRING_AGG')], args: [text, separator], ...order };
}
