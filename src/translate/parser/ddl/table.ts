/**
 * CREATE TABLE: [GLOBAL TEMPORARY | PRIVATE TEMPORARY] TABLE, columns (types, DEFAULT
 * [ON NULL], identity, virtual columns, inline constraints), out-of-line constraints,
 * ON COMMIT, ORGANIZATION HEAP|INDEX, partitioning, CREATE TABLE ... AS query. Physical
 * clauses are dropped (physical.ts). Object tables, clusters and external tables are refused.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-TABLE.html
 */
import type { ColumnDefinition, Constraint, CreateTable, Identity } from '../../ast/node.js';
import type { Position } from '../../tokens/token.js';
import type { Cursor } from '../cursor.js';
import { parseExpression } from '../expression.js';
import { parseQuery } from '../query.js';
import { parseDataType } from '../types.js';
import { isConstraintStart, parseConstraint } from './constraints.js';
import { parsePartitioning } from './partitioning.js';
import { skipParenthesised, skipPhysicalClauses } from './physical.js';
import { parseSequenceOptions } from './sequence-options.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** After CREATE: [GLOBAL TEMPORARY | PRIVATE TEMPORARY] TABLE ... */
export function parseCreateTable(c: Cursor, at: Position): CreateTable {
  let temporaryAt: Position | undefined;
  if (c.isWord('GLOBAL', 'TEMPORARY') || c.isWord('PRIVATE', 'TEMPORARY')) {
    temporaryAt = c.next().start;
    c.next();
  }
  c.expectWord('TABLE');
  const name = c.qualifiedName('a table name');
  if (c.isWord('OF'))
    c.unsupported(
      'an object table (OF type)',
      'PostgreSQL has typed tables, but not Oracle object types',
      c.at,
    );
  if (c.isWord('SHARING')) c.unsupported('SHARING', 'PostgreSQL has no application containers');
  const table: Mutable<CreateTable> = { kind: 'create-table', at, name, columns: [], constraints: [] };
  const columns: ColumnDefinition[] = [];
  const constraints: Constraint[] = [];
  if (c.acceptSymbol('(')) {
    do {
      if (isConstraintStart(c)) constraints.push(parseConstraint(c, false));
      else if (c.isWord('SUPPLEMENTAL', 'LOG')) skipSupplementalLogging(c);
      else if (c.isWord('PERIOD', 'FOR')) c.unsupported('PERIOD FOR', 'PostgreSQL has no valid-time periods');
      else columns.push(parseColumnDefinition(c));
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
  }
  table.columns = columns;
  table.constraints = constraints;
  for (;;) {
    if (temporaryAt && c.acceptWord('ON', 'COMMIT')) {
      const onCommit = c.acceptWord('DELETE', 'ROWS')
        ? 'DELETE ROWS'
        : c.acceptWord('PRESERVE', 'ROWS')
          ? 'PRESERVE ROWS'
          : c.acceptWord('DROP', 'DEFINITION')
            ? 'DROP'
            : c.acceptWord('PRESERVE', 'DEFINITION')
              ? 'PRESERVE ROWS'
              : c.fail('DELETE ROWS or PRESERVE ROWS');
      table.temporary = { at: temporaryAt, onCommit };
    } else if (c.isWord('ORGANIZATION')) {
      const organizationAt = c.next().start;
      if (c.acceptWord('HEAP')) continue;
      if (c.isWord('EXTERNAL'))
        c.unsupported(
          'ORGANIZATION EXTERNAL',
          'PostgreSQL reads files through foreign data wrappers, not tables',
        );
      c.expectWord('INDEX');
      table.indexOrganized = organizationAt;
      skipIndexOrganizedOptions(c);
    } else if (c.isWord('CLUSTER')) {
      c.unsupported('a clustered table (CLUSTER)', 'PostgreSQL has no table clusters');
    } else if (c.isWord('PARTITION', 'BY')) {
      table.partitioning = parsePartitioning(c);
    } else if (c.isWord('AS') && !table.asQuery) {
      c.next();
      table.asQuery = parseQuery(c);
    } else if (!skipPhysicalClauses(c)) break;
  }
  if (temporaryAt && !table.temporary) table.temporary = { at: temporaryAt, onCommit: 'DELETE ROWS' };
  return table;
}

/** INCLUDING col, OVERFLOW [...], MAPPING TABLE, PCTTHRESHOLD n, COMPRESS n: storage of an IOT. */
function skipIndexOrganizedOptions(c: Cursor): void {
  for (;;) {
    if (c.acceptWord('INCLUDING')) c.name();
    else if (c.acceptWord('OVERFLOW')) skipPhysicalClauses(c);
    else if (c.acceptWord('MAPPING', 'TABLE') || c.acceptWord('NOMAPPING')) continue;
    else if (!skipPhysicalClauses(c)) return;
  }
}

/** SUPPLEMENTAL LOG DATA (...) COLUMNS | GROUP g (...) [ALWAYS]: redo settings for replication. */
function skipSupplementalLogging(c: Cursor): void {
  c.expectWord('SUPPLEMENTAL', 'LOG');
  if (c.acceptWord('GROUP')) c.name();
  else c.expectWord('DATA');
  if (c.isSymbol('(')) skipParenthesised(c);
  c.acceptWord('COLUMNS');
  c.acceptWord('ALWAYS');
}

/** One column: name [type] [DEFAULT [ON NULL] expr | identity | [GENERATED ALWAYS] AS (expr) [VIRTUAL]] [constraints]. */
export function parseColumnDefinition(c: Cursor): ColumnDefinition {
  const at = c.at;
  const name = c.name('a column name');
  const column: Mutable<ColumnDefinition> = { kind: 'column-definition', at, name, constraints: [] };
  if (
    !c.isSymbol(',') &&
    !c.isSymbol(')') &&
    !c.isWord('GENERATED') &&
    !c.isWord('AS') &&
    !c.isWord('DEFAULT') &&
    !isConstraintStart(c)
  ) {
    column.type = parseDataType(c);
  }
  c.acceptWord('SORT');
  if (c.isWord('INVISIBLE'))
    c.unsupported(
      'an INVISIBLE column',
      'PostgreSQL has no invisible columns: SELECT * and INSERT without a column list would see it',
    );
  c.acceptWord('VISIBLE');
  if (c.isWord('COLLATE'))
    c.unsupported('COLLATE', 'Oracle collation names have no PostgreSQL counterpart Decant knows');
  if (c.acceptWord('DEFAULT')) {
    if (c.isWord('ON', 'NULL')) {
      column.defaultOnNull = c.next().start;
      c.next();
    }
    column.default = parseExpression(c);
  } else if (
    c.isWord('GENERATED') &&
    (c.peek(1).value === 'BY' || c.isWord('GENERATED', 'ALWAYS', 'AS', 'IDENTITY'))
  ) {
    column.identity = parseIdentity(c);
  } else if (c.isWord('GENERATED', 'ALWAYS', 'AS') || c.isWord('AS')) {
    c.acceptWord('GENERATED', 'ALWAYS');
    c.expectWord('AS');
    c.expectSymbol('(');
    column.virtual = parseExpression(c);
    c.expectSymbol(')');
    c.acceptWord('VIRTUAL');
  }
  if (c.isWord('ENCRYPT')) c.unsupported('ENCRYPT', 'PostgreSQL has no transparent column encryption');
  const constraints: Constraint[] = [];
  while (isConstraintStart(c)) constraints.push(parseConstraint(c, true));
  column.constraints = constraints;
  return column;
}

function parseIdentity(c: Cursor): Identity {
  c.expectWord('GENERATED');
  let always = true;
  let onNull = false;
  if (c.acceptWord('BY', 'DEFAULT')) {
    always = false;
    onNull = c.acceptWord('ON', 'NULL');
  } else c.acceptWord('ALWAYS');
  c.expectWord('AS', 'IDENTITY');
  let options = {};
  if (c.acceptSymbol('(')) {
    options = parseSequenceOptions(c);
    c.expectSymbol(')');
  }
  return { always, onNull, options };
}
