/**
 * Oracle's numeric functions. Most mean the same in PostgreSQL; MOD differs at a zero
 * divisor, REMAINDER and BITAND have no PostgreSQL function, and GREATEST / LEAST return
 * NULL when any argument is NULL in Oracle while PostgreSQL skips NULLs.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Numeric-Functions.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/GREATEST.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { call, caseWhen, compatCall, isNull, nullLiteral, numberValue } from '../../build.js';
import { arity, compat, plain, returning, same, type FunctionTranslation } from './helpers.js';

/** MOD(m, n) is m when n = 0; with a non-zero literal divisor PostgreSQL's MOD is the same. */
const mod: FunctionTranslation = (f, ctx) => {
  arity(f, 2);
  plain(f);
  const divisor = numberValue(f.args[1]);
  if (divisor !== undefined && divisor !== 0) return returning('number', call(f.at, 'MOD', ...f.args));
  return returning('number', compatCall(ctx, f.at, 'mod', ...f.args));
};

/** Arguments that are cheap and safe to evaluate twice. */
const simple = (e: Expression): boolean =>
  e.kind === 'column' ||
  e.kind === 'literal' ||
  e.kind === 'typed-literal' ||
  e.kind === 'bind' ||
  (e.kind === 'paren' && simple(e.expression)) ||
  (e.kind === 'unary' && e.op === '-' && simple(e.operand));

/** GREATEST / LEAST with Oracle's rule: any NULL argument makes the result NULL. */
const extreme =
  (name: 'GREATEST' | 'LEAST'): FunctionTranslation =>
  (f: FunctionCall, ctx) => {
    arity(f, 1, Infinity);
    plain(f);
    if (f.args.some((a) => a.kind === 'literal' && a.type === 'null')) return nullLiteral(f.at);
    const built = call(f.at, name, ...f.args);
    if (!f.args.every(simple)) return compatCall(ctx, f.at, name.toLowerCase(), ...f.args);
    const anyNull = f.args
      .filter((a) => a.kind !== 'literal' && a.kind !== 'typed-literal')
      .map((a) => isNull(a.at, a))
      .reduce<Expression | undefined>(
        (acc, e) => (acc ? { kind: 'binary', at: f.at, op: 'OR', left: acc, right: e } : e),
        undefined,
      );
    return anyNull ? caseWhen(f.at, [{ when: anyNull, then: nullLiteral(f.at) }], built) : built;
  };

export const NUMBER_FUNCTIONS: Record<string, FunctionTranslation> = {
  MOD: mod,
  REMAINDER: compat('remainder', 'number', 2, 2),
  BITAND: compat('bitand', 'number', 2, 2),
  GREATEST: extreme('GREATEST'),
  LEAST: extreme('LEAST'),
  ABS: same('number'),
  CEIL: same('number'),
  FLOOR: same('number'),
  SIGN: same('number'),
  POWER: same('number'),
  SQRT: same('number'),
  EXP: same('number'),
  LN: same('number'),
  // LOG(base, n) in both.
  LOG: (f) => (arity(f, 2), returning('number', f)),
  // Values below min are 0, at or above max are n + 1 in both; min > max counts down in both.
  WIDTH_BUCKET: (f) => (arity(f, 4), returning('number', f)),
};
