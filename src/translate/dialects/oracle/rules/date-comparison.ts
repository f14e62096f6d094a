/**
 * A date compared with a string literal: Oracle converts the string with the session's
 * NLS_DATE_FORMAT. Decant assumes Oracle's default, DD-MON-RR, reads the literal through
 * the compatibility TO_DATE with that format, and flags the statement for review. Only
 * where the date side's type is known (infer-type.ts); elsewhere PostgreSQL's own reading of
 * the literal applies (ISO formats mean the same in both).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html
 */
import type { Expression } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { compatCall, string, stringValue } from '../build.js';
import { returning } from '../functions/helpers.js';
import { inferType, isDatetime } from '../infer-type.js';
import type { RuleContext } from '../../dialect.js';

const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=']);

function asDate(e: Expression, ctx: RuleContext): Expression {
  ctx.review(
    e.at,
    'a string compared with a date',
    "the string is read as DD-MON-RR, Oracle's default NLS_DATE_FORMAT",
  );
  return returning(
    'date',
    compatCall(ctx, e.at, 'to_date', e, string(e.at, 'DD-MON-YYYY'), string(e.at, 'RR')),
  );
}

export default rule({
  name: 'date-comparison',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Implicit-Data-Conversion.html',
  kinds: ['binary'],
  rewrite: (node, ctx): Expression => {
    if (!COMPARISONS.has(node.op)) return node;
    if (stringValue(node.right) !== undefined && isDatetime(inferType(node.left, ctx))) {
      return { ...node, right: asDate(node.right, ctx) };
    }
    if (stringValue(node.left) !== undefined && isDatetime(inferType(node.right, ctx))) {
      return { ...node, left: asDate(node.left, ctx) };
    }
    return node;
  },
});
