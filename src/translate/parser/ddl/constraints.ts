/**
 * Oracle constraints, inline on a column and out of line: NOT NULL, NULL, PRIMARY KEY,
 * UNIQUE, CHECK, REFERENCES / FOREIGN KEY with ON DELETE, and their states (DEFERRABLE,
 * INITIALLY, ENABLE/DISABLE, VALIDATE/NOVALIDATE, RELY). USING INDEX and EXCEPTIONS INTO
 * are read and dropped here; what the states become is the ddl-constraints rule's call.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/constraint.html
 */
import type { Constraint, ConstraintState, ForeignKeyTarget, Name } from '../../ast/node.js';
import type { Cursor } from '../cursor.js';
import { parseExpression } from '../expression.js';
import { skipParenthesised, skipPhysicalClauses } from './physical.js';

/** Whether a constraint starts here (inline or out of line). */
export function isConstraintStart(c: Cursor): boolean {
  return (
    c.isWord('CONSTRAINT') ||
    c.isWord('PRIMARY', 'KEY') ||
    c.isWord('UNIQUE') ||
    c.isWord('CHECK') ||
    c.isWord('FOREIGN', 'KEY') ||
    c.isWord('REFERENCES') ||
    c.isWord('NOT', 'NULL') ||
    c.isWord('NULL')
  );
}

/** A parenthesised list of names: `(a, b)`. */
export function nameList(c: Cursor, what = 'a column name'): Name[] {
  c.expectSymbol('(');
  const names = [c.name(what)];
  while (c.acceptSymbol(',')) names.push(c.name(what));
  c.expectSymbol(')');
  return names;
}

/** One constraint; `inline` for a column's (no column list). */
export function parseConstraint(c: Cursor, inline: boolean): Constraint {
  const at = c.at;
  let name: Name | undefined;
  if (c.acceptWord('CONSTRAINT')) name = c.name('a constraint name');
  let type: Constraint['type'];
  let columns: Name[] = [];
  let check: Constraint['check'];
  let references: ForeignKeyTarget | undefined;
  if (c.acceptWord('NOT', 'NULL')) type = 'not-null';
  else if (c.acceptWord('NULL')) type = 'null';
  else if (c.acceptWord('PRIMARY', 'KEY')) type = 'primary-key';
  else if (c.acceptWord('UNIQUE')) type = 'unique';
  else if (c.acceptWord('CHECK')) {
    type = 'check';
    c.expectSymbol('(');
    check = parseExpression(c);
    c.expectSymbol(')');
  } else if (c.isWord('FOREIGN', 'KEY') && !inline) {
    c.next();
    c.next();
    type = 'foreign-key';
    columns = nameList(c);
    references = parseReferences(c);
  } else if (c.isWord('REFERENCES') && inline) {
    type = 'foreign-key';
    references = parseReferences(c);
  } else return c.fail('a constraint');
  if (!inline && (type === 'primary-key' || type === 'unique')) columns = nameList(c);
  if (!inline && (type === 'not-null' || type === 'null')) c.fail('a constraint', c.peek());
  const state = parseConstraintState(c);
  return {
    kind: 'constraint',
    at,
    ...(name ? { name } : {}),
    type,
    columns,
    ...(check ? { check } : {}),
    ...(references ? { references } : {}),
    state,
  };
}

function parseReferences(c: Cursor): ForeignKeyTarget {
  c.expectWord('REFERENCES');
  const table = c.qualifiedName('a table name');
  const columns = c.isSymbol('(') ? nameList(c) : [];
  let onDelete: ForeignKeyTarget['onDelete'];
  if (c.acceptWord('ON', 'DELETE', 'CASCADE')) onDelete = 'CASCADE';
  else if (c.acceptWord('ON', 'DELETE', 'SET', 'NULL')) onDelete = 'SET NULL';
  else if (c.isWord('ON', 'DELETE')) c.fail('CASCADE or SET NULL', c.peek(2));
  return { table, columns, ...(onDelete ? { onDelete } : {}) };
}

/** The constraint state words in any order, USING INDEX and EXCEPTIONS INTO included. */
export function parseConstraintState(c: Cursor): ConstraintState {
  const at = c.at;
  let state: { -readonly [K in keyof ConstraintState]: ConstraintState[K] } = {};
  let seen = false;
  for (;;) {
    if (c.acceptWord('NOT', 'DEFERRABLE')) state.deferrable = false;
    else if (c.acceptWord('DEFERRABLE')) state.deferrable = true;
    else if (c.acceptWord('INITIALLY', 'DEFERRED')) state.initially = 'DEFERRED';
    else if (c.acceptWord('INITIALLY', 'IMMEDIATE')) state.initially = 'IMMEDIATE';
    else if (c.acceptWord('ENABLE')) state.enabled = true;
    else if (c.acceptWord('DISABLE')) state.enabled = false;
    else if (c.acceptWord('VALIDATE')) state.validated = true;
    else if (c.acceptWord('NOVALIDATE')) state.validated = false;
    // RELY / NORELY only tell Oracle's optimizer whether to trust the constraint.
    else if (c.acceptWord('RELY') || c.acceptWord('NORELY')) {
      /* dropped */
    } else if (c.acceptWord('USING', 'INDEX')) skipUsingIndex(c);
    else if (c.isWord('EXCEPTIONS', 'INTO')) {
      c.unsupported('EXCEPTIONS INTO', 'PostgreSQL has no table collecting the rows that break a constraint');
    } else break;
    seen = true;
  }
  if (seen) state = { ...state, at };
  return state;
}

/** USING INDEX idx | USING INDEX (CREATE INDEX ...) | USING INDEX physical clauses: PostgreSQL builds its own. */
function skipUsingIndex(c: Cursor): void {
  if (c.isSymbol('(')) {
    skipParenthesised(c);
    return;
  }
  if (skipPhysicalClauses(c)) return;
  if (c.isName() && !c.isWord('ENABLE') && !c.isWord('DISABLE') && !c.isWord('DEFERRABLE')) {
    c.qualifiedName('an index name');
  }
  skipPhysicalClauses(c);
}
