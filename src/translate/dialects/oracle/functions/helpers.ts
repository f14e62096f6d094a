/**
 * The small vocabulary the function tables are written in: rename, call the compatibility
 * schema, refuse, check the number of arguments, mark a result's type, Oracle's '' as NULL.
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import type { Position } from '../../../tokens/token.js';
import type { RuleContext } from '../../dialect.js';
import { call, compatCall, string } from '../../build.js';
import { inferType, RETURNS } from '../infer-type.js';
import { nlsFormatNote, printWithNls } from '../nls.js';

export type FunctionTranslation = (call: FunctionCall, ctx: RuleContext) => Expression;

export const fnName = (f: FunctionCall): string => `${f.name.map((n) => n.value).join('.')}()`;

/** Marks a built call with the type of its result, for inferType. */
export const returning = (type: keyof typeof RETURNS, e: Expression): Expression =>
  e.kind === 'call' ? { ...e, origin: RETURNS[type] } : e;

/** Same meaning in PostgreSQL under another name. */
export const rename =
  (name: string, type?: keyof typeof RETURNS): FunctionTranslation =>
  (f) => {
    const renamed: FunctionCall = { ...f, name: [{ value: name, quoted: false }] };
    return type ? returning(type, renamed) : renamed;
  };

/** Same meaning and name: kept, with its result type known. */
export const same =
  (type: keyof typeof RETURNS): FunctionTranslation =>
  (f) =>
    returning(type, f);

/** Same meaning only through a function of the compatibility schema. */
export const compat =
  (name: string, type?: keyof typeof RETURNS, min = 0, max = Infinity): FunctionTranslation =>
  (f, ctx) => {
    arity(f, min, max);
    const built = compatCall(ctx, f.at, name, ...f.args);
    return type ? returning(type, built) : built;
  };

/** Refused: no PostgreSQL counterpart. */
export const refuse =
  (why: string, hint?: string): FunctionTranslation =>
  (f) => {
    throw unsupported(f.at, fnName(f), why, hint);
  };

export function arity(f: FunctionCall, min: number, max = min): void {
  if (f.args.length < min || f.args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw unsupported(f.at, fnName(f), `it takes ${expected} arguments, not ${f.args.length}`);
  }
}

/** A plain scalar call: no analytic or aggregate clauses PostgreSQL would read differently. */
export function plain(f: FunctionCall): void {
  if (f.over || f.distinct || f.withinGroup || f.keep || f.options?.length) {
    throw unsupported(f.at, fnName(f), 'this function takes no analytic or aggregate clause');
  }
}

/** Oracle has no empty strings: a string function's '' result is NULL. */
export const nullIfEmpty = (at: Position, e: Expression): Expression =>
  returning('string', call(at, 'NULLIF', e, string(at, '')));

/**
 * An argument Oracle converts to a string implicitly: a number goes through TO_CHAR's default
 * conversion (compat to_char), a date through the session's NLS format (nls.ts), a string or
 * an unknown type is kept.
 */
export function asText(e: Expression, ctx: RuleContext): Expression {
  const type = inferType(e, ctx);
  if (e.kind === 'literal' && e.type === 'number') return string(e.at, canonicalNumber(e.value));
  if (type === 'date' || type === 'timestamp') {
    ctx.review(e.at, 'a date converted to text', `it is printed as ${nlsFormatNote(ctx, type)}`);
    return printWithNls(ctx, e, type);
  }
  if (type === 'number') return returning('string', compatCall(ctx, e.at, 'to_char', e));
  return e;
}

/** A number literal as Oracle's TO_CHAR prints it: no trailing zeros, no leading 0 before the point. */
export function canonicalNumber(literal: string): string {
  const lower = literal.toLowerCase();
  if (lower.includes('e') || lower.endsWith('f') || lower.endsWith('d')) return literal;
  let text = literal;
  if (text.includes('.')) {
    while (text.endsWith('0')) text = text.slice(0, -1);
    if (text.endsWith('.')) text = text.slice(0, -1);
  }
  while (text.startsWith('0') && text.length > 1 && text[1] !== undefined) text = text.slice(1);
  return text === '' ? '0' : text;
}
