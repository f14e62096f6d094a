/**
 * Oracle's character functions. Oracle has no empty string, so a result that would be ''
 * is NULL (NULLIF(..., '')); numbers and dates given to a string function are converted with
 * TO_CHAR's defaults, as Oracle converts them implicitly.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Character-Functions-Returning-Character-Values.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import type { RuleContext } from '../../dialect.js';
import { call, compatCall, numberValue, string, stringValue } from '../../build.js';
import { arity, asText, nullIfEmpty, plain, returning, type FunctionTranslation } from './helpers.js';

const isPositiveInteger = (e: Expression | undefined): boolean => {
  const n = numberValue(e);
  return n !== undefined && Number.isInteger(n) && n >= 1;
};

const textArgs = (f: FunctionCall, ctx: RuleContext, count = f.args.length): Expression[] =>
  f.args.map((a, i) => (i < count ? asText(a, ctx) : a));

/** A PostgreSQL function of the same name and meaning whose '' result must become NULL. */
const stringResult =
  (name: string, min: number, max: number, textCount = max): FunctionTranslation =>
  (f, ctx) => {
    arity(f, min, max);
    plain(f);
    return nullIfEmpty(f.at, call(f.at, name, ...textArgs(f, ctx, textCount)));
  };

/** SUBSTR: positions from 1 written as literals need nothing but the '' rule; others go to compat. */
const substr: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 3);
  plain(f);
  const [s, position, length] = f.args as [Expression, Expression, Expression?];
  const text = asText(s, ctx);
  if (isPositiveInteger(position) && (length === undefined || isPositiveInteger(length))) {
    return nullIfEmpty(f.at, call(f.at, 'SUBSTR', text, ...f.args.slice(1)));
  }
  return returning('string', compatCall(ctx, f.at, 'substr', text, ...f.args.slice(1)));
};

const instr: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 4);
  plain(f);
  const args = textArgs(f, ctx, 2);
  if (args.length === 2) return returning('number', call(f.at, 'STRPOS', ...args));
  return returning('number', compatCall(ctx, f.at, 'instr', ...args));
};

/** REPLACE: a NULL replacement removes, a NULL search keeps the string (PostgreSQL's is strict). */
const replace: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 3);
  plain(f);
  const [s, search, replacement] = f.args as [Expression, Expression, Expression?];
  const text = asText(s, ctx);
  const literalReplacement =
    replacement === undefined || (replacement.kind === 'literal' && replacement.type === 'null')
      ? string(f.at, '')
      : stringValue(replacement) !== undefined
        ? replacement
        : undefined;
  if (stringValue(search) !== undefined && literalReplacement) {
    return nullIfEmpty(f.at, call(f.at, 'REPLACE', text, search, literalReplacement));
  }
  return returning('string', compatCall(ctx, f.at, 'replace', text, ...f.args.slice(1)));
};

/** CONCAT skips NULLs in both; Oracle's result '' (both NULL) is NULL. */
const concat: FunctionTranslation = (f, ctx) => {
  arity(f, 2);
  plain(f);
  const args = textArgs(f, ctx);
  const built = call(f.at, 'CONCAT', ...args);
  return args.some((a) => stringValue(a) !== undefined)
    ? returning('string', built)
    : nullIfEmpty(f.at, built);
};

const numberOf =
  (name: string): FunctionTranslation =>
  (f, ctx) => {
    arity(f, 1);
    plain(f);
    return returning('number', call(f.at, name, asText(f.args[0]!, ctx)));
  };

const sameString =
  (name: string, count: number): FunctionTranslation =>
  (f, ctx) => {
    arity(f, count);
    plain(f);
    return returning('string', call(f.at, name, ...textArgs(f, ctx)));
  };

export const STRING_FUNCTIONS: Record<string, FunctionTranslation> = {
  SUBSTR: substr,
  INSTR: instr,
  // The length is in characters in both; a pad of '' is NULL already, so the result is NULL.
  LPAD: stringResult('LPAD', 2, 3, 1),
  RPAD: stringResult('RPAD', 2, 3, 1),
  LTRIM: stringResult('LTRIM', 1, 2),
  RTRIM: stringResult('RTRIM', 1, 2),
  // A NULL `to` gives NULL in both (PostgreSQL's translate is strict); removing every character gives ''.
  TRANSLATE: stringResult('TRANSLATE', 3, 3),
  REPLACE: replace,
  CONCAT: concat,
  // Words are runs of letters and digits in both.
  INITCAP: sameString('INITCAP', 1),
  UPPER: sameString('UPPER', 1),
  LOWER: sameString('LOWER', 1),
  LENGTH: numberOf('LENGTH'),
  LENGTHB: numberOf('OCTET_LENGTH'),
  ASCII: numberOf('ASCII'),
  CHR: (f) => (arity(f, 1), plain(f), returning('string', call(f.at, 'CHR', f.args[0]!))),
};
