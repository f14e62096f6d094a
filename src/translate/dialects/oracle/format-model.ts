/**
 * Oracle format models written as literals, turned into PostgreSQL's to_char / to_timestamp /
 * to_number templates at translation time. PostgreSQL's templates follow Oracle's closely;
 * what differs is handled here: FM toggles for every following element in Oracle but applies
 * to one element in PostgreSQL; RR/RRRR (and YY when reading) follow Oracle's century rules
 * through the compatibility schema; $ and L float against the digits; elements PostgreSQL
 * lacks are refused by name. Assumes the AMERICAN/AMERICA NLS settings (English names,
 * '.' as the decimal point, '$' as the currency, Sunday as the first day of the week).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Format-Models.html
 */
import { unsupported } from '../../diagnostics.js';
import type { Position } from '../../tokens/token.js';

export type DateFormatUse = 'output' | 'input';

export interface DateFormat {
  readonly pg: string;
  /** The year rule for compat to_date/to_timestamp: '', 'RR', 'YY', 'RR%', 'YY%'. */
  readonly years: string;
  readonly hasYear: boolean;
  readonly hasMonth: boolean;
  readonly hasDayOfYear: boolean;
  readonly hasJulian: boolean;
}

/** Elements with the same name and meaning in PostgreSQL (longest first when matching). */
const DATE_SAME = [
  'Y,YYY',
  'YYYY',
  'IYYY',
  'YYY',
  'IYY',
  'IY',
  'CC',
  'Q',
  'MM',
  'WW',
  'IW',
  'W',
  'DDD',
  'DD',
  'D',
  'J',
  'HH24',
  'HH12',
  'HH',
  'MI',
  'SSSSS',
  'SS',
  'FF1',
  'FF2',
  'FF3',
  'FF4',
  'FF5',
  'FF6',
  'TZH',
  'TZM',
];
/** Elements whose output spelling follows the case they are written in. */
const DATE_CASED = [
  'MONTH',
  'MON',
  'DAY',
  'DY',
  'A.M.',
  'P.M.',
  'AM',
  'PM',
  'A.D.',
  'B.C.',
  'AD',
  'BC',
  'RM',
];
/** Elements PostgreSQL has no counterpart for. */
const DATE_REFUSED = [
  'SYYYY',
  'SYEAR',
  'YEAR',
  'SCC',
  'FF7',
  'FF8',
  'FF9',
  'TZR',
  'TZD',
  'DL',
  'DS',
  'TS',
  'EE',
  'E',
  'SP',
];
const DATE_ELEMENTS = [
  ...DATE_SAME,
  ...DATE_CASED,
  ...DATE_REFUSED,
  'RRRR',
  'RR',
  'YY',
  'Y',
  'I',
  'FF',
  'FM',
  'FX',
  'X',
  'TH',
].sort((a, b) => b.length - a.length);
const PUNCTUATION = new Set([' ', '-', '/', ',', '.', ';', ':']);

function matchElement(format: string, i: number, elements: readonly string[]): string | undefined {
  const rest = format.slice(i).toUpperCase();
  return elements.find((e) => rest.startsWith(e));
}

/** Oracle's case rule for spelled-out words: 'MONTH', 'Month', 'month'. */
function casedAs(written: string, element: string): string {
  const first = written[0]!;
  const second = written[1];
  if (first === first.toLowerCase()) return element.toLowerCase();
  if (second === undefined || second === second.toUpperCase() || element.includes('.')) return element;
  // PostgreSQL spells the capitalised forms for names only.
  return ['MONTH', 'MON', 'DAY', 'DY'].includes(element)
    ? element[0] + element.slice(1).toLowerCase()
    : element;
}

function isDigitElement(element: string | undefined): boolean {
  return element !== undefined && !DATE_CASED.includes(element) && element !== 'FM' && element !== 'FX';
}

/** Translates a datetime format model; `at` is the format literal's position. */
export function translateDateFormat(format: string, at: Position, use: DateFormatUse): DateFormat {
  const out: string[] = [];
  let fill = false;
  let years = '';
  const seen = new Set<string>();
  for (let i = 0; i < format.length;) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) throw unsupported(at, `the format model '${format}'`, 'a quoted text is not closed');
      out.push(`"${format.slice(i + 1, end).replaceAll('\\', '\\\\')}"`);
      i = end + 1;
      continue;
    }
    if (PUNCTUATION.has(ch)) {
      out.push(ch);
      i++;
      continue;
    }
    const element = matchElement(format, i, DATE_ELEMENTS);
    if (!element) {
      throw unsupported(at, `the format model '${format}'`, `'${ch}' is not a datetime format element`);
    }
    const written = format.slice(i, i + element.length);
    i += element.length;
    const prefix = fill ? 'FM' : '';
    if (DATE_REFUSED.includes(element)) {
      throw unsupported(at, `the format element ${element}`, 'PostgreSQL has no counterpart for it');
    }
    seen.add(element);
    switch (element) {
      case 'FM':
        fill = !fill;
        continue;
      case 'FX':
        if (out.length > 0)
          throw unsupported(at, 'FX after the start of a format model', 'PostgreSQL takes FX only first');
        out.push('FX');
        continue;
      case 'X':
        out.push('.');
        continue;
      case 'TH':
        out.push(written === 'th' ? 'th' : 'TH');
        continue;
      case 'FF':
        out.push(`${prefix}US`);
        continue;
      case 'I':
        out.push(`${prefix}I`);
        continue;
      case 'RRRR':
      case 'RR':
      case 'YY':
      case 'Y': {
        if (use === 'output') {
          out.push(prefix + (element === 'RRRR' ? 'YYYY' : element === 'RR' ? 'YY' : element));
          continue;
        }
        if (element === 'Y')
          throw unsupported(
            at,
            'the format element Y when reading a date',
            'PostgreSQL reads it with another century rule',
          );
        const rule = element === 'YY' ? 'YY' : 'RR';
        // Followed straight by a digit element, the year must be read as exactly two digits.
        const next = matchElement(format, i, DATE_ELEMENTS);
        if (element !== 'RRRR' && isDigitElement(next) && i < format.length && format[i] !== '"') {
          out.push(`${prefix}YY`);
          years = `${rule}%`;
        } else {
          out.push(`${prefix}YYYY`);
          years = rule;
        }
        continue;
      }
      case 'YYY':
        if (use === 'input')
          throw unsupported(
            at,
            'the format element YYY when reading a date',
            'PostgreSQL reads it with another century rule',
          );
        out.push(prefix + element);
        continue;
    }
    out.push(prefix + (DATE_CASED.includes(element) ? casedAs(written, element) : element));
  }
  const has = (...names: string[]): boolean => names.some((n) => seen.has(n));
  return {
    pg: out.join(''),
    years,
    hasYear: has('YYYY', 'Y,YYY', 'YYY', 'YY', 'Y', 'RR', 'RRRR', 'IYYY', 'IYY', 'IY', 'I'),
    hasMonth: has('MM', 'MON', 'MONTH', 'RM'),
    hasDayOfYear: has('DDD'),
    hasJulian: has('J'),
  };
}

export interface NumberFormat {
  readonly pg: string;
  /** Set when the model has $ or L: the symbol floats against the digits (compat to_char). */
  readonly currency?: string;
}

const NUMBER_ELEMENTS = [
  'EEEE',
  'FM',
  'PR',
  'MI',
  'RN',
  '9',
  '0',
  ',',
  '.',
  'G',
  'D',
  'S',
  'V',
  '$',
  'L',
  'B',
  'C',
  'U',
  'X',
  'TM',
];

/** True when the format reads as a number format model (used to tell TO_CHAR(number) from TO_CHAR(date)). */
export function isNumberFormat(format: string): boolean {
  if (!format.includes('9') && !format.includes('0')) return false;
  for (let i = 0; i < format.length;) {
    const element = matchElement(format, i, NUMBER_ELEMENTS);
    if (!element) return false;
    i += element.length;
  }
  return true;
}

/** Translates a number format model. */
export function translateNumberFormat(format: string, at: Position, use: DateFormatUse): NumberFormat {
  const out: string[] = [];
  let currency: string | undefined;
  for (let i = 0; i < format.length;) {
    const element = matchElement(format, i, NUMBER_ELEMENTS);
    if (!element) {
      throw unsupported(at, `the format model '${format}'`, `'${format[i]}' is not a number format element`);
    }
    i += element.length;
    switch (element) {
      case '$':
      case 'L':
        if (use === 'input') {
          if (element === 'L')
            throw unsupported(
              at,
              'the format element L in TO_NUMBER',
              'PostgreSQL reads the currency of its own locale',
            );
          out.push('"$"');
        } else {
          currency = '$';
        }
        continue;
      case 'B':
      case 'C':
      case 'U':
      case 'X':
      case 'TM':
        throw unsupported(at, `the format element ${element}`, 'PostgreSQL has no counterpart for it');
      case 'RN':
        out.push(format.slice(i - 2, i) === 'rn' ? 'rn' : 'RN');
        continue;
      default:
        out.push(element);
    }
  }
  return { pg: out.join(''), ...(currency ? { currency } : {}) };
}
