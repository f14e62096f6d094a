/**
 * CREATE INDEX, SEQUENCE, VIEW, MATERIALIZED VIEW and SYNONYM. View and materialized view
 * queries go through the query parser, so every query rule applies to them.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-INDEX.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-VIEW.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-MATERIALIZED-VIEW.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-SYNONYM.html
 */
import type {
  CreateIndex,
  CreateMaterializedView,
  CreateSequence,
  CreateSynonym,
  CreateView,
  Name,
} from '../../ast/node.js';
import type { Position } from '../../tokens/token.js';
import type { Cursor } from '../cursor.js';
import { parseOrderItems } from '../expression.js';
import { parseQuery } from '../query.js';
import { isConstraintStart, parseConstraint } from './constraints.js';
import { skipParenthesised, skipPhysicalClauses } from './physical.js';
import { parseSequenceOptions } from './sequence-options.js';

/** After CREATE: [UNIQUE | BITMAP] INDEX ... */
export function parseCreateIndex(c: Cursor, at: Position): CreateIndex {
  const unique = c.acceptWord('UNIQUE');
  const bitmap = c.isWord('BITMAP') ? c.next().start : undefined;
  if (c.isWord('MULTIVALUE'))
    c.unsupported(
      'a MULTIVALUE index',
      'PostgreSQL indexes JSON arrays with GIN, which Decant does not choose for you',
    );
  c.expectWord('INDEX');
  const name = c.qualifiedName('an index name');
  c.expectWord('ON');
  if (c.isWord('CLUSTER')) c.unsupported('an index on a cluster', 'PostgreSQL has no table clusters');
  const table = c.qualifiedName('a table name');
  if (c.isName() && !c.isSymbol('(')) c.name(); // a table alias
  c.expectSymbol('(');
  const items = parseOrderItems(c);
  c.expectSymbol(')');
  for (;;) {
    if (c.isWord('FROM')) c.unsupported('a bitmap join index', 'PostgreSQL indexes cover one table');
    if (c.isWord('INDEXTYPE'))
      c.unsupported(
        'INDEXTYPE IS (a domain index)',
        'Oracle Text and Spatial indexes have no one-to-one PostgreSQL counterpart',
      );
    if (c.acceptWord('LOCAL')) {
      // Local partitioned indexes are what PostgreSQL builds on a partitioned table.
      if (c.isSymbol('(')) skipParenthesised(c);
    } else if (c.acceptWord('GLOBAL')) {
      // A global partitioned index is one index in PostgreSQL terms; its own partitioning is storage.
      if (c.acceptWord('PARTITION', 'BY')) {
        c.next();
        skipParenthesised(c);
        if (c.acceptWord('PARTITIONS')) c.next();
        if (c.isSymbol('(')) skipParenthesised(c);
      }
    } else if (!skipPhysicalClauses(c)) break;
  }
  return { kind: 'create-index', at, name, table, unique, ...(bitmap ? { bitmap } : {}), items };
}

/** After CREATE: SEQUENCE ... */
export function parseCreateSequence(c: Cursor, at: Position): CreateSequence {
  c.expectWord('SEQUENCE');
  const name = c.qualifiedName('a sequence name');
  if (c.isWord('SHARING')) c.unsupported('SHARING', 'PostgreSQL has no application containers');
  return { kind: 'create-sequence', at, name, options: parseSequenceOptions(c) };
}

/** Column aliases of a view, with any view constraints (declarative only in Oracle) dropped. */
function viewColumns(c: Cursor): Name[] {
  const columns: Name[] = [];
  if (!c.acceptSymbol('(')) return columns;
  do {
    if (isConstraintStart(c)) {
      parseConstraint(c, false);
      continue;
    }
    columns.push(c.name('a column name'));
    if (!c.acceptWord('VISIBLE') && c.isWord('INVISIBLE'))
      c.unsupported('an INVISIBLE column', 'PostgreSQL has no invisible columns');
    while (isConstraintStart(c)) parseConstraint(c, true);
  } while (c.acceptSymbol(','));
  c.expectSymbol(')');
  return columns;
}

/** After CREATE [OR REPLACE]: [[NO] FORCE] [EDITIONING | EDITIONABLE | NONEDITIONABLE] VIEW ... */
export function parseCreateView(c: Cursor, at: Position, orReplace: boolean): CreateView {
  let force: Position | undefined;
  if (c.isWord('FORCE')) force = c.next().start;
  else c.acceptWord('NO', 'FORCE');
  if (c.isWord('EDITIONING'))
    c.unsupported('an EDITIONING view', 'PostgreSQL has no edition-based redefinition');
  if (!c.acceptWord('EDITIONABLE')) c.acceptWord('NONEDITIONABLE');
  c.expectWord('VIEW');
  const name = c.qualifiedName('a view name');
  if (c.isWord('SHARING')) c.unsupported('SHARING', 'PostgreSQL has no application containers');
  const columns = viewColumns(c);
  if (c.isWord('OF')) c.unsupported('an object view (OF type)', 'PostgreSQL has no Oracle object types');
  if (c.acceptWord('BEQUEATH')) c.next();
  c.expectWord('AS');
  const query = parseQuery(c);
  let readOnly: Position | undefined;
  let checkOption = false;
  if (c.isWord('WITH', 'READ', 'ONLY')) {
    readOnly = c.next().start;
    c.next();
    c.next();
  } else if (c.acceptWord('WITH', 'CHECK', 'OPTION')) checkOption = true;
  if (c.acceptWord('CONSTRAINT')) c.name('a constraint name');
  return {
    kind: 'create-view',
    at,
    orReplace,
    ...(force ? { force } : {}),
    name,
    columns,
    query,
    ...(readOnly ? { readOnly } : {}),
    checkOption,
  };
}

/** After CREATE: MATERIALIZED VIEW ... */
export function parseCreateMaterializedView(c: Cursor, at: Position): CreateMaterializedView {
  c.expectWord('MATERIALIZED', 'VIEW');
  if (c.isWord('LOG'))
    c.unsupported(
      'a materialized view log',
      'PostgreSQL materialized views refresh completely and need no log',
    );
  const name = c.qualifiedName('a materialized view name');
  const columns = viewColumns(c);
  let deferred = false;
  let refresh: CreateMaterializedView['refresh'];
  for (;;) {
    if (c.isWord('ON', 'PREBUILT', 'TABLE'))
      c.unsupported('ON PREBUILT TABLE', 'a PostgreSQL materialized view always owns its rows');
    if (c.isWord('FOR', 'UPDATE'))
      c.unsupported(
        'an updatable materialized view (FOR UPDATE)',
        'PostgreSQL materialized views are read-only',
      );
    if (c.acceptWord('BUILD', 'DEFERRED')) deferred = true;
    else if (c.acceptWord('BUILD', 'IMMEDIATE')) deferred = false;
    else if (c.acceptWord('USING', 'INDEX')) skipPhysicalClauses(c);
    else if (c.acceptWord('USING', 'NO', 'INDEX')) continue;
    else if (c.acceptWord('NEVER', 'REFRESH')) continue;
    else if (c.isWord('REFRESH')) refresh = parseRefresh(c);
    else if (c.isWord('ENABLE', 'QUERY', 'REWRITE') || c.isWord('DISABLE', 'QUERY', 'REWRITE')) {
      // Query rewrite is an optimizer feature: queries name the view explicitly in PostgreSQL.
      c.next();
      c.next();
      c.next();
    } else if (!skipPhysicalClauses(c)) break;
  }
  c.expectWord('AS');
  const query = parseQuery(c);
  return {
    kind: 'create-materialized-view',
    at,
    name,
    columns,
    query,
    deferred,
    ...(refresh ? { refresh } : {}),
  };
}

/** REFRESH [FAST|COMPLETE|FORCE] [ON DEMAND|COMMIT|STATEMENT] [START WITH e] [NEXT e] [WITH PRIMARY KEY|ROWID] ... */
function parseRefresh(c: Cursor): CreateMaterializedView['refresh'] {
  const at = c.expectWord('REFRESH').start;
  const unusual: string[] = [];
  for (;;) {
    if (c.acceptWord('COMPLETE') || c.acceptWord('ON', 'DEMAND') || c.acceptWord('FORCE')) continue;
    if (c.acceptWord('WITH', 'PRIMARY', 'KEY') || c.acceptWord('WITH', 'ROWID')) continue;
    if (c.acceptWord('FAST')) {
      unusual.push('FAST');
      continue;
    }
    if (c.isWord('ON', 'COMMIT') || c.isWord('ON', 'STATEMENT')) {
      unusual.push(`ON ${c.peek(1).value}`);
      c.next();
      c.next();
      continue;
    }
    if (c.acceptWord('START', 'WITH') || c.acceptWord('NEXT')) {
      unusual.push('a schedule (START WITH / NEXT)');
      // The schedule's date expression: skipped up to the next clause.
      skipExpressionText(c);
      continue;
    }
    if (c.acceptWord('USING', 'DEFAULT', 'LOCAL', 'ROLLBACK', 'SEGMENT')) continue;
    break;
  }
  return unusual.length ? { at, words: unusual.join(', ') } : undefined;
}

/** Skips tokens up to a word that starts the next clause, keeping parentheses balanced. */
function skipExpressionText(c: Cursor): void {
  const stop = new Set(['NEXT', 'WITH', 'AS', 'USING', 'ENABLE', 'DISABLE', 'START', 'FOR']);
  while (!c.atEnd && !c.isAnyWord(stop)) {
    if (c.isSymbol('(')) skipParenthesised(c);
    else c.next();
  }
}

/** After CREATE [OR REPLACE]: [PUBLIC] SYNONYM name FOR object. */
export function parseCreateSynonym(c: Cursor, at: Position, orReplace: boolean): CreateSynonym {
  const isPublic = c.acceptWord('PUBLIC');
  if (!c.acceptWord('EDITIONABLE')) c.acceptWord('NONEDITIONABLE');
  c.expectWord('SYNONYM');
  const name = c.qualifiedName('a synonym name');
  if (c.isWord('SHARING')) c.unsupported('SHARING', 'PostgreSQL has no application containers');
  c.expectWord('FOR');
  const target = c.qualifiedName('an object name');
  if (c.isSymbol('@'))
    c.unsupported(
      'a synonym for a remote object (@dblink)',
      'PostgreSQL has no database links; use postgres_fdw',
      c.at,
    );
  return { kind: 'create-synonym', at, orReplace, isPublic, name, target };
}
