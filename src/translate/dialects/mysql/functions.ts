/**
 * MySQL's built-in functions by name (upper case): how each becomes PostgreSQL. The table is
 * assembled from one module per family under functions/; a name it lacks is refused.
 * https://dev.mysql.com/doc/refman/8.0/en/built-in-function-reference.html
 */
import type { FunctionTranslation } from '../source-functions.js';
import { AGGREGATE_FUNCTIONS } from './functions/aggregates.js';
import { CONDITION_FUNCTIONS } from './functions/conditions.js';
import { DATE_FUNCTIONS } from './functions/dates.js';
import { NUMBER_FUNCTIONS } from './functions/numbers.js';
import { STRING_FUNCTIONS } from './functions/strings.js';

export const FUNCTIONS: Readonly<Record<string, FunctionTranslation>> = {
  ...AGGREGATE_FUNCTIONS,
  ...CONDITION_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...NUMBER_FUNCTIONS,
  ...STRING_FUNCTIONS,
};
