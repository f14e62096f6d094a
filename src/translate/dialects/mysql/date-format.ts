/**
 * MySQL's DATE_FORMAT and STR_TO_DATE specifiers as PostgreSQL format patterns (to-char.ts
 * does the rest). Names of months and days are English, as MySQL's default lc_time_names;
 * FM keeps a number or name from being padded where MySQL does not pad it. The week
 * specifiers of MySQL's own modes (%U %u %V %X) and %w have no PostgreSQL pattern and are refused.
 * https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_date-format
 */
import { unsupported } from '../../diagnostics.js';
import type { Position } from '../../tokens/token.js';
import { postgresFormat } from '../to-char.js';

const DATE_SPECIFIERS: Record<string, string> = {
  a: 'Dy',
  b: 'Mon',
  c: 'FMMM',
  D: 'FMDDth',
  d: 'DD',
  e: 'FMDD',
  j: 'DDD',
  M: 'FMMonth',
  m: 'MM',
  v: 'IW',
  W: 'FMDay',
  x: 'IYYY',
  Y: 'YYYY',
  y: 'YY',
};

const TIME_SPECIFIERS: Record<string, string> = {
  f: 'US',
  H: 'HH24',
  h: 'HH12',
  I: 'HH12',
  i: 'MI',
  k: 'FMHH24',
  l: 'FMHH12',
  p: 'AM',
  r: 'HH12:MI:SS AM',
  S: 'SS',
  s: 'SS',
  T: 'HH24:MI:SS',
};

const SPECIFIERS = { ...DATE_SPECIFIERS, ...TIME_SPECIFIERS };

/** DATE_FORMAT's format as to_char's. */
export const dateFormat = (format: string, at: Position): string =>
  postgresFormat(format, SPECIFIERS, at, 'DATE_FORMAT');

/** Which MySQL type STR_TO_DATE's format makes: DATE with date parts only, DATETIME with both. */
export function strToDateFormat(format: string, at: Position): { pattern: string; withTime: boolean } {
  const specifiers: string[] = [];
  for (let i = 0; i < format.length - 1; i++) {
    if (format[i] !== '%') continue;
    const specifier = format[++i]!;
    if (specifier !== '%') specifiers.push(specifier);
  }
  const withTime = specifiers.some((s) => s in TIME_SPECIFIERS);
  if (!specifiers.some((s) => s in DATE_SPECIFIERS)) {
    throw unsupported(
      at,
      'STR_TO_DATE() with a time-only format',
      'MySQL returns a TIME, which Decant does not read',
    );
  }
  return { pattern: postgresFormat(format, SPECIFIERS, at, 'STR_TO_DATE'), withTime };
}
