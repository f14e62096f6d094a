/**
 * FETCH FIRST p PERCENT ROWS ONLY | WITH TIES: Oracle returns CEIL(p * rows / 100) rows of
 * the query's result. PostgreSQL fetches a number of rows, so the number is counted by a
 * scalar subquery over the same query without its ORDER BY, OFFSET and FETCH; WITH TIES keeps
 * PostgreSQL's own FETCH ... WITH TIES.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html#GUID-CFA006CA-6FF1-4972-821E-6996142A51C6
 */
import type { Query } from '../../../ast/node.js';
import { oracleName } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { binary, call, number } from '../../build.js';

export default rule({
  name: 'fetch-percent',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html',
  kinds: ['select', 'set-operation'],
  rewrite: (node, ctx): Query => {
    if (!node.fetch?.percent) return node;
    const at = node.at;
    if (node.kind === 'select' && node.forUpdate)
      throw unsupported(
        at,
        'FETCH ... PERCENT with FOR UPDATE',
        'the rows would be counted by a second query',
      );
    const { orderBy: _o, offset: _f, fetch: _p, ...counted } = node;
    const whole = { ...counted, orderBy: [] } as Query;
    const share = call(
      at,
      'CEIL',
      binary(
        at,
        '/',
        binary(at, '*', node.fetch.count, { ...call(at, 'COUNT'), star: true }),
        number(at, '100.0'),
      ),
    );
    const total = {
      kind: 'select' as const,
      at,
      distinct: false,
      items: [{ kind: 'select-item' as const, at, expression: share }],
      from: [
        {
          kind: 'derived' as const,
          at,
          query: whole,
          lateral: false,
          alias: oracleName(ctx.freshName('counted')),
        },
      ],
      groupBy: [],
      orderBy: [],
    };
    const count = { kind: 'subquery' as const, at, query: total };
    if (node.fetch.withTies) return { ...node, fetch: { ...node.fetch, percent: false, count } } as Query;
    const { fetch: _fetch, ...rest } = node;
    return { ...rest, limit: count } as Query;
  },
});
