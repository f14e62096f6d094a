/**
 * Splits an Oracle script written for SQL*Plus into statements: `;` ends a SQL statement, a
 * line holding only `/` ends a PL/SQL unit (CREATE FUNCTION, PROCEDURE, PACKAGE, TRIGGER,
 * TYPE, an anonymous DECLARE or BEGIN block) or the statement before it, and SQL*Plus's own
 * commands (SET, PROMPT, REM, SPOOL, ...) are set aside line by line, as SQL*Plus reads them.
 * Owns the script format only; what a statement means is the parser's business.
 *
 * Differs from SQL*Plus on purpose: a blank line inside a statement does not end it
 * (SQL*Plus's default SQLBLANKLINES OFF would drop the statement), and a `/` after a statement
 * already ended by `;` does not run it a second time.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html
 */
import { isDecantError, type DecantError } from '../core/errors.js';
import { errorPosition } from './diagnostics.js';
import { createTokenizer, lineEnd, type Tokenizer } from './tokens/tokenizer.js';
import { TokenKind, type Position, type Token } from './tokens/token.js';

export interface ScriptStatement {
  /** The statement's text, without its terminator. */
  text: string;
  tokens: Token[];
  start: Position;
  /** A PL/SQL unit: its body keeps its semicolons and ended at a `/` line. */
  plsql: boolean;
  /** The first character the tokenizer refused: the statement cannot be read. */
  error?: DecantError;
}

export interface ScriptLine {
  line: number;
  text: string;
}

export interface Script {
  statements: ScriptStatement[];
  /** SQL*Plus commands and script calls (@file), which are not SQL: set aside, not run. */
  setAside: ScriptLine[];
}

/** First words of SQL*Plus commands (and their abbreviations found in scripts). */
const SQLPLUS_COMMANDS = new Set([
  'ACCEPT',
  'APPEND',
  'ARCHIVE',
  'ATTRIBUTE',
  'BREAK',
  'BTITLE',
  'CLEAR',
  'COLUMN',
  'COL',
  'COMPUTE',
  'CONNECT',
  'CONN',
  'COPY',
  'DEFINE',
  'DEF',
  'DEL',
  'DESCRIBE',
  'DESC',
  'DISCONNECT',
  'EDIT',
  'EXIT',
  'GET',
  'HELP',
  'HOST',
  'INPUT',
  'LIST',
  'PASSWORD',
  'PAUSE',
  'PRINT',
  'PROMPT',
  'PRO',
  'QUIT',
  'RECOVER',
  'REM',
  'REMARK',
  'REPFOOTER',
  'REPHEADER',
  'RUN',
  'SAVE',
  'SET',
  'SHOW',
  'SHO',
  'SHUTDOWN',
  'SPOOL',
  'SPO',
  'START',
  'STARTUP',
  'STORE',
  'TIMING',
  'TTITLE',
  'UNDEFINE',
  'VARIABLE',
  'VAR',
  'WHENEVER',
  'XQUERY',
]);
/** SET followed by one of these is SQL (SET TRANSACTION, SET ROLE, SET CONSTRAINTS). */
const SQL_SET = new Set(['TRANSACTION', 'ROLE', 'CONSTRAINT', 'CONSTRAINTS']);
const PLSQL_UNITS = new Set(['FUNCTION', 'PROCEDURE', 'PACKAGE', 'TRIGGER', 'TYPE', 'LIBRARY', 'JAVA']);
const EDITIONING = new Set(['EDITIONABLE', 'NONEDITIONABLE', 'EDITIONING']);

const isBlank = (s: string): boolean => s.trim() === '';
const isAsciiLetter = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

export function splitScript(text: string): Script {
  const setAside: ScriptLine[] = [];
  const statements = [...scriptStatements(text, setAside)];
  return { statements, setAside };
}

/**
 * The script's statements one at a time, as they are read, with the SQL*Plus lines between
 * them pushed to `setAside` on the way: a caller that translates each statement as it comes
 * holds one statement's tokens at a time, not the whole script's (a 5 MB script's tokens
 * take over 200 MB of heap).
 */
export function* scriptStatements(text: string, setAside: ScriptLine[]): Generator<ScriptStatement> {
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  /** Moves `offset` to `to`, counting lines. */
  const moveTo = (to: number): void => {
    for (; offset < to; offset++)
      if (text[offset] === '\n') {
        line++;
        lineStart = offset + 1;
      }
  };

  while (offset < text.length) {
    // Between statements: blank space, comments and SQL*Plus lines.
    const eol = lineEnd(text, offset);
    const rest = text.slice(offset, eol);
    const trimmed = rest.trimStart();
    if (trimmed === '' || trimmed.startsWith('--')) {
      moveTo(Math.min(eol + 1, text.length));
      continue;
    }
    if (trimmed.startsWith('/*')) {
      const close = text.indexOf('*/', offset + rest.indexOf('/*') + 2);
      // An unclosed comment is the tokenizer's error to report, with its position.
      if (close >= 0) {
        moveTo(close + 2);
        continue;
      }
    }
    if (trimmed.startsWith('/') && isBlank(trimmed.slice(1))) {
      // `/` after a statement ended by `;`: SQL*Plus would run it again; nothing to add.
      moveTo(Math.min(eol + 1, text.length));
      continue;
    }
    if (isSqlPlusLine(trimmed)) {
      setAside.push({ line, text: trimmed.trimEnd() });
      moveTo(Math.min(eol + 1, text.length));
      continue;
    }

    let tokenizer = createTokenizer(text, offset, { line, lineStart });
    const tokens: Token[] = [];
    let plsql = false;
    let endOffset = text.length;
    let error: DecantError | undefined;
    let failedAt = -1;
    let firstFailure: Position | undefined;
    for (;;) {
      let token: Token;
      try {
        token = tokenizer.next();
      } catch (failure) {
        // A character Oracle SQL has no use for: the statement is reported with the first such
        // error, and the search for its end goes on after the character, so one stray `#`
        // costs one statement, not the script.
        if (!isDecantError(failure) || failure.code !== 'TRANSLATE_SYNTAX') throw failure;
        failedAt = tokenizer.offset;
        if (!error) {
          error = failure;
          if (tokens.length === 0)
            firstFailure = { offset: failedAt, ...errorPosition(failure, { line, column: 1 }) };
        }
        tokenizer = resumeAfter(text, failedAt, failure);
        continue;
      }
      if (token.kind === TokenKind.End) break;
      const symbol = token.kind === TokenKind.Symbol ? token.value : '';
      if (symbol === '/' && token.firstOnLine && isBlank(text.slice(token.end, lineEnd(text, token.end)))) {
        endOffset = lineEnd(text, token.end);
        break;
      }
      if (symbol === ';' && !plsql) {
        endOffset = token.end;
        break;
      }
      tokens.push(token);
      // CREATE OR REPLACE EDITIONABLE PROCEDURE: five words tell.
      if (tokens.length <= 5) plsql = startsPlsqlUnit(tokens);
    }
    if (tokens.length > 0 || firstFailure) {
      const start = firstFailure ?? tokens[0]!.start;
      const end = Math.max(tokens.at(-1)?.end ?? 0, failedAt + 1);
      const statement: ScriptStatement = { text: text.slice(start.offset, end), tokens, start, plsql };
      if (error) statement.error = error;
      // Past the statement before handing it over, so the generator resumes where it ends.
      moveTo(Math.max(endOffset, offset + 1));
      yield statement;
      continue;
    }
    moveTo(Math.max(endOffset, offset + 1));
  }
}

/** A tokenizer that goes on one character after where `failure` stopped the last one. */
function resumeAfter(text: string, failedAt: number, failure: DecantError): Tokenizer {
  const { line, column } = errorPosition(failure, { line: 1, column: 1 });
  return createTokenizer(text, failedAt + 1, { line, lineStart: failedAt - (column - 1) });
}

function isSqlPlusLine(line: string): boolean {
  if (line.startsWith('@')) return true;
  let end = 0;
  while (end < line.length && isAsciiLetter(line[end]!)) end++;
  const word = line.slice(0, end).toUpperCase();
  if (end === 0 || (end < line.length && !isBlank(line[end]!) && line[end] !== ';')) return false;
  if (!SQLPLUS_COMMANDS.has(word)) return false;
  if (word === 'SET') {
    const next = line.slice(end).trimStart();
    let nextEnd = 0;
    while (nextEnd < next.length && isAsciiLetter(next[nextEnd]!)) nextEnd++;
    return !SQL_SET.has(next.slice(0, nextEnd).toUpperCase());
  }
  return true;
}

/** DECLARE, BEGIN, or CREATE [OR REPLACE] [EDITIONABLE ...] FUNCTION|PROCEDURE|... */
function startsPlsqlUnit(tokens: Token[]): boolean {
  const words = tokens.map((t) => (t.kind === TokenKind.Word ? t.value : ''));
  if (words[0] === 'DECLARE' || words[0] === 'BEGIN') return true;
  if (words[0] !== 'CREATE') return false;
  let i = 1;
  if (words[i] === 'OR' && words[i + 1] === 'REPLACE') i += 2;
  if (EDITIONING.has(words[i] ?? '')) i++;
  return PLSQL_UNITS.has(words[i] ?? '');
}
