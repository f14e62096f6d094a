/**
 * Hierarchical queries: CONNECT BY [NOCYCLE] with START WITH, PRIOR, LEVEL,
 * SYS_CONNECT_BY_PATH, CONNECT_BY_ROOT, CONNECT_BY_ISLEAF, CONNECT_BY_ISCYCLE and ORDER
 * SIBLINGS BY become WITH RECURSIVE (connect-by/recursive.ts); the DUAL row generator
 * `CONNECT BY LEVEL <= n` becomes generate_series (connect-by/row-generator.ts). Runs before
 * the ROWNUM and DUAL rules on the same SELECT, which would otherwise take its ROWNUM and DUAL.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Hierarchical-Queries.html
 */
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { recursiveHierarchy } from './connect-by/recursive.js';
import { isDual, rowGenerator } from './connect-by/row-generator.js';

export default rule({
  name: 'connect-by',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Hierarchical-Queries.html',
  kinds: ['select'],
  rewrite: (node, ctx) => {
    if (!node.hierarchy) return node;
    const generated = rowGenerator(node, ctx);
    if (generated) return generated;
    if (isDual(node)) {
      throw unsupported(
        node.hierarchy.connectBy.at,
        'CONNECT BY on DUAL',
        'only the row generator forms CONNECT BY LEVEL <= n and ROWNUM <= n are translated on DUAL',
      );
    }
    return recursiveHierarchy(node, ctx);
  },
});
