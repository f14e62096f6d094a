/**
 * Oracle queries: WITH, SELECT with its clauses in Oracle's order (hierarchical clause
 * before or after GROUP BY's place, ORDER SIBLINGS BY, OFFSET/FETCH, FOR UPDATE), set
 * operators (equal precedence, left to right), and the FROM clause: tables with aliases,
 * derived tables, TABLE(), ANSI joins, APPLY, PIVOT and UNPIVOT. The Syntax's switches take
 * MySQL's and SQLite's forms: no FROM, LIMIT, a JOIN without a condition, MySQL's WITH ROLLUP
 * and STRAIGHT_JOIN, string aliases, and INTERSECT before UNION where the dialect says so.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html
 * https://dev.mysql.com/doc/refman/8.0/en/select.html, https://www.sqlite.org/lang_select.html
 */
import type {
  CommonTableExpression,
  Expression,
  Fetch,
  ForUpdate,
  FromItem,
  GroupItem,
  Hierarchy,
  Join,
  Name,
  OrderItem,
  Pivot,
  Query,
  Select,
  SelectItem,
  SetOperation,
  TableRef,
  Unpivot,
  WithClause,
} from '../ast/node.js';
import { TokenKind, type Position } from '../tokens/token.js';
import type { Cursor } from './cursor.js';
import { parseExpression, parseExpressionList, parseOrderItems } from './expression.js';

/** Words that end a select item, a table reference or a clause: never read as an alias. */
const NOT_AN_ALIAS = new Set(
  (
    'FROM WHERE GROUP HAVING ORDER UNION INTERSECT MINUS EXCEPT CONNECT START JOIN INNER LEFT RIGHT ' +
    'FULL CROSS NATURAL OUTER ON USING PIVOT UNPIVOT MODEL OFFSET FETCH FOR WINDOW RETURNING RETURN ' +
    'LOG SET VALUES WHEN THEN ELSE END INTO AS PARTITION SAMPLE VERSIONS LIMIT AND OR NOT IS IN LIKE ' +
    'BETWEEN SELECT WITH BY APPLY'
  ).split(' '),
);

export function isQueryStart(c: Cursor): boolean {
  if (c.isWord('SELECT') || c.isWord('WITH')) return true;
  // ((SELECT ...) UNION ...)
  let ahead = 0;
  while (c.isSymbol('(', ahead)) ahead++;
  return ahead > 0 && (c.peek(ahead).value === 'SELECT' || c.peek(ahead).value === 'WITH');
}

export function parseQuery(c: Cursor): Query {
  const at = c.at;
  const withClause = c.isWord('WITH') ? parseWith(c) : undefined;
  let query = parseSetOperations(c, false);
  if (query.kind === 'set-operation') {
    const tail = parseQueryTail(c);
    if (tail.orderBy.length || tail.offset || tail.fetch || tail.limit || tail.forUpdate)
      query = { ...query, ...tail };
  }
  if (withClause) query = { ...query, at, with: withClause };
  return query;
}

/**
 * Branches joined by set operators, left to right; where INTERSECT binds tighter (the
 * Syntax's intersectFirst), the INTERSECT chains are read first, as the operands of the rest.
 */
function parseSetOperations(c: Cursor, intersectOnly: boolean): Query {
  const tighter = c.syntax.intersectFirst && !intersectOnly;
  let query: Query = tighter ? parseSetOperations(c, true) : parseQueryTerm(c);
  for (;;) {
    const opAt = c.at;
    let op: SetOperation['op'];
    if (intersectOnly) {
      if (!c.acceptWord('INTERSECT')) break;
      op = 'INTERSECT';
    } else if (c.acceptWord('UNION', 'ALL')) op = 'UNION ALL';
    else if (c.acceptWord('UNION')) op = 'UNION';
    else if (!tighter && c.acceptWord('INTERSECT')) op = 'INTERSECT';
    else if (c.acceptWord('MINUS')) op = 'MINUS';
    else if (c.acceptWord('EXCEPT')) op = 'EXCEPT';
    else break;
    c.acceptWord('DISTINCT');
    const parenthesized = c.isSymbol('(');
    let right = tighter ? parseSetOperations(c, true) : parseQueryTerm(c);
    // ORDER BY, OFFSET, FETCH and LIMIT after the last branch belong to the whole compound query.
    let hoisted: Partial<QueryTail> = {};
    if (!parenthesized && right.kind === 'select') {
      const { orderBy, offset, fetch, limit, siblings: _s, forUpdate: _f, ...select } = right;
      if (orderBy.length || offset || fetch || limit) {
        hoisted = {
          orderBy: [...orderBy],
          ...(offset ? { offset } : {}),
          ...(fetch ? { fetch } : {}),
          ...(limit ? { limit } : {}),
        };
        right = { ...select, orderBy: [] };
      }
    }
    query = { kind: 'set-operation', at: opAt, op, left: query, right, orderBy: [], ...hoisted };
  }
  return query;
}

function parseWith(c: Cursor): WithClause {
  c.expectWord('WITH');
  // MySQL and SQLite say which WITH may refer to itself, as PostgreSQL does.
  const recursive = c.syntax.looseQueries && c.acceptWord('RECURSIVE');
  if (c.isWord('FUNCTION') || c.isWord('PROCEDURE')) {
    c.unsupported(
      'WITH FUNCTION',
      'functions declared inside a query are PL/SQL, which a later version translates',
    );
  }
  const ctes: CommonTableExpression[] = [];
  do {
    const at = c.at;
    const name = c.name('a query name');
    const columns = c.acceptSymbol('(') ? parseColumnNames(c) : [];
    c.expectWord('AS');
    c.expectSymbol('(');
    const query = parseQuery(c);
    c.expectSymbol(')');
    if (c.isWord('SEARCH') || c.isWord('CYCLE')) {
      c.unsupported(
        `${c.peek().value} clause`,
        'recursive WITH search and cycle clauses are not translated yet',
      );
    }
    ctes.push({ kind: 'cte', at, name, columns, query });
  } while (c.acceptSymbol(','));
  return { recursive, ctes };
}

function parseQueryTerm(c: Cursor): Query {
  if (c.isSymbol('(')) {
    c.next();
    const query = parseQuery(c);
    c.expectSymbol(')');
    return query;
  }
  return parseSelect(c);
}

interface QueryTail {
  orderBy: OrderItem[];
  siblings?: boolean;
  offset?: Expression;
  fetch?: Fetch;
  limit?: Expression;
  forUpdate?: ForUpdate;
}

function parseQueryTail(c: Cursor): QueryTail {
  const tail: QueryTail = { orderBy: [] };
  if (c.acceptWord('ORDER', 'SIBLINGS', 'BY')) {
    tail.siblings = true;
    tail.orderBy = parseOrderItems(c);
  } else if (c.acceptWord('ORDER', 'BY')) {
    tail.orderBy = parseOrderItems(c);
  }
  if (c.syntax.looseQueries && c.acceptWord('LIMIT')) {
    // LIMIT count [OFFSET skip], or MySQL's and SQLite's LIMIT skip, count.
    const first = parseExpression(c);
    if (c.acceptSymbol(',')) {
      tail.offset = first;
      tail.limit = parseExpression(c);
    } else {
      tail.limit = first;
      if (c.acceptWord('OFFSET')) tail.offset = parseExpression(c);
    }
  }
  if (c.acceptWord('OFFSET')) {
    tail.offset = parseExpression(c);
    if (!c.acceptWord('ROWS')) c.expectWord('ROW');
  }
  if (c.acceptWord('FETCH')) {
    if (!c.acceptWord('FIRST')) c.expectWord('NEXT');
    const count: Expression = c.isWord('ROW') || c.isWord('ROWS') ? literalOne(c.at) : parseExpression(c);
    const percent = c.acceptWord('PERCENT');
    if (!c.acceptWord('ROWS')) c.expectWord('ROW');
    const withTies = c.acceptWord('WITH', 'TIES');
    if (!withTies) c.expectWord('ONLY');
    tail.fetch = { count, percent, withTies };
  }
  if (c.acceptWord('FOR', 'UPDATE')) {
    const of = c.acceptWord('OF') ? parseExpressionList(c) : [];
    let wait: string | undefined;
    if (c.acceptWord('NOWAIT')) wait = 'NOWAIT';
    else if (c.acceptWord('SKIP', 'LOCKED')) wait = 'SKIP LOCKED';
    else if (c.acceptWord('WAIT')) wait = `WAIT ${c.next().value}`;
    tail.forUpdate = { of, ...(wait ? { wait } : {}) };
  }
  return tail;
}

const literalOne = (at: Position): Expression => ({ kind: 'literal', at, type: 'number', value: '1' });

function parseSelect(c: Cursor): Select {
  const at = c.expectWord('SELECT').start;
  let distinct = false;
  if (c.acceptWord('DISTINCT') || c.acceptWord('UNIQUE')) distinct = true;
  else c.acceptWord('ALL');
  const items: SelectItem[] = [];
  do items.push(parseSelectItem(c));
  while (c.acceptSymbol(','));
  const into =
    c.acceptWord('INTO') || c.acceptWord('BULK', 'COLLECT', 'INTO') ? parseExpressionList(c) : undefined;
  let from: FromItem[] = [];
  if (!c.syntax.looseQueries || c.isWord('FROM')) {
    c.expectWord('FROM');
    from = parseFromList(c);
  }
  const where = c.acceptWord('WHERE') ? parseExpression(c) : undefined;
  let hierarchy = parseHierarchy(c);
  let groupBy: GroupItem[] = [];
  let having: Expression | undefined;
  if (c.acceptWord('GROUP', 'BY')) groupBy = parseGroupBy(c);
  if (c.syntax.mysqlOperators && groupBy.length && c.isWord('WITH', 'ROLLUP')) {
    const rollupAt = c.next().start;
    c.next();
    groupBy = [{ kind: 'grouping-sets', at: rollupAt, type: 'ROLLUP', sets: groupBy as Expression[] }];
  }
  if (c.acceptWord('HAVING')) having = parseExpression(c);
  if (!hierarchy) hierarchy = parseHierarchy(c);
  if (groupBy.length === 0 && c.acceptWord('GROUP', 'BY')) groupBy = parseGroupBy(c);
  if (c.isWord('MODEL'))
    c.unsupported('the MODEL clause', 'PostgreSQL has no spreadsheet-style MODEL clause');
  if (c.isWord('WINDOW')) c.unsupported('the WINDOW clause', 'write the window in each OVER clause');
  const tail = parseQueryTail(c);
  return {
    kind: 'select',
    at,
    distinct,
    items,
    from,
    groupBy,
    ...(where ? { where } : {}),
    ...(hierarchy ? { hierarchy } : {}),
    ...(having ? { having } : {}),
    ...(into ? { into } : {}),
    ...tail,
  };
}

function parseSelectItem(c: Cursor): SelectItem {
  const at = c.at;
  const expression = parseExpression(c);
  const alias = parseAlias(c, true);
  return { kind: 'select-item', at, expression, ...(alias ? { alias } : {}) };
}

/** `[AS] alias`; a bare word that could start the next clause is not an alias. */
function parseAlias(c: Cursor, allowAs: boolean): Name | undefined {
  const as = allowAs && c.acceptWord('AS');
  const token = c.peek();
  // MySQL and SQLite take a string as a column alias: SELECT a AS 'total'. MySQL reads two
  // strings in a row as one, so there it is an alias only after AS.
  const stringAlias = as || !c.syntax.mysqlLexicon;
  if (allowAs && stringAlias && c.syntax.looseQueries && token.kind === TokenKind.String && !token.flag)
    return c.nameOf(c.next());
  if (as) return c.name('an alias');
  if (token.kind === TokenKind.QuotedIdentifier) return c.name();
  if (
    token.kind === TokenKind.Word &&
    !NOT_AN_ALIAS.has(token.value) &&
    !c.syntax.notAnAlias.has(token.value)
  )
    return c.name();
  return undefined;
}

function parseHierarchy(c: Cursor): Hierarchy | undefined {
  let startWith: Expression | undefined;
  if (c.acceptWord('START', 'WITH')) startWith = parseExpression(c);
  if (!c.acceptWord('CONNECT', 'BY')) {
    if (startWith) c.expectWord('CONNECT', 'BY');
    return undefined;
  }
  const noCycle = c.acceptWord('NOCYCLE');
  const connectBy = parseExpression(c);
  if (!startWith && c.acceptWord('START', 'WITH')) startWith = parseExpression(c);
  return { connectBy, noCycle, ...(startWith ? { startWith } : {}) };
}

function parseGroupBy(c: Cursor): GroupItem[] {
  const items: GroupItem[] = [];
  do {
    const at = c.at;
    if (c.acceptWord('GROUPING', 'SETS')) {
      c.expectSymbol('(');
      const sets = c.isSymbol(')') ? [] : parseGroupingElements(c);
      c.expectSymbol(')');
      items.push({ kind: 'grouping-sets', at, type: 'GROUPING SETS', sets });
    } else if ((c.isWord('ROLLUP') || c.isWord('CUBE')) && c.isSymbol('(', 1)) {
      const type = c.next().value as 'ROLLUP' | 'CUBE';
      c.expectSymbol('(');
      const sets = parseExpressionList(c);
      c.expectSymbol(')');
      items.push({ kind: 'grouping-sets', at, type, sets });
    } else {
      items.push(parseExpression(c));
    }
  } while (c.acceptSymbol(','));
  return items;
}

/** Inside GROUPING SETS: expressions, () for the grand total, ROLLUP/CUBE. */
function parseGroupingElements(c: Cursor): Expression[] {
  const sets: Expression[] = [];
  do {
    if (c.isSymbol('(') && c.isSymbol(')', 1)) {
      const at = c.next().start;
      c.next();
      sets.push({ kind: 'tuple', at, items: [] });
    } else if ((c.isWord('ROLLUP') || c.isWord('CUBE')) && c.isSymbol('(', 1)) {
      c.unsupported(`${c.peek().value} inside GROUPING SETS`, 'not translated yet; list the sets');
    } else {
      sets.push(parseExpression(c));
    }
  } while (c.acceptSymbol(','));
  return sets;
}

export function parseFromList(c: Cursor): FromItem[] {
  const items = [parseJoinedTable(c)];
  while (c.acceptSymbol(',')) items.push(parseJoinedTable(c));
  return items;
}

function parseJoinedTable(c: Cursor): FromItem {
  let left = parseTablePrimary(c);
  for (;;) {
    const at = c.at;
    const natural = c.acceptWord('NATURAL');
    let type: Join['type'] | undefined;
    if (c.acceptWord('JOIN') || c.acceptWord('INNER', 'JOIN')) type = 'INNER';
    else if (c.syntax.mysqlOperators && c.acceptWord('STRAIGHT_JOIN')) type = 'INNER';
    else if (c.acceptWord('LEFT', 'OUTER', 'JOIN') || c.acceptWord('LEFT', 'JOIN')) type = 'LEFT';
    else if (c.acceptWord('RIGHT', 'OUTER', 'JOIN') || c.acceptWord('RIGHT', 'JOIN')) type = 'RIGHT';
    else if (c.acceptWord('FULL', 'OUTER', 'JOIN') || c.acceptWord('FULL', 'JOIN')) type = 'FULL';
    else if (c.acceptWord('CROSS', 'JOIN')) type = 'CROSS';
    else if (c.acceptWord('CROSS', 'APPLY')) type = 'CROSS APPLY';
    else if (c.acceptWord('OUTER', 'APPLY')) type = 'OUTER APPLY';
    else if (c.isWord('PARTITION', 'BY'))
      c.unsupported('a partitioned outer join', 'PostgreSQL has no PARTITION BY in joins');
    if (!type) {
      if (natural) c.fail('JOIN');
      return left;
    }
    const right = parseTablePrimary(c);
    if (c.isWord('PARTITION', 'BY')) {
      c.unsupported('a partitioned outer join', 'PostgreSQL has no PARTITION BY in joins');
    }
    let on: Expression | undefined;
    let using: Name[] | undefined;
    // MySQL and SQLite: an inner join without ON or USING joins every row with every row.
    if (type === 'INNER' && c.syntax.looseQueries && !c.isWord('ON') && !c.isWord('USING')) type = 'CROSS';
    if (type !== 'CROSS' && type !== 'CROSS APPLY' && type !== 'OUTER APPLY' && !natural) {
      if (c.acceptWord('ON')) on = parseExpression(c);
      else {
        c.expectWord('USING');
        c.expectSymbol('(');
        using = parseColumnNames(c);
      }
    }
    left = {
      kind: 'join',
      at,
      type,
      natural,
      left,
      right,
      ...(on ? { on } : {}),
      ...(using ? { using } : {}),
    };
  }
}

function parseTablePrimary(c: Cursor): FromItem {
  const at = c.at;
  if (c.isSymbol('(')) {
    c.next();
    if (isQueryStart(c)) {
      const query = parseQuery(c);
      c.expectSymbol(')');
      const alias = parseAlias(c, false);
      const pivot = parsePivot(c);
      return {
        kind: 'derived',
        at,
        query,
        lateral: false,
        ...(alias ? { alias } : {}),
        ...(pivot ? { pivot } : {}),
      };
    }
    const inner = parseJoinedTable(c);
    c.expectSymbol(')');
    return inner;
  }
  if (c.isWord('LATERAL') && c.isSymbol('(', 1)) {
    c.next();
    c.next();
    const query = parseQuery(c);
    c.expectSymbol(')');
    const alias = parseAlias(c, false);
    return { kind: 'derived', at, query, lateral: true, ...(alias ? { alias } : {}) };
  }
  if (c.isWord('TABLE') && c.isSymbol('(', 1)) {
    c.next();
    c.next();
    const call = parseExpression(c);
    c.expectSymbol(')');
    const alias = parseAlias(c, false);
    return { kind: 'table-function', at, call, tableWrapper: true, ...(alias ? { alias } : {}) };
  }
  if (c.isWord('JSON_TABLE') || c.isWord('XMLTABLE')) {
    c.unsupported(c.peek().value, 'not translated yet');
  }
  if (c.isWord('ONLY') && c.isSymbol('(', 1)) c.next();
  const name = c.qualifiedName('a table name');
  const table: { -readonly [K in keyof TableRef]: TableRef[K] } = { kind: 'table', at, name };
  if (c.isSymbol('@')) {
    c.unsupported(
      'a database link',
      'PostgreSQL cannot reach another database from a query',
      c.at,
      'copy the remote data into the target, or use postgres_fdw by hand',
    );
  }
  if (c.isSymbol('(')) {
    // A function in FROM without TABLE(): rare in Oracle, but pipelined functions allow it.
    c.fail('a table name');
  }
  if (c.acceptWord('PARTITION') || c.acceptWord('SUBPARTITION')) {
    if (c.acceptWord('FOR')) c.unsupported('PARTITION FOR', 'name the partition instead');
    c.expectSymbol('(');
    table.partition = c.name('a partition name');
    c.expectSymbol(')');
  }
  if (c.isWord('SAMPLE')) {
    c.next();
    const block = c.acceptWord('BLOCK');
    c.expectSymbol('(');
    const percent = parseExpression(c);
    c.expectSymbol(')');
    let seed: Expression | undefined;
    if (c.acceptWord('SEED')) {
      c.expectSymbol('(');
      seed = parseExpression(c);
      c.expectSymbol(')');
    }
    table.sample = { percent, block, ...(seed ? { seed } : {}) };
  }
  if (c.isWord('AS', 'OF') || c.isWord('VERSIONS', 'BETWEEN') || c.isWord('VERSIONS', 'PERIOD')) {
    c.unsupported(
      'a flashback query',
      'PostgreSQL keeps no past versions of rows to query',
      c.at,
      'query the current data, or keep history in a table of its own',
    );
  }
  const alias = parseAlias(c, false);
  if (alias) table.alias = alias;
  const pivot = parsePivot(c);
  if (pivot) table.pivot = pivot;
  return table;
}

function parsePivot(c: Cursor): Pivot | Unpivot | undefined {
  const at = c.at;
  if (c.acceptWord('PIVOT')) {
    if (c.isWord('XML')) c.unsupported('PIVOT XML', 'PostgreSQL has no XML pivot');
    c.expectSymbol('(');
    const aggregates = [];
    do {
      const call = parseExpression(c);
      const alias = parseAlias(c, true);
      aggregates.push({ call, ...(alias ? { alias } : {}) });
    } while (c.acceptSymbol(','));
    c.expectWord('FOR');
    const forColumns = parseNameList(c);
    c.expectWord('IN');
    c.expectSymbol('(');
    if (c.isWord('ANY') || isQueryStart(c))
      c.unsupported('PIVOT IN (ANY | subquery)', 'the pivot columns must be listed');
    const values = [];
    do {
      let list: Expression[];
      if (forColumns.length > 1) {
        c.expectSymbol('(');
        list = parseExpressionList(c);
        c.expectSymbol(')');
      } else list = [parseExpression(c)];
      const alias = parseAlias(c, true);
      values.push({ values: list, ...(alias ? { alias } : {}) });
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
    c.expectSymbol(')');
    const alias = parseAlias(c, false);
    return { kind: 'pivot', at, aggregates, for: forColumns, in: values, ...(alias ? { alias } : {}) };
  }
  if (c.acceptWord('UNPIVOT')) {
    let includeNulls = false;
    if (c.acceptWord('INCLUDE', 'NULLS')) includeNulls = true;
    else c.acceptWord('EXCLUDE', 'NULLS');
    c.expectSymbol('(');
    const valueColumns = parseNameList(c);
    c.expectWord('FOR');
    const forColumns = parseNameList(c);
    c.expectWord('IN');
    c.expectSymbol('(');
    const entries = [];
    do {
      const columns = parseNameList(c);
      let labels: Expression[] | undefined;
      if (c.acceptWord('AS')) {
        if (c.acceptSymbol('(')) {
          labels = parseExpressionList(c);
          c.expectSymbol(')');
        } else labels = [parseExpression(c)];
      }
      entries.push({ columns, ...(labels ? { labels } : {}) });
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
    c.expectSymbol(')');
    const alias = parseAlias(c, false);
    return {
      kind: 'unpivot',
      at,
      includeNulls,
      valueColumns,
      forColumns,
      in: entries,
      ...(alias ? { alias } : {}),
    };
  }
  return undefined;
}

/** `col` or `(col1, col2)`. */
function parseNameList(c: Cursor): Name[] {
  return c.acceptSymbol('(') ? parseColumnNames(c) : [c.name('a column name')];
}

/** `col1, col2, ...)`: the names of a parenthesised column list, after its opening parenthesis. */
export function parseColumnNames(c: Cursor): Name[] {
  const names: Name[] = [];
  do names.push(c.name('a column name'));
  while (c.acceptSymbol(','));
  c.expectSymbol(')');
  return names;
}
