/**
 * ALTER SESSION SET parameter = value. The value is kept as written (a string, a number, a
 * name, or words such as READ COMMITTED); what it means is the rule's business
 * (rules/alter-session.ts). Several parameters may follow one SET. Other ALTER SESSION clauses
 * (ENABLE PARALLEL DML, ADVISE, CLOSE DATABASE LINK, ...) and ROW ARCHIVAL VISIBILITY are
 * refused by name.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-SESSION.html
 */
import type { AlterSession, SessionSetting, SessionValue } from '../ast/node.js';
import { TokenKind } from '../tokens/token.js';
import type { Cursor } from './cursor.js';

export function isAlterSession(c: Cursor): boolean {
  return c.isWord('ALTER', 'SESSION');
}

export function parseAlterSession(c: Cursor): AlterSession {
  const at = c.expectWord('ALTER', 'SESSION').start;
  if (!c.acceptWord('SET')) {
    return c.unsupported(
      `ALTER SESSION ${c.peek().text}`,
      'Decant translates ALTER SESSION SET; the other clauses (parallel execution, distributed transactions, ...) have no PostgreSQL counterpart',
    );
  }
  const settings = [parseSetting(c)];
  // The next `name =` (or EVENTS '...') is another parameter: values are one token or words.
  while (c.isName() && (c.isSymbol('=', 1) || c.isWord('EVENTS'))) settings.push(parseSetting(c));
  return { kind: 'alter-session', at, settings };
}

function parseSetting(c: Cursor): SessionSetting {
  const parameterAt = c.at;
  if (c.isWord('ROW', 'ARCHIVAL', 'VISIBILITY')) {
    c.unsupported(
      'ALTER SESSION SET ROW ARCHIVAL VISIBILITY',
      'it decides which rows queries see, and PostgreSQL has no archived rows to hide',
    );
  }
  const parameter = c.name('a session parameter');
  // EVENTS '...' is written without `=`.
  if (!(parameter.value === 'EVENTS' && !parameter.quoted && c.peek().kind === TokenKind.String))
    c.expectSymbol('=');
  return { parameter, parameterAt, value: parseValue(c) };
}

function parseValue(c: Cursor): SessionValue {
  const token = c.peek();
  const at = token.start;
  if (token.kind === TokenKind.String) {
    c.next();
    return { form: 'string', at, text: token.value };
  }
  if (
    token.kind === TokenKind.Number ||
    ((c.isSymbol('-') || c.isSymbol('+')) && c.peek(1).kind === TokenKind.Number)
  ) {
    const sign = token.kind === TokenKind.Symbol ? c.next().value : '';
    return { form: 'number', at, text: (sign === '-' ? '-' : '') + c.next().value };
  }
  const words: string[] = [];
  const first = c.peek();
  const name = c.name('a value');
  words.push(name.quoted ? name.value : first.text);
  // READ COMMITTED: words up to the end, or up to the next `parameter =`.
  while (c.peek().kind === TokenKind.Word && !c.isSymbol('=', 1)) words.push(c.next().text);
  return words.length === 1
    ? { form: 'name', at, text: words[0]!, name }
    : { form: 'words', at, text: words.join(' ') };
}
