/**
 * Oracle stores no empty strings: '' is NULL. So '' in a statement becomes NULL, which keeps
 * `x = ''` never true and `NVL('', 'a')` 'a', as in Oracle.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Nulls.html
 */
import { rule } from '../../dialect.js';

export default rule({
  name: 'empty-string-is-null',
  kinds: ['literal'],
  rewrite: (node) =>
    node.type === 'string' && node.value === ''
      ? { kind: 'literal', at: node.at, type: 'null', value: 'NULL' }
      : node,
});
