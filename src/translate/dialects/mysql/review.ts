/** The review notes the MySQL rules share, each made once per statement. */
import type { Position } from '../../tokens/token.js';
import type { RuleContext } from '../dialect.js';
import { reviewOnce } from '../review-once.js';

/** Strings compared, searched, sorted or grouped: MySQL's default collations ignore case and accents. */
export const reviewCollation = (ctx: RuleContext, at: Position): void =>
  reviewOnce(
    ctx,
    at,
    'string comparison',
    "MySQL compares, sorts and groups strings by the column's collation, by default without regard to case or accents; PostgreSQL by the database's, which regards them",
  );

/** Days, weeks, months or years added to what may be a DATE. */
export const reviewDateArithmetic = (ctx: RuleContext, at: Position): void =>
  reviewOnce(
    ctx,
    at,
    'date arithmetic',
    'MySQL gives a DATE when it adds days, weeks, months or years to a DATE, PostgreSQL a timestamp: cast the result to date where the operand is a DATE',
  );

/** A quotient: MySQL rounds it to 4 decimals more than the dividend has. */
export const reviewDivision = (ctx: RuleContext, at: Position): void =>
  reviewOnce(
    ctx,
    at,
    'division',
    "MySQL shows a quotient with 4 decimals more than the dividend's (div_precision_increment), PostgreSQL with more",
  );
