/**
 * CAST(x AS oracle_type) through the same type map as columns (types.ts), except that
 * NUMBER(p) stays numeric(p): an integer type would make a later division integer division.
 * Oracle truncates a string cast to a shorter VARCHAR2 or CHAR, and so does PostgreSQL.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CAST.html
 */
import { rule } from '../../dialect.js';
import { mapType } from '../types.js';

export default rule({
  name: 'cast-types',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CAST.html',
  kinds: ['cast'],
  rewrite: (node, ctx) =>
    node.type.postgres ? node : { ...node, type: mapType(node.type, ctx, { purpose: 'cast' }) },
});
