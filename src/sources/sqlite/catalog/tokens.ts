/**
 * A tokenizer for the SQL text SQLite keeps in sqlite_schema (CREATE TABLE, INDEX, VIEW,
 * TRIGGER), following https://www.sqlite.org/lang_keywords.html and the tokenizer's
 * literal forms: '' strings, X'..' blobs, identifiers in "", [] or ``, comments. The
 * catalog reads what PRAGMAs do not tell (CHECK constraints, AUTOINCREMENT, view bodies,
 * index expressions) from these tokens. Not owned here: what the tokens mean
 * (schema-text.ts, expressions.ts).
 */

export type TokenKind = 'word' | 'ident' | 'string' | 'blob' | 'number' | 'op';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Words upper-cased, identifiers and strings unquoted, blobs as hex digits. */
  value: string;
  start: number;
  end: number;
}

const TWO_CHAR_OPS = ['||', '==', '!=', '<>', '<=', '>=', '<<', '>>', '->'];
const ONE_CHAR_OPS = '(),;.+-*/%&|~<>=?:@$';

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value: string): void => {
    tokens.push({ kind, text: sql.slice(start, end), value, start, end });
  };
  while (i < sql.length) {
    const char = sql[i]!;
    const next = sql[i + 1] ?? '';
    if (/\s/.test(char)) {
      i++;
    } else if (char === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (char === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if ((char === 'x' || char === 'X') && next === "'") {
      const end = closing(sql, i + 1, "'");
      push('blob', i, end, sql.slice(i + 2, end - 1));
      i = end;
    } else if (char === "'") {
      const end = closing(sql, i, "'");
      push('string', i, end, sql.slice(i + 1, end - 1).replaceAll("''", "'"));
      i = end;
    } else if (char === '"' || char === '`') {
      const end = closing(sql, i, char);
      push('ident', i, end, sql.slice(i + 1, end - 1).replaceAll(char + char, char));
      i = end;
    } else if (char === '[') {
      const close = sql.indexOf(']', i);
      const end = close === -1 ? sql.length : close + 1;
      push('ident', i, end, sql.slice(i + 1, end - 1));
      i = end;
    } else if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(next))) {
      const match =
        /^(?:0[xX][0-9a-fA-F]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][+-]?[0-9]+)?)/.exec(
          sql.slice(i),
        )!;
      push('number', i, i + match[0].length, match[0]);
      i += match[0].length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(char)) {
      let end = i + 1;
      while (end < sql.length && /[A-Za-z0-9_$\u0080-\uffff]/.test(sql[end]!)) end++;
      push('word', i, end, sql.slice(i, end).toUpperCase());
      i = end;
    } else if (TWO_CHAR_OPS.includes(char + next)) {
      const three = char + next + (sql[i + 2] ?? '');
      const length = three === '->>' ? 3 : 2;
      push('op', i, i + length, sql.slice(i, i + length));
      i += length;
    } else if (ONE_CHAR_OPS.includes(char)) {
      push('op', i, i + 1, char);
      i++;
    } else {
      push('op', i, i + 1, char);
      i++;
    }
  }
  return tokens;
}

/** The index just past the quote that closes the one at `start` (a doubled quote is part of the text). */
function closing(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** The name a word or identifier token stands for. */
export function nameOf(token: Token | undefined): string | undefined {
  if (!token) return undefined;
  if (token.kind === 'ident' || token.kind === 'string') return token.value;
  if (token.kind === 'word') return token.text;
  return undefined;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token?.kind === 'word' && words.includes(token.value);
}

export function isOp(token: Token | undefined, op: string): boolean {
  return token?.kind === 'op' && token.text === op;
}

/** The index of the ')' that closes the '(' at `open`. */
export function matchingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], '(')) depth++;
    else if (isOp(tokens[i], ')') && --depth === 0) return i;
  }
  return tokens.length;
}

/** Splits tokens at top-level commas. */
export function splitTopLevel(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (isOp(token, '(')) depth++;
    if (isOp(token, ')')) depth--;
    if (depth === 0 && isOp(token, ',')) parts.push([]);
    else parts.at(-1)!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** The original text from the first to the last token. */
export function textOf(sql: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  return sql.slice(tokens[0]!.start, tokens.at(-1)!.end);
}
