/**
 * The session's NLS datetime formats and the implicit conversions that use them: Oracle turns
 * a string into a DATE with NLS_DATE_FORMAT (a TIMESTAMP with NLS_TIMESTAMP_FORMAT), and a
 * DATE into text the same way, wherever the SQL does not say how (TO_CHAR and TO_DATE without
 * a format, a date compared with a string, `||` with a date). The formats are known when the
 * statement is translated (TranslateOptions.nlsDateFormat, nlsTimestampFormat; Oracle's
 * defaults for NLS_TERRITORY AMERICA otherwise) and become PostgreSQL templates then.
 * Owns the conversions; which constructs convert implicitly is their rules' business.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn/NLS_DATE_FORMAT.html
 */
import type { Expression } from '../../ast/node.js';
import { unsupported } from '../../diagnostics.js';
import type { Position } from '../../tokens/token.js';
import type { RuleContext } from '../dialect.js';
import { call, compatCall, string } from '../build.js';
import { translateDateFormat } from './format-model.js';
import { returning } from './functions/helpers.js';
import type { ValueType } from './infer-type.js';

export const DEFAULT_NLS_DATE_FORMAT = 'DD-MON-RR';
export const DEFAULT_NLS_TIMESTAMP_FORMAT = 'DD-MON-RR HH.MI.SSXFF AM';

export type DatetimeKind = 'date' | 'timestamp';

/** The Oracle format model the session uses for a kind of value. */
export function nlsFormat(ctx: RuleContext, kind: DatetimeKind): string {
  return kind === 'date'
    ? (ctx.options.nlsDateFormat ?? DEFAULT_NLS_DATE_FORMAT)
    : (ctx.options.nlsTimestampFormat ?? DEFAULT_NLS_TIMESTAMP_FORMAT);
}

const isDefault = (ctx: RuleContext, kind: DatetimeKind): boolean =>
  nlsFormat(ctx, kind) === (kind === 'date' ? DEFAULT_NLS_DATE_FORMAT : DEFAULT_NLS_TIMESTAMP_FORMAT);

/** For review notes: "DD-MON-RR, Oracle's default NLS_DATE_FORMAT" or "YYYY-MM-DD, the session's NLS_DATE_FORMAT". */
export function nlsFormatNote(ctx: RuleContext, kind: DatetimeKind): string {
  const parameter = kind === 'date' ? 'NLS_DATE_FORMAT' : 'NLS_TIMESTAMP_FORMAT';
  return isDefault(ctx, kind)
    ? `${nlsFormat(ctx, kind)}, Oracle's default ${parameter}`
    : `${nlsFormat(ctx, kind)}, the session's ${parameter}`;
}

/**
 * A string read as a DATE or TIMESTAMP with an Oracle format model, through the compatibility
 * schema (UTC parsing, Oracle's two-digit year rules). `at` is where the format was written.
 */
export function readDatetime(
  ctx: RuleContext,
  value: Expression,
  format: string,
  at: Position,
  kind: DatetimeKind,
): Expression {
  const model = translateDateFormat(format, at, 'input');
  if (!model.hasJulian && (!model.hasYear || (!model.hasMonth && !model.hasDayOfYear))) {
    throw unsupported(
      at,
      `the format model '${format}' without a year or month`,
      'Oracle takes the current year and month for missing fields; PostgreSQL takes year 1 and January',
      'add the year and month to the format and the string',
    );
  }
  const args = [value, string(at, model.pg), ...(model.years ? [string(at, model.years)] : [])];
  return returning(kind, compatCall(ctx, value.at, kind === 'date' ? 'to_date' : 'to_timestamp', ...args));
}

/** A string Oracle converts to a DATE or TIMESTAMP implicitly: read with the session's format. */
export function readWithNls(ctx: RuleContext, value: Expression, kind: DatetimeKind): Expression {
  return readDatetime(ctx, value, nlsFormat(ctx, kind), value.at, kind);
}

/**
 * A value Oracle converts to text implicitly, where it may be a datetime: a DATE prints in
 * NLS_DATE_FORMAT, a TIMESTAMP in NLS_TIMESTAMP_FORMAT. `type` is what inferType knows. Of a
 * value of unknown type, the compatibility function decides by PostgreSQL's type when the
 * statement runs: a timestamp prints in the date format (an Oracle DATE is a timestamp(0)
 * there; an Oracle TIMESTAMP column needs its type known), a number or a string as TO_CHAR
 * without a format prints it. A TIMESTAMP WITH TIME ZONE prints in Oracle's default
 * NLS_TIMESTAMP_TZ_FORMAT (compat to_char).
 */
export function printWithNls(ctx: RuleContext, value: Expression, type: ValueType | undefined): Expression {
  const kind: DatetimeKind = type === 'timestamp' ? 'timestamp' : 'date';
  // Oracle's default date format is what compat to_char(x) prints.
  if (kind === 'date' && isDefault(ctx, 'date'))
    return returning('string', compatCall(ctx, value.at, 'to_char', value));
  const template = string(value.at, translateDateFormat(nlsFormat(ctx, kind), value.at, 'output').pg);
  if (type === 'date') return returning('string', call(value.at, 'TO_CHAR', value, template));
  return returning('string', compatCall(ctx, value.at, 'to_char_nls', value, template));
}
