/**
 * Function calls with the clauses Oracle and the other dialects give them: DISTINCT, named
 * arguments, LISTAGG's ON OVERFLOW, IGNORE/RESPECT NULLS, WITHIN GROUP, KEEP (DENSE_RANK
 * ...), OVER with its window frame; MySQL's and SQLite's ORDER BY and SEPARATOR inside the
 * parentheses (expression-forms.ts). Also ORDER BY items, which queries share.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Analytic-Functions.html
 */
import type {
  Expression,
  FrameBound,
  FunctionCall,
  KeepClause,
  Name,
  OrderItem,
  WindowFrame,
  WindowSpec,
} from '../ast/node.js';
import type { Cursor } from './cursor.js';
import { parseAdditive, parseExpression, parseExpressionList } from './expression.js';
import { parseCallClauses } from './expression-forms.js';

export function parseCall(c: Cursor, at: FunctionCall['at'], name: Name[]): Expression {
  c.expectSymbol('(');
  const args: Expression[] = [];
  const argNames: (Name | undefined)[] = [];
  let distinct = false;
  let star = false;
  const options: string[] = [];
  if (c.acceptWord('DISTINCT') || c.acceptWord('UNIQUE')) distinct = true;
  else c.acceptWord('ALL');
  if (c.isSymbol('*') && c.isSymbol(')', 1)) {
    c.next();
    star = true;
  } else if (!c.isSymbol(')')) {
    do {
      if (c.isName() && c.isSymbol('=>', 1)) {
        argNames[args.length] = c.name();
        c.next();
      }
      args.push(parseExpression(c));
      // LISTAGG(x, ',' ON OVERFLOW TRUNCATE ...), FIRST_VALUE(x IGNORE NULLS)
      if (c.isWord('ON', 'OVERFLOW')) options.push(...takeWordsUntil(c, [')']));
      takeNullsOption(c, options);
    } while (c.acceptSymbol(','));
  }
  const clauses = c.syntax.looseQueries ? parseCallClauses(c) : {};
  if (clauses.separator) {
    argNames[args.length] = { value: 'SEPARATOR', quoted: false };
    args.push(clauses.separator);
  }
  c.expectSymbol(')');
  takeNullsOption(c, options);
  let withinGroup: OrderItem[] | undefined;
  if (c.acceptWord('WITHIN', 'GROUP')) {
    c.expectSymbol('(');
    c.expectWord('ORDER', 'BY');
    withinGroup = parseOrderItems(c);
    c.expectSymbol(')');
  }
  let keep: KeepClause | undefined;
  if (c.acceptWord('KEEP')) {
    c.expectSymbol('(');
    c.expectWord('DENSE_RANK');
    const which = c.next();
    if (which.value !== 'FIRST' && which.value !== 'LAST') c.fail('FIRST or LAST', which);
    c.expectWord('ORDER', 'BY');
    keep = { which: which.value, orderBy: parseOrderItems(c) };
    c.expectSymbol(')');
  }
  let over: WindowSpec | undefined;
  if (c.isWord('OVER')) over = parseOver(c);
  return {
    kind: 'call',
    at,
    name,
    args,
    ...(argNames.length ? { argNames } : {}),
    ...(distinct ? { distinct } : {}),
    ...(star ? { star } : {}),
    ...(withinGroup ? { withinGroup } : {}),
    ...(keep ? { keep } : {}),
    ...(over ? { over } : {}),
    ...(options.length ? { options } : {}),
    ...(clauses.argumentOrder ? { argumentOrder: clauses.argumentOrder } : {}),
  };
}

/** IGNORE NULLS / RESPECT NULLS, inside or after the parentheses. */
function takeNullsOption(c: Cursor, options: string[]): void {
  if (c.isWord('IGNORE', 'NULLS') || c.isWord('RESPECT', 'NULLS')) {
    options.push(`${c.next().value} NULLS`);
    c.next();
  }
}

function takeWordsUntil(c: Cursor, stops: string[]): string[] {
  const words: string[] = [];
  while (!c.atEnd && !stops.includes(c.peek().value)) words.push(c.next().text);
  return words;
}

function parseOver(c: Cursor): WindowSpec {
  const at = c.expectWord('OVER').start;
  c.expectSymbol('(');
  const partitionBy = c.acceptWord('PARTITION', 'BY') ? parseExpressionList(c) : [];
  const orderBy = c.acceptWord('ORDER', 'BY') ? parseOrderItems(c) : [];
  let frame: WindowFrame | undefined;
  if (c.isWord('ROWS') || c.isWord('RANGE')) {
    const unit = c.next().value as 'ROWS' | 'RANGE';
    if (c.acceptWord('BETWEEN')) {
      const start = parseFrameBound(c);
      c.expectWord('AND');
      frame = { unit, start, end: parseFrameBound(c) };
    } else {
      frame = { unit, start: parseFrameBound(c) };
    }
  }
  c.expectSymbol(')');
  return { kind: 'window', at, partitionBy, orderBy, ...(frame ? { frame } : {}) };
}

function parseFrameBound(c: Cursor): FrameBound {
  if (c.acceptWord('UNBOUNDED', 'PRECEDING')) return { type: 'UNBOUNDED PRECEDING' };
  if (c.acceptWord('UNBOUNDED', 'FOLLOWING')) return { type: 'UNBOUNDED FOLLOWING' };
  if (c.acceptWord('CURRENT', 'ROW')) return { type: 'CURRENT ROW' };
  const offset = parseAdditive(c);
  if (c.acceptWord('PRECEDING')) return { type: 'PRECEDING', offset };
  c.expectWord('FOLLOWING');
  return { type: 'FOLLOWING', offset };
}

export function parseOrderItems(c: Cursor): OrderItem[] {
  const items: OrderItem[] = [];
  do {
    const at = c.at;
    const expression = parseExpression(c);
    let descending = false;
    if (c.acceptWord('DESC')) descending = true;
    else c.acceptWord('ASC');
    let nulls: OrderItem['nulls'];
    if (c.acceptWord('NULLS', 'FIRST')) nulls = 'FIRST';
    else if (c.acceptWord('NULLS', 'LAST')) nulls = 'LAST';
    items.push({ kind: 'order-item', at, expression, descending, ...(nulls ? { nulls } : {}) });
  } while (c.acceptSymbol(','));
  return items;
}
