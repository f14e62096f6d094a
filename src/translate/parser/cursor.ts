/**
 * A cursor over one statement's tokens: look ahead, take what the grammar expects, fail with
 * line and column. Hints are dropped here (PostgreSQL has no optimizer hints). Carries the
 * dialect's Syntax for the grammar's switches and turns name tokens into names as the
 * dialect spells them. Owns token bookkeeping only; the grammar is in the other parser files.
 */
import { DecantError } from '../../core/errors.js';
import { unsupported } from '../diagnostics.js';
import type { Name } from '../ast/node.js';
import { ORACLE_SYNTAX, type Syntax } from '../syntax.js';
import { TokenKind, type Position, type Token } from '../tokens/token.js';

export class Cursor {
  private readonly tokens: Token[];
  private index = 0;

  constructor(
    tokens: readonly Token[],
    /** The statement's text, for PL/SQL units kept as written. */
    private readonly text: string,
    /** Where `text` starts in the text the tokens' offsets count in. */
    private readonly textOffset = 0,
    readonly syntax: Syntax = ORACLE_SYNTAX,
  ) {
    this.tokens = tokens.filter((token) => token.kind !== TokenKind.Hint);
    const last = this.tokens[this.tokens.length - 1];
    if (last?.kind !== TokenKind.End) {
      const end = last ? last.end : 0;
      this.tokens.push({
        kind: TokenKind.End,
        text: '',
        value: '',
        start: last
          ? { ...last.start, offset: end, column: last.start.column + last.text.length }
          : position0,
        end,
        firstOnLine: false,
      });
    }
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  get at(): Position {
    return this.peek().start;
  }

  get atEnd(): boolean {
    return this.peek().kind === TokenKind.End;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== TokenKind.End) this.index++;
    return token;
  }

  /** Position in the token list, to come back to after a failed guess. */
  mark(): number {
    return this.index;
  }

  reset(mark: number): void {
    this.index = mark;
  }

  /** Whether the next tokens are these words (unquoted), in order. */
  isWord(...words: string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      const token = this.peek(i);
      if (token.kind !== TokenKind.Word || token.value !== words[i]) return false;
    }
    return true;
  }

  isAnyWord(words: ReadonlySet<string>, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === TokenKind.Word && words.has(token.value);
  }

  isSymbol(symbol: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === TokenKind.Symbol && token.value === symbol;
  }

  /** Takes the words if they come next, all of them. */
  acceptWord(...words: string[]): boolean {
    if (!this.isWord(...words)) return false;
    this.index += words.length;
    return true;
  }

  acceptSymbol(symbol: string): boolean {
    if (!this.isSymbol(symbol)) return false;
    this.index++;
    return true;
  }

  expectWord(...words: string[]): Token {
    const first = this.peek();
    if (!this.acceptWord(...words)) this.fail(words.join(' '));
    return first;
  }

  expectSymbol(symbol: string): Token {
    const token = this.peek();
    if (!this.acceptSymbol(symbol)) this.fail(`"${symbol}"`);
    return token;
  }

  /** A name: an unquoted word (any word, keywords included: the caller knows the place) or a quoted name. */
  isName(ahead = 0): boolean {
    const kind = this.peek(ahead).kind;
    return kind === TokenKind.Word || kind === TokenKind.QuotedIdentifier;
  }

  name(what = 'a name'): Name {
    const token = this.peek();
    if (!this.isName()) this.fail(what);
    this.index++;
    return this.nameOf(token);
  }

  /** The name a token stands for: Oracle's folded word, or, where names keep their case, the text as written. */
  nameOf(token: Token): Name {
    const quoted = token.kind !== TokenKind.Word;
    if (!this.syntax.exactNames) return { value: token.value, quoted };
    return { value: quoted ? token.value : token.text, quoted, exact: true };
  }

  /** A dotted name: `a`, `a.b`, `a.b.c`. */
  qualifiedName(what = 'a name'): Name[] {
    const parts = [this.name(what)];
    while (this.isSymbol('.') && this.isName(1)) {
      this.index++;
      parts.push(this.name(what));
    }
    return parts;
  }

  /** Fails at the next token: "expected X, found Y". */
  fail(expected: string, token: Token = this.peek()): never {
    const found = token.kind === TokenKind.End ? 'the end of the statement' : `"${token.text}"`;
    throw new DecantError(
      'TRANSLATE_SYNTAX',
      `expected ${expected} but found ${found} at line ${token.start.line}, column ${token.start.column}`,
      {
        hint: `check the statement near that point; ${this.syntax.language} would reject it too, or it uses syntax Decant does not know`,
        context: { sqlPosition: `${token.start.line}:${token.start.column}` },
      },
    );
  }

  unsupported(construct: string, why: string, at: Position = this.at, hint?: string): never {
    throw unsupported(at, construct, why, hint);
  }

  /** The statement's text from a position to its end. */
  textFrom(start: Position): string {
    return this.text.slice(start.offset - this.textOffset);
  }
}

const position0: Position = { offset: 0, line: 1, column: 1 };
