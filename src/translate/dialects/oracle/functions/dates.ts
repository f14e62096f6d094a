/**
 * Oracle's date functions, and TRUNC / ROUND, which take a number or a date. When the
 * argument's type is known the call is written for it (date_trunc for the common date units);
 * when it is not, overloaded functions of the compatibility schema let PostgreSQL decide by
 * the value's real type.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ROUND-and-TRUNC-Date-Functions.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ADD_MONTHS.html
 */
import type { Expression } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { binary, call, cast, compatCall, pgType, string, stringValue } from '../../build.js';
import { inferType, isDatetime } from '../infer-type.js';
import { arity, compat, plain, returning, type FunctionTranslation } from './helpers.js';

/** Oracle date format units date_trunc has under another name. */
const DATE_TRUNC_UNITS: Record<string, string> = {
  CC: 'century',
  SCC: 'century',
  SYYYY: 'year',
  YYYY: 'year',
  YEAR: 'year',
  SYEAR: 'year',
  YYY: 'year',
  YY: 'year',
  Y: 'year',
  Q: 'quarter',
  MONTH: 'month',
  MON: 'month',
  MM: 'month',
  RM: 'month',
  IW: 'week',
  DDD: 'day',
  DD: 'day',
  J: 'day',
  HH: 'hour',
  HH12: 'hour',
  HH24: 'hour',
  MI: 'minute',
};
/** Units only the compatibility functions know. */
const COMPAT_UNITS = new Set(['IYYY', 'IYY', 'IY', 'I', 'WW', 'W', 'DAY', 'DY', 'D']);
const ROUND_REFUSED = new Set(['CC', 'SCC', 'IYYY', 'IYY', 'IY', 'I']);

function checkUnit(format: Expression, name: string): string | undefined {
  const value = stringValue(format);
  if (value === undefined) return undefined;
  const unit = value.trim().toUpperCase();
  if (!(unit in DATE_TRUNC_UNITS) && !COMPAT_UNITS.has(unit)) {
    throw unsupported(
      format.at,
      `the date format '${value}' of ${name}`,
      'it is not a format TRUNC or ROUND takes',
    );
  }
  if (name === 'ROUND()' && ROUND_REFUSED.has(unit)) {
    throw unsupported(
      format.at,
      `ROUND() to '${value}'`,
      "Oracle's rounding rule for this unit is not documented precisely enough to reproduce",
    );
  }
  return unit;
}

const trunc: FunctionTranslation = (f, ctx) => {
  arity(f, 1, 2);
  plain(f);
  const [value, format] = f.args as [Expression, Expression?];
  const type = inferType(value, ctx);
  const formatType = format ? inferType(format, ctx) : undefined;
  if (type === 'number' || formatType === 'number')
    return returning('number', call(f.at, 'TRUNC', ...f.args));
  const unit = format ? checkUnit(format, 'TRUNC()') : 'DD';
  if (isDatetime(type) && unit && unit in DATE_TRUNC_UNITS) {
    // A DATE literal is PostgreSQL's date, which date_trunc would take as timestamptz.
    const timestamp = value.kind === 'typed-literal' ? cast(value, pgType(value.at, 'timestamp')) : value;
    return returning('date', call(f.at, 'DATE_TRUNC', string(f.at, DATE_TRUNC_UNITS[unit]!), timestamp));
  }
  const built = compatCall(ctx, f.at, 'trunc', ...f.args);
  return formatType === 'string' || isDatetime(type) ? returning('date', built) : built;
};

const round: FunctionTranslation = (f, ctx) => {
  arity(f, 1, 2);
  plain(f);
  const [value, format] = f.args as [Expression, Expression?];
  const type = inferType(value, ctx);
  const formatType = format ? inferType(format, ctx) : undefined;
  if (type === 'number' || formatType === 'number')
    return returning('number', call(f.at, 'ROUND', ...f.args));
  if (format) checkUnit(format, 'ROUND()');
  const built = compatCall(ctx, f.at, 'round', ...f.args);
  return formatType === 'string' || isDatetime(type) ? returning('date', built) : built;
};

/** NUMTODSINTERVAL(n, 'DAY') and NUMTOYMINTERVAL(n, 'MONTH'): n times one unit. */
const numToInterval =
  (units: readonly string[]): FunctionTranslation =>
  (f) => {
    arity(f, 2);
    plain(f);
    const unit = stringValue(f.args[1])?.trim().toUpperCase();
    if (!unit || !units.includes(unit)) {
      throw unsupported(
        f.args[1]!.at,
        `the unit of ${f.name[0]!.value}()`,
        `it must be a literal among ${units.join(', ')}`,
      );
    }
    return binary(f.at, '*', f.args[0]!, { kind: 'interval-literal', at: f.at, value: '1', qualifier: unit });
  };

export const DATE_FUNCTIONS: Record<string, FunctionTranslation> = {
  ADD_MONTHS: compat('add_months', 'date', 2, 2),
  MONTHS_BETWEEN: compat('months_between', 'number', 2, 2),
  LAST_DAY: compat('last_day', 'date', 1, 1),
  NEXT_DAY: compat('next_day', 'date', 2, 2),
  TRUNC: trunc,
  ROUND: round,
  NUMTODSINTERVAL: numToInterval(['DAY', 'HOUR', 'MINUTE', 'SECOND']),
  NUMTOYMINTERVAL: numToInterval(['YEAR', 'MONTH']),
};
