/**
 * Parses one statement into the syntax tree: picks the statement family by its first words
 * and hands over to the family's parser, then insists that nothing is left over. Oracle's
 * statements by default; a dialect whose Syntax is viewsOnly (MySQL, SQLite) gives queries
 * and CREATE VIEW only.
 */
import type { Statement, TransactionControl, Truncate, LockTable, TableRef } from '../ast/node.js';
import { tokenize } from '../tokens/tokenizer.js';
import type { Token } from '../tokens/token.js';
import { Cursor } from './cursor.js';
import { parseDdl, isDdl } from './ddl.js';
import { parseDelete, parseInsert, parseMerge, parseUpdate } from './dml.js';
import { isPlsqlUnit, parsePlsqlUnit } from './plsql.js';
import { isQueryStart, parseQuery } from './query.js';
import { isAlterSession, parseAlterSession } from './session.js';
import { parseSourceCreateView } from './source-view.js';
import { ORACLE_SYNTAX, type Syntax } from '../syntax.js';

export interface StatementSource {
  readonly text: string;
  /** Tokens of `text`, or of a larger text that `text` starts in at `textOffset`. */
  readonly tokens?: readonly Token[];
  readonly textOffset?: number;
}

export function parseStatement(source: StatementSource | string, syntax: Syntax = ORACLE_SYNTAX): Statement {
  const { text, tokens, textOffset } = typeof source === 'string' ? { text: source } : source;
  const c = new Cursor(tokens ?? tokenize(text, Infinity, syntax), text, textOffset ?? 0, syntax);
  const statement = syntax.viewsOnly ? parseViewStatement(c) : parseInCursor(c);
  c.acceptSymbol(';');
  if (!c.atEnd) c.fail('the end of the statement');
  return statement;
}

function parseInCursor(c: Cursor): Statement {
  if (isPlsqlUnit(c)) return parsePlsqlUnit(c);
  if (isQueryStart(c)) return parseQuery(c);
  const first = c.peek().value;
  switch (first) {
    case 'INSERT':
      return parseInsert(c);
    case 'UPDATE':
      return parseUpdate(c);
    case 'DELETE':
      return parseDelete(c);
    case 'MERGE':
      return parseMerge(c);
    case 'COMMIT':
    case 'ROLLBACK':
    case 'SAVEPOINT':
      return parseTransactionControl(c);
    case 'SET':
      if (c.isWord('SET', 'TRANSACTION')) return parseSetTransaction(c);
      break;
    case 'TRUNCATE':
      return parseTruncate(c);
    case 'LOCK':
      return parseLockTable(c);
    case 'ALTER':
      if (isAlterSession(c)) return parseAlterSession(c);
      break;
  }
  if (isDdl(c)) return parseDdl(c);
  return c.fail('an SQL statement');
}

/** A view's query, or the CREATE VIEW around it. */
function parseViewStatement(c: Cursor): Statement {
  if (isQueryStart(c)) return parseQuery(c);
  if (c.isWord('CREATE')) return parseSourceCreateView(c);
  if (c.atEnd) return c.fail('a query');
  return c.unsupported(
    `the ${c.peek().text.toUpperCase()} statement`,
    `Decant translates ${c.syntax.language}'s queries and views, not other statements`,
  );
}

function parseTransactionControl(c: Cursor): TransactionControl {
  const at = c.at;
  const word = c.next().value;
  if (word === 'SAVEPOINT')
    return { kind: 'transaction', at, action: 'SAVEPOINT', savepoint: c.name('a savepoint name') };
  c.acceptWord('WORK');
  if (c.isWord('FORCE'))
    c.unsupported(`${word} FORCE`, 'PostgreSQL has no in-doubt distributed transactions to force');
  if (c.isWord('COMMENT')) {
    c.next();
    c.next();
  }
  if (word === 'COMMIT') {
    if (c.acceptWord('WRITE')) while (!c.atEnd && !c.isSymbol(';')) c.next();
    return { kind: 'transaction', at, action: 'COMMIT' };
  }
  if (c.acceptWord('TO')) {
    c.acceptWord('SAVEPOINT');
    return { kind: 'transaction', at, action: 'ROLLBACK', savepoint: c.name('a savepoint name') };
  }
  return { kind: 'transaction', at, action: 'ROLLBACK' };
}

function parseSetTransaction(c: Cursor): TransactionControl {
  const at = c.expectWord('SET', 'TRANSACTION').start;
  let mode: string;
  if (c.acceptWord('READ', 'ONLY')) mode = 'READ ONLY';
  else if (c.acceptWord('READ', 'WRITE')) mode = 'READ WRITE';
  else if (c.acceptWord('ISOLATION', 'LEVEL', 'SERIALIZABLE')) mode = 'ISOLATION LEVEL SERIALIZABLE';
  else if (c.acceptWord('ISOLATION', 'LEVEL', 'READ', 'COMMITTED')) mode = 'ISOLATION LEVEL READ COMMITTED';
  else if (c.isWord('USE', 'ROLLBACK', 'SEGMENT')) {
    return c.unsupported('SET TRANSACTION USE ROLLBACK SEGMENT', 'PostgreSQL has no rollback segments');
  } else return c.fail('READ ONLY, READ WRITE or ISOLATION LEVEL');
  if (c.acceptWord('NAME')) c.next();
  return { kind: 'transaction', at, action: 'SET TRANSACTION', mode };
}

function tableName(c: Cursor): TableRef {
  const at = c.at;
  return { kind: 'table', at, name: c.qualifiedName('a table name') };
}

function parseTruncate(c: Cursor): Truncate {
  const at = c.expectWord('TRUNCATE').start;
  if (c.isWord('CLUSTER')) c.unsupported('TRUNCATE CLUSTER', 'PostgreSQL has no clusters of tables');
  c.expectWord('TABLE');
  const table = tableName(c);
  // PRESERVE/PURGE MATERIALIZED VIEW LOG, DROP/REUSE STORAGE: storage words with no meaning in PostgreSQL.
  while (c.isWord('PRESERVE') || c.isWord('PURGE') || c.isWord('DROP') || c.isWord('REUSE')) {
    if (c.acceptWord('DROP', 'ALL', 'STORAGE')) continue;
    c.next();
    while (c.isWord('MATERIALIZED') || c.isWord('VIEW') || c.isWord('LOG') || c.isWord('STORAGE')) c.next();
  }
  if (c.isWord('CASCADE'))
    c.unsupported(
      'TRUNCATE ... CASCADE',
      'Oracle cascades to child rows by key, PostgreSQL empties whole tables',
    );
  return { kind: 'truncate', at, table };
}

const LOCK_MODES = [
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE',
  'SHARE ROW EXCLUSIVE',
  'SHARE',
  'EXCLUSIVE',
];

function parseLockTable(c: Cursor): LockTable {
  const at = c.expectWord('LOCK', 'TABLE').start;
  const tables = [tableName(c)];
  while (c.acceptSymbol(',')) tables.push(tableName(c));
  c.expectWord('IN');
  const mode = LOCK_MODES.find((m) => c.acceptWord(...m.split(' ')));
  if (!mode) c.fail('a lock mode');
  c.expectWord('MODE');
  const noWait = c.acceptWord('NOWAIT');
  if (c.isWord('WAIT')) c.unsupported('LOCK TABLE ... WAIT n', 'use lock_timeout in PostgreSQL');
  // Oracle's SHARE UPDATE is an old name for ROW SHARE.
  return { kind: 'lock-table', at, tables, mode: mode === 'SHARE UPDATE' ? 'ROW SHARE' : mode, noWait };
}
