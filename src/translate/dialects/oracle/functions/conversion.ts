/**
 * TO_CHAR, TO_DATE, TO_TIMESTAMP, TO_TIMESTAMP_TZ and TO_NUMBER. Formats written as literals
 * are translated now (format-model.ts); a format computed at run time is refused, since
 * PostgreSQL would read Oracle's format elements with its own meanings. Without a format
 * Oracle uses the session's NLS formats (nls.ts: the options' nlsDateFormat and
 * nlsTimestampFormat, Oracle's defaults otherwise), and the statement is flagged for review
 * naming the format assumed.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/TO_CHAR-datetime.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/TO_DATE.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/TO_NUMBER.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { call, cast, compatCall, number, pgType, string, stringValue } from '../../build.js';
import { isNumberFormat, translateDateFormat, translateNumberFormat } from '../format-model.js';
import { inferType, isDatetime } from '../infer-type.js';
import { nlsFormatNote, printWithNls, readDatetime, readWithNls } from '../nls.js';
import { arity, canonicalNumber, fnName, plain, returning, type FunctionTranslation } from './helpers.js';

function literalFormat(f: FunctionCall, format: Expression): string {
  const value = stringValue(format);
  if (value === undefined) {
    throw unsupported(
      format.at,
      `a format model of ${fnName(f)} computed at run time`,
      'Decant translates format models written as literals',
      'write the format as a string literal',
    );
  }
  return value;
}

function noNlsParameter(f: FunctionCall, max: number): void {
  if (f.args.length > max) {
    throw unsupported(
      f.args[max]!.at,
      `the NLS parameter of ${fnName(f)}`,
      'Decant assumes the default NLS settings',
    );
  }
}

const toChar: FunctionTranslation = (f, ctx) => {
  arity(f, 1, 3);
  plain(f);
  noNlsParameter(f, 2);
  const value = f.args[0]!;
  const type = inferType(value, ctx);
  if (f.args.length === 1) {
    if (type === 'string') return value;
    if (value.kind === 'literal' && value.type === 'number')
      return string(value.at, canonicalNumber(value.value));
    if (type === 'number') return returning('string', compatCall(ctx, f.at, 'to_char', value));
    const kind = type === 'timestamp' ? 'timestamp' : 'date';
    ctx.review(f.at, 'TO_CHAR()', `a ${kind} without a format prints as ${nlsFormatNote(ctx, kind)}`);
    return printWithNls(ctx, value, type);
  }
  const format = literalFormat(f, f.args[1]!);
  if (!isDatetime(type) && isNumberFormat(format)) {
    const model = translateNumberFormat(format, f.args[1]!.at, 'output');
    // Through the compatibility schema: Oracle fills an overflow with # and floats $.
    const args = [
      value,
      string(f.args[1]!.at, model.pg),
      ...(model.currency ? [string(f.at, model.currency)] : []),
    ];
    return returning('string', compatCall(ctx, f.at, 'to_char', ...args));
  }
  const model = translateDateFormat(format, f.args[1]!.at, 'output');
  return returning('string', call(f.at, 'TO_CHAR', value, string(f.args[1]!.at, model.pg)));
};

/** TO_DATE / TO_TIMESTAMP through the compatibility schema (UTC parsing, Oracle's year rules). */
const toDatetime =
  (kind: 'date' | 'timestamp'): FunctionTranslation =>
  (f, ctx) => {
    arity(f, 1, 3);
    plain(f);
    noNlsParameter(f, 2);
    if (f.args.length === 1) {
      ctx.review(
        f.at,
        kind === 'date' ? 'TO_DATE()' : 'TO_TIMESTAMP()',
        `without a format the string is read as ${nlsFormatNote(ctx, kind)}`,
      );
      return readWithNls(ctx, f.args[0]!, kind);
    }
    return readDatetime(ctx, f.args[0]!, literalFormat(f, f.args[1]!), f.args[1]!.at, kind);
  };

const toTimestampTz: FunctionTranslation = (f) => {
  arity(f, 2, 3);
  plain(f);
  noNlsParameter(f, 2);
  const format = literalFormat(f, f.args[1]!);
  const model = translateDateFormat(format, f.args[1]!.at, 'input');
  if (model.years) {
    throw unsupported(
      f.args[1]!.at,
      `the format model '${format}' in TO_TIMESTAMP_TZ()`,
      'two-digit years are not translated here',
      'use YYYY',
    );
  }

  return call(f.at, 'TO_TIMESTAMP', f.args[0]!, string(f.args[1]!.at, model.pg));
};

/** A string literal that reads as a number is that number. */
function numericLiteral(e: Expression): Expression | undefined {
  const text = stringValue(e)?.trim();
  if (text === undefined || text === '') return undefined;
  const ok = [...text].every(
    (ch, i) => (ch >= '0' && ch <= '9') || ch === '.' || ((ch === '-' || ch === '+') && i === 0),
  );
  if (
    !ok ||
    Number.isNaN(Number(text)) ||
    text.split('.').length > 2 ||
    text === '.' ||
    text === '-' ||
    text === '+'
  ) {
    return undefined;
  }
  return text.startsWith('-')
    ? { kind: 'unary', at: e.at, op: '-', operand: number(e.at, text.slice(1)) }
    : number(e.at, text.replace('+', ''));
}

const toNumber: FunctionTranslation = (f, ctx) => {
  arity(f, 1, 3);
  plain(f);
  noNlsParameter(f, 2);
  const value = f.args[0]!;
  if (f.args.length === 1) {
    if (inferType(value, ctx) === 'number') return value;
    const literal = numericLiteral(value);
    if (literal) return literal;
    return returning('number', cast(value, pgType(f.at, 'numeric')));
  }
  const format = literalFormat(f, f.args[1]!);
  const model = translateNumberFormat(format, f.args[1]!.at, 'input');
  return returning('number', call(f.at, 'TO_NUMBER', value, string(f.args[1]!.at, model.pg)));
};

export { numericLiteral };

export const CONVERSION_FUNCTIONS: Record<string, FunctionTranslation> = {
  TO_CHAR: toChar,
  TO_DATE: toDatetime('date'),
  TO_TIMESTAMP: toDatetime('timestamp'),
  TO_TIMESTAMP_TZ: toTimestampTz,
  TO_NUMBER: toNumber,
};
