/**
 * Oracle's REGEXP_ functions onto PostgreSQL 15's, which take their arguments in the same
 * order. What differs is the match parameter: Oracle's default lets '.' not match a newline
 * and anchors ^ $ at the string's ends, which is PostgreSQL's partial newline-sensitive mode
 * ('p'); Oracle 'n' (dot matches newline) is PostgreSQL's default, 'm' (multi-line) is 'n' or
 * 'w'. PostgreSQL's newline-sensitive modes also keep negated brackets ([^a], \D, \W, \S) from
 * matching a newline, which Oracle's do: a pattern with both is flagged for review.
 * REGEXP_REPLACE replaces every match unless told an occurrence, and a NULL replacement removes.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/REGEXP_REPLACE.html
 * https://www.postgresql.org/docs/15/functions-matching.html#POSIX-EMBEDDED-OPTIONS-TABLE
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import type { RuleContext } from '../../dialect.js';
import { call, number, string, stringValue } from '../../build.js';
import { arity, asText, fnName, nullIfEmpty, plain, returning, type FunctionTranslation } from './helpers.js';

const NEGATED = ['[^', '\\D', '\\W', '\\S'];

/** PostgreSQL flags for an Oracle match parameter and pattern; '' when the defaults agree. */
function flags(
  f: FunctionCall,
  pattern: Expression,
  parameter: Expression | undefined,
  ctx: RuleContext,
): string {
  let matchParameter = '';
  if (parameter !== undefined && !(parameter.kind === 'literal' && parameter.type === 'null')) {
    const value = stringValue(parameter);
    if (value === undefined) {
      throw unsupported(
        parameter.at,
        `the match parameter of ${fnName(f)}`,
        'Decant translates it only when written as a literal',
      );
    }
    matchParameter = value;
  }
  let caseFlag = '';
  let dotAll = false;
  let multiLine = false;
  let expanded = false;
  for (const ch of matchParameter) {
    if (ch === 'i' || ch === 'c') caseFlag = ch;
    else if (ch === 'n') dotAll = true;
    else if (ch === 'm') multiLine = true;
    else if (ch === 'x') expanded = true;
    else
      throw unsupported(
        parameter!.at,
        `the match parameter '${matchParameter}'`,
        `'${ch}' is not a match option`,
      );
  }
  const text = stringValue(pattern);
  const hasDot = text === undefined || text.includes('.');
  const hasNegated = text === undefined || NEGATED.some((n) => text.includes(n));
  let newline = dotAll ? (multiLine ? 'w' : '') : multiLine ? 'n' : hasDot ? 'p' : '';
  if (!dotAll && !multiLine && !hasDot) newline = '';
  if (newline && newline !== 'w' && hasNegated && (hasDot || multiLine)) {
    ctx.review(
      f.at,
      fnName(f),
      'negated brackets ([^...], \\D, \\W, \\S) do not match a newline in PostgreSQL here, as they do in Oracle',
    );
  }
  return caseFlag + newline + (expanded ? 'x' : '');
}

/** The arguments up to `count`, with Oracle's defaults filled in where a later one is needed. */
function filled(args: readonly Expression[], defaults: readonly Expression[], count: number): Expression[] {
  const out: Expression[] = [];
  for (let i = 0; i < count; i++) out.push(args[i] ?? defaults[i]!);
  return out;
}

const regexpLike: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 3);
  plain(f);
  const [s, pattern, parameter] = f.args as [Expression, Expression, Expression?];
  const fl = flags(f, pattern, parameter, ctx);
  return call(f.at, 'REGEXP_LIKE', asText(s, ctx), pattern, ...(fl ? [string(f.at, fl)] : []));
};

const regexpCount: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 4);
  plain(f);
  const fl = flags(f, f.args[1]!, f.args[3], ctx);
  const one = number(f.at, 1);
  const args = fl ? [...filled(f.args, [], 2), f.args[2] ?? one, string(f.at, fl)] : f.args.slice(0, 3);
  return returning('number', call(f.at, 'REGEXP_COUNT', asText(args[0]!, ctx), ...args.slice(1)));
};

const regexpSubstr: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 6);
  plain(f);
  const fl = flags(f, f.args[1]!, f.args[4], ctx);
  const one = number(f.at, 1);
  const defaults = [f.args[0]!, f.args[1]!, one, one];
  let args: Expression[];
  if (f.args.length === 6) args = [...f.args.slice(0, 4), string(f.at, fl), f.args[5]!];
  else if (fl) args = [...filled(f.args, defaults, 4), string(f.at, fl)];
  else args = f.args.slice(0, 4);
  return nullIfEmpty(f.at, call(f.at, 'REGEXP_SUBSTR', asText(args[0]!, ctx), ...args.slice(1)));
};

const regexpInstr: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 7);
  plain(f);
  const fl = flags(f, f.args[1]!, f.args[5], ctx);
  const one = number(f.at, 1);
  const defaults = [f.args[0]!, f.args[1]!, one, one, number(f.at, 0)];
  let args: Expression[];
  if (f.args.length === 7) args = [...f.args.slice(0, 5), string(f.at, fl), f.args[6]!];
  else if (fl) args = [...filled(f.args, defaults, 5), string(f.at, fl)];
  else args = f.args.slice(0, 5);
  return returning('number', call(f.at, 'REGEXP_INSTR', asText(args[0]!, ctx), ...args.slice(1)));
};

const regexpReplace: FunctionTranslation = (f, ctx) => {
  arity(f, 2, 6);
  plain(f);
  const [s, pattern, replacement, position, occurrence, parameter] = f.args as Expression[];
  const fl = flags(f, pattern!, parameter, ctx);
  const literal =
    replacement === undefined || (replacement.kind === 'literal' && replacement.type === 'null');
  const replaceWith = literal
    ? string(f.at, '')
    : stringValue(replacement) !== undefined
      ? replacement!
      : call(f.at, 'COALESCE', replacement!, string(f.at, ''));
  const args = [
    asText(s!, ctx),
    pattern!,
    replaceWith,
    position ?? number(f.at, 1),
    occurrence ?? number(f.at, 0),
  ];
  if (fl) args.push(string(f.at, fl));
  return nullIfEmpty(f.at, call(f.at, 'REGEXP_REPLACE', ...args));
};

export const REGEXP_FUNCTIONS: Record<string, FunctionTranslation> = {
  REGEXP_LIKE: regexpLike,
  REGEXP_COUNT: regexpCount,
  REGEXP_SUBSTR: regexpSubstr,
  REGEXP_INSTR: regexpInstr,
  REGEXP_REPLACE: regexpReplace,
};
