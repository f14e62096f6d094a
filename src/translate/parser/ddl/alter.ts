/**
 * ALTER TABLE (ADD constraint or columns, MODIFY columns, DROP COLUMN/CONSTRAINT/PRIMARY
 * KEY/UNIQUE, RENAME),
 * RENAME, DROP, COMMENT ON, GRANT and REVOKE on objects. System privileges and roles are
 * refused: PostgreSQL's are different things with different names.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-TABLE.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/GRANT.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/COMMENT.html
 */
import type { AlterTable, AlterTableAction, CommentOn, DropObject, Grant, Name } from '../../ast/node.js';
import { TokenKind, type Position } from '../../tokens/token.js';
import type { Cursor } from '../cursor.js';
import { parseExpression } from '../expression.js';
import { parseDataType } from '../types.js';
import { isConstraintStart, nameList, parseConstraint } from './constraints.js';
import { parseColumnDefinition } from './table.js';

export function parseAlterTable(c: Cursor, at: Position): AlterTable {
  c.expectWord('TABLE');
  const name = c.qualifiedName('a table name');
  const actions: AlterTableAction[] = [];
  do {
    actions.push(...parseAction(c));
  } while (!c.atEnd && !c.isSymbol(';'));
  return { kind: 'alter-table', at, name, actions };
}

function parseAction(c: Cursor): AlterTableAction[] {
  if (c.acceptWord('ADD')) {
    if (c.acceptSymbol('(')) {
      const list: AlterTableAction[] = [];
      do list.push(addOne(c));
      while (c.acceptSymbol(','));
      c.expectSymbol(')');
      return list;
    }
    return [addOne(c)];
  }
  if (c.acceptWord('MODIFY')) {
    if (c.isWord('CONSTRAINT') || c.isWord('PRIMARY') || c.isWord('UNIQUE') || c.isWord('PARTITION')) {
      c.unsupported(`MODIFY ${c.peek().value}`, 'Decant translates column changes only');
    }
    if (c.acceptSymbol('(')) {
      const list: AlterTableAction[] = [];
      do list.push(modifyOne(c));
      while (c.acceptSymbol(','));
      c.expectSymbol(')');
      return list;
    }
    return [modifyOne(c)];
  }
  if (c.isWord('DROP')) return parseDrop(c);
  if (c.acceptWord('RENAME', 'COLUMN')) {
    const from = c.name('a column name');
    c.expectWord('TO');
    return [{ action: 'rename-column', from, to: c.name('a column name') }];
  }
  if (c.acceptWord('RENAME', 'TO')) return [{ action: 'rename-table', to: c.name('a table name') }];
  return c.unsupported(
    `ALTER TABLE ... ${c.peek().text}`,
    'Decant translates ADD, MODIFY, DROP and RENAME of columns and constraints',
  );
}

function addOne(c: Cursor): AlterTableAction {
  if (isConstraintStart(c)) return { action: 'add-constraint', constraint: parseConstraint(c, false) };
  return { action: 'add-column', column: parseColumnDefinition(c) };
}

const MODIFY_WORDS = new Set(['DEFAULT', 'NULL', 'NOT', 'CONSTRAINT']);

/** MODIFY c [type] [DEFAULT e] [[CONSTRAINT n] [NOT] NULL]. */
function modifyOne(c: Cursor): AlterTableAction {
  const at = c.at;
  const name = c.name('a column name');
  const type =
    !c.isSymbol(')') && !c.isSymbol(',') && !c.atEnd && !c.isAnyWord(MODIFY_WORDS)
      ? parseDataType(c)
      : undefined;
  const defaultValue = c.acceptWord('DEFAULT') ? parseExpression(c) : undefined;
  let nullable: boolean | undefined;
  if (c.acceptWord('CONSTRAINT')) c.name('a constraint name');
  if (c.acceptWord('NOT', 'NULL')) nullable = false;
  else if (c.acceptWord('NULL')) nullable = true;
  if (isConstraintStart(c) || c.isWord('ENABLE') || c.isWord('DISABLE')) {
    c.unsupported('a constraint in MODIFY', 'add constraints with ADD CONSTRAINT');
  }
  return {
    action: 'modify-column',
    column: {
      kind: 'column-definition',
      at,
      name,
      ...(type ? { type } : {}),
      ...(defaultValue ? { default: defaultValue } : {}),
      constraints: [],
    },
    ...(nullable !== undefined ? { nullable } : {}),
  };
}

function parseDrop(c: Cursor): AlterTableAction[] {
  const at = c.expectWord('DROP').start;
  let columns: Name[];
  if (c.acceptWord('COLUMN')) columns = [c.name('a column name')];
  else if (c.isSymbol('(')) columns = nameList(c);
  else if (c.acceptWord('CONSTRAINT')) {
    const name = c.name('a constraint name');
    const { cascade, keepIndex } = dropKeyOptions(c);
    return [{ action: 'drop-constraint', name, cascade, ...(keepIndex ? { keepIndex } : {}) }];
  } else if (c.acceptWord('PRIMARY', 'KEY') || c.isWord('UNIQUE')) {
    const key = c.acceptWord('UNIQUE') ? 'unique' : 'primary-key';
    const columns = key === 'unique' ? nameList(c) : [];
    const { cascade, keepIndex } = dropKeyOptions(c);
    return [{ action: 'drop-key', at, key, columns, cascade, ...(keepIndex ? { keepIndex } : {}) }];
  } else {
    return c.unsupported(
      `ALTER TABLE ... DROP ${c.peek().text}`,
      'Decant translates DROP COLUMN, CONSTRAINT, PRIMARY KEY and UNIQUE',
      at,
    );
  }
  if (c.isWord('CASCADE', 'CONSTRAINTS')) {
    c.unsupported(
      'DROP COLUMN ... CASCADE CONSTRAINTS',
      'PostgreSQL CASCADE also drops views that use the column',
      c.at,
    );
  }
  c.acceptWord('INVALIDATE');
  return columns.map((column) => ({ action: 'drop-column', column }));
}

/** [CASCADE] [KEEP INDEX | DROP INDEX] after a dropped constraint; DROP INDEX is the default. */
function dropKeyOptions(c: Cursor): { cascade: boolean; keepIndex?: Position } {
  const cascade = c.acceptWord('CASCADE');
  const keepAt = c.at;
  if (c.acceptWord('KEEP', 'INDEX')) return { cascade, keepIndex: keepAt };
  c.acceptWord('DROP', 'INDEX');
  return { cascade };
}

/** RENAME old TO new: Oracle renames tables, views and sequences this way. */
export function parseRename(c: Cursor, at: Position): AlterTable {
  c.expectWord('RENAME');
  const name = [c.name('an object name')];
  c.expectWord('TO');
  return {
    kind: 'alter-table',
    at,
    name,
    actions: [{ action: 'rename-table', to: c.name('an object name') }],
  };
}

const DROPPABLE: Record<string, DropObject['object']> = {
  TABLE: 'TABLE',
  INDEX: 'INDEX',
  SEQUENCE: 'SEQUENCE',
  VIEW: 'VIEW',
  SYNONYM: 'VIEW',
};
const DROPPABLE_WORDS = new Set(Object.keys(DROPPABLE));

/** DROP TABLE|INDEX|SEQUENCE|VIEW|MATERIALIZED VIEW|[PUBLIC] SYNONYM name ... */
export function parseDropObject(c: Cursor, at: Position): DropObject {
  c.expectWord('DROP');
  const isPublic = c.acceptWord('PUBLIC');
  let object: DropObject['object'] | undefined;
  let word = '';
  if (c.acceptWord('MATERIALIZED', 'VIEW')) object = 'MATERIALIZED VIEW';
  else if (c.isAnyWord(DROPPABLE_WORDS)) {
    word = c.next().value;
    object = DROPPABLE[word];
  }
  if (!object || (isPublic && word !== 'SYNONYM')) {
    return c.unsupported(
      `DROP ${c.peek().text}`,
      'Decant translates DROP of tables, indexes, sequences, views and synonyms',
      at,
    );
  }
  const parts = c.qualifiedName('a name');
  const name = isPublic ? [{ value: 'PUBLIC', quoted: false }, ...parts] : parts;
  let cascade: Position | undefined;
  for (;;) {
    if (c.isWord('CASCADE', 'CONSTRAINTS')) {
      cascade = c.next().start;
      c.next();
    } else if (!(
      c.acceptWord('PURGE') ||
      c.acceptWord('FORCE') ||
      c.acceptWord('ONLINE') ||
      c.acceptWord('PRESERVE', 'TABLE')
    ))
      break;
  }
  return { kind: 'drop', at, object, name, ...(cascade ? { cascade } : {}) };
}

/** COMMENT ON TABLE|COLUMN|MATERIALIZED VIEW name IS 'text'. */
export function parseCommentOn(c: Cursor, at: Position): CommentOn {
  c.expectWord('COMMENT', 'ON');
  let target: CommentOn['target'];
  if (c.acceptWord('TABLE')) target = 'TABLE';
  else if (c.acceptWord('COLUMN')) target = 'COLUMN';
  else if (c.acceptWord('MATERIALIZED', 'VIEW')) target = 'MATERIALIZED VIEW';
  else
    return c.unsupported(
      `COMMENT ON ${c.peek().text}`,
      'Decant translates comments on tables, views and columns',
    );
  const name = c.qualifiedName('a name');
  if (target === 'COLUMN' && name.length < 2) c.fail('table.column');
  c.expectWord('IS');
  const text = c.next();
  if (text.kind !== TokenKind.String) c.fail('a string', text);
  return { kind: 'comment-on', at, target, name, text: text.value };
}

/** Object privileges and what PostgreSQL calls them; READ is SELECT without the right to lock rows. */
const PRIVILEGES: Record<string, string> = {
  SELECT: 'SELECT',
  READ: 'SELECT',
  INSERT: 'INSERT',
  UPDATE: 'UPDATE',
  DELETE: 'DELETE',
  REFERENCES: 'REFERENCES',
  EXECUTE: 'EXECUTE',
  ALL: 'ALL',
};

/** GRANT privileges ON object TO grantees [WITH GRANT OPTION]; REVOKE ... FROM ... */
export function parseGrant(c: Cursor, at: Position): Grant {
  const revoke = c.next().value === 'REVOKE';
  const privileges: Grant['privileges'][number][] = [];
  do {
    const word = c.peek();
    const privilege = PRIVILEGES[word.value];
    if (!privilege || word.kind !== TokenKind.Word) {
      const ahead = findOn(c);
      return c.unsupported(
        ahead ? `the privilege ${word.text}` : `${revoke ? 'REVOKE' : 'GRANT'} of system privileges or roles`,
        ahead
          ? 'PostgreSQL has no privilege of that name on objects'
          : 'system privileges and Oracle roles have no one-to-one PostgreSQL counterpart; create roles and grant them by hand',
        word.start,
      );
    }
    c.next();
    if (privilege === 'ALL') c.acceptWord('PRIVILEGES');
    const columns = c.isSymbol('(') ? nameList(c) : [];
    privileges.push({ name: privilege, columns });
  } while (c.acceptSymbol(','));
  if (!c.isWord('ON')) {
    return c.unsupported(
      `${revoke ? 'REVOKE' : 'GRANT'} of system privileges or roles`,
      'system privileges and Oracle roles have no one-to-one PostgreSQL counterpart',
      at,
    );
  }
  c.expectWord('ON');
  if (
    c.isWord('DIRECTORY') ||
    c.isWord('JAVA') ||
    c.isWord('USER') ||
    c.isWord('EDITION') ||
    c.isWord('MINING') ||
    c.isWord('SQL')
  ) {
    c.unsupported(`privileges ON ${c.peek().text}`, 'PostgreSQL has no such objects');
  }
  const object = c.qualifiedName('an object name');
  const routine = privileges.some((p) => p.name === 'EXECUTE');
  if (routine && privileges.length > 1) {
    c.unsupported(
      'EXECUTE with other privileges',
      'PostgreSQL grants EXECUTE on routines and the others on tables',
      at,
    );
  }
  c.expectWord(revoke ? 'FROM' : 'TO');
  const grantees = [c.name('a user or role')];
  while (c.acceptSymbol(',')) grantees.push(c.name('a user or role'));
  let withGrantOption = false;
  for (;;) {
    if (!revoke && c.acceptWord('WITH', 'GRANT', 'OPTION')) withGrantOption = true;
    else if (!revoke && c.acceptWord('WITH', 'HIERARCHY', 'OPTION')) continue;
    else if (revoke && c.isWord('CASCADE', 'CONSTRAINTS')) {
      c.unsupported(
        'REVOKE ... CASCADE CONSTRAINTS',
        'PostgreSQL does not drop foreign keys when REFERENCES is revoked',
      );
    } else if (revoke && c.acceptWord('FORCE')) continue;
    else break;
  }
  return { kind: 'grant', at, revoke, privileges, object, routine, grantees, withGrantOption };
}

/** Whether ON comes later in the statement (an object grant with an unknown privilege). */
function findOn(c: Cursor): boolean {
  for (let i = 0; ; i++) {
    const token = c.peek(i);
    if (token.kind === TokenKind.End) return false;
    if (
      token.kind === TokenKind.Word &&
      (token.value === 'ON' || token.value === 'TO' || token.value === 'FROM')
    )
      return token.value === 'ON';
  }
}
