/**
 * Oracle built-in functions by name: how each becomes PostgreSQL. The table is assembled from
 * one module per family under functions/. A function not listed is kept as written (user
 * functions, and built-ins that mean the same in both: COUNT, SUM, AVG, MIN, MAX, COALESCE,
 * NULLIF, RANK, DENSE_RANK, ROW_NUMBER, NTILE, CUME_DIST, PERCENT_RANK, ...).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Single-Row-Functions.html
 */
import { CONVERSION_FUNCTIONS } from './functions/conversion.js';
import { DATE_FUNCTIONS } from './functions/dates.js';
import type { FunctionTranslation } from './functions/helpers.js';
import { MISC_FUNCTIONS } from './functions/misc.js';
import { NUMBER_FUNCTIONS } from './functions/numbers.js';
import { REGEXP_FUNCTIONS } from './functions/regexp.js';
import { STRING_FUNCTIONS } from './functions/strings.js';

export type { FunctionTranslation } from './functions/helpers.js';

export const FUNCTIONS: Record<string, FunctionTranslation> = {
  ...STRING_FUNCTIONS,
  ...REGEXP_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...NUMBER_FUNCTIONS,
  ...MISC_FUNCTIONS,
};
