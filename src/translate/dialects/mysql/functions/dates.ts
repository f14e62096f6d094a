/**
 * MySQL's date and time functions. MySQL's NOW() and its kin are the session's local time
 * without a zone and without fractions of a second unless asked (PostgreSQL's LOCALTIMESTAMP,
 * cut to the second); the parts of a date are integers; DATE_FORMAT and STR_TO_DATE formats
 * are translated by date-format.ts; date arithmetic by intervals.ts.
 * https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import {
  binary,
  call,
  cast,
  keyword,
  number,
  numberValue,
  pgType,
  string,
  stringValue,
  utcNow,
} from '../../build.js';
import { arity, fnName, plain, type FunctionTranslation } from '../../source-functions.js';
import { dateFormat, strToDateFormat } from '../date-format.js';
import { addInterval, asTimestamp } from '../intervals.js';

const integer = (e: Expression): Expression => cast(e, pgType(e.at, 'integer'));

/** DATE_TRUNC's unit for MySQL's fractional-second precision: MySQL cuts, PostgreSQL's LOCALTIMESTAMP(p) would round. */
const PRECISION_UNITS: Record<number, string | undefined> = { 0: 'second', 3: 'milliseconds', 6: undefined };

/** The local time now, at MySQL's precision (0 when not given). */
function localNow(f: FunctionCall, time: Expression): Expression {
  arity(f, 0, 1);
  plain(f);
  const precision = f.args.length ? numberValue(f.args[0]) : 0;
  if (precision === undefined || !(precision in PRECISION_UNITS)) {
    throw unsupported(
      f.at,
      `${fnName(f)} with this precision`,
      'Decant translates the precisions 0, 3 and 6',
    );
  }
  const unit = PRECISION_UNITS[precision];
  return unit ? call(f.at, 'DATE_TRUNC', string(f.at, unit), time) : time;
}

const now: FunctionTranslation = (f) => localNow(f, keyword(f.at, 'LOCALTIMESTAMP'));

/** EXTRACT(field FROM d) as an integer, as MySQL's YEAR(), MONTH(), ... give. */
const part =
  (field: string, adjust = 0): FunctionTranslation =>
  (f) => {
    arity(f, 1);
    plain(f);
    const extracted = integer({ kind: 'extract', at: f.at, field, from: asTimestamp(f.args[0]!) });
    return adjust
      ? binary(f.at, adjust > 0 ? '+' : '-', extracted, number(f.at, Math.abs(adjust)))
      : extracted;
  };

/** A format argument, which must be a string written out. */
function literalFormat(f: FunctionCall, index: number): string {
  const format = stringValue(f.args[index]);
  if (format === undefined)
    throw unsupported(
      f.at,
      `${fnName(f)} with a computed format`,
      'only a format written as a string is translated',
    );
  return format;
}

const toChar =
  (pattern: string): FunctionTranslation =>
  (f) => {
    arity(f, 1);
    plain(f);
    return call(f.at, 'TO_CHAR', asTimestamp(f.args[0]!), string(f.at, pattern));
  };

/** DATE_ADD(d, INTERVAL n unit), ADDDATE(d, n days), and their subtracting twins. */
const dateArithmetic =
  (op: '+' | '-'): FunctionTranslation =>
  (f, ctx) => {
    arity(f, 2);
    plain(f);
    const [base, amount] = f.args as [Expression, Expression];
    const interval =
      amount.kind === 'interval'
        ? amount
        : ({ kind: 'interval', at: amount.at, value: amount, unit: 'DAY' } as const);
    return addInterval(ctx, f.at, base, interval, op);
  };

/** Days since year 0, as MySQL counts them: PostgreSQL's 0001-01-01 is MySQL's day 366. */
const toDays = (d: Expression): Expression =>
  binary(
    d.at,
    '+',
    binary(d.at, '-', cast(d, pgType(d.at, 'date')), {
      kind: 'typed-literal',
      at: d.at,
      type: 'DATE',
      value: '0001-01-01',
    }),
    number(d.at, 366),
  );

/** TIMESTAMPDIFF's units PostgreSQL can count in seconds: how many seconds one is. */
const SECONDS: Record<string, number> = { SECOND: 1, MINUTE: 60, HOUR: 3600, DAY: 86400, WEEK: 604800 };

const timestampDiff: FunctionTranslation = (f) => {
  arity(f, 3);
  plain(f);
  const [unit, from, to] = f.args as [Expression, Expression, Expression];
  const name =
    unit.kind === 'column' && unit.parts.length === 1 ? unit.parts[0]!.value.toUpperCase() : undefined;
  const seconds = name ? SECONDS[name] : undefined;
  if (seconds === undefined)
    throw unsupported(
      f.at,
      `${fnName(f)} in ${name ?? 'this unit'}`,
      'Decant translates SECOND, MINUTE, HOUR, DAY and WEEK',
    );
  const timestamp = (e: Expression): Expression => cast(e, pgType(e.at, 'timestamp'));
  const elapsed: Expression = {
    kind: 'extract',
    at: f.at,
    field: 'EPOCH',
    from: binary(f.at, '-', timestamp(to), timestamp(from)),
  };
  const count = seconds === 1 ? elapsed : binary(f.at, '/', elapsed, number(f.at, seconds));
  return cast(call(f.at, 'TRUNC', count), pgType(f.at, 'bigint'));
};

const strToDate: FunctionTranslation = (f, ctx) => {
  arity(f, 2);
  plain(f);
  const { pattern, withTime } = strToDateFormat(literalFormat(f, 1), f.at);
  ctx.review(
    f.at,
    'STR_TO_DATE',
    "MySQL gives NULL for a string that does not match the format; PostgreSQL's to_date and to_timestamp raise an error",
  );
  const format = string(f.at, pattern);
  return withTime
    ? cast(call(f.at, 'TO_TIMESTAMP', f.args[0]!, format), pgType(f.at, 'timestamp'))
    : call(f.at, 'TO_DATE', f.args[0]!, format);
};

export const DATE_FUNCTIONS: Record<string, FunctionTranslation> = {
  NOW: now,
  CURRENT_TIMESTAMP: now,
  LOCALTIME: now,
  LOCALTIMESTAMP: now,
  CURDATE: (f) => {
    arity(f, 0);
    return keyword(f.at, 'CURRENT_DATE');
  },
  CURRENT_DATE: (f) => {
    arity(f, 0);
    return keyword(f.at, 'CURRENT_DATE');
  },
  CURTIME: (f, ctx) => cast(now(f, ctx), pgType(f.at, 'time')),
  CURRENT_TIME: (f, ctx) => cast(now(f, ctx), pgType(f.at, 'time')),
  UTC_TIMESTAMP: (f) => localNow(f, utcNow(f.at)),
  UTC_DATE: (f) => {
    arity(f, 0);
    return cast(utcNow(f.at), pgType(f.at, 'date'));
  },
  DATE: (f) => {
    arity(f, 1);
    plain(f);
    return cast(f.args[0]!, pgType(f.at, 'date'));
  },
  YEAR: part('YEAR'),
  QUARTER: part('QUARTER'),
  MONTH: part('MONTH'),
  DAY: part('DAY'),
  DAYOFMONTH: part('DAY'),
  DAYOFYEAR: part('DOY'),
  // MySQL's DAYOFWEEK counts from Sunday = 1, WEEKDAY from Monday = 0.
  DAYOFWEEK: part('DOW', 1),
  WEEKDAY: part('ISODOW', -1),
  HOUR: part('HOUR'),
  MINUTE: part('MINUTE'),
  SECOND: (f) => {
    arity(f, 1);
    plain(f);
    const seconds: Expression = { kind: 'extract', at: f.at, field: 'SECOND', from: asTimestamp(f.args[0]!) };
    return integer(call(f.at, 'FLOOR', seconds));
  },
  MONTHNAME: toChar('FMMonth'),
  DAYNAME: toChar('FMDay'),
  LAST_DAY: (f) => {
    arity(f, 1);
    plain(f);
    const month = call(f.at, 'DATE_TRUNC', string(f.at, 'month'), asTimestamp(f.args[0]!));
    const next: Expression = binary(f.at, '+', month, {
      kind: 'interval-literal',
      at: f.at,
      value: '1',
      qualifier: 'MONTH',
    });
    return binary(f.at, '-', cast(next, pgType(f.at, 'date')), number(f.at, 1));
  },
  DATE_FORMAT: (f) => {
    arity(f, 2);
    plain(f);
    return call(
      f.at,
      'TO_CHAR',
      asTimestamp(f.args[0]!),
      string(f.at, dateFormat(literalFormat(f, 1), f.at)),
    );
  },
  STR_TO_DATE: strToDate,
  DATE_ADD: dateArithmetic('+'),
  ADDDATE: dateArithmetic('+'),
  DATE_SUB: dateArithmetic('-'),
  SUBDATE: dateArithmetic('-'),
  DATEDIFF: (f) => {
    arity(f, 2);
    plain(f);
    const date = (e: Expression): Expression => cast(e, pgType(e.at, 'date'));
    return binary(f.at, '-', date(f.args[0]!), date(f.args[1]!));
  },
  TO_DAYS: (f) => {
    arity(f, 1);
    plain(f);
    return toDays(f.args[0]!);
  },
  TIMESTAMPDIFF: timestampDiff,
};
