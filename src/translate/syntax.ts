/**
 * How a source dialect writes SQL where it differs from Oracle's: the switches the tokenizer
 * and the parser read, so that one tokenizer and one parser serve every source dialect. Owns
 * the switches and Oracle's settings (the default everywhere); each dialect's settings are in
 * its own folder (dialects/<name>/syntax.ts). What a construct means in PostgreSQL is the
 * dialect's rules' business, not this file's.
 */

export interface Syntax {
  /** The language's name in messages: "MySQL would reject it too". */
  readonly language: 'Oracle' | 'MySQL' | 'SQLite';
  /** Characters that open a quoted name: Oracle's ", MySQL's `, SQLite's ", ` and [. */
  readonly nameQuotes: string;
  /** "..." is a string, as in MySQL's default sql_mode, rather than a name. */
  readonly doubleQuotedStrings: boolean;
  /** MySQL's backslash escapes in strings: \n, \t, \0, \\, \', \%, \_ ... */
  readonly backslashEscapes: boolean;
  /** Oracle's lexical extras: q'[...]' strings, 1.5f/1.5d numbers, # in names, :name and $1 parameters, --+ hints. */
  readonly oracleLexicon: boolean;
  /**
   * MySQL's lexical extras: # comments, -- a comment only before white space, _charset'...'
   * introducers, /*! ... *\/ (refused: MySQL runs its text).
   */
  readonly mysqlLexicon: boolean;
  /** X'..', 0x.., b'..' and 0b.. literals, read so that they can be refused by name. */
  readonly binaryLiterals: boolean;
  /** Symbols beyond Oracle's: <=>, &&, ==, ->, ->>. */
  readonly extraSymbols: readonly string[];
  /** Unquoted names keep the case they are written in, and PostgreSQL gets them exactly (names.ts). */
  readonly exactNames: boolean;
  /** Only queries and CREATE VIEW: what a view definition of the source holds. */
  readonly viewsOnly: boolean;
  /**
   * What `||` means: concatenation at the level of + and - (Oracle), concatenation binding
   * tighter than * (SQLite), or OR (MySQL's default sql_mode).
   */
  readonly pipes: 'concatenation' | 'tight-concatenation' | 'or';
  /**
   * MySQL's operators and forms: &&, !, XOR, DIV, MOD, <=>, IS [NOT] TRUE|FALSE|UNKNOWN,
   * INTERVAL n unit, CONVERT(x, type), CONVERT(x USING cs), GROUP_CONCAT(... SEPARATOR s),
   * GROUP BY ... WITH ROLLUP, STRAIGHT_JOIN.
   */
  readonly mysqlOperators: boolean;
  /** SQLite's operators: ==, IS [NOT] x, IS [NOT] TRUE|FALSE, ISNULL, NOTNULL, NOT NULL. */
  readonly sqliteOperators: boolean;
  /**
   * MySQL's and SQLite's query forms: SELECT without FROM, LIMIT n [OFFSET m] and LIMIT m, n,
   * JOIN without a condition (a cross join), ORDER BY inside an aggregate's parentheses, %
   * for modulo, type names of any words in CAST, string aliases; their bit, JSON, regular
   * expression and COLLATE operators are read in order to be refused by name.
   */
  readonly looseQueries: boolean;
  /** INTERSECT binds tighter than UNION and EXCEPT (the SQL standard, MySQL), instead of all alike. */
  readonly intersectFirst: boolean;
  /** Words that end an expression in this dialect, besides Oracle's: never read as an alias. */
  readonly notAnAlias: ReadonlySet<string>;
}

export const ORACLE_SYNTAX: Syntax = {
  language: 'Oracle',
  nameQuotes: '"',
  doubleQuotedStrings: false,
  backslashEscapes: false,
  oracleLexicon: true,
  mysqlLexicon: false,
  binaryLiterals: false,
  extraSymbols: [],
  exactNames: false,
  viewsOnly: false,
  pipes: 'concatenation',
  mysqlOperators: false,
  sqliteOperators: false,
  looseQueries: false,
  intersectFirst: false,
  notAnAlias: new Set(),
};
