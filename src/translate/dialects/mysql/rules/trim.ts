/**
 * MySQL's TRIM([BOTH|LEADING|TRAILING] [remstr] FROM s) removes the string remstr, repeated;
 * PostgreSQL's removes any of its characters. They agree for spaces and for one character;
 * a longer or computed remstr is refused.
 * https://dev.mysql.com/doc/refman/8.0/en/string-functions.html#function_trim
 */
import { unsupported } from '../../../diagnostics.js';
import { stringValue } from '../../build.js';
import { rule } from '../../dialect.js';

export default rule({
  name: 'trim',
  kinds: ['trim'],
  rewrite: (node) => {
    if (!node.characters) return node;
    const characters = stringValue(node.characters);
    if (characters === undefined || [...characters].length > 1) {
      throw unsupported(
        node.characters.at,
        'TRIM of a string longer than one character',
        'MySQL removes the whole string, repeated; PostgreSQL removes any of its characters',
      );
    }
    return node;
  },
});
