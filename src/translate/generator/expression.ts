/**
 * PostgreSQL text for expressions, with parentheses where PostgreSQL's precedence would
 * otherwise read the tree differently (its || binds tighter than Oracle's, for one).
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-PRECEDENCE
 */
import type { DataType, Expression, FunctionCall, OrderItem, WindowSpec, FrameBound } from '../ast/node.js';
import { unsupported } from '../diagnostics.js';
import { functionName, ident, qualified, stringLiteral } from './names.js';
import { generateQuery } from './query.js';

const enum Precedence {
  Or = 1,
  And = 2,
  Not = 3,
  Is = 4,
  Comparison = 5,
  LikeInBetween = 6,
  OtherOperator = 7,
  Additive = 8,
  Multiplicative = 9,
  AtTimeZone = 11,
  UnaryMinus = 12,
  Cast = 13,
  Primary = 14,
}

const BINARY_PRECEDENCE: Record<string, Precedence> = {
  OR: Precedence.Or,
  AND: Precedence.And,
  'IS DISTINCT FROM': Precedence.Is,
  'IS NOT DISTINCT FROM': Precedence.Is,
  '=': Precedence.Comparison,
  '<>': Precedence.Comparison,
  '<': Precedence.Comparison,
  '>': Precedence.Comparison,
  '<=': Precedence.Comparison,
  '>=': Precedence.Comparison,
  '||': Precedence.OtherOperator,
  '+': Precedence.Additive,
  '-': Precedence.Additive,
  '*': Precedence.Multiplicative,
  '/': Precedence.Multiplicative,
  '%': Precedence.Multiplicative,
};

/** Operators PostgreSQL lets chain on the left without parentheses. */
const LEFT_ASSOCIATIVE = new Set([
  Precedence.Or,
  Precedence.And,
  Precedence.OtherOperator,
  Precedence.Additive,
  Precedence.Multiplicative,
]);

interface Printed {
  sql: string;
  precedence: Precedence;
}

/** The session's time zone: what AT LOCAL means, which PostgreSQL spells so only from version 17. */
const LOCAL_ZONE = "pg_catalog.current_setting('TimeZone')";

export function generateExpression(expression: Expression): string {
  return print(expression).sql;
}

/** The expression, in parentheses if it binds looser than `minimum`. */
function operand(expression: Expression, minimum: Precedence): string {
  const printed = print(expression);
  return printed.precedence < minimum ? `(${printed.sql})` : printed.sql;
}

const primary = (sql: string): Printed => ({ sql, precedence: Precedence.Primary });

function print(e: Expression): Printed {
  switch (e.kind) {
    case 'literal':
      if (e.type === 'string') return primary(stringLiteral(e.value));
      if (e.type === 'number' && e.value.startsWith('-'))
        return { sql: e.value, precedence: Precedence.UnaryMinus };
      return primary(e.value);
    case 'typed-literal':
      return primary(`${e.type} ${stringLiteral(e.value)}`);
    case 'interval-literal':
      return primary(`INTERVAL ${stringLiteral(e.value)} ${e.qualifier}`);
    case 'interval':
      throw unsupported(
        e.at,
        `INTERVAL ... ${e.unit}`,
        'it is translated only as an operand of date arithmetic (+, -, DATE_ADD, DATE_SUB)',
      );
    case 'column':
      if (e.outerJoin)
        throw unsupported(
          e.at,
          'the outer join marker (+)',
          'it is not in a WHERE clause Decant can turn into a join',
        );
      return primary(qualified(e.parts, 'column'));
    case 'star':
      return primary(e.qualifier ? `${qualified(e.qualifier)}.*` : '*');
    case 'bind':
      return primary(e.positional ? `$${e.name}` : `:${e.name}`);
    case 'unary':
      return printUnary(e);
    case 'binary': {
      if (e.op === 'DIV' || e.op === 'XOR')
        throw unsupported(e.at, e.op, 'PostgreSQL has no such operator and no rule rewrote it');
      const precedence = BINARY_PRECEDENCE[e.op]!;
      const leftMinimum = LEFT_ASSOCIATIVE.has(precedence) ? precedence : precedence + 1;
      return {
        sql: `${operand(e.left, leftMinimum)} ${e.op} ${operand(e.right, precedence + 1)}`,
        precedence,
      };
    }
    case 'like': {
      const escape = e.escape ? ` ESCAPE ${operand(e.escape, Precedence.LikeInBetween + 1)}` : '';
      return {
        sql: `${operand(e.expression, Precedence.LikeInBetween + 1)} ${e.not ? 'NOT ' : ''}${e.caseInsensitive ? 'ILIKE' : 'LIKE'} ${operand(e.pattern, Precedence.LikeInBetween + 1)}${escape}`,
        precedence: Precedence.LikeInBetween,
      };
    }
    case 'between':
      return {
        sql: `${operand(e.expression, Precedence.LikeInBetween + 1)} ${e.not ? 'NOT ' : ''}BETWEEN ${operand(e.low, Precedence.LikeInBetween + 1)} AND ${operand(e.high, Precedence.LikeInBetween + 1)}`,
        precedence: Precedence.LikeInBetween,
      };
    case 'in-list':
      return {
        sql: `${operand(e.expression, Precedence.LikeInBetween + 1)} ${e.not ? 'NOT ' : ''}IN (${e.list.map(generateExpression).join(', ')})`,
        precedence: Precedence.LikeInBetween,
      };
    case 'in-query':
      return {
        sql: `${operand(e.expression, Precedence.LikeInBetween + 1)} ${e.not ? 'NOT ' : ''}IN (${generateQuery(e.query)})`,
        precedence: Precedence.LikeInBetween,
      };
    case 'is-null':
      return {
        sql: `${operand(e.expression, Precedence.Is + 1)} IS ${e.not ? 'NOT ' : ''}NULL`,
        precedence: Precedence.Is,
      };
    case 'is-truth':
      return {
        sql: `${operand(e.expression, Precedence.Is + 1)} IS ${e.not ? 'NOT ' : ''}${e.value}`,
        precedence: Precedence.Is,
      };
    case 'exists':
      return primary(`EXISTS (${generateQuery(e.query)})`);
    case 'quantified': {
      const right = Array.isArray(e.right)
        ? `ARRAY[${(e.right as readonly Expression[]).map(generateExpression).join(', ')}]`
        : generateQuery(e.right as Exclude<typeof e.right, readonly Expression[]>);
      return {
        sql: `${operand(e.left, Precedence.Comparison + 1)} ${e.op} ${e.quantifier} (${right})`,
        precedence: Precedence.Comparison,
      };
    }
    case 'call':
      return primary(printCall(e));
    case 'case': {
      const parts = ['CASE'];
      if (e.operand) parts.push(generateExpression(e.operand));
      for (const { when, then } of e.whens)
        parts.push(`WHEN ${generateExpression(when)} THEN ${generateExpression(then)}`);
      if (e.else) parts.push(`ELSE ${generateExpression(e.else)}`);
      parts.push('END');
      return primary(parts.join(' '));
    }
    case 'cast':
      return e.short
        ? {
            sql: `${operand(e.expression, Precedence.Cast)}::${generateType(e.type)}`,
            precedence: Precedence.Cast,
          }
        : primary(`CAST(${generateExpression(e.expression)} AS ${generateType(e.type)})`);
    case 'extract':
      return primary(`EXTRACT(${e.field} FROM ${generateExpression(e.from)})`);
    case 'trim': {
      const characters = e.characters ? `${generateExpression(e.characters)} ` : '';
      return primary(`TRIM(${e.side} ${characters}FROM ${generateExpression(e.from)})`);
    }
    case 'subquery':
      return primary(`(${generateQuery(e.query)})`);
    case 'tuple':
      return primary(`(${e.items.map(generateExpression).join(', ')})`);
    case 'paren':
      return primary(`(${generateExpression(e.expression)})`);
    case 'at-time-zone':
      return {
        sql: `${operand(e.expression, Precedence.AtTimeZone + 1)} AT TIME ZONE ${e.zone === 'LOCAL' ? LOCAL_ZONE : operand(e.zone, Precedence.AtTimeZone + 1)}`,
        precedence: Precedence.AtTimeZone,
      };
    case 'array':
      return primary(`ARRAY[${e.items.map(generateExpression).join(', ')}]`);
  }
}

function printUnary(e: Extract<Expression, { kind: 'unary' }>): Printed {
  switch (e.op) {
    case 'NOT':
      return { sql: `NOT ${operand(e.operand, Precedence.Not)}`, precedence: Precedence.Not };
    case '-':
    case '+': {
      const inner = operand(e.operand, Precedence.UnaryMinus);
      // `- -1` must not become `--1`, a comment.
      const sql = inner.startsWith('-') || inner.startsWith('+') ? `${e.op}(${inner})` : `${e.op}${inner}`;
      return { sql, precedence: Precedence.UnaryMinus };
    }
    default:
      throw unsupported(
        e.at,
        e.op,
        'it is only meaningful in a hierarchical query Decant could turn into WITH RECURSIVE',
      );
  }
}

function printCall(e: FunctionCall): string {
  // RESPECT NULLS is every function's default; any other option a rule did not take care of changes the result.
  const option = e.options?.find((o) => o !== 'RESPECT NULLS');
  if (option) {
    throw unsupported(
      e.at,
      `${option} in ${e.name.map((n) => n.value).join('.')}()`,
      'PostgreSQL has no such option here',
    );
  }
  if (e.keep)
    throw unsupported(e.at, 'KEEP (DENSE_RANK ...)', 'this aggregate has no PostgreSQL form Decant knows');
  // A keyword-function a rule wrote (CURRENT_USER, LOCALTIMESTAMP): printed as the keyword it is.
  if (e.bare) return e.name.map((part) => part.value).join('.');
  let args: string;
  if (e.star) args = '*';
  else
    args = e.args
      .map((arg, i) => {
        const name = e.argNames?.[i];
        return name ? `${ident(name)} => ${generateExpression(arg)}` : generateExpression(arg);
      })
      .join(', ');
  if (e.argumentOrder) args += ` ORDER BY ${generateOrderBy(e.argumentOrder)}`;
  let sql = `${functionName(e.name)}(${e.distinct ? 'DISTINCT ' : ''}${args})`;
  if (e.withinGroup) sql += ` WITHIN GROUP (ORDER BY ${generateOrderBy(e.withinGroup)})`;
  if (e.filter) sql += ` FILTER (WHERE ${generateExpression(e.filter)})`;
  if (e.over) sql += ` OVER (${generateWindow(e.over)})`;
  return e.element === undefined ? sql : `(${sql})[${e.element}]`;
}

export function generateOrderBy(items: readonly OrderItem[]): string {
  return items
    .map((item) => {
      let sql = generateExpression(item.expression);
      if (item.descending) sql += ' DESC';
      if (item.nulls) sql += ` NULLS ${item.nulls}`;
      return sql;
    })
    .join(', ');
}

function generateWindow(w: WindowSpec): string {
  const parts: string[] = [];
  if (w.partitionBy.length) parts.push(`PARTITION BY ${w.partitionBy.map(generateExpression).join(', ')}`);
  if (w.orderBy.length) parts.push(`ORDER BY ${generateOrderBy(w.orderBy)}`);
  if (w.frame) {
    const bound = (b: FrameBound): string =>
      b.offset ? `${generateExpression(b.offset)} ${b.type}` : b.type;
    parts.push(
      w.frame.end
        ? `${w.frame.unit} BETWEEN ${bound(w.frame.start)} AND ${bound(w.frame.end)}`
        : `${w.frame.unit} ${bound(w.frame.start)}`,
    );
  }
  return parts.join(' ');
}

export function generateType(type: DataType): string {
  if (!type.postgres) {
    throw unsupported(type.at, `the type ${type.name}`, 'Decant has no PostgreSQL type for it');
  }
  const args = type.args.length ? `(${type.args.join(', ')})` : '';
  // Types whose modifier sits inside the name: timestamp(0) with time zone, interval day to second(3).
  if (type.name.endsWith(' with time zone') && args) {
    return `${type.name.slice(0, -' with time zone'.length)}${args} with time zone`;
  }
  return `${type.name}${args}`;
}
