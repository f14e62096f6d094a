/**
 * Reads SQL text into tokens with their line and column. Owns the lexical rules of Oracle
 * (quoted names, '' and q'[...]' strings, N'' strings, numbers with f/d suffixes, bind
 * variables, hints, comments) and, where a Syntax says so, those of MySQL and SQLite
 * (backquoted and bracketed names, "..." strings, backslash escapes, # comments, binary
 * literals); not the grammar, and not SQL*Plus commands, which script.ts reads line by line
 * before any tokenizing.
 *
 * Lexical rules: https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Literals.html
 * and .../sqlrf/Database-Object-Names-and-Qualifiers.html;
 * https://dev.mysql.com/doc/refman/8.0/en/string-literals.html, .../identifiers.html, .../comments.html;
 * https://www.sqlite.org/lang_keywords.html
 */
import { DecantError } from '../../core/errors.js';
import { unsupported } from '../diagnostics.js';
import { ORACLE_SYNTAX, type Syntax } from '../syntax.js';
import { TokenKind, type Position, type Token } from './token.js';

/** Longest first: the tokenizer takes the first that matches. */
const SYMBOLS = [
  '||',
  '<=',
  '>=',
  '<>',
  '!=',
  '^=',
  '~=',
  ':=',
  '=>',
  '..',
  '**',
  '<<',
  '>>',
  '(',
  ')',
  ',',
  ';',
  '.',
  '+',
  '-',
  '*',
  '/',
  '=',
  '<',
  '>',
  '@',
  '%',
  ':',
  '!',
  '?',
  '[',
  ']',
  '{',
  '}',
  '|',
  '&',
  '^',
  '~',
] as const;

/** Symbols by their first character, longest first, so that a lookup tries two or three at most. */
const SYMBOLS_BY_FIRST = new Map<string, string[]>();
for (const symbol of SYMBOLS) {
  const list = SYMBOLS_BY_FIRST.get(symbol[0]!) ?? [];
  list.push(symbol);
  SYMBOLS_BY_FIRST.set(symbol[0]!, list);
}

/** q'X...X': these opening delimiters close with their mirror; any other closes with itself. */
const Q_CLOSERS: Record<string, string> = { '[': ']', '{': '}', '<': '>', '(': ')' };

/** Where a quoted name that opens with this character closes. */
const NAME_CLOSERS: Record<string, string> = { '"': '"', '`': '`', '[': ']' };

/** MySQL's backslash escapes; any other character after a backslash stands for itself. */
const BACKSLASH_ESCAPES: Record<string, string> = {
  '0': '\0',
  b: '\b',
  n: '\n',
  r: '\r',
  t: '\t',
  Z: '\x1a',
  // In a LIKE pattern \% and \_ match % and _; MySQL keeps the backslash so that they still do.
  '%': '\\%',
  _: '\\_',
};

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isAsciiLetter = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
/** Oracle takes letters of the database character set in unquoted names. */
const isLetter = (ch: string): boolean => isAsciiLetter(ch) || (ch > '\u007f' && /\p{L}/u.test(ch));
const isWordPart = (ch: string): boolean =>
  isLetter(ch) || isDigit(ch) || ch === '_' || ch === '$' || ch === '#';
/** MySQL and SQLite names: no # (MySQL's comment), and _ may start one. */
const isPlainWordPart = (ch: string): boolean => isLetter(ch) || isDigit(ch) || ch === '_' || ch === '$';
const isHexDigit = (ch: string): boolean =>
  isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
const isSpace = (ch: string): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0';

/**
 * Oracle's upper-casing of an unquoted name, letter by letter: a letter whose upper case is
 * more than one letter (German sharp s) stays as it is, as Oracle keeps it.
 */
export function foldName(name: string): string {
  const upper = name.toUpperCase();
  if (upper.length === name.length) return upper;
  let folded = '';
  for (const ch of name) {
    const up = ch.toUpperCase();
    folded += up.length === ch.length ? up : ch;
  }
  return folded;
}

export interface Tokenizer {
  /** The next token; at the end, an End token (again and again). */
  next(): Token;
  /** Where the next token's search starts. */
  readonly offset: number;
}

/** Tokens from `from` (an offset in `text`) on; positions count from the start of `text`. */
export function createTokenizer(
  text: string,
  from = 0,
  /** The line of `from` and where that line starts, when the caller knows them already. */
  known?: { readonly line: number; readonly lineStart: number },
  syntax: Syntax = ORACLE_SYNTAX,
): Tokenizer {
  const wordPart = syntax.oracleLexicon ? isWordPart : isPlainWordPart;
  const extraSymbols = [...syntax.extraSymbols].sort((a, b) => b.length - a.length);
  let offset = from;
  let line = known?.line ?? 1;
  let lineStart = known?.lineStart ?? 0;
  // Count the lines before `from` once (a script splitter passes them: counting from the
  // start for every statement would make splitting quadratic in the script's length).
  for (let i = 0; !known && i < from; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  let sawLineBreak = true;

  const here = (): Position => ({ offset, line, column: offset - lineStart + 1 });
  const fail = (at: Position, message: string, hint: string): never => {
    throw new DecantError('TRANSLATE_SYNTAX', `${message} at line ${at.line}, column ${at.column}`, {
      hint,
      context: { sqlPosition: `${at.line}:${at.column}` },
    });
  };
  /** Moves over text[offset, to), counting lines. */
  const advanceTo = (to: number): void => {
    for (; offset < to; offset++) {
      if (text[offset] === '\n') {
        line++;
        lineStart = offset + 1;
        sawLineBreak = true;
      }
    }
  };

  const skipSpaceAndComments = (): Token | null => {
    for (;;) {
      const ch = text[offset];
      if (ch === undefined) return null;
      if (isSpace(ch)) {
        if (ch === '\n') {
          line++;
          lineStart = offset + 1;
          sawLineBreak = true;
        }
        offset++;
        continue;
      }
      if (ch === '-' && text[offset + 1] === '-') {
        // MySQL: "--" starts a comment only before white space; 1--1 is 1 - -1.
        const after = text[offset + 2];
        if (syntax.mysqlLexicon && after !== undefined && !isSpace(after)) return null;
        const end = lineEnd(text, offset);
        if (after === '+' && syntax.oracleLexicon)
          return take(TokenKind.Hint, end, text.slice(offset + 3, end).trim());
        advanceTo(end);
        continue;
      }
      if (ch === '#' && syntax.mysqlLexicon) {
        advanceTo(lineEnd(text, offset));
        continue;
      }
      if (ch === '/' && text[offset + 1] === '*') {
        const start = here();
        const close = text.indexOf('*/', offset + 2);
        if (close < 0)
          fail(start, 'A comment that opens with /* is not closed', 'Close it with */ or remove it');
        if (text[offset + 2] === '!' && syntax.mysqlLexicon) {
          throw unsupported(
            start,
            'a /*! ... */ comment',
            'MySQL runs the text inside it as SQL, depending on its version',
            'remove the comment markers, or the comment',
          );
        }
        if (text[offset + 2] === '+')
          return take(TokenKind.Hint, close + 2, text.slice(offset + 3, close).trim());
        advanceTo(close + 2);
        continue;
      }
      return null;
    }
  };

  const take = (kind: TokenKind, end: number, value: string, flag?: Token['flag']): Token => {
    const start = here();
    const token: { -readonly [K in keyof Token]: Token[K] } = {
      kind,
      text: text.slice(offset, end),
      value,
      start,
      end,
      firstOnLine: sawLineBreak,
    };
    if (flag) token.flag = flag;
    // Names, numbers, symbols and bind variables hold no line break: no need to look for one.
    if (kind === TokenKind.Word || kind === TokenKind.Symbol || kind === TokenKind.Number) offset = end;
    else advanceTo(end);
    // A token that spans lines (a string, a hint) does not put the next one on a new line.
    sawLineBreak = false;
    return token;
  };

  /** '...' from `quote` (the offset of the opening quote), '' standing for one quote. */
  const plainString = (quote: number): { end: number; value: string } => {
    let value = '';
    let i = quote + 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0) {
        advanceTo(quote);
        fail(here(), 'A string literal is not closed', "End it with ' (write '' for a quote inside it)");
      }
      value += text.slice(i, close);
      if (text[close + 1] === "'") {
        value += "'";
        i = close + 2;
        continue;
      }
      return { end: close + 1, value };
    }
  };

  /**
   * MySQL's '...' or "..." from `quote`: a backslash escapes the next character, and the quote
   * doubled stands for itself. https://dev.mysql.com/doc/refman/8.0/en/string-literals.html
   */
  const escapedString = (quote: number): { end: number; value: string } => {
    const mark = text[quote]!;
    let value = '';
    for (let i = quote + 1; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < text.length) {
        const escaped = text[++i]!;
        value += BACKSLASH_ESCAPES[escaped] ?? escaped;
      } else if (ch !== mark) {
        value += ch;
      } else if (text[i + 1] === mark) {
        value += mark;
        i++;
      } else {
        return { end: i + 1, value };
      }
    }
    advanceTo(quote);
    return fail(
      here(),
      'A string literal is not closed',
      `End it with ${mark} (write ${mark}${mark} or \\${mark} for a quote inside it)`,
    );
  };

  /** A quoted name from `open`: "x", `x` or [x]; the closing quote doubled stands for itself (not in Oracle). */
  const quotedName = (open: number): Token => {
    const closer = NAME_CLOSERS[text[open]!]!;
    let name = '';
    let i = open + 1;
    for (;;) {
      const close = text.indexOf(closer, i);
      if (close < 0) fail(here(), 'A quoted name is not closed', `End it with ${closer}`);
      name += text.slice(i, close);
      if (!syntax.oracleLexicon && closer !== ']' && text[close + 1] === closer) {
        name += closer;
        i = close + 2;
        continue;
      }
      if (name === '') fail(here(), 'A quoted name is empty', 'Write a name between the quotes');
      return take(TokenKind.QuotedIdentifier, close + 1, name);
    }
  };

  /**
   * MySQL's and SQLite's binary literals, X'0F', 0x0F, b'101', 0b101, read whole so that the
   * parser can refuse them by name. Null when the text at the offset is none.
   */
  const binaryLiteral = (): Token | null => {
    const ch = text[offset]!;
    const after = text[offset + 1];
    const lower = ch.toLowerCase();
    if ((lower === 'x' || lower === 'b') && after === "'") {
      const close = text.indexOf("'", offset + 2);
      if (close < 0) fail(here(), 'A binary literal is not closed', "End it with '");
      return take(TokenKind.String, close + 1, text.slice(offset, close + 1), 'binary-string');
    }
    if (ch === '0' && (after === 'x' || after === 'b')) {
      let i = offset + 2;
      while (after === 'x' ? isHexDigit(text[i] ?? '') : text[i] === '0' || text[i] === '1') i++;
      if (i > offset + 2 && !wordPart(text[i] ?? ' '))
        return take(TokenKind.String, i, text.slice(offset, i), 'binary-string');
    }
    return null;
  };

  /** q'X...X' from `quote` (the offset of the quote after q). */
  const quotedString = (quote: number): { end: number; value: string } => {
    const open = text[quote + 1];
    if (open === undefined || isSpace(open)) {
      advanceTo(quote);
      fail(here(), "A q'...' string needs a delimiter right after the quote", "Write q'[text]' or q'!text!'");
    }
    const closer = `${Q_CLOSERS[open!] ?? open}'`;
    const close = text.indexOf(closer, quote + 2);
    if (close < 0) {
      advanceTo(quote);
      fail(here(), `A q'${open}...' string is not closed`, `End it with ${closer}`);
    }
    return { end: close + 2, value: text.slice(quote + 2, close) };
  };

  const number = (): Token => {
    let i = offset;
    while (isDigit(text[i] ?? '')) i++;
    // "1..10" is 1, .., 10 (a PL/SQL range), not 1. and .10.
    if (text[i] === '.' && text[i + 1] !== '.') {
      i++;
      while (isDigit(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      const sign = text[i + 1] === '+' || text[i + 1] === '-' ? 1 : 0;
      if (isDigit(text[i + 1 + sign] ?? '')) {
        i += 1 + sign;
        while (isDigit(text[i] ?? '')) i++;
      }
    }
    const value = text.slice(offset, i);
    const suffix = text[i];
    if (
      syntax.oracleLexicon &&
      (suffix === 'f' || suffix === 'F' || suffix === 'd' || suffix === 'D') &&
      !isWordPart(text[i + 1] ?? ' ')
    ) {
      return take(
        TokenKind.Number,
        i + 1,
        value,
        suffix === 'f' || suffix === 'F' ? 'binary-float' : 'binary-double',
      );
    }
    return take(TokenKind.Number, i, value);
  };

  const next = (): Token => {
    const hint = skipSpaceAndComments();
    if (hint) return hint;
    const ch = text[offset];
    if (ch === undefined) {
      const token: Token = {
        kind: TokenKind.End,
        text: '',
        value: '',
        start: here(),
        end: offset,
        firstOnLine: sawLineBreak,
      };
      return token;
    }
    const after = text[offset + 1];
    const string = syntax.backslashEscapes ? escapedString : plainString;
    // String prefixes: N'..', Q'..', NQ'..' (any case).
    const upper = ch === 'n' || ch === 'q' ? ch.toUpperCase() : ch;
    if (upper === 'N' && after === "'") {
      const { end, value } = string(offset + 1);
      return take(TokenKind.String, end, value, 'national');
    }
    if (upper === 'Q' && after === "'" && syntax.oracleLexicon) {
      const { end, value } = quotedString(offset + 1);
      return take(TokenKind.String, end, value);
    }
    if (
      upper === 'N' &&
      (after === 'q' || after === 'Q') &&
      text[offset + 2] === "'" &&
      syntax.oracleLexicon
    ) {
      const { end, value } = quotedString(offset + 2);
      return take(TokenKind.String, end, value, 'national');
    }
    if (syntax.binaryLiterals) {
      const binary = binaryLiteral();
      if (binary) return binary;
    }
    if (ch === "'" || (ch === '"' && syntax.doubleQuotedStrings)) {
      const { end, value } = string(offset);
      return take(TokenKind.String, end, value);
    }
    if (syntax.nameQuotes.includes(ch)) return quotedName(offset);
    if (isLetter(ch) || (ch === '_' && !syntax.oracleLexicon)) {
      let i = offset + 1;
      while (wordPart(text[i] ?? ' ')) i++;
      return take(TokenKind.Word, i, foldName(text.slice(offset, i)));
    }
    if (isDigit(ch) || (ch === '.' && isDigit(after ?? ''))) return number();
    if (!syntax.oracleLexicon) return symbol(ch);
    if (ch === ':' && after !== undefined && (isWordPart(after) || after === '"')) {
      if (after === '"') {
        const close = text.indexOf('"', offset + 2);
        if (close < 0) fail(here(), 'A quoted bind variable name is not closed', 'End it with "');
        return take(TokenKind.BindVariable, close + 1, text.slice(offset + 2, close));
      }
      let i = offset + 1;
      while (isWordPart(text[i] ?? ' ')) i++;
      const name = text.slice(offset + 1, i);
      return take(TokenKind.BindVariable, i, isDigit(name[0]!) ? name : foldName(name));
    }
    // $1: a PostgreSQL parameter, as clients of the gateway send them (pgbench, drivers that
    // number parameters themselves). Oracle has no `$` outside names, so nothing is taken from it.
    if (ch === '$' && isDigit(after ?? '')) {
      let i = offset + 1;
      while (isDigit(text[i] ?? '')) i++;
      return take(TokenKind.BindVariable, i, text.slice(offset + 1, i));
    }
    return symbol(ch);
  };

  const symbol = (ch: string): Token => {
    for (const extra of extraSymbols) {
      if (text.startsWith(extra, offset)) return take(TokenKind.Symbol, offset + extra.length, extra);
    }
    for (const symbol of SYMBOLS_BY_FIRST.get(ch) ?? []) {
      if (symbol.length === 1 || text.startsWith(symbol, offset)) {
        return take(TokenKind.Symbol, offset + symbol.length, symbol);
      }
    }
    return fail(
      here(),
      `Unexpected character ${JSON.stringify(ch)}`,
      `${syntax.language} SQL has no such character outside strings and quoted names`,
    );
  };

  return {
    next,
    get offset() {
      return offset;
    },
  };
}

/** The tokens of `text`, End included; with `limit`, only the first `limit` (a look at how it starts). */
export function tokenize(text: string, limit = Infinity, syntax: Syntax = ORACLE_SYNTAX): Token[] {
  const tokenizer = createTokenizer(text, 0, undefined, syntax);
  const tokens: Token[] = [];
  while (tokens.length < limit) {
    const token = tokenizer.next();
    tokens.push(token);
    if (token.kind === TokenKind.End) break;
  }
  return tokens;
}

/** The offset of the line break that ends the line holding `offset` (or the text's end). */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}
