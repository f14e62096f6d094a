/**
 * SQLite's date and time functions, date(), datetime(), strftime(), julianday() and
 * unixepoch(), over a time value and modifiers. A time value is text ('2024-03-05 10:00'), or
 * 'now', which SQLite takes in UTC; modifiers are strings written out: '+N days' (hours,
 * minutes, seconds, months, years) and 'start of day|month|year'. SQLite returns text;
 * date() and datetime() give PostgreSQL's date and timestamp, which compare and sort as
 * that text does; strftime() gives text. A number as time value (a Julian day, or with
 * 'unixepoch'), 'localtime', 'utc' and 'weekday N' are refused.
 * https://www.sqlite.org/lang_datefunc.html
 */
import type { Expression, FunctionCall } from '../../ast/node.js';
import { unsupported } from '../../diagnostics.js';
import { binary, call, cast, number, pgType, string, stringValue, utcNow } from '../build.js';
import type { RuleContext } from '../dialect.js';
import { fnName, plain, type FunctionTranslation } from '../source-functions.js';
import { postgresFormat } from '../to-char.js';

/** strftime's specifiers as PostgreSQL patterns; %f is seconds with milliseconds. */
const SPECIFIERS: Record<string, string> = {
  d: 'DD',
  f: 'SS.MS',
  F: 'YYYY-MM-DD',
  H: 'HH24',
  j: 'DDD',
  m: 'MM',
  M: 'MI',
  R: 'HH24:MI',
  S: 'SS',
  T: 'HH24:MI:SS',
  Y: 'YYYY',
};

const UNITS: Record<string, 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND' | 'MONTH' | 'YEAR'> = {
  day: 'DAY',
  days: 'DAY',
  hour: 'HOUR',
  hours: 'HOUR',
  minute: 'MINUTE',
  minutes: 'MINUTE',
  second: 'SECOND',
  seconds: 'SECOND',
  month: 'MONTH',
  months: 'MONTH',
  year: 'YEAR',
  years: 'YEAR',
};

const timestamp = (e: Expression): Expression => cast(e, pgType(e.at, 'timestamp'));

function timeValue(f: FunctionCall, value: Expression | undefined): Expression {
  if (value === undefined) return utcNow(f.at);
  const text = stringValue(value);
  if (text !== undefined) return text.trim().toLowerCase() === 'now' ? utcNow(value.at) : timestamp(value);
  if (value.kind === 'literal' && value.type === 'number') {
    throw unsupported(
      value.at,
      `${fnName(f)} of a number`,
      'SQLite reads it as a Julian day number, which Decant does not translate',
    );
  }
  return timestamp(value);
}

/** One modifier applied to `time`. */
function modify(f: FunctionCall, ctx: RuleContext, time: Expression, modifier: Expression): Expression {
  const text = stringValue(modifier)?.trim().toLowerCase().split(/\s+/);
  const refuse = (): never => {
    throw unsupported(
      modifier.at,
      `the modifier ${stringValue(modifier) === undefined ? 'computed here' : `'${stringValue(modifier)}'`} of ${fnName(f)}`,
      "Decant translates '+N days' (hours, minutes, seconds, months, years) and 'start of day|month|year'",
    );
  };
  if (!text) return refuse();
  const [first, second, third] = text;
  if (first === 'start' && second === 'of' && (third === 'day' || third === 'month' || third === 'year')) {
    return call(modifier.at, 'DATE_TRUNC', string(modifier.at, third), time);
  }
  const unit = second === undefined || third !== undefined ? undefined : UNITS[second];
  const count = first === undefined ? NaN : Number(first);
  if (!unit || !Number.isFinite(count)) return refuse();
  if (unit === 'MONTH' || unit === 'YEAR') {
    if (!Number.isInteger(count)) return refuse();
    ctx.review(
      modifier.at,
      `'${stringValue(modifier)}'`,
      "SQLite carries a day beyond the month's end into the next month (2024-01-31 +1 month is 2024-03-02); PostgreSQL stops at the last day",
    );
  }
  const at = modifier.at;
  // PostgreSQL's INTERVAL '1.5' DAY drops the half day: a fraction multiplies one unit.
  const interval: Expression = Number.isInteger(count)
    ? { kind: 'interval-literal', at, value: String(Math.abs(count)), qualifier: unit }
    : binary(at, '*', number(at, Math.abs(count)), {
        kind: 'interval-literal',
        at,
        value: '1',
        qualifier: unit,
      });
  return binary(at, count < 0 ? '-' : '+', time, interval);
}

/** The time value (the first of `args`) with its modifiers applied. */
function modifiedTime(f: FunctionCall, ctx: RuleContext, args: readonly Expression[]): Expression {
  plain(f);
  const [value, ...modifiers] = args;
  return modifiers.reduce((time, modifier) => modify(f, ctx, time, modifier), timeValue(f, value));
}

const epoch = (at: Expression['at'], time: Expression): Expression => ({
  kind: 'extract',
  at,
  field: 'EPOCH',
  from: time,
});

export const TIME_FUNCTIONS: Record<string, FunctionTranslation> = {
  DATE: (f, ctx) => cast(modifiedTime(f, ctx, f.args), pgType(f.at, 'date')),
  // SQLite's datetime() has no fractions of a second: it cuts them.
  DATETIME: (f, ctx) => call(f.at, 'DATE_TRUNC', string(f.at, 'second'), modifiedTime(f, ctx, f.args)),
  STRFTIME: (f, ctx) => {
    const format = stringValue(f.args[0]);
    if (format === undefined)
      throw unsupported(
        f.at,
        `${fnName(f)} with a computed format`,
        'only a format written as a string is translated',
      );
    const time = modifiedTime(f, ctx, f.args.slice(1));
    // %s alone: seconds since 1970 as text, which to_char has no pattern for.
    if (format === '%s') {
      const seconds = cast(call(f.at, 'TRUNC', epoch(f.at, time)), pgType(f.at, 'bigint'));
      return cast(seconds, pgType(f.at, 'text'));
    }
    return call(f.at, 'TO_CHAR', time, string(f.at, postgresFormat(format, SPECIFIERS, f.at, 'strftime')));
  },
  // The Julian day: days since noon in Greenwich on November 24, 4714 BC; 1970-01-01 is 2440587.5.
  JULIANDAY: (f, ctx) =>
    binary(
      f.at,
      '+',
      binary(f.at, '/', epoch(f.at, modifiedTime(f, ctx, f.args)), number(f.at, 86400)),
      number(f.at, '2440587.5'),
    ),
  UNIXEPOCH: (f, ctx) =>
    cast(call(f.at, 'TRUNC', epoch(f.at, modifiedTime(f, ctx, f.args))), pgType(f.at, 'bigint')),
};
