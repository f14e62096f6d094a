/**
 * Oracle DML: INSERT (VALUES or a query, INSERT ALL / FIRST), UPDATE (with `(a, b) =
 * (SELECT ...)`), DELETE, MERGE (conditional WHEN clauses, DELETE WHERE), RETURNING INTO.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/INSERT.html
 */
import type {
  Assignment,
  Expression,
  Insert,
  InsertInto,
  Merge,
  MergeInsert,
  MergeUpdate,
  MultiInsert,
  Name,
  Returning,
  TableRef,
  Update,
  Delete,
} from '../ast/node.js';
import { TokenKind } from '../tokens/token.js';
import type { Cursor } from './cursor.js';
import { parseExpression, parseExpressionList } from './expression.js';
import { isQueryStart, parseFromList, parseQuery } from './query.js';

const NOT_AN_ALIAS = new Set([
  'SET',
  'WHERE',
  'VALUES',
  'USING',
  'RETURNING',
  'RETURN',
  'LOG',
  'SELECT',
  'WITH',
  'ON',
  'INTO',
  'WHEN',
  'ELSE',
]);

/** A DML target: name[@link] [alias]; a subquery target is refused. */
function parseTarget(c: Cursor): TableRef {
  const at = c.at;
  if (c.isSymbol('(')) c.unsupported('DML on a subquery', 'name the table instead');
  if (c.isWord('TABLE') && c.isSymbol('(', 1))
    c.unsupported('DML on TABLE()', 'PostgreSQL has no nested tables');
  const name = c.qualifiedName('a table name');
  if (c.isSymbol('@')) {
    c.unsupported('a database link', 'PostgreSQL cannot reach another database from a statement', c.at);
  }
  const token = c.peek();
  let alias: Name | undefined;
  if (c.acceptWord('AS')) alias = c.name('an alias');
  else if (
    token.kind === TokenKind.QuotedIdentifier ||
    (token.kind === TokenKind.Word && !NOT_AN_ALIAS.has(token.value))
  ) {
    alias = c.name();
  }
  return { kind: 'table', at, name, ...(alias ? { alias } : {}) };
}

function parseColumnList(c: Cursor): Name[] {
  const names: Name[] = [];
  c.expectSymbol('(');
  do {
    // t.col is allowed in an INSERT column list; keep the column.
    const parts = c.qualifiedName('a column name');
    names.push(parts[parts.length - 1]!);
  } while (c.acceptSymbol(','));
  c.expectSymbol(')');
  return names;
}

function parseReturning(c: Cursor): Returning | undefined {
  if (!c.acceptWord('RETURNING') && !c.acceptWord('RETURN')) return undefined;
  const items = parseExpressionList(c);
  let into: Expression[] = [];
  if (c.acceptWord('INTO') || c.acceptWord('BULK', 'COLLECT', 'INTO')) into = parseExpressionList(c);
  return { items, into };
}

function refuseErrorLogging(c: Cursor): void {
  if (c.isWord('LOG', 'ERRORS')) c.unsupported('LOG ERRORS', 'PostgreSQL has no DML error logging tables');
}

export function parseInsert(c: Cursor): Insert | MultiInsert {
  const at = c.expectWord('INSERT').start;
  if (c.isWord('ALL') || c.isWord('FIRST')) return parseMultiInsert(c, at);
  c.expectWord('INTO');
  const table = parseTarget(c);
  const columns = c.isSymbol('(') && !isQueryStart(c) ? parseColumnList(c) : [];
  let insert: Insert;
  if (c.acceptWord('VALUES')) {
    c.expectSymbol('(');
    const row = parseExpressionList(c);
    c.expectSymbol(')');
    insert = { kind: 'insert', at, table, columns, values: [row] };
  } else {
    insert = { kind: 'insert', at, table, columns, query: parseQuery(c) };
  }
  const returning = parseReturning(c);
  refuseErrorLogging(c);
  return returning ? { ...insert, returning } : insert;
}

function parseInto(c: Cursor): InsertInto {
  c.expectWord('INTO');
  const table = parseTarget(c);
  const columns = c.isSymbol('(') ? parseColumnList(c) : [];
  let values: Expression[] | undefined;
  if (c.acceptWord('VALUES')) {
    c.expectSymbol('(');
    values = parseExpressionList(c);
    c.expectSymbol(')');
  }
  return { table, columns, ...(values ? { values } : {}) };
}

function parseMultiInsert(c: Cursor, at: MultiInsert['at']): MultiInsert {
  const mode = c.next().value as 'ALL' | 'FIRST';
  const branches: { when?: Expression | 'ELSE'; into: InsertInto[] }[] = [];
  if (c.isWord('INTO')) {
    const into: InsertInto[] = [];
    while (c.isWord('INTO')) into.push(parseInto(c));
    branches.push({ into });
  } else {
    while (c.isWord('WHEN') || c.isWord('ELSE')) {
      let when: Expression | 'ELSE';
      if (c.acceptWord('ELSE')) when = 'ELSE';
      else {
        c.expectWord('WHEN');
        when = parseExpression(c);
        c.expectWord('THEN');
      }
      const into: InsertInto[] = [];
      do into.push(parseInto(c));
      while (c.isWord('INTO'));
      branches.push({ when, into });
    }
    if (branches.length === 0) c.fail('INTO or WHEN');
  }
  return { kind: 'multi-insert', at, mode, branches, query: parseQuery(c) };
}

function parseAssignments(c: Cursor): Assignment[] {
  const set: Assignment[] = [];
  do {
    if (c.isSymbol('(')) {
      const columns = parseColumnList(c);
      c.expectSymbol('=');
      set.push({ columns, value: parseExpression(c) });
    } else {
      const parts = c.qualifiedName('a column name');
      c.expectSymbol('=');
      set.push({ columns: [parts[parts.length - 1]!], value: parseExpression(c) });
    }
  } while (c.acceptSymbol(','));
  return set;
}

export function parseUpdate(c: Cursor): Update {
  const at = c.expectWord('UPDATE').start;
  const table = parseTarget(c);
  c.expectWord('SET');
  if (c.isWord('VALUE') && c.isSymbol('(', 1))
    c.unsupported('SET VALUE', 'object tables do not exist in PostgreSQL');
  const set = parseAssignments(c);
  const where = c.acceptWord('WHERE') ? parseExpression(c) : undefined;
  const returning = parseReturning(c);
  refuseErrorLogging(c);
  return { kind: 'update', at, table, set, ...(where ? { where } : {}), ...(returning ? { returning } : {}) };
}

export function parseDelete(c: Cursor): Delete {
  const at = c.expectWord('DELETE').start;
  c.acceptWord('FROM');
  const table = parseTarget(c);
  const where = c.acceptWord('WHERE') ? parseExpression(c) : undefined;
  const returning = parseReturning(c);
  refuseErrorLogging(c);
  return { kind: 'delete', at, table, ...(where ? { where } : {}), ...(returning ? { returning } : {}) };
}

export function parseMerge(c: Cursor): Merge {
  const at = c.expectWord('MERGE').start;
  c.expectWord('INTO');
  const target = parseTarget(c);
  c.expectWord('USING');
  const [source] = parseFromList(c);
  c.expectWord('ON');
  const on = parseExpression(c);
  let update: MergeUpdate | undefined;
  let insert: MergeInsert | undefined;
  while (c.acceptWord('WHEN')) {
    if (c.acceptWord('MATCHED', 'THEN', 'UPDATE', 'SET')) {
      const set = parseAssignments(c);
      const where = c.acceptWord('WHERE') ? parseExpression(c) : undefined;
      const deleteWhere = c.acceptWord('DELETE', 'WHERE') ? parseExpression(c) : undefined;
      update = { set, ...(where ? { where } : {}), ...(deleteWhere ? { deleteWhere } : {}) };
    } else {
      c.expectWord('NOT', 'MATCHED', 'THEN', 'INSERT');
      const columns = c.isSymbol('(') ? parseColumnList(c) : [];
      c.expectWord('VALUES');
      c.expectSymbol('(');
      const values = parseExpressionList(c);
      c.expectSymbol(')');
      const where = c.acceptWord('WHERE') ? parseExpression(c) : undefined;
      insert = { columns, values, ...(where ? { where } : {}) };
    }
  }
  if (!update && !insert) c.fail('WHEN MATCHED or WHEN NOT MATCHED');
  refuseErrorLogging(c);
  return {
    kind: 'merge',
    at,
    target,
    source: source!,
    on,
    ...(update ? { update } : {}),
    ...(insert ? { insert } : {}),
  };
}
