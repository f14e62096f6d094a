/**
 * Oracle DDL: picks the statement by its first words and hands over to parser/ddl/*.ts.
 * CREATE TABLE, INDEX, SEQUENCE, VIEW, MATERIALIZED VIEW, SYNONYM, COMMENT ON, GRANT and
 * REVOKE on objects, ALTER TABLE, RENAME, DROP. Other DDL (users, tablespaces, database
 * links, ...) is refused by name. PL/SQL units never get here: parser/plsql.ts takes them first.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Types-of-SQL-Statements.html
 */
import type { DdlStatement } from '../ast/node.js';
import type { Cursor } from './cursor.js';
import { parseAlterTable, parseCommentOn, parseDropObject, parseGrant, parseRename } from './ddl/alter.js';
import {
  parseCreateIndex,
  parseCreateMaterializedView,
  parseCreateSequence,
  parseCreateSynonym,
  parseCreateView,
} from './ddl/objects.js';
import { parseCreateTable } from './ddl/table.js';

export { columnsAfter, columnTypesOf } from './ddl/column-types.js';

const DDL_WORDS = new Set([
  'CREATE',
  'ALTER',
  'DROP',
  'COMMENT',
  'GRANT',
  'REVOKE',
  'RENAME',
  'ANALYZE',
  'AUDIT',
  'PURGE',
  'FLASHBACK',
]);

export function isDdl(c: Cursor): boolean {
  return c.isAnyWord(DDL_WORDS);
}

export function parseDdl(c: Cursor): DdlStatement {
  const at = c.at;
  switch (c.peek().value) {
    case 'CREATE':
      return parseCreate(c);
    case 'ALTER':
      c.next();
      if (c.isWord('TABLE')) return parseAlterTable(c, at);
      return c.unsupported(`ALTER ${c.peek().text}`, 'Decant translates ALTER TABLE only', at);
    case 'DROP':
      return parseDropObject(c, at);
    case 'COMMENT':
      return parseCommentOn(c, at);
    case 'GRANT':
    case 'REVOKE':
      return parseGrant(c, at);
    case 'RENAME':
      return parseRename(c, at);
    default:
      return c.unsupported(
        `${c.peek().value} statement`,
        'it has no PostgreSQL counterpart Decant translates',
      );
  }
}

function parseCreate(c: Cursor): DdlStatement {
  const at = c.expectWord('CREATE').start;
  const orReplace = c.acceptWord('OR', 'REPLACE');
  const word = c.peek().value;
  if (word === 'PUBLIC' || word === 'SYNONYM') return parseCreateSynonym(c, at, orReplace);
  if (word === 'FORCE' || word === 'NO' || word === 'VIEW' || word === 'EDITIONING')
    return parseCreateView(c, at, orReplace);
  if ((word === 'EDITIONABLE' || word === 'NONEDITIONABLE') && c.peek(1).value === 'SYNONYM')
    return parseCreateSynonym(c, at, orReplace);
  if (word === 'EDITIONABLE' || word === 'NONEDITIONABLE') return parseCreateView(c, at, orReplace);
  if (orReplace)
    return c.unsupported(
      `CREATE OR REPLACE ${c.peek().text}`,
      'Decant translates CREATE OR REPLACE for views and synonyms only',
      at,
    );
  switch (word) {
    case 'TABLE':
    case 'GLOBAL':
    case 'PRIVATE':
      return parseCreateTable(c, at);
    case 'UNIQUE':
    case 'BITMAP':
    case 'MULTIVALUE':
    case 'INDEX':
      return parseCreateIndex(c, at);
    case 'SEQUENCE':
      return parseCreateSequence(c, at);
    case 'MATERIALIZED':
      return parseCreateMaterializedView(c, at);
  }
  return c.unsupported(`CREATE ${c.peek().text}`, 'it has no PostgreSQL counterpart Decant translates', at);
}
