/**
 * MySQL's functions of NULLs and conditions: IF becomes CASE (its condition a number to
 * MySQL: numeric-booleans.ts), IFNULL COALESCE, ISNULL an IS NULL test.
 * https://dev.mysql.com/doc/refman/8.0/en/flow-control-functions.html
 */
import { caseWhen, isNull } from '../../build.js';
import { asCondition } from '../../numeric-booleans.js';
import { arity, plain, scalar, type FunctionTranslation } from '../../source-functions.js';

export const CONDITION_FUNCTIONS: Record<string, FunctionTranslation> = {
  IF: (f) => {
    arity(f, 3);
    plain(f);
    const [condition, then, otherwise] = f.args;
    return caseWhen(f.at, [{ when: asCondition(condition!), then: then! }], otherwise);
  },
  IFNULL: scalar('COALESCE', 2),
  COALESCE: scalar('COALESCE', 1, Infinity),
  NULLIF: scalar('NULLIF', 2),
  ISNULL: (f) => {
    arity(f, 1);
    plain(f);
    return isNull(f.at, f.args[0]!);
  },
};
