/**
 * Oracle's pseudo-columns and niladic functions that look like columns: SYSDATE,
 * SYSTIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP, USER, seq.NEXTVAL / seq.CURRVAL. ROWNUM,
 * LEVEL and the CONNECT_BY_ ones belong to the rownum and connect-by rules.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Pseudocolumns.html
 */
import type { Expression } from '../../../ast/node.js';
import { qualified } from '../../../generator/names.js';
import { rule } from '../../dialect.js';
import { call, compatCall, string } from '../../build.js';

export default rule({
  name: 'pseudo-columns',
  kinds: ['column'],
  rewrite: (node, ctx): Expression => {
    const last = node.parts[node.parts.length - 1]!;
    if (last.quoted) return node;
    if (node.parts.length === 1) {
      switch (last.value) {
        // Oracle reads the clock once per statement; statement_timestamp() does the same.
        case 'SYSDATE':
        case 'CURRENT_DATE':
          return compatCall(ctx, node.at, 'sysdate');
        case 'SYSTIMESTAMP':
        case 'CURRENT_TIMESTAMP':
          return call(node.at, 'STATEMENT_TIMESTAMP');
        case 'USER':
          // Oracle's user names are upper case; PostgreSQL's roles from a migration are lower case.
          return call(node.at, 'UPPER', { ...call(node.at, 'CURRENT_USER'), bare: true });
        default:
          return node;
      }
    }
    if (last.value === 'NEXTVAL' || last.value === 'CURRVAL') {
      const sequence = qualified(node.parts.slice(0, -1));
      return call(node.at, last.value === 'NEXTVAL' ? 'NEXTVAL' : 'CURRVAL', string(node.at, sequence));
    }
    return node;
  },
});
