/**
 * MySQL's date arithmetic with INTERVAL expr unit (`d + INTERVAL 1 DAY`, DATE_ADD, DATE_SUB,
 * ADDDATE, SUBDATE) as PostgreSQL interval arithmetic: a literal count becomes an interval
 * literal, any other count multiplies one unit. A month added to the 31st ends on the
 * month's last day in both. Composite units ('1:30' HOUR_MINUTE) and fractional counts, which
 * MySQL reads in ways of its own, are refused.
 * https://dev.mysql.com/doc/refman/8.0/en/expressions.html#temporal-intervals
 */
import type { Expression, NodeOf } from '../../ast/node.js';
import { unsupported } from '../../diagnostics.js';
import { binary, cast, numberValue, pgType, stringValue } from '../build.js';
import type { RuleContext } from '../dialect.js';
import { reviewDateArithmetic } from './review.js';

interface Unit {
  /** PostgreSQL's interval field. */
  readonly field: 'YEAR' | 'MONTH' | 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND';
  /** How many of the field one unit is. */
  readonly times: number;
  /** Whether MySQL keeps a DATE a DATE when it adds this unit. */
  readonly dateUnit: boolean;
}

const UNITS: Record<string, Unit> = {
  MICROSECOND: { field: 'SECOND', times: 0.000001, dateUnit: false },
  SECOND: { field: 'SECOND', times: 1, dateUnit: false },
  MINUTE: { field: 'MINUTE', times: 1, dateUnit: false },
  HOUR: { field: 'HOUR', times: 1, dateUnit: false },
  DAY: { field: 'DAY', times: 1, dateUnit: true },
  WEEK: { field: 'DAY', times: 7, dateUnit: true },
  MONTH: { field: 'MONTH', times: 1, dateUnit: true },
  QUARTER: { field: 'MONTH', times: 3, dateUnit: true },
  YEAR: { field: 'YEAR', times: 1, dateUnit: true },
};

/** A string literal is a date or datetime to MySQL; PostgreSQL needs to be told. */
export const asTimestamp = (e: Expression): Expression =>
  stringValue(e) !== undefined ? cast(e, pgType(e.at, 'timestamp')) : e;

/** The count of an INTERVAL as a number, when it is an integer written out. */
function literalCount(value: Expression): number | undefined {
  const text = stringValue(value);
  const count = text !== undefined && text.trim() !== '' ? Number(text) : numberValue(value);
  return count !== undefined && Number.isFinite(count) ? count : undefined;
}

/** `interval` (count and unit) as a PostgreSQL interval. */
function postgresInterval(interval: NodeOf<'interval'>): Expression {
  const unit = UNITS[interval.unit];
  if (!unit) {
    throw unsupported(
      interval.at,
      `INTERVAL ... ${interval.unit}`,
      'Decant translates the single units MICROSECOND to YEAR, not composite ones',
      'write the interval as a sum of single units',
    );
  }
  const count = literalCount(interval.value);
  if (count !== undefined) {
    if (!Number.isInteger(count)) {
      throw unsupported(
        interval.at,
        `INTERVAL ${count} ${interval.unit}`,
        'MySQL rounds or splits a fractional count in ways of its own',
        'write a whole number of a smaller unit',
      );
    }
    const value = unit.times === 1 ? String(count) : (count * unit.times).toFixed(unit.times < 1 ? 6 : 0);
    return { kind: 'interval-literal', at: interval.at, value, qualifier: unit.field };
  }
  const one: Expression = {
    kind: 'interval-literal',
    at: interval.at,
    value: unit.times < 1 ? unit.times.toFixed(6) : String(unit.times),
    qualifier: unit.field,
  };
  return binary(interval.at, '*', interval.value, one);
}

/** `base + interval` or `base - interval`. */
export function addInterval(
  ctx: RuleContext,
  at: Expression['at'],
  base: Expression,
  interval: NodeOf<'interval'>,
  op: '+' | '-',
): Expression {
  if (UNITS[interval.unit]?.dateUnit) reviewDateArithmetic(ctx, at);
  return binary(at, op, asTimestamp(base), postgresInterval(interval));
}
