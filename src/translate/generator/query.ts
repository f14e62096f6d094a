/** PostgreSQL text for queries and FROM clauses. */
import type {
  FromItem,
  GroupItem,
  Query,
  Select,
  SetOperation,
  WithClause,
  Fetch,
  Expression,
} from '../ast/node.js';
import { unsupported } from '../diagnostics.js';
import { generateExpression, generateOrderBy } from './expression.js';
import { ident, qualified } from './names.js';
import { generateInsert } from './dml.js';

export function generateWith(w: WithClause): string {
  const ctes = w.ctes.map((cte) => {
    const columns = cte.columns.length ? ` (${cte.columns.map((c) => ident(c)).join(', ')})` : '';
    const body = cte.query.kind === 'insert' ? generateInsert(cte.query) : generateQuery(cte.query);
    return `${ident(cte.name, 'relation')}${columns} AS ${cte.materialized ? 'MATERIALIZED ' : ''}(${body})`;
  });
  return `WITH ${w.recursive ? 'RECURSIVE ' : ''}${ctes.join(', ')} `;
}

export function generateQuery(query: Query): string {
  return query.kind === 'select' ? generateSelect(query) : generateSetOperation(query);
}

function generateSelect(s: Select): string {
  if (s.hierarchy) throw unsupported(s.at, 'CONNECT BY', 'this hierarchical query has no translation');
  if (s.into)
    throw unsupported(s.at, 'SELECT ... INTO', 'it belongs to PL/SQL, which a later version translates');
  let sql = s.with ? generateWith(s.with) : '';
  sql += `SELECT ${s.distinct ? 'DISTINCT ' : ''}`;
  sql += s.items
    .map((item) => {
      const expression = generateExpression(item.expression);
      return item.alias ? `${expression} AS ${ident(item.alias)}` : expression;
    })
    .join(', ');
  if (s.from.length) sql += ` FROM ${s.from.map(generateFromItem).join(', ')}`;
  if (s.where) sql += ` WHERE ${generateExpression(s.where)}`;
  if (s.groupBy.length) sql += ` GROUP BY ${s.groupBy.map(generateGroupItem).join(', ')}`;
  if (s.having) sql += ` HAVING ${generateExpression(s.having)}`;
  return sql + generateTail(s);
}

function generateTail(q: Select | SetOperation): string {
  let sql = '';
  if (q.kind === 'select' && q.siblings)
    throw unsupported(q.at, 'ORDER SIBLINGS BY', 'it needs a hierarchical query');
  if (q.orderBy.length) sql += ` ORDER BY ${generateOrderBy(q.orderBy)}`;
  if (q.limit) sql += ` LIMIT ${generateExpression(q.limit)}`;
  if (q.offset) sql += ` OFFSET ${rowCount(q.offset)} ROWS`;
  if (q.fetch) sql += generateFetch(q.fetch, q.at);
  if (q.kind === 'select' && q.forUpdate) {
    sql += ' FOR UPDATE';
    const tables = q.forUpdate.of.map((column) =>
      column.kind === 'column' && column.parts.length > 1 ? qualified(column.parts.slice(0, -1)) : undefined,
    );
    if (tables.length && tables.every((t) => t !== undefined))
      sql += ` OF ${[...new Set(tables)].join(', ')}`;
    if (q.forUpdate.wait === 'NOWAIT' || q.forUpdate.wait === 'SKIP LOCKED') sql += ` ${q.forUpdate.wait}`;
  }
  return sql;
}

/** OFFSET and FETCH take a constant, a parameter or a parenthesized expression. */
function rowCount(e: Expression): string {
  const sql = generateExpression(e);
  return e.kind === 'literal' || e.kind === 'bind' || e.kind === 'paren' ? sql : `(${sql})`;
}

function generateFetch(f: Fetch, at: Query['at']): string {
  if (f.percent)
    throw unsupported(at, 'FETCH ... PERCENT', 'PostgreSQL fetches a number of rows, not a share');
  return ` FETCH FIRST ${rowCount(f.count)} ROWS ${f.withTies ? 'WITH TIES' : 'ONLY'}`;
}

const SET_OPERATOR: Record<SetOperation['op'], string> = {
  UNION: 'UNION',
  'UNION ALL': 'UNION ALL',
  INTERSECT: 'INTERSECT',
  MINUS: 'EXCEPT',
  EXCEPT: 'EXCEPT',
};

function generateSetOperation(s: SetOperation): string {
  // Oracle's set operators are equal and read left to right; PostgreSQL's INTERSECT binds
  // tighter than UNION and EXCEPT, so a left operand that is a looser operation is wrapped.
  const binding = (op: SetOperation['op']): number => (op === 'INTERSECT' ? 2 : 1);
  const term = (q: Query, side: 'left' | 'right'): string => {
    const sql = generateQuery(q);
    if (q.kind === 'set-operation') {
      const wrap =
        side === 'right' || binding(q.op) < binding(s.op) || q.with || q.orderBy.length || q.limit || q.fetch;
      return wrap ? `(${sql})` : sql;
    }
    return q.orderBy.length || q.limit || q.fetch || q.offset || q.with || q.forUpdate ? `(${sql})` : sql;
  };
  const head = s.with ? generateWith(s.with) : '';
  return `${head}${term(s.left, 'left')} ${SET_OPERATOR[s.op]} ${term(s.right, 'right')}${generateTail(s)}`;
}

function generateGroupItem(item: GroupItem): string {
  if (item.kind !== 'grouping-sets') return generateExpression(item);
  return `${item.type} (${item.sets.map(generateExpression).join(', ')})`;
}

export function generateFromItem(item: FromItem): string {
  switch (item.kind) {
    case 'table': {
      if (item.pivot)
        throw unsupported(item.pivot.at, item.pivot.kind.toUpperCase(), 'this pivot has no translation');
      let sql = qualified(item.name);
      if (item.partition)
        throw unsupported(item.at, 'PARTITION (name) in a query', 'query the partition by its own name');
      if (item.alias) sql += ` ${ident(item.alias, 'relation')}`;
      if (item.sample) {
        sql += ` TABLESAMPLE ${item.sample.block ? 'SYSTEM' : 'BERNOULLI'} (${generateExpression(item.sample.percent)})`;
        if (item.sample.seed) sql += ` REPEATABLE (${generateExpression(item.sample.seed)})`;
      }
      return sql;
    }
    case 'derived': {
      if (item.pivot)
        throw unsupported(item.pivot.at, item.pivot.kind.toUpperCase(), 'this pivot has no translation');
      let sql = `${item.lateral ? 'LATERAL ' : ''}(${generateQuery(item.query)})`;
      if (item.alias) sql += ` ${ident(item.alias, 'relation')}`;
      if (item.columnAliases) sql += ` (${item.columnAliases.map((c) => ident(c)).join(', ')})`;
      return sql;
    }
    case 'table-function': {
      let sql = generateExpression(item.call);
      if (item.alias) sql += ` ${ident(item.alias, 'relation')}`;
      if (item.columnAliases) sql += ` (${item.columnAliases.map((c) => ident(c)).join(', ')})`;
      return sql;
    }
    case 'join': {
      const left = generateFromItem(item.left);
      const right =
        item.right.kind === 'join' ? `(${generateFromItem(item.right)})` : generateFromItem(item.right);
      const natural = item.natural ? 'NATURAL ' : '';
      switch (item.type) {
        case 'CROSS':
          return `${left} CROSS JOIN ${right}`;
        case 'CROSS APPLY':
          return `${left} CROSS JOIN LATERAL ${right}`;
        case 'OUTER APPLY':
          return `${left} LEFT JOIN LATERAL ${right} ON TRUE`;
        default: {
          const type = item.type === 'INNER' ? 'JOIN' : `${item.type} JOIN`;
          let sql = `${left} ${natural}${type} ${right}`;
          if (item.on) sql += ` ON ${generateExpression(item.on)}`;
          if (item.using) sql += ` USING (${item.using.map((c) => ident(c)).join(', ')})`;
          return sql;
        }
      }
    }
  }
}
