/**
 * MySQL's EXTRACT(unit FROM d): an integer, the second without its fraction. MySQL's WEEK
 * (by its week modes), MICROSECOND (the fraction only) and composite units are refused.
 * https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_extract
 */
import type { Expression } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { call, cast, pgType } from '../../build.js';
import { rule } from '../../dialect.js';
import { asTimestamp } from '../intervals.js';

const FIELDS = new Set(['YEAR', 'QUARTER', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND']);

export default rule({
  name: 'extract',
  kinds: ['extract'],
  rewrite: (node) => {
    if (!FIELDS.has(node.field)) {
      throw unsupported(
        node.at,
        `EXTRACT(${node.field} FROM ...)`,
        'Decant translates YEAR to SECOND, not this unit',
      );
    }
    const extracted: Expression = { ...node, from: asTimestamp(node.from) };
    const whole = node.field === 'SECOND' ? call(node.at, 'FLOOR', extracted) : extracted;
    return cast(whole, pgType(node.at, 'integer'));
  },
});
