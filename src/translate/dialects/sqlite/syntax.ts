/**
 * How SQLite writes a view (sqlite_master.sql): "name", `name` and [name] quoting, '' strings
 * without escapes, || binding tighter than *, ==, IS as null-safe equality, ISNULL/NOTNULL,
 * LIMIT, and set operators of equal precedence read left to right.
 * https://www.sqlite.org/lang_expr.html, https://www.sqlite.org/lang_keywords.html
 */
import type { Syntax } from '../../syntax.js';

export const SQLITE_SYNTAX: Syntax = {
  language: 'SQLite',
  nameQuotes: '"`[',
  doubleQuotedStrings: false,
  backslashEscapes: false,
  oracleLexicon: false,
  mysqlLexicon: false,
  binaryLiterals: true,
  extraSymbols: ['==', '->>', '->'],
  exactNames: true,
  viewsOnly: true,
  pipes: 'tight-concatenation',
  mysqlOperators: false,
  sqliteOperators: true,
  looseQueries: true,
  intersectFirst: false,
  notAnAlias: new Set(['ISNULL', 'NOTNULL', 'GLOB', 'REGEXP', 'MATCH', 'COLLATE', 'ESCAPE', 'INDEXED']),
};
