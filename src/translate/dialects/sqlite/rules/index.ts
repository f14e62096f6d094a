/**
 * The SQLite rules, in the order they run on each node (children first). Conditions and
 * values are sorted out first (numeric-booleans), so that the rules after it see operands as
 * PostgreSQL will read them.
 */
import type { Rule } from '../../dialect.js';
import nullOrdering from '../../null-ordering.js';
import numericBooleans from '../../numeric-booleans.js';
import casts from './casts.js';
import collation from './collation.js';
import functions from './functions.js';
import keywordColumns from './keyword-columns.js';
import operators from './operators.js';

export const RULES: readonly Rule[] = [
  numericBooleans,
  nullOrdering,
  keywordColumns,
  functions,
  operators,
  casts,
  collation,
];
