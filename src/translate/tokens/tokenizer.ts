/**
 * Reads Oracle SQL and PL/SQL text into tokens with their line and column. Owns the lexical
 * rules of Oracle (quoted names, '' and q'[...]' strings, N'' strings, numbers with f/d
 * suffixes, bind variables, hints, comments); not the grammar, and not SQL*Plus commands,
 * which script.ts reads line by line before any tokenizing.
 *
 * Lexical rules: https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Literals.html
 * and .../sqlrf/Database-Object-Names-and-Qualifiers.html
 */
import { DecantError } from '../../core/errors.js';
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

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isAsciiLetter = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
/** Oracle takes letters of the database character set in unquoted names. */
const isLetter = (ch: string): boolean => isAsciiLetter(ch) || (ch > '\u007f' && /\p{L}/u.test(ch));
const isWordPart = (ch: string): boolean =>
  isLetter(ch) || isDigit(ch) || ch === '_' || ch === '$' || ch === '#';
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
): Tokenizer {
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
        const end = lineEnd(text, offset);
        if (text[offset + 2] === '+') return take(TokenKind.Hint, end, text.slice(offset + 3, end).trim());
        advanceTo(end);
        continue;
      }
      if (ch === '/' && text[offset + 1] === '*') {
        const start = here();
        const close = text.indexOf('*/', offset + 2);
        if (close < 0)
          fail(start, 'A comment that opens with /* is not closed', 'Close it with */ or remove it');
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
    // String prefixes: N'..', Q'..', NQ'..' (any case).
    const upper = ch === 'n' || ch === 'q' ? ch.toUpperCase() : ch;
    if (upper === 'N' && after === "'") {
      const { end, value } = plainString(offset + 1);
      return take(TokenKind.String, end, value, 'national');
    }
    if (upper === 'Q' && after === "'") {
      const { end, value } = quotedString(offset + 1);
      return take(TokenKind.String, end, value);
    }
    if (upper === 'N' && (after === 'q' || after === 'Q') && text[offset + 2] === "'") {
      const { end, value } = quotedString(offset + 2);
      return take(TokenKind.String, end, value, 'national');
    }
    if (ch === "'") {
      const { end, value } = plainString(offset);
      return take(TokenKind.String, end, value);
    }
    if (ch === '"') {
      const close = text.indexOf('"', offset + 1);
      if (close < 0) fail(here(), 'A quoted name is not closed', 'End it with "');
      if (close === offset + 1) fail(here(), 'A quoted name is empty', 'Write a name between the quotes');
      return take(TokenKind.QuotedIdentifier, close + 1, text.slice(offset + 1, close));
    }
    if (isLetter(ch)) {
      let i = offset + 1;
      while (isWordPart(text[i] ?? ' ')) i++;
      return take(TokenKind.Word, i, foldName(text.slice(offset, i)));
    }
    if (isDigit(ch) || (ch === '.' && isDigit(after ?? ''))) return number();
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
    for (const symbol of SYMBOLS_BY_FIRST.get(ch) ?? []) {
      if (symbol.length === 1 || text.startsWith(symbol, offset)) {
        return take(TokenKind.Symbol, offset + symbol.length, symbol);
      }
    }
    return fail(
      here(),
      `Unexpected character ${JSON.stringify(ch)}`,
      'Oracle SQL has no such character outside strings and quoted names',
    );
  };

  return {
    next,
    get offset() {
      return offset;
    },
  };
}

/** Every token of `text`, the End token last. */
/** The tokens of `text`, End included; with `limit`, only the first `limit` (a look at how it starts). */
export function tokenize(text: string, limit = Infinity): Token[] {
  const tokenizer = createTokenizer(text);
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
