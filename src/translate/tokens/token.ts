/**
 * Tokens of SQL text (Oracle SQL and PL/SQL, MySQL and SQLite queries), as the tokenizer
 * yields them: what kind, the text, and where it starts. Owns the token shape only; reading
 * text into tokens is tokenizer.ts, and deciding which words are keywords is the parser's
 * business (most of Oracle's keywords are not reserved, so only the grammar can tell).
 */

export const TokenKind = {
  /** An unquoted name or keyword: `select`, `emp_no`, `sys$x`, `a#b`. */
  Word: 'word',
  /** A quoted name ("x", MySQL's `x`, SQLite's [x]), kept exactly as written between the quotes. */
  QuotedIdentifier: 'quoted-identifier',
  /** A string literal, '' doubled quotes and q'[...]' quoting both resolved to `value`. */
  String: 'string',
  /** A numeric literal: 42, 3.14, .5, 1e-3; `value` drops Oracle's f/F/d/D suffix. */
  Number: 'number',
  /** A bind variable, `:name` or `:1`; `value` is the name or number without the colon. */
  BindVariable: 'bind-variable',
  /** An optimizer hint, `/*+ ... *\/` or `--+ ...`; `value` is its inside. */
  Hint: 'hint',
  /** An operator or punctuation mark: `(`, `,`, `||`, `<=`, `:=`, `=>`, `..`, `%`, `@`. */
  Symbol: 'symbol',
  /** End of the text. */
  End: 'end',
} as const;

export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Position {
  /** Offset in the text, in UTF-16 code units. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  column: number;
}

export interface Token {
  readonly kind: TokenKind;
  /** The text as written in the source, quotes and prefixes included. */
  readonly text: string;
  /**
   * The meaning: a word in upper case (Oracle folds unquoted names to upper case), a
   * quoted name or string without its quotes, a number without its suffix.
   */
  readonly value: string;
  readonly start: Position;
  /** Offset just after the token. */
  readonly end: number;
  /**
   * For strings: N'...' (national character set), or a MySQL/SQLite binary literal (X'..',
   * 0x.., b'..', 0b..; `value` is its text). For numbers: the f/d suffix if any.
   */
  readonly flag?: 'national' | 'binary-float' | 'binary-double' | 'binary-string';
  /** Whether a line break (or the start of the text) comes between this and the previous token. */
  readonly firstOnLine: boolean;
}
