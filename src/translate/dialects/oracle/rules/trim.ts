/**
 * TRIM(... FROM s): the same syntax and meaning in PostgreSQL, except that Oracle returns
 * NULL where the result would be '' (it has no empty strings). A literal that keeps a
 * character after trimming cannot become '' and is left alone.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/TRIM.html
 */
import type { Expression } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { stringValue } from '../../build.js';
import { asText, nullIfEmpty } from '../functions/helpers.js';

export default rule({
  name: 'trim',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/TRIM.html',
  kinds: ['trim'],
  rewrite: (node, ctx): Expression => {
    const text = stringValue(node.from);
    const characters = node.characters ? stringValue(node.characters) : ' ';
    if (text !== undefined && characters !== undefined && [...text].some((ch) => !characters.includes(ch))) {
      return node;
    }
    return nullIfEmpty(node.at, { ...node, from: asText(node.from, ctx) });
  },
});
