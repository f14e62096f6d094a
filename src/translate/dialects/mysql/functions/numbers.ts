/**
 * MySQL's numeric functions. MOD by 0 is NULL in MySQL and an error in PostgreSQL; LOG of one
 * argument is the natural logarithm; GREATEST and LEAST are NULL when any argument is, where
 * PostgreSQL's skip NULLs; ROUND and TRUNCATE to a number of decimals need numeric in PostgreSQL.
 * https://dev.mysql.com/doc/refman/8.0/en/mathematical-functions.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { call, cast, number, numberValue, pgType } from '../../build.js';
import {
  arity,
  nullIfAnyNull,
  nullIfZero,
  plain,
  scalar,
  type FunctionTranslation,
} from '../../source-functions.js';

/** PostgreSQL rounds to a number of decimals only in numeric. */
const asNumeric = (e: Expression): Expression =>
  numberValue(e) !== undefined ? e : cast(e, pgType(e.at, 'numeric'));

const toDecimals =
  (name: 'ROUND' | 'TRUNC', min: number): FunctionTranslation =>
  (f) => {
    arity(f, min, 2);
    plain(f);
    const [x, decimals] = f.args as [Expression, Expression?];
    return decimals ? call(f.at, name, asNumeric(x), decimals) : call(f.at, name, x);
  };

const extreme =
  (name: 'GREATEST' | 'LEAST'): FunctionTranslation =>
  (f: FunctionCall) => {
    arity(f, 2, Infinity);
    plain(f);
    return nullIfAnyNull(f, f.args, call(f.at, name, ...f.args));
  };

export const NUMBER_FUNCTIONS: Record<string, FunctionTranslation> = {
  ROUND: toDecimals('ROUND', 1),
  TRUNCATE: toDecimals('TRUNC', 2),
  MOD: (f) => {
    arity(f, 2);
    plain(f);
    return call(f.at, 'MOD', f.args[0]!, nullIfZero(f.args[1]!));
  },
  ABS: scalar('ABS', 1),
  CEIL: scalar('CEIL', 1),
  CEILING: scalar('CEIL', 1),
  FLOOR: scalar('FLOOR', 1),
  SIGN: scalar('SIGN', 1),
  SQRT: scalar('SQRT', 1),
  EXP: scalar('EXP', 1),
  LN: scalar('LN', 1),
  LOG: (f) => {
    arity(f, 1, 2);
    plain(f);
    return f.args.length === 1 ? call(f.at, 'LN', f.args[0]!) : call(f.at, 'LOG', f.args[0]!, f.args[1]!);
  },
  LOG10: scalar('LOG', 1),
  LOG2: (f) => {
    arity(f, 1);
    plain(f);
    return call(f.at, 'LOG', number(f.at, 2), f.args[0]!);
  },
  POW: scalar('POWER', 2),
  POWER: scalar('POWER', 2),
  PI: scalar('PI', 0),
  GREATEST: extreme('GREATEST'),
  LEAST: extreme('LEAST'),
};
