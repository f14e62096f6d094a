/**
 * SQLite's built-in functions by name (upper case): how each becomes PostgreSQL; a name the
 * table lacks is refused. SQLite's LENGTH counts characters; SUBSTR counts a negative
 * position from the end; the scalar MAX and MIN of several arguments are NULL when any is;
 * UPPER and LOWER change ASCII letters only (noted for review); TYPEOF has no PostgreSQL
 * meaning, since a column's values all have its type there.
 * https://www.sqlite.org/lang_corefunc.html, https://www.sqlite.org/lang_aggfunc.html
 */
import type { Expression } from '../../ast/node.js';
import { unsupported } from '../../diagnostics.js';
import { binary, call, caseWhen, cast, number, numberValue, pgType, string } from '../build.js';
import { asCondition } from '../numeric-booleans.js';
import {
  aggregate,
  arity,
  asInteger,
  asText,
  fnName,
  joinGroup,
  nullIfAnyNull,
  plain,
  refuse,
  scalar,
  WINDOW_FUNCTIONS,
  type FunctionTranslation,
} from '../source-functions.js';
import { TIME_FUNCTIONS } from './time-values.js';

/** SUBSTR(x, y[, z]): PostgreSQL's SUBSTR agrees from position 0 on; a negative one counts from the end. */
const substr: FunctionTranslation = (f) => {
  arity(f, 2, 3);
  plain(f);
  const [s, given, length] = f.args as [Expression, Expression, Expression?];
  const z = numberValue(length);
  if (z !== undefined && z < 0)
    throw unsupported(
      f.at,
      `${fnName(f)} with a negative length`,
      'SQLite then takes the characters before the position',
    );
  const rest = length ? [asInteger(length)] : [];
  const position = asInteger(given);
  const y = numberValue(position);
  if (y !== undefined && y >= 0) return call(f.at, 'SUBSTR', s, position, ...rest);
  const fromEnd = binary(
    f.at,
    '+',
    binary(f.at, '+', call(f.at, 'CHAR_LENGTH', s), position),
    number(f.at, 1),
  );
  if (y !== undefined) return call(f.at, 'SUBSTR', s, fromEnd, ...rest);
  const start = caseWhen(
    f.at,
    [{ when: binary(f.at, '<', position, number(f.at, 0)), then: fromEnd }],
    position,
  );
  return call(f.at, 'SUBSTR', s, start, ...rest);
};

/** MAX(x) and MIN(x) aggregate; MAX(a, b, ...) and MIN(a, b, ...) are scalar. */
const extreme =
  (aggregateName: 'MAX' | 'MIN', scalarName: 'GREATEST' | 'LEAST'): FunctionTranslation =>
  (f, ctx) => {
    if (f.args.length < 2) return aggregate(aggregateName, 1)(f, ctx);
    plain(f);
    return nullIfAnyNull(f, f.args, call(f.at, scalarName, ...f.args));
  };

/** ASCII-only case changes: PostgreSQL's change every letter. */
const caseChange =
  (name: 'UPPER' | 'LOWER'): FunctionTranslation =>
  (f, ctx) => {
    ctx.review(
      f.at,
      `${name}()`,
      'SQLite changes the case of ASCII letters only, PostgreSQL of every letter',
    );
    return scalar(name, 1)(f, ctx);
  };

const groupConcat: FunctionTranslation = (f) => {
  arity(f, 1, 2);
  if (f.over) throw unsupported(f.at, `${fnName(f)} OVER`, 'Decant translates it as an aggregate only');
  const [value, separator = string(f.at, ',')] = f.args as [Expression, Expression?];
  return joinGroup(f, value, asText(value), separator);
};

/** TOTAL(x): SUM that is 0.0 rather than NULL for no rows, always a float. */
const total: FunctionTranslation = (f, ctx) => {
  const sum = aggregate('SUM', 1)(f, ctx);
  return cast(call(f.at, 'COALESCE', sum, number(f.at, 0)), pgType(f.at, 'double precision'));
};

/** ROUND(x[, n]): half away from zero, as numeric rounds in PostgreSQL. */
const round: FunctionTranslation = (f) => {
  arity(f, 1, 2);
  plain(f);
  const [x, digits = number(f.at, 0)] = f.args as [Expression, Expression?];
  return call(f.at, 'ROUND', cast(x, pgType(x.at, 'numeric')), digits);
};

export const FUNCTIONS: Readonly<Record<string, FunctionTranslation>> = {
  ...TIME_FUNCTIONS,
  ABS: scalar('ABS', 1),
  COALESCE: scalar('COALESCE', 2, Infinity),
  IFNULL: scalar('COALESCE', 2),
  NULLIF: scalar('NULLIF', 2),
  IIF: (f) => {
    arity(f, 3);
    plain(f);
    const [condition, then, otherwise] = f.args;
    return caseWhen(f.at, [{ when: asCondition(condition!), then: then! }], otherwise);
  },
  INSTR: scalar('STRPOS', 2),
  LENGTH: scalar('CHAR_LENGTH', 1),
  LOWER: caseChange('LOWER'),
  UPPER: caseChange('UPPER'),
  LTRIM: scalar('LTRIM', 1, 2),
  RTRIM: scalar('RTRIM', 1, 2),
  TRIM: scalar('BTRIM', 1, 2),
  REPLACE: scalar('REPLACE', 3),
  ROUND: round,
  SUBSTR: substr,
  SUBSTRING: substr,
  CONCAT: scalar('CONCAT', 1, Infinity),
  CONCAT_WS: scalar('CONCAT_WS', 2, Infinity),
  MAX: extreme('MAX', 'GREATEST'),
  MIN: extreme('MIN', 'LEAST'),
  COUNT: aggregate('COUNT', 1),
  SUM: aggregate('SUM', 1),
  AVG: aggregate('AVG', 1),
  TOTAL: total,
  GROUP_CONCAT: groupConcat,
  STRING_AGG: (f, ctx) => {
    arity(f, 2);
    return groupConcat(f, ctx);
  },
  ...WINDOW_FUNCTIONS,
  TYPEOF: refuse(
    "a PostgreSQL column holds values of its one type, so what SQLite's TYPEOF tells has no meaning there",
    'test the value itself (IS NULL, a comparison) instead',
  ),
};
