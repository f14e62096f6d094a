/**
 * ROWNUM: Oracle numbers rows as the query's FROM and WHERE produce them, before GROUP BY
 * and ORDER BY. A bound in WHERE (`ROWNUM <= n`, `ROWNUM < n`, `ROWNUM = 1`) becomes LIMIT;
 * the idiom `SELECT * FROM (SELECT ... ORDER BY ...) WHERE ROWNUM <= n` becomes the inner
 * query with LIMIT; ROWNUM in the select list becomes ROW_NUMBER() OVER (), which PostgreSQL
 * also numbers before sorting. A bound together with ORDER BY, GROUP BY or DISTINCT in the
 * same query is refused: Oracle picks the rows before sorting, which is rarely what the
 * author meant, and Decant will not guess.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ROWNUM-Pseudocolumn.html
 */
import { callsAggregate } from '../aggregates.js';
import type { Expression, Select } from '../../../ast/node.js';
import { nameIs } from '../../../ast/node.js';
import { some, transform } from '../../../ast/transform.js';
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { binary, call, number, numberValue } from '../../build.js';
import { conjunction, conjuncts } from './conjuncts.js';

const isRownum = (e: Expression): boolean =>
  e.kind === 'column' && e.parts.length === 1 && nameIs(e.parts[0], 'ROWNUM');
const mentionsRownum = (e: unknown): boolean =>
  some(e, (n) => isRownum(n as Expression), { intoQueries: false });

const FLIPPED: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '=': '=' };

/**
 * What a `ROWNUM op n` condition means: a LIMIT, no rows at all, or no bound (`{}`, always
 * true); undefined if it is not such a condition.
 */
function limitOf(condition: Expression): { limit?: Expression } | { none: true } | undefined {
  if (condition.kind !== 'binary') return undefined;
  let op: string = condition.op;
  let bound: Expression;
  if (isRownum(condition.left)) bound = condition.right;
  else if (isRownum(condition.right)) {
    bound = condition.left;
    op = FLIPPED[op] ?? op;
  } else return undefined;
  if (mentionsRownum(bound)) return undefined;
  const value = numberValue(bound);
  switch (op) {
    case '<=':
      return { limit: bound };
    case '<':
      return value !== undefined
        ? { limit: number(bound.at, Math.ceil(value) - 1) }
        : { limit: binary(bound.at, '-', call(bound.at, 'CEIL', bound), number(bound.at, 1)) };
    case '=':
      // ROWNUM = 1 is the first row; ROWNUM = n for n > 1 is never true (row 1 fails, so no row gets 2).
      if (value === 1) return { limit: number(bound.at, 1) };
      if (value !== undefined) return { none: true };
      return undefined;
    case '>':
    case '>=':
      // ROWNUM > n for n >= 1 (or >= n for n > 1) is never true; ROWNUM > 0 always.
      if (value !== undefined && (op === '>' ? value < 1 : value <= 1)) return {};
      if (value !== undefined) return { none: true };
      return undefined;
    default:
      return undefined;
  }
}

function numberRows(node: Select): Select {
  return transform(node, (n) =>
    isRownum(n as Expression)
      ? { ...call(n.at, 'ROW_NUMBER'), over: { kind: 'window', at: n.at, partitionBy: [], orderBy: [] } }
      : n,
  );
}

export default rule({
  name: 'rownum',
  kinds: ['select'],
  rewrite: (node): Select => {
    const inWhere = node.where !== undefined && mentionsRownum(node.where);
    const elsewhere = mentionsRownum([node.items, node.orderBy, node.having, node.groupBy]);
    if (!inWhere && !elsewhere) return node;
    let limit: Expression | undefined;
    let limitAt = node.at;
    let none = false;
    const remaining: Expression[] = [];
    for (const condition of conjuncts(node.where)) {
      if (!mentionsRownum(condition)) {
        remaining.push(condition);
        continue;
      }
      const bound = limitOf(condition);
      if (!bound)
        throw unsupported(
          condition.at,
          'this use of ROWNUM',
          'only bounds such as ROWNUM <= n in the WHERE clause, and ROWNUM in the select list, are translated',
        );
      limitAt = condition.at;
      if ('none' in bound) none = true;
      else if (bound.limit) {
        if (limit) throw unsupported(condition.at, 'two ROWNUM bounds', 'write one bound');
        limit = bound.limit;
      }
    }
    if (none) limit = number(node.at, 0);
    // An aggregate without GROUP BY groups too: COUNT(*) ... WHERE ROWNUM <= 3 counts three rows,
    // where LIMIT 3 would limit the one row of the count.
    const grouped = node.groupBy.length > 0 || Boolean(node.having) || callsAggregate(node.items);
    if (limit && (node.orderBy.length || grouped || node.distinct)) {
      throw unsupported(
        limitAt,
        'ROWNUM with ORDER BY, GROUP BY, an aggregate or DISTINCT in the same query',
        'Oracle numbers the rows before sorting or grouping them, so the bound picks rows before the sort or the aggregate',
        'if the first rows after sorting are meant, move the sort into a subquery (the usual Oracle idiom), which Decant translates to LIMIT',
      );
    }
    const where = conjunction(remaining);
    const { where: _where, ...rest } = node;
    let result: Select = { ...rest, ...(where ? { where } : {}) };
    if (elsewhere) result = numberRows(result);
    if (!limit) return result;
    // SELECT * FROM (SELECT ... ORDER BY ...) WHERE ROWNUM <= n: the inner query with LIMIT n.
    const [only] = result.from;
    if (
      only?.kind === 'derived' &&
      result.from.length === 1 &&
      !result.where &&
      !elsewhere &&
      result.items.length === 1 &&
      result.items[0]!.expression.kind === 'star' &&
      !result.with &&
      !result.fetch &&
      !result.offset &&
      !result.forUpdate &&
      only.query.kind === 'select' &&
      !only.query.limit &&
      !only.query.fetch &&
      !only.query.offset &&
      !only.pivot
    ) {
      return { ...only.query, limit };
    }
    if (result.fetch || result.offset) {
      throw unsupported(
        limitAt,
        'ROWNUM with FETCH or OFFSET in the same query',
        'put one of them in a subquery',
      );
    }
    return { ...result, limit };
  },
});
