/**
 * What the catalog reads from the CREATE statements SQLite keeps in sqlite_schema, for
 * the facts no PRAGMA tells: CHECK constraints (with their names), column collations and
 * generation expressions, a view's query, an index's expressions and WHERE clause
 * (https://www.sqlite.org/lang_createtable.html, lang_createview.html, lang_createindex.html). Columns, keys, foreign keys and index columns come from PRAGMAs
 * (tables.ts, indexes.ts), not from here.
 */
import { isOp, isWord, matchingParen, nameOf, splitTopLevel, tokenize, type Token } from './tokens.js';

export interface CheckText {
  /** The name given with CONSTRAINT, if any. */
  name: string | null;
  /** The column whose definition holds it, for a column constraint. */
  column: string | null;
  expression: Token[];
}

export interface ColumnText {
  collation: string | null;
  /** GENERATED ALWAYS AS (...) / AS (...): the expression's text. */
  generated: string | null;
}

export interface TableText {
  checks: CheckText[];
  /** By column name, lower-cased (SQLite names are case-insensitive). */
  columns: Map<string, ColumnText>;
}

const TABLE_CONSTRAINT_WORDS = ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'];

export function parseCreateTable(sql: string): TableText {
  const tokens = tokenize(sql);
  const open = tokens.findIndex((token) => isOp(token, '('));
  const result: TableText = { checks: [], columns: new Map() };
  if (open < 0) return result;
  const body = tokens.slice(open + 1, matchingParen(tokens, open));
  for (const part of splitTopLevel(body)) {
    if (isWord(part[0], ...TABLE_CONSTRAINT_WORDS)) {
      result.checks.push(...checksIn(part, null));
      continue;
    }
    const column = nameOf(part[0]) ?? '';
    result.checks.push(...checksIn(part, column));
    result.columns.set(column.toLowerCase(), {
      collation: wordAfter(part, 'COLLATE'),
      generated: generatedExpression(sql, part),
    });
  }
  return result;
}

/** CHECK (...) clauses in a column definition or table constraint, with the CONSTRAINT name before each. */
function checksIn(part: Token[], column: string | null): CheckText[] {
  const checks: CheckText[] = [];
  let name: string | null = null;
  for (let i = 0; i < part.length; i++) {
    const token = part[i]!;
    if (isOp(token, '(')) {
      i = matchingParen(part, i);
    } else if (isWord(token, 'CONSTRAINT')) {
      name = nameOf(part[i + 1]) ?? null;
      i++;
    } else if (isWord(token, 'CHECK') && isOp(part[i + 1], '(')) {
      const close = matchingParen(part, i + 1);
      checks.push({ name, column, expression: part.slice(i + 2, close) });
      name = null;
      i = close;
    } else if (isWord(token, 'PRIMARY', 'UNIQUE', 'NOT', 'DEFAULT', 'REFERENCES', 'COLLATE', 'GENERATED')) {
      name = null;
    }
  }
  return checks;
}

function wordAfter(part: Token[], word: string): string | null {
  const at = part.findIndex((token) => isWord(token, word));
  return at < 0 ? null : (nameOf(part[at + 1]) ?? null);
}

function generatedExpression(sql: string, part: Token[]): string | null {
  const at = part.findIndex((token, i) => isWord(token, 'AS') && isOp(part[i + 1], '('));
  if (at < 0) return null;
  const close = matchingParen(part, at + 1);
  const inner = part.slice(at + 2, close);
  return inner.length ? sql.slice(inner[0]!.start, inner.at(-1)!.end) : null;
}

export interface ViewText {
  /** Column names given as CREATE VIEW v(a, b) AS ..., if any. */
  columns: string[];
  /** The query's text as written. */
  query: string;
  queryTokens: Token[];
}

export function parseCreateView(sql: string): ViewText {
  const tokens = tokenize(sql);
  const at = tokens.findIndex((token) => isWord(token, 'AS'));
  let columns: string[] = [];
  const open = tokens.findIndex((token) => isOp(token, '('));
  if (open >= 0 && (at < 0 || open < at)) {
    columns = splitTopLevel(tokens.slice(open + 1, matchingParen(tokens, open))).map(
      (part) => nameOf(part[0]) ?? '',
    );
  }
  const queryTokens = tokens
    .slice(at + 1)
    .filter((token, i, all) => !(i === all.length - 1 && isOp(token, ';')));
  const query = queryTokens.length ? sql.slice(queryTokens[0]!.start, queryTokens.at(-1)!.end) : '';
  return { columns, query, queryTokens };
}

export interface IndexItem {
  expression: Token[];
  collation: string | null;
  descending: boolean;
}

export interface IndexText {
  items: IndexItem[];
  /** The WHERE clause of a partial index, or null. */
  where: Token[] | null;
}

export function parseCreateIndex(sql: string): IndexText {
  const tokens = tokenize(sql);
  const on = tokens.findIndex((token) => isWord(token, 'ON'));
  const open = tokens.findIndex((token, i) => i > on && isOp(token, '('));
  if (on < 0 || open < 0) return { items: [], where: null };
  const close = matchingParen(tokens, open);
  const items = splitTopLevel(tokens.slice(open + 1, close)).map((part): IndexItem => {
    let end = part.length;
    let descending = false;
    if (isWord(part[end - 1], 'ASC', 'DESC')) {
      descending = isWord(part[end - 1], 'DESC');
      end--;
    }
    let collation: string | null = null;
    if (end >= 2 && isWord(part[end - 2], 'COLLATE')) {
      collation = nameOf(part[end - 1]) ?? null;
      end -= 2;
    }
    return { expression: part.slice(0, end), collation, descending };
  });
  const whereAt = tokens.findIndex((token, i) => i > close && isWord(token, 'WHERE'));
  const where = whereAt < 0 ? null : tokens.slice(whereAt + 1).filter((token) => !isOp(token, ';'));
  return { items, where };
}
