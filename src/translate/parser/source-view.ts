/**
 * CREATE VIEW as MySQL (SHOW CREATE VIEW) and SQLite (sqlite_master.sql) write it, into the
 * same node as Oracle's: the name, its column list and its query. What PostgreSQL cannot do
 * the same way, or Decant does not yet, is refused here by name (a temporary view, LOCAL
 * CHECK OPTION); MySQL's
 * ALGORITHM and DEFINER say nothing about the rows and are passed over.
 * https://dev.mysql.com/doc/refman/8.0/en/create-view.html, https://www.sqlite.org/lang_createview.html
 */
import type { CreateView } from '../ast/node.js';
import type { Position } from '../tokens/token.js';
import type { Cursor } from './cursor.js';
import { parseColumnNames, parseQuery } from './query.js';

export function parseSourceCreateView(c: Cursor): CreateView {
  const at = c.expectWord('CREATE').start;
  const orReplace = c.acceptWord('OR', 'REPLACE');
  if (c.isWord('TEMP') || c.isWord('TEMPORARY'))
    c.unsupported('a temporary view', 'a migrated view outlives the session that creates it');
  let securityInvoker: Position | undefined;
  for (;;) {
    if (c.acceptWord('ALGORITHM')) {
      c.expectSymbol('=');
      c.next();
    } else if (c.acceptWord('DEFINER')) {
      c.expectSymbol('=');
      // user@host, quoted or not, or CURRENT_USER[()]: up to the next clause.
      while (!c.atEnd && !c.isWord('SQL') && !c.isWord('VIEW')) c.next();
    } else if (c.isWord('SQL', 'SECURITY')) {
      const security = c.next().start;
      c.next();
      if (c.acceptWord('INVOKER')) securityInvoker = security;
      else c.expectWord('DEFINER');
    } else break;
  }
  c.expectWord('VIEW');
  c.acceptWord('IF', 'NOT', 'EXISTS');
  const name = c.qualifiedName('a view name');
  const columns = c.acceptSymbol('(') ? parseColumnNames(c) : [];
  c.expectWord('AS');
  const query = parseQuery(c);
  let checkOption = false;
  if (c.isWord('WITH')) {
    c.next();
    if (c.isWord('LOCAL'))
      c.unsupported('WITH LOCAL CHECK OPTION', 'Decant writes the default, CASCADED, check option only');
    c.acceptWord('CASCADED');
    c.expectWord('CHECK', 'OPTION');
    checkOption = true;
  }
  return {
    kind: 'create-view',
    at,
    orReplace,
    name,
    columns,
    query,
    checkOption,
    ...(securityInvoker ? { securityInvoker } : {}),
  };
}
