/**
 * How MySQL and MariaDB write a view's query (information_schema.VIEWS.VIEW_DEFINITION, SHOW
 * CREATE VIEW), under the default sql_mode: `name` quoting, "..." strings with backslash
 * escapes, # comments, || as OR, &&, XOR, DIV, <=>, LIMIT m, n, INTERSECT before UNION.
 * https://dev.mysql.com/doc/refman/8.0/en/language-structure.html
 */
import type { Syntax } from '../../syntax.js';

export const MYSQL_SYNTAX: Syntax = {
  language: 'MySQL',
  nameQuotes: '`',
  doubleQuotedStrings: true,
  backslashEscapes: true,
  oracleLexicon: false,
  mysqlLexicon: true,
  binaryLiterals: true,
  extraSymbols: ['<=>', '&&', '->>', '->'],
  exactNames: true,
  viewsOnly: true,
  pipes: 'or',
  mysqlOperators: true,
  sqliteOperators: false,
  looseQueries: true,
  intersectFirst: true,
  notAnAlias: new Set([
    'XOR',
    'DIV',
    'MOD',
    'REGEXP',
    'RLIKE',
    'SOUNDS',
    'MEMBER',
    'COLLATE',
    'SEPARATOR',
    'STRAIGHT_JOIN',
    'ESCAPE',
    'MATCH',
  ]),
};
