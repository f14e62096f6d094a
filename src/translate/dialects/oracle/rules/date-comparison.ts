/**
 * A date compared with a string literal: Oracle converts the string with the session's
 * NLS_DATE_FORMAT (NLS_TIMESTAMP_FORMAT for a timestamp). Decant reads the literal through
 * the compatibility TO_DATE / TO_TIMESTAMP with the format the options give (Oracle's
 * defaults otherwise, nls.ts) and flags the statement for review, naming the format. Only
 * where the date side's type is known (infer-type.ts); elsewhere PostgreSQL's own reading of
 * the literal applies (ISO formats mean the same in both).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html
 */
import type { Expression } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import type { RuleContext } from '../../dialect.js';
import { stringValue } from '../../build.js';
import { inferType } from '../infer-type.js';
import { nlsFormatNote, readWithNls } from '../nls.js';

const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=']);

/** A string literal `e` read as the type of `other` if that is a datetime; undefined otherwise. */
function asDatetime(e: Expression, otherSide: Expression, ctx: RuleContext): Expression | undefined {
  if (stringValue(e) === undefined) return undefined;
  const other = inferType(otherSide, ctx);
  if (other !== 'date' && other !== 'timestamp') return undefined;
  ctx.review(e.at, 'a string compared with a date', `the string is read as ${nlsFormatNote(ctx, other)}`);
  return readWithNls(ctx, e, other);
}

export default rule({
  name: 'date-comparison',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html',
  kinds: ['binary'],
  rewrite: (node, ctx): Expression => {
    if (!COMPARISONS.has(node.op)) return node;
    const right = asDatetime(node.right, node.left, ctx);
    if (right) return { ...node, right };
    const left = asDatetime(node.left, node.right, ctx);
    return left ? { ...node, left } : node;
  },
});
