/**
 * Oracle's partitioning clauses: PARTITION BY RANGE (with INTERVAL), LIST (with AUTOMATIC),
 * HASH (PARTITIONS n or named partitions), and composite partitioning with SUBPARTITION BY,
 * a SUBPARTITION TEMPLATE or subpartitions per partition. Partitions Oracle would name
 * itself get names here: p1, p2, ... and, below a partition, <partition>_sp1, ...
 * REFERENCE and SYSTEM partitioning are refused: PostgreSQL routes rows by key values only.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-TABLE.html (table_partitioning_clauses)
 */
import type { Expression, Name, PartitionDefinition, Partitioning } from '../../ast/node.js';
import { TokenKind, type Position } from '../../tokens/token.js';
import type { Cursor } from '../cursor.js';
import { parseExpression } from '../expression.js';
import { nameList } from './constraints.js';
import { skipParenthesised, skipPhysicalClauses } from './physical.js';

type Method = Partitioning['method'];
type Sub = NonNullable<Partitioning['sub']>;

export function parsePartitioning(c: Cursor): Partitioning {
  const at = c.expectWord('PARTITION', 'BY').start;
  const method = parseMethod(c);
  const columns = nameList(c);
  checkColumns(c, method, columns, at);
  let interval: Position | undefined;
  if (method === 'RANGE' && c.isWord('INTERVAL')) {
    interval = c.next().start;
    c.expectSymbol('(');
    parseExpression(c); // dropped: PostgreSQL does not create partitions on insert
    c.expectSymbol(')');
    skipStoreIn(c);
  }
  if (method === 'LIST' && c.isWord('AUTOMATIC')) interval = c.next().start;
  let sub: Sub | undefined;
  let template: PartitionDefinition[] | undefined;
  let subCount: number | undefined;
  if (c.isWord('SUBPARTITION', 'BY')) {
    const subAt = c.next().start;
    c.next();
    const subMethod = parseMethod(c);
    const subColumns = nameList(c);
    checkColumns(c, subMethod, subColumns, subAt);
    sub = { at: subAt, method: subMethod, columns: subColumns };
    if (c.acceptWord('SUBPARTITIONS')) subCount = count(c);
    else if (c.acceptWord('SUBPARTITION', 'TEMPLATE')) {
      if (c.peek().kind === TokenKind.Number) subCount = count(c);
      else template = parseList(c, subMethod, 'SUBPARTITION');
    }
    skipStoreIn(c);
  }
  let partitions: PartitionDefinition[];
  if (method === 'HASH' && c.acceptWord('PARTITIONS')) {
    const n = count(c);
    skipStoreIn(c);
    skipPhysicalClauses(c);
    partitions = numbered(c.at, n);
  } else {
    partitions = parseList(c, method, 'PARTITION', sub);
  }
  if (sub) {
    partitions = partitions.map((p) => {
      if (p.subpartitions) return p;
      const own = template
        ? template.map((t) => ({ ...t, name: joined(p.name, t.name) }))
        : numbered(p.at, subCount ?? 1, p.name);
      return { ...p, subpartitions: own };
    });
  }
  return { at, method, columns, ...(interval ? { interval } : {}), partitions, ...(sub ? { sub } : {}) };
}

function parseMethod(c: Cursor): Method {
  const word = c.peek();
  if (word.value === 'RANGE' || word.value === 'LIST' || word.value === 'HASH') {
    c.next();
    return word.value;
  }
  if (word.value === 'REFERENCE' || word.value === 'SYSTEM') {
    c.unsupported(
      `${word.value} partitioning`,
      'PostgreSQL places rows in partitions by the values of the partition key only',
    );
  }
  return c.fail('RANGE, LIST or HASH');
}

function checkColumns(c: Cursor, method: Method, columns: readonly Name[], at: Position): void {
  if (method === 'LIST' && columns.length > 1) {
    c.unsupported('LIST partitioning on several columns', 'PostgreSQL lists values of one column only', at);
  }
}

function count(c: Cursor): number {
  const token = c.next();
  if (token.kind !== TokenKind.Number) c.fail('a number of partitions', token);
  return Number(token.value);
}

function skipStoreIn(c: Cursor): void {
  if (c.acceptWord('STORE', 'IN')) skipParenthesised(c);
}

const joined = (a: Name, b: Name): Name => ({ value: `${a.value}_${b.value}`, quoted: a.quoted || b.quoted });

/** Names Oracle would make up: P1, P2, ... or, below a partition, <partition>_SP1, ... */
function numbered(at: Position, n: number, parent?: Name): PartitionDefinition[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'partition' as const,
    at,
    name: parent
      ? joined(parent, { value: `SP${i + 1}`, quoted: false })
      : { value: `P${i + 1}`, quoted: false },
  }));
}

/** ( PARTITION name VALUES ..., ... ) or the same with SUBPARTITION. */
function parseList(
  c: Cursor,
  method: Method,
  word: 'PARTITION' | 'SUBPARTITION',
  sub?: Sub,
): PartitionDefinition[] {
  c.expectSymbol('(');
  const list: PartitionDefinition[] = [];
  do {
    const at = c.expectWord(word).start;
    const name: Name =
      c.isName() && !c.isWord('VALUES') && !c.isWord('TABLESPACE')
        ? c.name(`a ${word.toLowerCase()} name`)
        : { value: `${word === 'PARTITION' ? 'P' : 'SP'}${list.length + 1}`, quoted: false };
    let partition: PartitionDefinition = { kind: 'partition', at, name, ...parseBound(c, method) };
    skipPhysicalClauses(c);
    if (sub && c.isSymbol('(')) {
      partition = { ...partition, subpartitions: parseList(c, sub.method, 'SUBPARTITION') };
    } else if (sub && c.acceptWord('SUBPARTITIONS')) {
      const n = count(c);
      skipStoreIn(c);
      partition = { ...partition, subpartitions: numbered(at, n, name) };
    }
    skipPhysicalClauses(c);
    list.push(partition);
  } while (c.acceptSymbol(','));
  c.expectSymbol(')');
  return list;
}

function parseBound(
  c: Cursor,
  method: Method,
): Pick<PartitionDefinition, 'lessThan' | 'values' | 'isDefault'> {
  if (method === 'HASH') return {};
  c.expectWord('VALUES');
  if (method === 'RANGE') {
    c.expectWord('LESS', 'THAN');
    return { lessThan: expressionList(c) };
  }
  if (
    c.isSymbol('(') &&
    c.peek(1).kind === TokenKind.Word &&
    c.peek(1).value === 'DEFAULT' &&
    c.isSymbol(')', 2)
  ) {
    c.next();
    c.next();
    c.next();
    return { isDefault: true };
  }
  return { values: expressionList(c) };
}

function expressionList(c: Cursor): Expression[] {
  c.expectSymbol('(');
  const list = [parseExpression(c)];
  while (c.acceptSymbol(',')) list.push(parseExpression(c));
  c.expectSymbol(')');
  return list;
}
