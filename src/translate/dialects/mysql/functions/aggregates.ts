/**
 * MySQL's aggregate and window functions. Most mean the same in PostgreSQL; GROUP_CONCAT
 * becomes string_agg (a DISTINCT one array_agg, whose ORDER BY may name the value as MySQL's
 * does), its values joined as CONCAT joins them, so that a row with a NULL value is skipped.
 * https://dev.mysql.com/doc/refman/8.0/en/aggregate-functions.html
 * https://dev.mysql.com/doc/refman/8.0/en/window-function-descriptions.html
 */
import type { Expression } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { binary, string } from '../../build.js';
import {
  aggregate,
  asText,
  fnName,
  joinGroup,
  WINDOW_FUNCTIONS,
  type FunctionTranslation,
} from '../../source-functions.js';

const count: FunctionTranslation = (f, ctx) => {
  if (f.distinct && f.args.length > 1) {
    throw unsupported(
      f.at,
      'COUNT(DISTINCT a, b, ...)',
      'PostgreSQL counts distinct rows of several values only as a row, which also counts rows with NULLs',
    );
  }
  return aggregate('COUNT', 1)(f, ctx);
};

const groupConcat: FunctionTranslation = (f, ctx) => {
  if (f.over) throw unsupported(f.at, 'GROUP_CONCAT() OVER', 'it is not a window function in MySQL');
  const separatorAt = f.argNames?.findIndex((name) => name?.value === 'SEPARATOR') ?? -1;
  const separator = separatorAt >= 0 ? f.args[separatorAt]! : string(f.at, ',');
  const values = f.args.filter((_, i) => i !== separatorAt);
  if (values.length === 0) throw unsupported(f.at, fnName(f), 'it needs a value to concatenate');
  ctx.review(
    f.at,
    'GROUP_CONCAT',
    "MySQL cuts the result at group_concat_max_len bytes (1024 by default); PostgreSQL's string_agg returns it whole",
  );
  const value: Expression = values.length === 1 ? values[0]! : concatenated(values);
  return joinGroup(f, value, concatenated(values), separator);
};

/** Several values as one text, NULL when any is: a row MySQL leaves out. */
const concatenated = (values: readonly Expression[]): Expression =>
  values.map(asText).reduce((left, right) => binary(left.at, '||', left, right));

export const AGGREGATE_FUNCTIONS: Record<string, FunctionTranslation> = {
  COUNT: count,
  SUM: aggregate('SUM', 1),
  AVG: aggregate('AVG', 1),
  MIN: aggregate('MIN', 1),
  MAX: aggregate('MAX', 1),
  STD: aggregate('STDDEV_POP', 1),
  STDDEV: aggregate('STDDEV_POP', 1),
  STDDEV_POP: aggregate('STDDEV_POP', 1),
  STDDEV_SAMP: aggregate('STDDEV_SAMP', 1),
  VARIANCE: aggregate('VAR_POP', 1),
  VAR_POP: aggregate('VAR_POP', 1),
  VAR_SAMP: aggregate('VAR_SAMP', 1),
  GROUP_CONCAT: groupConcat,
  ...WINDOW_FUNCTIONS,
};
