/**
 * Oracle's physical clauses, which say where and how rows are stored rather than what they
 * mean: TABLESPACE, PCTFREE/PCTUSED/INITRANS/MAXTRANS, STORAGE (...), LOGGING/NOLOGGING
 * (Oracle's NOLOGGING only skips redo for direct-path loads; the table stays crash safe,
 * so it is not UNLOGGED), COMPRESS, SEGMENT CREATION, PARALLEL, CACHE, MONITORING, LOB
 * (...) STORE AS, ROW MOVEMENT (PostgreSQL moves rows between partitions by itself),
 * INMEMORY, and index options ONLINE, COMPUTE STATISTICS, REVERSE, VISIBLE, NOSORT. They
 * are read and dropped: PostgreSQL manages storage itself.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/physical_attributes_clause.html
 */
import type { Cursor } from '../cursor.js';
import { TokenKind } from '../../tokens/token.js';

/** Words taken alone. */
const SINGLE = new Set([
  'LOGGING',
  'NOLOGGING',
  'NOCOMPRESS',
  'NOPARALLEL',
  'CACHE',
  'NOCACHE',
  'MONITORING',
  'NOMONITORING',
  'ONLINE',
  'REVERSE',
  'NOREVERSE',
  'VISIBLE',
  'INVISIBLE',
  'NOSORT',
  'SORT',
  'ROWDEPENDENCIES',
  'NOROWDEPENDENCIES',
  'USABLE',
  'UNUSABLE',
]);

/** Words followed by one value (a number or a name). */
const WITH_VALUE = new Set(['TABLESPACE', 'PCTFREE', 'PCTUSED', 'INITRANS', 'MAXTRANS', 'PCTTHRESHOLD']);

/** Skips a parenthesised group, nested ones included. */
export function skipParenthesised(c: Cursor): void {
  c.expectSymbol('(');
  let depth = 1;
  while (depth > 0) {
    if (c.atEnd) c.fail('")"');
    const token = c.next();
    if (token.kind !== TokenKind.Symbol) continue;
    if (token.value === '(') depth++;
    else if (token.value === ')') depth--;
  }
}

/** Skips any number of physical clauses; returns whether one was seen. */
export function skipPhysicalClauses(c: Cursor): boolean {
  let any = false;
  while (skipOne(c)) any = true;
  return any;
}

function skipOne(c: Cursor): boolean {
  const word = c.peek();
  if (word.kind !== TokenKind.Word) return false;
  if (SINGLE.has(word.value)) {
    c.next();
    return true;
  }
  if (WITH_VALUE.has(word.value)) {
    c.next();
    if (word.value === 'TABLESPACE') c.acceptWord('SET');
    c.next();
    return true;
  }
  switch (word.value) {
    case 'STORAGE':
    case 'RESULT_CACHE':
      c.next();
      skipParenthesised(c);
      return true;
    case 'PARALLEL':
      c.next();
      if (c.peek().kind === TokenKind.Number) c.next();
      return true;
    case 'COMPRESS':
      c.next();
      if (c.peek().kind === TokenKind.Number) c.next();
      else if (c.acceptWord('FOR')) c.next();
      else if (!c.acceptWord('BASIC')) c.acceptWord('ADVANCED');
      return true;
    case 'ROW':
      if (c.acceptWord('ROW', 'STORE', 'COMPRESS')) {
        if (!c.acceptWord('BASIC')) c.acceptWord('ADVANCED');
        return true;
      }
      return false;
    case 'COLUMN':
      if (c.acceptWord('COLUMN', 'STORE', 'COMPRESS')) {
        if (c.acceptWord('FOR')) c.next();
        if (!c.acceptWord('NO', 'ROW', 'LEVEL', 'LOCKING')) c.acceptWord('ROW', 'LEVEL', 'LOCKING');
        return true;
      }
      return false;
    case 'SEGMENT':
      c.expectWord('SEGMENT', 'CREATION');
      c.next();
      return true;
    case 'ENABLE':
    case 'DISABLE':
      if (c.peek(1).value === 'ROW' && c.peek(2).value === 'MOVEMENT') {
        c.next();
        c.next();
        c.next();
        return true;
      }
      return false;
    case 'COMPUTE':
      c.expectWord('COMPUTE', 'STATISTICS');
      return true;
    case 'INMEMORY':
      c.next();
      return true;
    case 'NO':
      if (c.acceptWord('NO', 'INMEMORY')) return true;
      return false;
    case 'LOB':
    case 'VARRAY':
    case 'NESTED':
      return skipLobStorage(c);
    case 'FLASHBACK':
      if (c.acceptWord('FLASHBACK', 'ARCHIVE') || c.acceptWord('NO', 'FLASHBACK', 'ARCHIVE')) {
        if (c.isName() && !c.isWord('AS') && !c.isWord('PARTITION')) c.next();
        return true;
      }
      return false;
    default:
      return false;
  }
}

/** LOB (a, b) STORE AS [SECUREFILE|BASICFILE] [segment] [(...)]. */
function skipLobStorage(c: Cursor): boolean {
  if (!c.isWord('LOB')) return false;
  c.next();
  if (c.isSymbol('(')) skipParenthesised(c);
  c.expectWord('STORE', 'AS');
  if (!c.acceptWord('SECUREFILE')) c.acceptWord('BASICFILE');
  if (c.isName() && !c.isSymbol('(', 0)) {
    const next = c.peek().value;
    if (!SINGLE.has(next) && !WITH_VALUE.has(next) && next !== 'LOB' && next !== 'PARTITION') c.next();
  }
  if (c.isSymbol('(')) skipParenthesised(c);
  return true;
}
