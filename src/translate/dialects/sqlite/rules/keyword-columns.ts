/**
 * SQLite's CURRENT_TIMESTAMP, CURRENT_DATE and CURRENT_TIME, which the parser reads as names:
 * the time in UTC, to the second. Quoted, "current_date" is a column.
 * https://www.sqlite.org/lang_createtable.html#the_default_clause
 */
import type { Expression } from '../../../ast/node.js';
import { call, cast, pgType, string, utcNow } from '../../build.js';
import { rule } from '../../dialect.js';

const toSecond = (at: Expression['at']): Expression =>
  call(at, 'DATE_TRUNC', string(at, 'second'), utcNow(at));

export default rule({
  name: 'keyword-columns',
  kinds: ['column'],
  rewrite: (node) => {
    const [only, ...more] = node.parts;
    if (!only || more.length || only.quoted) return node;
    switch (only.value.toUpperCase()) {
      case 'CURRENT_TIMESTAMP':
        return toSecond(node.at);
      case 'CURRENT_DATE':
        return cast(utcNow(node.at), pgType(node.at, 'date'));
      case 'CURRENT_TIME':
        return cast(toSecond(node.at), pgType(node.at, 'time'));
      default:
        return node;
    }
  },
});
