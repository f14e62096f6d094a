/**
 * The MySQL rules, in the order they run on each node (children first). Conditions and
 * values are sorted out first (numeric-booleans), so that the rules after it see operands as
 * PostgreSQL will read them.
 */
import type { Rule } from '../../dialect.js';
import nullOrdering from '../../null-ordering.js';
import numericBooleans from '../../numeric-booleans.js';
import arithmetic from './arithmetic.js';
import casts from './casts.js';
import collation from './collation.js';
import extract from './extract.js';
import functions from './functions.js';
import havingAliases from './having-aliases.js';
import intervals from './intervals.js';
import keywordColumns from './keyword-columns.js';
import query from './query.js';
import stringLiterals from './string-literals.js';
import trim from './trim.js';

export const RULES: readonly Rule[] = [
  numericBooleans,
  nullOrdering,
  stringLiterals,
  keywordColumns,
  functions,
  intervals,
  arithmetic,
  extract,
  trim,
  casts,
  collation,
  havingAliases,
  query,
];
