/**
 * MySQL's functions that may be written without parentheses, CURRENT_TIMESTAMP, CURRENT_DATE,
 * LOCALTIME, ...: the parser reads them as names, and they are the function's call. Quoted,
 * `current_date` is a column.
 * https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html
 */
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { FUNCTIONS } from '../functions.js';

const KEYWORDS = new Set([
  'CURRENT_TIMESTAMP',
  'CURRENT_DATE',
  'CURRENT_TIME',
  'LOCALTIME',
  'LOCALTIMESTAMP',
  'UTC_DATE',
  'UTC_TIMESTAMP',
]);

export default rule({
  name: 'keyword-columns',
  kinds: ['column'],
  rewrite: (node, ctx) => {
    const [only, ...more] = node.parts;
    if (!only || more.length || only.quoted) return node;
    const word = only.value.toUpperCase();
    if (word === 'CURRENT_USER' || word === 'USER')
      throw unsupported(node.at, word, "MySQL's user@host names no PostgreSQL role");
    if (!KEYWORDS.has(word)) return node;
    return FUNCTIONS[word]!({ kind: 'call', at: node.at, name: [only], args: [] }, ctx);
  },
});
