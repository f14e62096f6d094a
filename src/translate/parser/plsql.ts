/**
 * Recognises PL/SQL units by their header, so that they are refused by name rather than
 * read as SQL: CREATE [OR REPLACE] [EDITIONABLE] FUNCTION / PROCEDURE / PACKAGE [BODY] /
 * TRIGGER / TYPE [BODY], and anonymous blocks (DECLARE, BEGIN). Translating their bodies
 * to PL/pgSQL is a later issue.
 */
import type { Name, PlsqlUnit } from '../ast/node.js';
import type { Cursor } from './cursor.js';

const UNITS = new Set(['FUNCTION', 'PROCEDURE', 'PACKAGE', 'TRIGGER', 'TYPE', 'LIBRARY', 'JAVA']);

/** Whether the statement is a PL/SQL unit; leaves the cursor where it was. */
export function isPlsqlUnit(c: Cursor): boolean {
  if (c.isWord('DECLARE') || c.isWord('BEGIN')) return true;
  if (!c.isWord('CREATE')) return false;
  let ahead = 1;
  if (c.isWord('OR', 'REPLACE') || c.peek(1).value === 'OR') ahead = 3;
  const word = c.peek(ahead).value;
  if (word === 'EDITIONABLE' || word === 'NONEDITIONABLE' || word === 'EDITIONING') ahead++;
  return UNITS.has(c.peek(ahead).value);
}

export function parsePlsqlUnit(c: Cursor): PlsqlUnit {
  const at = c.at;
  const text = c.textFrom(at);
  if (c.isWord('DECLARE') || c.isWord('BEGIN')) {
    skipToEnd(c);
    return { kind: 'plsql-unit', at, unit: 'BLOCK', text };
  }
  c.expectWord('CREATE');
  c.acceptWord('OR', 'REPLACE');
  if (!c.acceptWord('EDITIONABLE') && !c.acceptWord('NONEDITIONABLE')) c.acceptWord('EDITIONING');
  let unit = c.next().value;
  if ((unit === 'PACKAGE' || unit === 'TYPE') && c.acceptWord('BODY')) unit += ' BODY';
  if (unit === 'JAVA') unit = 'JAVA SOURCE';
  let name: Name[] | undefined;
  if (c.isName()) name = c.qualifiedName();
  skipToEnd(c);
  return { kind: 'plsql-unit', at, unit, ...(name ? { name } : {}), text };
}

/** The body is kept as text, not parsed: PL/SQL is a later issue. */
function skipToEnd(c: Cursor): void {
  while (!c.atEnd) c.next();
}
