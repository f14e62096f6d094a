/**
 * Oracle lets a subquery in FROM go without an alias; PostgreSQL before 16 does not. A
 * fresh alias (subquery_1, ...) is added; nothing can refer to it, so meaning is unchanged.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html
 */
import { oracleName } from '../../../ast/node.js';
import { rule } from '../../dialect.js';

export default rule({
  name: 'derived-alias',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html',
  kinds: ['derived'],
  rewrite: (node, ctx) => (node.alias ? node : { ...node, alias: oracleName(ctx.freshName('subquery')) }),
});
