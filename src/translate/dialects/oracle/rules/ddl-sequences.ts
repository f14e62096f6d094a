/**
 * CREATE SEQUENCE: Oracle's sequences count to 10^28 - 1 by default, PostgreSQL's to
 * 2^63 - 1. A MINVALUE or MAXVALUE beyond bigint (dbms_metadata writes MAXVALUE
 * 9999999999999999999999999999 for every sequence) is dropped, leaving PostgreSQL's own
 * limit: a sequence that really needed more than 9.2 quintillion values is not a case
 * a migration meets. The same holds for identity columns (ddl-types.ts).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-SEQUENCE.html
 */
import type { SequenceOptions } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { reviewNameLength } from './ddl-names.js';

const BIGINT_MAX = 2n ** 63n - 1n;
const BIGINT_MIN = -(2n ** 63n);

const fits = (value: string): boolean => BigInt(value) <= BIGINT_MAX && BigInt(value) >= BIGINT_MIN;

/** The options with limits beyond bigint left out (start and increment must fit: they are refused by PostgreSQL otherwise). */
export function withinBigint(options: SequenceOptions): SequenceOptions {
  const { minValue, maxValue, ...rest } = options;
  return {
    ...rest,
    ...(minValue !== undefined && (minValue === null || fits(minValue)) ? { minValue } : {}),
    ...(maxValue !== undefined && (maxValue === null || fits(maxValue)) ? { maxValue } : {}),
  };
}

export default rule({
  name: 'ddl-sequences',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-SEQUENCE.html',
  kinds: ['create-sequence'],
  rewrite: (node, ctx) => {
    reviewNameLength(ctx, node.at, node.name);
    return { ...node, options: withinBigint(node.options) };
  },
});
